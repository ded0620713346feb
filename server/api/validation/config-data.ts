/** core/v1 ConfigMap and Secret validation: key names, total size, immutability and Secret types. */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, forbidden, invalid, required, tooLong } from './field-error.js';
import { immutable, nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { jsonEqual } from './json-equal.js';

const MAX_SIZE = 1024 * 1024;
const KEY = /^[-._a-zA-Z0-9]+$/;
const KEY_MESSAGE =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/** IsConfigMapKey. */
function keyErrors(key: string): string[] {
  const msgs: string[] = [];
  if (key.length > 253) msgs.push('must be no more than 253 characters');
  if (!KEY.test(key)) msgs.push(KEY_MESSAGE);
  if (key === '.') msgs.push("must not be '.'");
  else if (key === '..') msgs.push("must not be '..'");
  else if (key.startsWith('..')) msgs.push("must not start with '..'");
  return msgs;
}

function validateKeys(data: Record<string, string> | undefined, field: string, other?: Record<string, string>): FieldError[] {
  const errs: FieldError[] = [];
  for (const key of Object.keys(data ?? {})) {
    for (const msg of keyErrors(key)) errs.push(invalid(`${field}[${key}]`, key, msg));
    if (other && key in other) errs.push(invalid(`${field}[${key}]`, key, 'duplicate of key present in binaryData'));
  }
  return errs;
}

function size(...maps: (Record<string, string> | undefined)[]): number {
  let total = 0;
  for (const m of maps) for (const v of Object.values(m ?? {})) total += String(v).length;
  return total;
}

function immutableData(obj: KObject, old: KObject, fields: string[]): FieldError[] {
  if (old.immutable !== true) return [];
  const errs: FieldError[] = [];
  if (obj.immutable !== true) errs.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
  for (const f of fields) if (!jsonEqual(obj[f], old[f])) errs.push(forbidden(f, 'field is immutable when `immutable` is set'));
  return errs;
}

/** Validates a ConfigMap. */
export function validateConfigMap(obj: KObject, old: KObject | undefined): FieldError[] {
  const errs = old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain);
  errs.push(...validateKeys(obj.data, 'data', obj.binaryData));
  errs.push(...validateKeys(obj.binaryData, 'binaryData'));
  if (size(obj.data) + size(obj.binaryData) > MAX_SIZE) errs.push(tooLong('', MAX_SIZE));
  if (old) errs.push(...immutableData(obj, old, ['data', 'binaryData']));
  return errs;
}

/** The data keys each well-known Secret type requires. */
function typeErrors(secret: KObject): FieldError[] {
  const data = { ...(secret.data ?? {}), ...(secret.stringData ?? {}) };
  const need = (key: string): FieldError[] => (key in data ? [] : [required(`data[${key}]`)]);
  switch (secret.type) {
    case 'kubernetes.io/service-account-token':
      return secret.metadata.annotations?.['kubernetes.io/service-account.name'] ? [] : [required('metadata.annotations[kubernetes.io/service-account.name]')];
    case 'kubernetes.io/dockercfg':
      return need('.dockercfg');
    case 'kubernetes.io/dockerconfigjson':
      return need('.dockerconfigjson');
    case 'kubernetes.io/basic-auth':
      return 'username' in data || 'password' in data ? [] : [required('data[username]'), required('data[password]')];
    case 'kubernetes.io/ssh-auth':
      return need('ssh-privatekey');
    case 'kubernetes.io/tls':
      return [...need('tls.crt'), ...need('tls.key')];
    default:
      return [];
  }
}

/** Validates a Secret; on update its type may not change. */
export function validateSecret(obj: KObject, old: KObject | undefined): FieldError[] {
  const errs = old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain);
  errs.push(...validateKeys(obj.data, 'data'));
  errs.push(...validateKeys(obj.stringData, 'stringData'));
  errs.push(...typeErrors(obj));
  if (size(obj.data) * 0.75 > MAX_SIZE) errs.push(tooLong('data', MAX_SIZE));
  if (old) {
    errs.push(...immutable(obj.type ?? '', old.type ?? '', 'type'));
    errs.push(...immutableData(obj, old, ['data']));
  }
  return errs;
}
