/** Strict decoding: the fields of an object its schema does not know, reported as kube-apiserver does. */

import type { KObject } from '../types.js';
import type { TypeSchema } from './model.js';
import { schemaFor, typeSchema } from './registry.js';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function walk(value: unknown, type: TypeSchema, path: string, out: string[]): void {
  if (!isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    // Field names match case-sensitively, as the API server's decoder does.
    const field = type.fields.find((f) => f.name === key);
    const at = path ? `${path}.${key}` : key;
    if (!field) {
      out.push(at);
      continue;
    }
    const nested = field.ref ? typeSchema(field.ref) : undefined;
    if (!nested) continue;
    if (field.type === 'object') walk(child, nested, at, out);
    else if (field.type === 'array' && Array.isArray(child)) child.forEach((item, i) => walk(item, nested, `${at}[${i}]`, out));
    else if (field.type === 'map' && isPlainObject(child)) for (const [k, v] of Object.entries(child)) walk(v, nested, `${at}.${k}`, out);
  }
}

/** Paths of fields not in the schema of the object's kind, in document order
 * (`spec.template.spec.containers[0].imagePullPolicyy`); empty for kinds without a schema. */
export function unknownFields(obj: KObject): string[] {
  const type = schemaFor(obj.apiVersion, obj.kind);
  const out: string[] = [];
  if (type) walk(obj, type, '', out);
  return out;
}

/** The BadRequest message kube-apiserver returns for unknown fields under fieldValidation=Strict. */
export function strictDecodingMessage(kind: string, version: string, fields: string[]): string {
  const errors = fields.map((f) => `unknown field "${f}"`).join(', ');
  return `${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: ${errors}`;
}

/** The warnings kube-apiserver returns for unknown fields under fieldValidation=Warn (one per field). */
export function unknownFieldWarnings(fields: string[]): string[] {
  return fields.map((f) => `unknown field "${f}"`);
}
