/** NodeName: a pod that names its node fits only that node. */
import type { Plugin } from '../types.js';

export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

export const nodeNamePlugin: Plugin = {
  name: 'NodeName',
  weight: 0,
  filter(cycle, node) {
    const wanted = cycle.pod.spec?.nodeName;
    if (wanted && wanted !== node.name) return { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_NODE_NAME] };
    return undefined;
  },
};
