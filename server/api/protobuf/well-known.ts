/** JSON forms of the Kubernetes types whose protobuf shape differs from their JSON shape: metav1.Time
 * (seconds/nanos ↔ RFC 3339 string) and []byte (raw bytes ↔ base64 string). */
import { ProtobufError } from './wire.js';

// metav1.Time must lie in 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59Z.
const MIN_SECONDS = -62135596800;
const MAX_SECONDS = 253402300799;

/** Formats Unix seconds the way metav1.Time marshals to JSON: RFC 3339, UTC, whole seconds. */
export function formatTime(seconds: number): string {
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) throw new ProtobufError(`timestamp ${seconds} out of range`);
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Parses an RFC 3339 timestamp into Unix seconds and nanoseconds. */
export function parseTime(value: string): { seconds: number; nanos: number } {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  const ms = m ? Date.parse(`${m[1]}${m[3]}`) : NaN;
  if (!m || Number.isNaN(ms)) throw new ProtobufError(`invalid RFC 3339 time ${JSON.stringify(value)}`);
  return { seconds: Math.floor(ms / 1000), nanos: m[2] ? Number(m[2].padEnd(9, '0')) : 0 };
}

/** Base64 (standard alphabet, padded) like Go's encoding of []byte in JSON. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Decodes standard base64 into bytes. */
export function fromBase64(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new ProtobufError('invalid base64 data');
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
