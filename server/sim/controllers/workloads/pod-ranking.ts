/** The order in which a ReplicaSet gives up pods when scaling down (controller.ActivePodsWithRanks): the
 * pods that cost least to lose go first. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { isPodReady, readySince } from './pods.js';
import { parseTime } from '../../time.js';

const PHASE_ORDER: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function restarts(pod: KObject): number {
  let max = 0;
  for (const c of (pod.status?.containerStatuses ?? []) as { restartCount?: number }[]) max = Math.max(max, c.restartCount ?? 0);
  return max;
}

function deletionCost(pod: KObject): number {
  const v = Number(pod.metadata.annotations?.['controller.kubernetes.io/pod-deletion-cost']);
  return Number.isFinite(v) ? v : 0;
}

/** floor(log2(age in ns)): pods of the same order of age rank equal (LogarithmicScaleDown). */
function logAge(since: number, now: number): number {
  const d = (now - since) * 1e6;
  return d <= 0 ? -1 : Math.floor(Math.log2(d));
}

/** Sorts pods in deletion order: unscheduled, pending, not ready, cheap, doubled-up, recently ready,
 * restarting, young first. `now` feeds the logarithmic age comparison. */
export function rankForDeletion(pods: KObject[], now: number): KObject[] {
  const onNode = new Map<string, number>();
  for (const p of pods) if (p.spec?.nodeName) onNode.set(p.spec.nodeName, (onNode.get(p.spec.nodeName) ?? 0) + 1);
  const rank = (p: KObject) => (p.spec?.nodeName ? onNode.get(p.spec.nodeName)! : 0);
  return [...pods].sort((a, b) => {
    const an = a.spec?.nodeName ? 1 : 0;
    const bn = b.spec?.nodeName ? 1 : 0;
    if (an !== bn) return an - bn;
    const ap = PHASE_ORDER[a.status?.phase] ?? 0;
    const bp = PHASE_ORDER[b.status?.phase] ?? 0;
    if (ap !== bp) return ap - bp;
    const ar = isPodReady(a) ? 1 : 0;
    const br = isPodReady(b) ? 1 : 0;
    if (ar !== br) return ar - br;
    const ac = deletionCost(a);
    const bc = deletionCost(b);
    if (ac !== bc) return ac - bc;
    if (rank(a) !== rank(b)) return rank(b) - rank(a);
    if (ar && br) {
      const at = logAge(readySince(a), now);
      const bt = logAge(readySince(b), now);
      if (at !== bt) return at - bt;
    }
    if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
    const aa = logAge(parseTime(a.metadata.creationTimestamp), now);
    const ba = logAge(parseTime(b.metadata.creationTimestamp), now);
    if (aa !== ba) return aa - ba;
    const au = a.metadata.uid ?? '';
    const bu = b.metadata.uid ?? '';
    return au < bu ? -1 : au > bu ? 1 : 0;
  });
}
