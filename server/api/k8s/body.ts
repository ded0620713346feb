/** Request bodies on the Kubernetes API: JSON, YAML and protobuf, with size, depth and alias limits. */
import { parse as parseYaml } from 'yaml';
import { decodeKubernetesProtobuf, ProtobufError } from '../protobuf/decode.js';
import { errors } from './status.js';

/** kube-apiserver's default request body limit (3 MiB). */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;
const MAX_DEPTH = 100;

/** Reads the body, rejecting oversized requests before buffering them whole. */
export async function readBody(req: Request): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw errors.tooLarge();
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw errors.tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

/** Decodes a body by its content type into a JSON value. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): unknown {
  const type = (contentType ?? 'application/json').split(';')[0].trim().toLowerCase();
  if (bytes.byteLength === 0) throw errors.badRequest('the request body is empty');
  if (type === 'application/vnd.kubernetes.protobuf') {
    try {
      return decodeKubernetesProtobuf(bytes);
    } catch (err) {
      if (err instanceof ProtobufError) throw errors.badRequest(`the body of the request could not be decoded as protobuf: ${err.message}`);
      throw err;
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let value: unknown;
  if (type.endsWith('json')) {
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw errors.badRequest(`error decoding from json: ${(err as Error).message}`);
    }
  } else if (type.endsWith('yaml')) {
    value = parseYamlSafely(text);
  } else {
    throw errors.unsupportedMediaType(type);
  }
  checkDepth(value);
  return value;
}

/** YAML with alias expansion capped (alias bombs) and a single document. */
export function parseYamlSafely(text: string): unknown {
  try {
    return parseYaml(text, { maxAliasCount: 100, uniqueKeys: false, merge: true });
  } catch (err) {
    throw errors.badRequest(`error converting YAML to JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** Rejects values nested deeper than the API server's decoder allows, without recursion. */
export function checkDepth(value: unknown): void {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > MAX_DEPTH) throw errors.badRequest(`the request body exceeds the maximum nesting depth of ${MAX_DEPTH}`);
    for (const child of Object.values(v as object)) if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
}
