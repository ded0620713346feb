/** Compiled label selectors for the hot loops of the spreading and affinity plugins. */
import type { KObject } from '../../../shared/k8s/types.js';
import { labelSelectorToRequirements, matchesRequirements, type LabelSelector, type Requirement } from '../../../shared/k8s/selectors.js';
import type { NodeInfo } from './types.js';

/** A selector compiled once per scheduling cycle; `null` (a nil selector) matches nothing. */
export type CompiledSelector = Requirement[] | null;

/** Compiles a LabelSelector plus extra requirements (matchLabelKeys); invalid selectors match nothing. */
export function compileSelector(sel: LabelSelector | undefined | null, extra: Requirement[] = []): CompiledSelector {
  if (!sel) return null;
  try {
    return [...labelSelectorToRequirements(sel), ...extra];
  } catch {
    return null;
  }
}

export function selectorMatches(sel: CompiledSelector, labels: Record<string, string> | undefined): boolean {
  return sel !== null && matchesRequirements(sel, labels);
}

/** `key in (value)` requirements for the keys of `keys` the labels carry (matchLabelKeys). */
export function labelKeyRequirements(keys: string[] | undefined, labels: Record<string, string> | undefined, operator: 'in' | 'notin'): Requirement[] {
  const out: Requirement[] = [];
  for (const key of keys ?? []) {
    if (labels && Object.hasOwn(labels, key)) out.push({ key, operator, values: [labels[key]] });
  }
  return out;
}

/** Per-NodeInfo index of its pods by label key, then value, built for a key the first time a selector asks;
 * NodeInfos are rebuilt when their pods change, so an index lives exactly as long as the pod list it indexes. */
const podLabelIndex = new WeakMap<NodeInfo, Map<string, Map<string, KObject[]>>>();

function podsWithLabel(node: NodeInfo, key: string, value: string): KObject[] {
  let byKey = podLabelIndex.get(node);
  if (!byKey) podLabelIndex.set(node, (byKey = new Map()));
  let byValue = byKey.get(key);
  if (!byValue) {
    byKey.set(key, (byValue = new Map()));
    for (const pod of node.pods) {
      const v = pod.metadata.labels?.[key];
      if (v === undefined) continue;
      const list = byValue.get(v);
      if (list) list.push(pod);
      else byValue.set(v, [pod]);
    }
  }
  return byValue.get(value) ?? [];
}

/** The pods a selector can match: those carrying one of its equality pairs when it has one (so a spreading
 * count looks at a handful of pods, not every pod of the node), else all of them. */
function candidates(node: NodeInfo, selector: Requirement[]): KObject[] {
  for (const r of selector) {
    if ((r.operator === '=' || r.operator === '==' || r.operator === 'in') && r.values.length === 1) return podsWithLabel(node, r.key, r.values[0]);
  }
  return node.pods;
}

/** Pods on the node in `namespace` that the selector matches, terminating ones excluded. */
export function countMatchingPods(node: NodeInfo, selector: CompiledSelector, namespace: string | undefined): number {
  if (selector === null) return 0;
  let n = 0;
  for (const p of candidates(node, selector)) {
    if (p.metadata.deletionTimestamp || p.metadata.namespace !== namespace) continue;
    if (matchesRequirements(selector, p.metadata.labels)) n++;
  }
  return n;
}
