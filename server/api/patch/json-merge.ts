import { cloneJson, hasKey, isJsonMap, type JsonMap } from './json-value.js';

/** Applies an RFC 7386 JSON merge patch: objects merge recursively, null deletes a key, anything else replaces. */
export function jsonMergePatch(original: unknown, patch: unknown): unknown {
  return mergeInto(cloneJson(original), cloneJson(patch));
}

// Both arguments are private copies (without `__proto__` keys), so they may be reused in place.
function mergeInto(target: unknown, patch: unknown): unknown {
  if (!isJsonMap(patch)) return patch;
  const result: JsonMap = isJsonMap(target) ? target : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      result[key] = mergeInto(hasKey(result, key) ? result[key] : undefined, value);
    }
  }
  return result;
}
