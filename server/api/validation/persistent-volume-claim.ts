/** core/v1 PersistentVolumeClaim validation (ValidatePersistentVolumeClaim and its update rules). */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, forbidden, invalid, notSupported, required } from './field-error.js';
import { jsonEqual } from './json-equal.js';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { QUANTITY_FORMAT_MESSAGE, quantityText, quantityValue } from './quantity.js';
import { validateLabelSelector } from './label-selector.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];

function validateSpec(spec: Json): FieldError[] {
  const errs: FieldError[] = [];
  const modes: string[] = spec.accessModes ?? [];
  if (modes.length === 0) errs.push(required('spec.accessModes', 'at least 1 access mode is required'));
  for (const m of modes) if (!ACCESS_MODES.includes(m)) errs.push(notSupported('spec.accessModes', m, ACCESS_MODES));
  if (modes.includes('ReadWriteOncePod') && modes.length > 1) {
    errs.push(forbidden('spec.accessModes', 'may not use ReadWriteOncePod with other access modes'));
  }
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const storage = spec.resources?.requests?.storage;
  if (storage === undefined) errs.push(required('spec.resources[storage]'));
  else {
    const v = quantityValue(storage);
    if (v === undefined) errs.push(invalid('spec.resources.requests[storage]', quantityText(storage), QUANTITY_FORMAT_MESSAGE));
    else if (v <= 0) errs.push(invalid('spec.resources[storage]', quantityText(storage), 'must be greater than zero'));
  }
  const vm = spec.volumeMode;
  if (vm !== undefined && vm !== 'Block' && vm !== 'Filesystem') errs.push(notSupported('spec.volumeMode', vm, ['Block', 'Filesystem']));
  return errs;
}

/** Validates a PersistentVolumeClaim; after creation only the storage request may grow. */
export function validatePersistentVolumeClaim(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  if (!old) return [...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain), ...validateSpec(spec)];
  const errs = [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateSpec(spec)];
  const oldSpec = old.spec ?? {};
  // volumeName is filled in by binding; a user leaving it out changes nothing.
  const comparable = (s: Json): Json => ({ ...s, resources: { ...s.resources, requests: undefined }, volumeAttributesClassName: undefined });
  const nowSpec = spec.volumeName ? spec : { ...spec, volumeName: oldSpec.volumeName };
  if (!jsonEqual(comparable(nowSpec), comparable(oldSpec))) {
    errs.push(forbidden('spec', 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims'));
  }
  const now = quantityValue(spec.resources?.requests?.storage);
  const before = quantityValue(oldSpec.resources?.requests?.storage);
  if (now !== undefined && before !== undefined && now < before) {
    errs.push(forbidden('spec.resources.requests.storage', 'field can not be less than previous value'));
  }
  return errs;
}
