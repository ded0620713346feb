/** The kubelet's eviction manager under the memory exhaustion fault: while a node reports MemoryPressure,
 * one BestEffort pod is evicted per monitoring interval (pod phase Failed, reason Evicted), never static or
 * critical pods, until none is left. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller, SimContext } from '../../controller.js';
import { kubeletReachable, nodeFaults } from '../../faults-state.js';
import { isoTime } from '../../time.js';
import { nodeCondition } from './node-lifecycle.js';
import { isPodTerminated, podsOnNode, withPodCondition } from './pod-status.js';

export const MEMORY_EVICTION = 'eviction-manager';
/** The kubelet's eviction monitoring interval. */
export const EVICTION_INTERVAL_MS = 10_000;
/** The simulated memory.available eviction threshold and what is left under the fault. */
const THRESHOLD = '100Mi';
const AVAILABLE = '51200Ki';
export const EVICTION_MESSAGE = `The node was low on resource: memory. Threshold quantity: ${THRESHOLD}, available: ${AVAILABLE}. `;

const CRITICAL = new Set(['system-node-critical', 'system-cluster-critical']);

/** Creates the memory eviction controller. */
export function memoryEvictionController(): Controller {
  return {
    name: MEMORY_EVICTION,
    watches: [{ resource: 'nodes' }],
    reconcile(name, ctx) {
      const node = ctx.get('nodes', undefined, name);
      if (!node || !nodeFaults(ctx.cluster, name).memoryExhausted || !kubeletReachable(ctx.cluster, name)) return;
      if (nodeCondition(node, 'MemoryPressure') !== 'True') return;
      const candidates = podsOnNode(ctx, name).filter(evictable);
      if (candidates.length === 0) return;
      const source = { component: 'kubelet', host: name };
      ctx.event(node, 'Warning', 'EvictionThresholdMet', 'Attempting to reclaim memory', source);
      evict(ctx, candidates[0], source);
      return candidates.length > 1 ? { requeueAfter: EVICTION_INTERVAL_MS } : undefined;
    },
  };
}

/** BestEffort pods first: the only ones evicted while their usage is below requests they do not have. */
function evictable(pod: KObject): boolean {
  if (pod.metadata.deletionTimestamp || isPodTerminated(pod)) return false;
  if (pod.status?.qosClass !== 'BestEffort') return false;
  if (CRITICAL.has(pod.spec?.priorityClassName) || (pod.spec?.priority ?? 0) >= 2_000_000_000) return false;
  const source = pod.metadata.annotations?.['kubernetes.io/config.source'];
  return !source || source === 'api';
}

function evict(ctx: SimContext, pod: KObject, source: { component: string; host: string }): void {
  const now = ctx.now();
  const t = isoTime(now);
  const message = EVICTION_MESSAGE;
  const marked =
    withPodCondition(pod, { type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet', message }, now) ?? pod;
  const conditions = (marked.status.conditions as { type: string; status: string }[]).map((c) =>
    c.type === 'Ready' || c.type === 'ContainersReady' ? { ...c, status: 'False', lastTransitionTime: t } : c,
  );
  const containerStatuses = (pod.status?.containerStatuses ?? []).map((cs: Record<string, unknown>) => {
    const running = (cs.state as { running?: { startedAt?: string } } | undefined)?.running;
    return {
      ...cs,
      ready: false,
      started: false,
      state: { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated', startedAt: running?.startedAt, finishedAt: t } },
    };
  });
  ctx.client.updateStatus('pods', {
    ...marked,
    status: { ...marked.status, phase: 'Failed', reason: 'Evicted', message, conditions, containerStatuses },
  });
  ctx.event(pod, 'Warning', 'Evicted', message, source);
}
