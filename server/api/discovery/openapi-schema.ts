/** Renders the hand-written schemas as OpenAPI schema objects, in the v3 (components) or v2 (definitions)
 * dialect kube-apiserver publishes. */

import type { FieldSchema, ScalarType, TypeSchema } from '../../../shared/k8s/schema/index.js';

export type Dialect = 'v2' | 'v3';
type Json = Record<string, unknown>;

export const TIME = 'io.k8s.apimachinery.pkg.apis.meta.v1.Time';
export const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
export const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
export const PATCH = 'io.k8s.apimachinery.pkg.apis.meta.v1.Patch';

/** `$ref` target of a definition in the given dialect. */
export function refTo(name: string, dialect: Dialect): string {
  return dialect === 'v3' ? `#/components/schemas/${name}` : `#/definitions/${name}`;
}

/** Definitions of the apimachinery value types that fields reference instead of inlining. */
export function valueTypeSchemas(dialect: Dialect): Record<string, Json> {
  return {
    [TIME]: { description: 'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.', type: 'string', format: 'date-time' },
    [QUANTITY]: dialect === 'v3'
      ? { description: 'Quantity is a fixed-point representation of a number.', oneOf: [{ type: 'string' }, { type: 'number' }] }
      : { description: 'Quantity is a fixed-point representation of a number.', type: 'string' },
    [INT_OR_STRING]: { description: 'IntOrString is a type that can hold an int32 or a string.', type: 'string', format: 'int-or-string' },
    [PATCH]: { description: 'Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.', type: 'object' },
  };
}

function refSchema(name: string, dialect: Dialect, withDefault: boolean): Json {
  // v3 wraps references in allOf so siblings (description, default) stay valid, as kube-apiserver does.
  if (dialect === 'v2') return { $ref: refTo(name, dialect) };
  return withDefault ? { allOf: [{ $ref: refTo(name, dialect) }], default: {} } : { $ref: refTo(name, dialect) };
}

function scalarSchema(type: ScalarType, format: string | undefined, dialect: Dialect): Json {
  switch (type) {
    case 'date-time':
      return refSchema(TIME, dialect, false);
    case 'quantity':
      return refSchema(QUANTITY, dialect, false);
    case 'int-or-string':
      return refSchema(INT_OR_STRING, dialect, false);
    case 'byte':
      return { type: 'string', format: 'byte' };
    case 'object':
      return { type: 'object' };
    default:
      return format ? { type, format } : { type };
  }
}

function elementSchema(f: FieldSchema, dialect: Dialect): Json {
  if (f.ref) return refSchema(f.ref, dialect, true);
  const s = scalarSchema(f.items ?? 'string', f.itemsFormat, dialect);
  if (s.type === 'string' && !s.format) s.default = '';
  return s;
}

function fieldSchema(f: FieldSchema, dialect: Dialect): Json {
  let s: Json;
  if (f.type === 'array') s = { type: 'array', items: elementSchema(f, dialect) };
  else if (f.type === 'map') s = { type: 'object', additionalProperties: elementSchema(f, dialect) };
  else if (f.ref) s = refSchema(f.ref, dialect, true);
  else s = scalarSchema(f.type, f.format, dialect);
  // A bare v3 $ref cannot carry a description; wrap it like kube-apiserver does.
  if (dialect === 'v3' && typeof s.$ref === 'string') s = { allOf: [{ $ref: s.$ref }] };
  s.description = f.description;
  if (f.enum) s.enum = f.enum;
  if (f.listMapKeys) s['x-kubernetes-list-map-keys'] = f.listMapKeys;
  if (f.listType) s['x-kubernetes-list-type'] = f.listType;
  if (f.patchMergeKey) s['x-kubernetes-patch-merge-key'] = f.patchMergeKey;
  if (f.patchStrategy) s['x-kubernetes-patch-strategy'] = f.patchStrategy;
  return s;
}

/** The OpenAPI schema object of one definition. */
export function typeToOpenApi(t: TypeSchema, dialect: Dialect): Json {
  const properties: Record<string, Json> = {};
  for (const f of t.fields) properties[f.name] = fieldSchema(f, dialect);
  const out: Json = { description: t.description, type: 'object', properties };
  const required = t.fields.filter((f) => f.required).map((f) => f.name);
  if (required.length) out.required = required;
  if (t.gvk) out['x-kubernetes-group-version-kind'] = [{ group: t.gvk.group, kind: t.gvk.kind, version: t.gvk.version }];
  return out;
}
