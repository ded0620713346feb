/** Capability keys: 160-bit random, URL-safe, stored only as SHA-256 hashes, compared in constant time. */

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new edit key for playground `id`: `<id>_<160 random bits>`. The id prefix lets an edge runtime route
 * to the cluster's home (a Durable Object) without a lookup; the secret part is what grants access. */
export function newKey(id: string): string {
  return `${id}_${base64url(crypto.getRandomValues(new Uint8Array(20)))}`;
}

/** The playground id a key claims (ids never contain '_'). */
export function idOfKey(key: string): string | undefined {
  const i = key.indexOf('_');
  return i > 0 ? key.slice(0, i) : undefined;
}

/** A short public identifier (not a secret). */
export function newId(length = 12): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** Hex SHA-256 of a key: what storage keeps. */
export async function hashKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Constant-time string comparison (hash equality checks). */
export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The view key of an edit key: a one-way derivation, so edit holders can always share the view link while
 * storage keeps only hashes and a view key reveals nothing of the edit key. */
export async function deriveViewKey(editKey: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`view-capability:${editKey}`));
  return `${idOfKey(editKey)}_${base64url(new Uint8Array(digest).slice(0, 20))}`;
}
