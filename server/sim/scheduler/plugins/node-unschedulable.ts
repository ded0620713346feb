/** NodeUnschedulable: a cordoned node (spec.unschedulable) takes only pods tolerating the unschedulable taint. */
import type { Plugin } from '../types.js';
import { toleratesTaint, tolerationsOf } from './taint-toleration.js';

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';

const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export const nodeUnschedulablePlugin: Plugin = {
  name: 'NodeUnschedulable',
  weight: 0,
  filter(cycle, node) {
    if (!node.node.spec?.unschedulable) return undefined;
    if (tolerationsOf(cycle.pod).some((t) => toleratesTaint(t, UNSCHEDULABLE_TAINT))) return undefined;
    return { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_UNSCHEDULABLE] };
  },
};
