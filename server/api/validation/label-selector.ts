/** metav1.LabelSelector validation (apimachinery ValidateLabelSelector) and matching against template labels. */
import { labelKeyErrors, labelValueErrors } from '../../../shared/k8s/names.js';
import { type FieldError, forbidden, invalid, required } from './field-error.js';
import { validateLabels } from './object-meta.js';

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key?: string; operator?: string; values?: string[] }[];
}

/** ValidateLabelSelector with invalid label values rejected. */
export function validateLabelSelector(sel: LabelSelector | undefined, field: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, `${field}.matchLabels`);
  (sel.matchExpressions ?? []).forEach((expr, i) => {
    const p = `${field}.matchExpressions[${i}]`;
    const values = expr.values ?? [];
    switch (expr.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        errs.push(invalid(`${p}.operator`, expr.operator ?? '', 'not a valid selector operator'));
    }
    for (const msg of labelKeyErrors(expr.key ?? '')) errs.push(invalid(`${p}.key`, expr.key ?? '', msg));
    values.forEach((v, j) => {
      for (const msg of labelValueErrors(v)) errs.push(invalid(`${p}.values[${j}]`, v, msg));
    });
  });
  return errs;
}

/** True when the selector can be converted (LabelSelectorAsSelector succeeds). */
export function selectorConvertible(sel: LabelSelector | undefined): boolean {
  if (!sel) return true;
  return (sel.matchExpressions ?? []).every((e) => ['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(e.operator ?? '') && !!e.key);
}

/** True when the selector selects nothing-special: no labels and no expressions (selects everything). */
export function selectorEmpty(sel: LabelSelector | undefined): boolean {
  return !sel || Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0;
}

/** labels.Selector.Matches for a LabelSelector. */
export function selectorMatches(sel: LabelSelector, labels: Record<string, string> | undefined): boolean {
  const set = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (set[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(set, e.key ?? '');
    const value = set[e.key ?? ''];
    const values = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(value))) return false;
    if (e.operator === 'NotIn' && has && values.includes(value)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
