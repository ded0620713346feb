/** Capability keys: 160-bit random, URL-safe, stored only as SHA-256 hashes, compared in constant time. */

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new secret key (20 random bytes → 27 characters). */
export function newKey(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(20)));
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
  return base64url(new Uint8Array(digest).slice(0, 20));
}
