/** Decoding type checks: a value of the wrong JSON type is a 400 BadRequest, as Go's decoder makes it, so
 * later stages (defaulting, validation, printing) only ever see well-typed objects. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { FieldSchema, ScalarType, TypeSchema } from '../../../shared/k8s/schema/index.js';
import { schemaFor, typeSchema } from '../../../shared/k8s/schema/index.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shortName(ref: string | undefined): string {
  return ref ? ref.slice(ref.lastIndexOf('.') + 1) : 'interface {}';
}

function scalarGoType(t: ScalarType, format: FieldSchema['format'], ref?: string): string {
  switch (t) {
    case 'string':
      return 'string';
    case 'date-time':
      return 'v1.Time';
    case 'integer':
      return format ?? 'int64';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
    case 'int-or-string':
      return 'intstr.IntOrString';
    case 'quantity':
      return 'resource.Quantity';
    case 'byte':
      return '[]uint8';
    default:
      return shortName(ref);
  }
}

function goType(f: FieldSchema): string {
  const inner = f.ref ? shortName(f.ref) : scalarGoType(f.items ?? 'string', f.itemsFormat);
  if (f.type === 'array') return `[]${f.ref ? 'v1.' : ''}${inner}`;
  if (f.type === 'map') return `map[string]${inner}`;
  return scalarGoType(f.type, f.format, f.ref);
}

/** Whether a scalar value decodes into the scalar type. */
function scalarOk(t: ScalarType, v: unknown): boolean {
  switch (t) {
    case 'string':
    case 'date-time':
    case 'byte':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'int-or-string':
    case 'quantity':
      return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
    default:
      return true;
  }
}

/** Go's wording for a value that does not fit: numbers carry their literal. */
function unmarshalError(v: unknown, struct: string, path: string, goType: string): string {
  const got = typeof v === 'number' ? `number ${v}` : jsonType(v);
  return `json: cannot unmarshal ${got} into Go struct field ${struct}.${path} of type ${goType}`;
}

function checkValue(v: unknown, type: ScalarType | 'nested', ref: string | undefined, f: FieldSchema, struct: string, path: string): string | undefined {
  if (v === null) return undefined;
  if (type === 'nested') {
    if (!isPlainObject(v)) return unmarshalError(v, struct, path, goType({ ...f, type: 'object' }));
    const nested = ref ? typeSchema(ref) : undefined;
    return nested ? checkStruct(v, nested, path) : undefined;
  }
  if (!scalarOk(type, v)) return unmarshalError(v, struct, path, goType(f));
  // Times must parse as RFC 3339; an empty string is tolerated as the zero time.
  if (type === 'date-time' && v !== '' && !RFC3339.test(v as string)) {
    return `parsing time "\\"${v}\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "${v}\\"" as "2006"`;
  }
  return undefined;
}

function checkStruct(value: Record<string, unknown>, type: TypeSchema, path: string): string | undefined {
  const struct = shortName(type.name);
  for (const [key, child] of Object.entries(value)) {
    const f = type.fields.find((x) => x.name === key);
    if (!f || child === null || child === undefined) continue;
    const at = path ? `${path}.${key}` : key;
    const element: ScalarType | 'nested' = f.ref ? 'nested' : (f.items ?? 'object');
    let found: string | undefined;
    if (f.type === 'array') {
      if (!Array.isArray(child)) return unmarshalError(child, struct, at, goType(f));
      for (const item of child) if ((found = checkValue(item, element, f.ref, f, struct, at))) return found;
    } else if (f.type === 'map') {
      if (!isPlainObject(child)) return unmarshalError(child, struct, at, goType(f));
      for (const item of Object.values(child)) if ((found = checkValue(item, element, f.ref, f, struct, at))) return found;
    } else if ((found = checkValue(child, f.type === 'object' && f.ref ? 'nested' : f.type, f.ref, f, struct, at))) {
      return found;
    }
  }
  return undefined;
}

/** The decoder's message for the first field whose value does not fit the kind's schema, if any. */
export function typeMismatch(obj: KObject): string | undefined {
  const schema = schemaFor(obj.apiVersion, obj.kind);
  return schema ? checkStruct(obj as unknown as Record<string, unknown>, schema, '') : undefined;
}
