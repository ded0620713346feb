/** Classroom capabilities: join codes, and the student playground keys derived from a server secret so the
 * server can hand them out again while storing only their hashes. */
import { idOfKey } from '../api/keys.js';

/** Upper-case letters and digits without the look-alikes 0/O, 1/I/L: easy to read aloud and type. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const SECRET_SETTING = 'classroom-playground-secret';

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A short join code (not a secret: anyone with it may join as a new student). */
export function newJoinCode(length = 6): string {
  const out: string[] = [];
  // Rejection sampling keeps every character equally likely with a 31-letter alphabet.
  while (out.length < length) {
    for (const b of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (b < 248 && out.length < length) out.push(JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]);
    }
  }
  return out.join('');
}

/** What a typed code means: case, spaces and dashes do not matter. */
export function normalizeJoinCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

interface SettingsStore {
  setting(key: string): string | undefined;
  putSetting(key: string, value: string): void;
}

/** The server secret student playground keys derive from, generated on first use. */
export function classroomSecret(settings: SettingsStore): string {
  const existing = settings.setting(SECRET_SETTING);
  if (existing) return existing;
  const secret = base64url(crypto.getRandomValues(new Uint8Array(32)));
  settings.putSetting(SECRET_SETTING, secret);
  return settings.setting(SECRET_SETTING) ?? secret;
}

/** The edit key of a student's playground: HMAC-SHA-256(secret, student + playground), in the playground
 * key format (`<playground id>_<160 bits>`), so only its hash needs storing. */
export async function studentPlaygroundKey(secret: string, studentId: string, playgroundId: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, enc.encode(`student-playground:${studentId}:${playgroundId}`));
  const editKey = `${playgroundId}_${base64url(new Uint8Array(mac).slice(0, 20))}`;
  if (idOfKey(editKey) !== playgroundId) throw new Error('playground ids must not contain "_"');
  return editKey;
}
