/** Helpers shared by the apps/v1 workloads: selectors against templates, int-or-percent fields. */
import { type FieldError, forbidden, invalid, notSupported, required, nonNegative } from './field-error.js';
import { goIntOrString, goLabelSelector, goStringMap } from './go-format.js';
import { type LabelSelector, selectorConvertible, selectorEmpty, selectorMatches, validateLabelSelector } from './label-selector.js';
import { validatePodTemplateSpec } from './pod-spec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A required, non-empty, valid selector (Deployment, ReplicaSet, StatefulSet). */
export function validateRequiredSelector(sel: LabelSelector | undefined, field: string, kindWord: string): FieldError[] {
  if (!sel) return [required(field)];
  const errs = validateLabelSelector(sel, field);
  if (selectorEmpty(sel)) errs.push(invalid(field, goLabelSelector(sel), `empty selector is invalid for ${kindWord}`));
  return errs;
}

/** The template's labels must be selected by the controller's selector. */
export function selectorMatchesTemplate(sel: LabelSelector | undefined, template: Json, field: string): FieldError[] {
  if (!sel || selectorEmpty(sel) || !selectorConvertible(sel)) return [];
  const labels = template?.metadata?.labels;
  return selectorMatches(sel, labels) ? [] : [invalid(field, goStringMap(labels), '`selector` does not match template `labels`')];
}

/** ValidatePodTemplateSpecForReplicaSet (also used by Deployment): Always restart, no deadline. */
export function validateTemplateForReplicaSet(sel: LabelSelector | undefined, template: Json, path: string, kindWord: string): FieldError[] {
  if (!template) return [required(path)];
  const errs = selectorMatchesTemplate(sel, template, `${path}.metadata.labels`);
  errs.push(...validatePodTemplateSpec(template, path));
  errs.push(...alwaysRestart(template, path, kindWord));
  return errs;
}

/** Controllers whose pods run forever accept restartPolicy Always only and no activeDeadlineSeconds. */
export function alwaysRestart(template: Json, path: string, kindWord: string): FieldError[] {
  const errs: FieldError[] = [];
  const rp = template?.spec?.restartPolicy ?? '';
  if (rp !== 'Always') errs.push(notSupported(`${path}.spec.restartPolicy`, rp, ['Always']));
  if (template?.spec?.activeDeadlineSeconds !== undefined && template?.spec?.activeDeadlineSeconds !== null) {
    errs.push(forbidden(`${path}.spec.activeDeadlineSeconds`, `activeDeadlineSeconds in ${kindWord} is not Supported`));
  }
  return errs;
}

const PERCENT = /^[0-9]+%$/;
const PERCENT_MESSAGE = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/** ValidatePositiveIntOrPercent. */
export function validateIntOrPercent(v: unknown, field: string): FieldError[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return PERCENT.test(v) ? [] : [invalid(field, goIntOrString(v), PERCENT_MESSAGE)];
  if (typeof v === 'number') return nonNegative(v, field);
  return [invalid(field, goIntOrString(String(v)), "must be an integer or percentage (e.g '5%')")];
}

/** getIntOrPercentValue: the number, or the percentage as a number. */
export function intOrPercentValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && PERCENT.test(v)) return Number(v.slice(0, -1));
  return 0;
}

/** IsNotMoreThan100Percent. */
export function notMoreThan100Percent(v: unknown, field: string): FieldError[] {
  return typeof v === 'string' && PERCENT.test(v) && Number(v.slice(0, -1)) > 100 ? [invalid(field, goIntOrString(v), 'must not be greater than 100%')] : [];
}
