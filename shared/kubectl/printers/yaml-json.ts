/** kubectl's -o yaml and -o json encodings: keys sorted (objects go through a map), json.MarshalIndent with
 * four spaces and HTML escaping. */
import { goYaml } from './go-yaml';

/** Recursively sorts object keys, as Go's map marshaling does. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** Serializes like `kubectl -o yaml`. */
export function toYaml(value: unknown): string {
  return goYaml(value);
}

/** Serializes like `kubectl -o json` (json.MarshalIndent, 4 spaces, '<' '>' '&' escaped). */
export function toJson(value: unknown): string {
  const text = JSON.stringify(sortKeys(value), null, 4).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}
