/** Compiled label selectors for the hot loops of the spreading and affinity plugins. */
import { labelSelectorToRequirements, matchesRequirements, type LabelSelector, type Requirement } from '../../../shared/k8s/selectors.js';

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
