/** Why a pod is (or would be) placed where it is: the scheduling verdict recomputed on demand over the
 * cluster's current state, every filter plugin evaluated on every node. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Cluster } from '../cluster.js';
import { defaultSpreadSelector } from './default-spread.js';
import { schedulePod } from './framework.js';
import type { NodeVerdict } from './types.js';

export interface PodExplanation {
  pod: string;
  namespace: string;
  /** The node the pod is bound to, or the one the scheduler would pick now. */
  nodeName?: string;
  scheduled: boolean;
  /** The FailedScheduling message when no node fits, '' otherwise. */
  message: string;
  nodes: NodeVerdict[];
}

/** Recomputes the verdict for a pod; undefined when the pod does not exist. */
export function explainPod(cluster: Cluster, namespace: string, name: string): PodExplanation | undefined {
  const pod = cluster.store.get('pods', namespace, name);
  if (!pod) return undefined;
  const bound = pod.spec?.nodeName as string | undefined;
  const podsOnNode = new Map<string, KObject[]>();
  for (const p of cluster.store.values('pods')) {
    const node = p.spec?.nodeName as string | undefined;
    // A bound pod is judged against the others, as when it was scheduled.
    if (!node || p.metadata.uid === pod.metadata.uid) continue;
    let list = podsOnNode.get(node);
    if (!list) podsOnNode.set(node, (list = []));
    list.push(p);
  }
  const candidate = bound ? { ...pod, spec: { ...pod.spec, nodeName: undefined } } : pod;
  const result = schedulePod(candidate, cluster.store.list('nodes'), podsOnNode, {
    full: true,
    defaultSpreadSelector: defaultSpreadSelector(cluster, pod),
    namespaceLabels: (ns) => cluster.store.get('namespaces', undefined, ns)?.metadata.labels,
  });
  return {
    pod: name,
    namespace,
    nodeName: bound ?? result.node,
    scheduled: Boolean(bound),
    message: bound ? '' : result.message,
    nodes: result.verdicts,
  };
}
