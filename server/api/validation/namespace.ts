/** core/v1 Namespace validation (ValidateNamespace, ValidateNamespaceUpdate). */
import type { KObject } from '../../../shared/k8s/types.js';
import { labelKeyErrors } from '../../../shared/k8s/names.js';
import { type FieldError, invalid } from './field-error.js';
import { nameIsDNSLabel, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';

const STANDARD_FINALIZERS = ['kubernetes', 'orphan', 'foregroundDeletion'];

function validateSpecFinalizers(finalizers: string[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of finalizers ?? []) {
    const msgs = labelKeyErrors(f);
    for (const msg of msgs) errs.push(invalid('spec.finalizers', f, msg));
    if (msgs.length === 0 && !f.includes('/') && !STANDARD_FINALIZERS.includes(f)) {
      errs.push(invalid('spec.finalizers', f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  }
  return errs;
}

/** Validates a Namespace: a DNS-1123 label name and well-formed finalizers. */
export function validateNamespace(obj: KObject, old: KObject | undefined): FieldError[] {
  const meta = old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, false, nameIsDNSLabel);
  return [...meta, ...validateSpecFinalizers(obj.spec?.finalizers)];
}
