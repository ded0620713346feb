/** Decoding type checks: a value of the wrong JSON type is a 400 BadRequest, as Go's decoder makes it, so
 * later stages (defaulting, validation, printing) only ever see well-typed objects. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { FieldSchema, ScalarType, TypeSchema } from '../../../shared/k8s/schema/index.js';
import { schemaFor, typeSchema } from '../../../shared/k8s/schema/index.js';

interface Mismatch {
  /** A complete decoder message, when the failure is not a JSON type mismatch. */
  message?: string;
  got: string;
  struct: string;
  path: string;
  goType: string;
}

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
    case 'date-time':
      return t === 'string' ? 'string' : 'v1.Time';
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

/** Whether a scalar value decodes into the scalar type (a number message carries its literal). */
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
    case 'object':
      return true;
    default:
      return true;
  }
}

function describe(v: unknown): string {
  return typeof v === 'number' ? `number ${v}` : jsonType(v);
}

function checkValue(v: unknown, type: ScalarType | 'nested', ref: string | undefined, f: FieldSchema, struct: string, path: string): Mismatch | undefined {
  if (v === null) return undefined;
  if (type === 'nested') {
    if (!isPlainObject(v)) return { got: describe(v), struct, path, goType: goType({ ...f, type: 'object' }) };
    const nested = ref ? typeSchema(ref) : undefined;
    return nested ? checkStruct(v, nested, path) : undefined;
  }
  if (!scalarOk(type, v)) return { got: describe(v), struct, path, goType: goType(f) };
  // Times must parse as RFC 3339; an empty string is tolerated as the zero time.
  if (type === 'date-time' && v !== '' && !RFC3339.test(v as string)) {
    return { message: `parsing time "\\"${v}\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "${v}\\"" as "2006"`, got: '', struct, path, goType: '' };
  }
  return undefined;
}

function checkStruct(value: Record<string, unknown>, type: TypeSchema, path: string): Mismatch | undefined {
  const struct = shortName(type.name);
  for (const [key, child] of Object.entries(value)) {
    const f = type.fields.find((x) => x.name === key);
    if (!f || child === null || child === undefined) continue;
    const at = path ? `${path}.${key}` : key;
    const element: ScalarType | 'nested' = f.ref ? 'nested' : (f.items ?? 'object');
    if (f.type === 'array') {
      if (!Array.isArray(child)) return { got: describe(child), struct, path: at, goType: goType(f) };
      for (const item of child) {
        const m = checkValue(item, element, f.ref, f, struct, at);
        if (m) return m;
      }
    } else if (f.type === 'map') {
      if (!isPlainObject(child)) return { got: describe(child), struct, path: at, goType: goType(f) };
      for (const item of Object.values(child)) {
        const m = checkValue(item, element, f.ref, f, struct, at);
        if (m) return m;
      }
    } else {
      const m = checkValue(child, f.type === 'object' && f.ref ? 'nested' : f.type, f.ref, f, struct, at);
      if (m) return m;
    }
  }
  return undefined;
}

/** The decoder's message for the first field whose JSON type does not fit the kind's schema, if any. */
export function typeMismatch(obj: KObject): string | undefined {
  const schema = schemaFor(obj.apiVersion, obj.kind);
  if (!schema) return undefined;
  const m = checkStruct(obj as unknown as Record<string, unknown>, schema, '');
  if (!m) return undefined;
  return m.message ?? `json: cannot unmarshal ${m.got} into Go struct field ${m.struct}.${m.path} of type ${m.goType}`;
}
