/** ObjectMeta validation (apimachinery ValidateObjectMeta / ValidateObjectMetaUpdate), labels and annotations. */
import type { ObjectMeta } from '../../../shared/k8s/types.js';
import { dns1123LabelErrors, dns1123SubdomainErrors, dns1035LabelErrors, labelKeyErrors, labelValueErrors } from '../../../shared/k8s/names.js';
import { type FieldError, forbidden, invalid, required, tooLong, nonNegative, IMMUTABLE } from './field-error.js';
import { GoRepr } from './go-format.js';
import { jsonEqual } from './json-equal.js';

/** Checks a name; the prefix form (generateName) tolerates a trailing dash. */
export type NameValidator = (name: string, prefix: boolean) => string[];

function masked(name: string, prefix: boolean): string {
  return prefix && name.length > 0 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name;
}

/** NameIsDNSSubdomain: most kinds. */
export const nameIsDNSSubdomain: NameValidator = (name, prefix) => dns1123SubdomainErrors(masked(name, prefix));
/** NameIsDNSLabel: namespaces, statefulsets. */
export const nameIsDNSLabel: NameValidator = (name, prefix) => dns1123LabelErrors(masked(name, prefix));
/** NameIsDNS1035Label: services. */
export const nameIsDNS1035Label: NameValidator = (name, prefix) => dns1035LabelErrors(masked(name, prefix));

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** ValidateLabels: the field is the whole map, never the key. */
export function validateLabels(labels: Record<string, string> | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const msg of labelKeyErrors(k)) errs.push(invalid(field, k, msg));
    if (typeof v !== 'string') {
      errs.push(invalid(field, v, 'must be a string'));
      continue;
    }
    for (const msg of labelValueErrors(v)) errs.push(invalid(field, v, msg));
  }
  return errs;
}

/** ValidateAnnotations: qualified keys (case-insensitive) and 256 KiB in total. */
export function validateAnnotations(annotations: Record<string, string> | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const msg of labelKeyErrors(k.toLowerCase())) errs.push(invalid(field, k, msg));
    size += byteLength(k) + byteLength(String(v));
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(field, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

/** ValidateObjectMeta for a create. */
export function validateObjectMeta(meta: ObjectMeta, namespaced: boolean, nameFn: NameValidator, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) {
    for (const msg of nameFn(meta.generateName, true)) errs.push(invalid(`${path}.generateName`, meta.generateName, msg));
  }
  if (!meta.name) {
    errs.push(required(`${path}.name`, 'name or generateName is required'));
  } else {
    for (const msg of nameFn(meta.name, false)) errs.push(invalid(`${path}.name`, meta.name, msg));
  }
  if (namespaced) {
    if (!meta.namespace) errs.push(required(`${path}.namespace`));
    else for (const msg of dns1123LabelErrors(meta.namespace)) errs.push(invalid(`${path}.namespace`, meta.namespace, msg));
  } else if (meta.namespace) {
    errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  }
  errs.push(...nonNegative(meta.generation, `${path}.generation`));
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  errs.push(...validateOwnerReferences(meta, path));
  errs.push(...validateFinalizers(meta.finalizers, `${path}.finalizers`));
  return errs;
}

function validateOwnerReferences(meta: ObjectMeta, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const field = `${path}.ownerReferences`;
  let controllers = 0;
  for (const ref of meta.ownerReferences ?? []) {
    if (!ref.apiVersion) errs.push(invalid(`${field}.apiVersion`, ref.apiVersion ?? '', 'version must not be empty'));
    if (!ref.kind) errs.push(invalid(`${field}.kind`, ref.kind ?? '', 'kind must not be empty'));
    if (!ref.name) errs.push(invalid(`${field}.name`, ref.name ?? '', 'name must not be empty'));
    if (!ref.uid) errs.push(invalid(`${field}.uid`, ref.uid ?? '', 'uid must not be empty'));
    if (ref.controller) controllers++;
  }
  if (controllers > 1) {
    errs.push(invalid(field, new GoRepr('[]v1.OwnerReference{...}'), 'Only one reference can have Controller set to true'));
  }
  return errs;
}

function validateFinalizers(finalizers: string[] | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of finalizers ?? []) for (const msg of labelKeyErrors(f)) errs.push(invalid(field, f, msg));
  const list = finalizers ?? [];
  if (list.includes('orphan') && list.includes('foregroundDeletion')) {
    errs.push(invalid(field, list, 'finalizer orphan and foregroundDeletion cannot be both set'));
  }
  return errs;
}

/** ValidateImmutableField: equal by JSON value. `value` renders the new value in the message. */
export function immutable(now: unknown, before: unknown, field: string, value: unknown = now): FieldError[] {
  return jsonEqual(now, before) ? [] : [invalid(field, value ?? '', IMMUTABLE)];
}

/** ValidateObjectMetaUpdate. The caller has already carried uid and creationTimestamp over when absent. */
export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (!meta.resourceVersion) errs.push(invalid(`${path}.resourceVersion`, meta.resourceVersion ?? '', 'must be specified for an update'));
  errs.push(...immutable(meta.name ?? '', old.name ?? '', `${path}.name`));
  errs.push(...immutable(meta.namespace ?? '', old.namespace ?? '', `${path}.namespace`));
  if (meta.uid) errs.push(...immutable(meta.uid, old.uid ?? '', `${path}.uid`));
  if (meta.creationTimestamp && old.creationTimestamp) {
    errs.push(...immutable(meta.creationTimestamp, old.creationTimestamp, `${path}.creationTimestamp`, new GoRepr(meta.creationTimestamp)));
  }
  if (old.deletionTimestamp) {
    const added = (meta.finalizers ?? []).filter((f) => !(old.finalizers ?? []).includes(f));
    for (const f of added) errs.push(forbidden(`${path}.finalizers`, `no new finalizers can be added if the object is being deleted, found new finalizers []string{${JSON.stringify(f)}}`));
  }
  errs.push(...nonNegative(meta.generation, `${path}.generation`));
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  errs.push(...validateOwnerReferences(meta, path));
  errs.push(...validateFinalizers(meta.finalizers, `${path}.finalizers`));
  return errs;
}
