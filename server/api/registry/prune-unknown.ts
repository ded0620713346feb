/** Drops fields a kind's schema does not know, as Go's decoder does when fieldValidation is Warn or Ignore, and
 * nulls, which Go decodes as zero values: the object stored and returned never carries either. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { TypeSchema } from '../../../shared/k8s/schema/index.js';
import { schemaFor, typeSchema } from '../../../shared/k8s/schema/index.js';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A copy of `value` without unknown fields; untouched subtrees are shared, not copied. */
function prune(value: Record<string, unknown>, type: TypeSchema): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  const set = (key: string, v: unknown) => {
    out ??= { ...value };
    if (v === undefined) delete out[key];
    else out[key] = v;
  };
  for (const [key, child] of Object.entries(value)) {
    const field = type.fields.find((f) => f.name === key);
    // Unknown fields are dropped, and so is null: Go decodes it as the zero value, which is omitted.
    if (!field || child === null) {
      set(key, undefined);
      continue;
    }
    if (field.type === 'map' && !field.ref && field.items === 'string' && isPlainObject(child) && Object.values(child).includes(null)) {
      set(key, Object.fromEntries(Object.entries(child).map(([k, v]) => [k, v ?? ''])));
      continue;
    }
    const nested = field.ref ? typeSchema(field.ref) : undefined;
    if (!nested) continue;
    let next: unknown = child;
    if (field.type === 'object' && isPlainObject(child)) next = prune(child, nested);
    else if (field.type === 'array' && Array.isArray(child)) {
      const items = child.map((item) => (isPlainObject(item) ? prune(item, nested) : item));
      if (items.some((item, i) => item !== child[i])) next = items;
    } else if (field.type === 'map' && isPlainObject(child)) {
      const entries = Object.entries(child).map(([k, v]) => [k, isPlainObject(v) ? prune(v, nested) : v] as const);
      if (entries.some(([k, v]) => v !== child[k])) next = Object.fromEntries(entries);
    }
    if (next !== child) set(key, next);
  }
  return out ?? value;
}

/** The object without the fields its kind's schema does not define (unchanged for kinds without a schema). */
export function pruneUnknownFields(obj: KObject): KObject {
  const schema = schemaFor(obj.apiVersion, obj.kind);
  return schema ? (prune(obj as unknown as Record<string, unknown>, schema) as unknown as KObject) : obj;
}
