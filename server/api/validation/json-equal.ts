/** Semantic equality of JSON values: key order never matters, as with apiequality.Semantic.DeepEqual. */

function canonical(v: unknown, drop: readonly string[] = []): unknown {
  if (Array.isArray(v)) return v.map((x) => canonical(x));
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .filter((k) => !drop.includes(k) && (v as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v ?? null;
}

/** True when a and b hold the same JSON, ignoring the top-level keys in `drop`. */
export function jsonEqual(a: unknown, b: unknown, drop: readonly string[] = []): boolean {
  return JSON.stringify(canonical(a, drop)) === JSON.stringify(canonical(b, drop));
}
