/** core/v1 Node validation (ValidateNode, ValidateNodeUpdate): taints and pod CIDRs. */
import type { KObject } from '../../../shared/k8s/types.js';
import { labelKeyErrors, labelValueErrors } from '../../../shared/k8s/names.js';
import { type FieldError, duplicate, forbidden, invalid, notSupported, required } from './field-error.js';
import { GoRepr, goQuote } from './go-format.js';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function goTaint(t: Json): GoRepr {
  return new GoRepr(`core.Taint{Key:${goQuote(t.key ?? '')}, Value:${goQuote(t.value ?? '')}, Effect:${goQuote(t.effect ?? '')}, TimeAdded:<nil>}`);
}

function validateTaints(taints: Json[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (taints ?? []).forEach((t, i) => {
    const p = `spec.taints[${i}]`;
    for (const msg of labelKeyErrors(t.key ?? '')) errs.push(invalid(`${p}.key`, t.key ?? '', msg));
    if (t.value) for (const msg of labelValueErrors(t.value)) errs.push(invalid(`${p}.value`, t.value, msg));
    if (!t.effect) errs.push(required(`${p}.effect`));
    else if (!EFFECTS.includes(t.effect)) errs.push(notSupported(`${p}.effect`, t.effect, EFFECTS));
    const key = `${t.effect}\u0000${t.key}`;
    if (seen.has(key)) {
      const dup = duplicate(p, goTaint(t));
      errs.push({ ...dup, message: `${dup.message}: taints must be unique by key and effect pair` });
    }
    seen.add(key);
  });
  return errs;
}

/** Validates a Node; once set, spec.podCIDR(s) may not change. */
export function validateNode(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  const meta = old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, false, nameIsDNSSubdomain);
  const errs = [...meta, ...validateTaints(spec.taints)];
  const oldCIDR = old?.spec?.podCIDR;
  if (oldCIDR && spec.podCIDR !== oldCIDR) errs.push(forbidden('spec.podCIDRs', 'node updates may not change podCIDR except from "" to valid'));
  return errs;
}
