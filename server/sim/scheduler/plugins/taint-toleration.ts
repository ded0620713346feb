/** TaintToleration: NoSchedule / NoExecute taints a pod does not tolerate reject the node; untolerated
 * PreferNoSchedule taints lower its score. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { defaultNormalizeScore } from '../normalize.js';
import type { Plugin } from '../types.js';

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** Whether a toleration matches a taint (empty effect matches every effect, empty key with Exists every key). */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  const op = t.operator || 'Equal';
  if (op === 'Exists') return true;
  if (op === 'Equal') return (t.value ?? '') === (taint.value ?? '');
  return false;
}

export function tolerationsOf(pod: KObject): Toleration[] {
  return (pod.spec?.tolerations ?? []) as Toleration[];
}

export function taintsOf(node: KObject): Taint[] {
  return (node.spec?.taints ?? []) as Taint[];
}

/** The first NoSchedule / NoExecute taint of the node that none of the tolerations tolerate. */
export function untoleratedTaint(taints: Taint[], tolerations: Toleration[]): Taint | undefined {
  return taints.find((taint) => (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerations.some((t) => toleratesTaint(t, taint)));
}

export const taintTolerationPlugin: Plugin = {
  name: 'TaintToleration',
  weight: 3,
  filter(cycle, node) {
    const taint = untoleratedTaint(taintsOf(node.node), tolerationsOf(cycle.pod));
    if (!taint) return undefined;
    return { code: 'UnschedulableAndUnresolvable', reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`] };
  },
  score(cycle, feasible) {
    const preferred = tolerationsOf(cycle.pod).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
    const counts = feasible.map(
      (n) => taintsOf(n.node).filter((taint) => taint.effect === 'PreferNoSchedule' && !preferred.some((t) => toleratesTaint(t, taint))).length,
    );
    return defaultNormalizeScore(counts, true);
  },
};
