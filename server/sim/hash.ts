/** Hashes the controllers use for names and labels (pod-template-hash, controller-revision-hash). */

/** FNV-1a 32-bit over a string. */
export function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Kubernetes' rand.SafeEncodeString alphabet: no vowels, no confusable characters. */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

function safeEncode(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += SAFE[digits.charCodeAt(i) % SAFE.length];
  return out;
}

/** Stable JSON: object keys sorted, so equal templates hash equally whatever their key order. */
export function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`;
}

/** The `pod-template-hash` label value of a pod template (collisionCount perturbs it like the real one). */
export function podTemplateHash(template: unknown, collisionCount = 0): string {
  const t = template as { metadata?: { labels?: Record<string, string> } } | undefined;
  // The hash label itself is not part of the template identity.
  const labels = { ...(t?.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  const normalized = { ...(t ?? {}), metadata: { ...(t?.metadata ?? {}), labels } };
  return safeEncode(fnv32a(stableJson(normalized) + (collisionCount ? String(collisionCount) : ''))).slice(0, 10);
}
