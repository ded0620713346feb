/** Plain JSON helpers shared by the patch flavours. */

export type JsonMap = { [key: string]: unknown };

/** True for a JSON object (not an array, not null). */
export function isJsonMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `map` has `key` as its own property (never an inherited one like `constructor`). */
export function hasKey(map: JsonMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** Deep copy of a JSON value, so patches never mutate their inputs; `__proto__` keys are dropped. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cloneJson(v)) as T;
  if (isJsonMap(value)) {
    const out: JsonMap = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== '__proto__') out[k] = cloneJson(v);
    }
    return out as T;
  }
  return value;
}

/** Structural equality of two JSON values (key order ignored, list order significant). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  }
  if (isJsonMap(a) && isJsonMap(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}
