/** The taint eviction controller: pods on a node with NoExecute taints they do not tolerate are deleted at
 * once; pods tolerating them for tolerationSeconds (300 s by default for not-ready/unreachable, added by the
 * DefaultTolerationSeconds admission) are deleted when that time has passed since the taint was added. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller, SimContext } from '../../controller.js';
import type { Cluster } from '../../cluster.js';
import { parseTime } from '../../time.js';
import { isPodTerminated, podKey, podsOnNode, withPodCondition } from './pod-status.js';
import { tolerates, type Taint, type Toleration } from './taints.js';

export const TAINT_EVICTION = 'taint-eviction-controller';
const SOURCE = { component: 'taint-eviction-controller' };

/** Pods with a pending eviction (`namespace/name` → node), so a cancelled one gets its event. */
function scheduledEvictions(cluster: Cluster): Record<string, string> {
  const s = cluster.sim as { taintEviction?: Record<string, string> };
  return (s.taintEviction ??= {});
}

/** Creates the taint eviction controller. */
export function taintEvictionController(): Controller {
  return {
    name: TAINT_EVICTION,
    watches: [
      { resource: 'nodes' },
      // A pod landing on a tainted node is judged too; the reconcile returns at once for untainted nodes.
      { resource: 'pods', keys: (pod) => (pod.spec?.nodeName && !pod.metadata.deletionTimestamp ? [pod.spec.nodeName] : []) },
    ],
    reconcile(name, ctx) {
      const node = ctx.get('nodes', undefined, name);
      const taints: Taint[] = (node?.spec?.taints ?? []).filter((t: Taint) => t.effect === 'NoExecute');
      const scheduled = scheduledEvictions(ctx.cluster);
      if (taints.length === 0) {
        cancelAll(ctx, scheduled, name);
        return;
      }
      const now = ctx.now();
      let next = Infinity;
      const seen = new Set<string>();
      for (const pod of podsOnNode(ctx, name)) {
        if (pod.metadata.deletionTimestamp || isPodTerminated(pod)) continue;
        const key = podKey(pod);
        const at = evictionTime(pod, taints);
        if (at === undefined) continue;
        seen.add(key);
        if (at <= now) {
          evict(ctx, pod, now);
          if (scheduled[key] !== undefined) delete scheduled[key];
          ctx.cluster.touchSim();
          continue;
        }
        if (scheduled[key] !== name) {
          scheduled[key] = name;
          ctx.cluster.touchSim();
        }
        next = Math.min(next, at);
      }
      for (const [key, node] of Object.entries(scheduled)) {
        if (node === name && !seen.has(key)) {
          delete scheduled[key];
          ctx.cluster.touchSim();
        }
      }
      return next === Infinity ? undefined : { requeueAfter: next - now };
    },
  };
}

/** When the pod must go: undefined if it tolerates every NoExecute taint forever. */
function evictionTime(pod: KObject, taints: Taint[]): number | undefined {
  const tolerations: Toleration[] = pod.spec?.tolerations ?? [];
  let seconds = Infinity;
  let since = 0;
  for (const taint of taints) {
    const matching = tolerations.filter((t) => tolerates(t, taint));
    if (matching.length === 0) return 0;
    for (const t of matching) {
      if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
      seconds = Math.min(seconds, Math.max(0, t.tolerationSeconds));
    }
    since = Math.max(since, parseTime(taint.timeAdded) || 0);
  }
  if (seconds === Infinity) return undefined;
  // A pod bound after the taint appeared is given its full toleration from when it was scheduled.
  const scheduledAt = parseTime((pod.status?.conditions ?? []).find((c: { type: string }) => c.type === 'PodScheduled')?.lastTransitionTime) || 0;
  return Math.max(since, scheduledAt) + seconds * 1000;
}

function evict(ctx: SimContext, pod: KObject, now: number): void {
  const name = `${pod.metadata.namespace}/${pod.metadata.name}`;
  ctx.event(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${name}`, SOURCE);
  const marked = withPodCondition(pod, { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' }, now);
  if (marked) ctx.client.updateStatus('pods', marked);
  ctx.client.delete('pods', pod.metadata.namespace, pod.metadata.name!);
}

function cancelAll(ctx: SimContext, scheduled: Record<string, string>, node: string): void {
  for (const [key, n] of Object.entries(scheduled).sort(([a], [b]) => a.localeCompare(b))) {
    if (n !== node) continue;
    delete scheduled[key];
    ctx.cluster.touchSim();
    const [namespace, name] = key.split('/');
    const pod = ctx.get('pods', namespace, name);
    if (pod) ctx.event(pod, 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${key}`, SOURCE);
  }
}
