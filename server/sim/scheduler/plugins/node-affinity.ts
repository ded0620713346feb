/** NodeAffinity: spec.nodeSelector and requiredDuringSchedulingIgnoredDuringExecution must match the node's
 * labels; preferredDuringSchedulingIgnoredDuringExecution terms add their weight to the node's score. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { defaultNormalizeScore } from '../normalize.js';
import type { Plugin } from '../types.js';

export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";

export interface NodeSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[];
  matchFields?: NodeSelectorRequirement[];
}

const INTEGER = /^[+-]?\d+$/;

function requirementMatches(r: NodeSelectorRequirement, value: string | undefined): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      if (value === undefined || values.length !== 1 || !INTEGER.test(value) || !INTEGER.test(values[0])) return false;
      const have = BigInt(value);
      const want = BigInt(values[0]);
      return r.operator === 'Gt' ? have > want : have < want;
    }
    default:
      return false;
  }
}

/** Whether one term matches: all its expressions and fields hold; a term with neither matches nothing. */
export function nodeSelectorTermMatches(term: NodeSelectorTerm, node: KObject): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  const labels = node.metadata.labels ?? {};
  if (!exprs.every((r) => requirementMatches(r, Object.hasOwn(labels, r.key) ? labels[r.key] : undefined))) return false;
  return fields.every((r) => r.key === 'metadata.name' && (r.operator === 'In' || r.operator === 'NotIn') && requirementMatches(r, node.metadata.name));
}

/** Whether the node satisfies the pod's nodeSelector and required node affinity (terms are ORed). */
export function podMatchesNodeSelectorAndAffinity(pod: KObject, node: KObject): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries((pod.spec?.nodeSelector ?? {}) as Record<string, string>)) {
    if (labels[k] !== v) return false;
  }
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  const terms = (required.nodeSelectorTerms ?? []) as NodeSelectorTerm[];
  return terms.some((t) => nodeSelectorTermMatches(t, node));
}

interface PreferredTerm {
  weight: number;
  preference: NodeSelectorTerm;
}

export const nodeAffinityPlugin: Plugin = {
  name: 'NodeAffinity',
  weight: 2,
  filter(cycle, node) {
    if (podMatchesNodeSelectorAndAffinity(cycle.pod, node.node)) return undefined;
    return { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_POD] };
  },
  score(cycle, feasible) {
    const preferred = (cycle.pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) as PreferredTerm[];
    if (preferred.length === 0) return undefined;
    const raw = feasible.map((n) => preferred.reduce((sum, t) => sum + (t.weight && nodeSelectorTermMatches(t.preference ?? {}, n.node) ? t.weight : 0), 0));
    return defaultNormalizeScore(raw, false);
  },
};
