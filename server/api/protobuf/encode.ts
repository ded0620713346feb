/** Encodes Kubernetes objects into `application/vnd.kubernetes.protobuf` bodies with the same schema the decoder
 * reads. It mirrors the Go client's output (field-number order, sorted map keys, zero values written for
 * non-pointer fields), so tests can build exactly the bytes kubectl sends. */
import type { KObject } from '../../../shared/k8s/types.js';
import { message, rootMessage, type FieldDescriptor, type MessageDescriptor } from './schema.js';
import { fromBase64, parseTime } from './well-known.js';
import { ProtobufError, WIRE_BYTES, WIRE_VARINT, WireWriter } from './wire.js';

export interface EncodeOptions {
  /** Write zero values for absent non-pointer fields, as Go's generated marshallers do. Default true. */
  goZeroValues?: boolean;
}

const MAGIC = Uint8Array.of(0x6b, 0x38, 0x73, 0x00);

/** Encodes an object as a complete protobuf request body: `k8s\0` + runtime.Unknown wrapping the object. */
export function encodeKubernetesProtobuf(obj: KObject, opts: EncodeOptions = {}): Uint8Array {
  const desc = rootMessage(obj.apiVersion, obj.kind);
  if (!desc) throw new ProtobufError(`no protobuf schema for ${obj.apiVersion}, Kind=${obj.kind}`);
  const typeMeta = new WireWriter().tag(1, WIRE_BYTES).string(obj.apiVersion).tag(2, WIRE_BYTES).string(obj.kind).finish();
  const unknown = new WireWriter()
    .tag(1, WIRE_BYTES)
    .bytes(typeMeta)
    .tag(2, WIRE_BYTES)
    .bytes(encodeMessage(desc, obj, opts))
    .tag(3, WIRE_BYTES)
    .string('')
    .tag(4, WIRE_BYTES)
    .string('')
    .finish();
  const out = new Uint8Array(MAGIC.length + unknown.length);
  out.set(MAGIC);
  out.set(unknown, MAGIC.length);
  return out;
}

/** Encodes one message (no envelope) from its JSON form. */
export function encodeMessage(desc: MessageDescriptor, value: Record<string, unknown>, opts: EncodeOptions = {}): Uint8Array {
  const goZero = opts.goZeroValues ?? true;
  const w = new WireWriter();
  for (const f of [...desc.fields].sort((a, b) => a.number - b.number)) {
    if (f.inline) {
      w.tag(f.number, WIRE_BYTES).bytes(encodeMessage(message(f.message!), value, opts));
      continue;
    }
    const v = value[f.json];
    if (f.kind === 'map') {
      if (v && typeof v === 'object') writeMap(w, f, v as Record<string, unknown>);
    } else if (f.repeated) {
      if (Array.isArray(v)) for (const item of v) writeSingle(w, f, item, opts);
    } else if (v !== undefined && v !== null) {
      writeSingle(w, f, v, opts);
    } else if (goZero && !f.pointer) {
      writeSingle(w, f, zeroValue(f), opts);
    }
  }
  return w.finish();
}

function zeroValue(f: FieldDescriptor): unknown {
  switch (f.kind) {
    case 'string':
    case 'bytes':
      return '';
    case 'bool':
      return false;
    case 'int32':
    case 'int64':
    case 'IntOrString':
      return 0;
    case 'Quantity':
      return '0';
    case 'Time':
      return null;
    default:
      return {};
  }
}

function writeSingle(w: WireWriter, f: FieldDescriptor, v: unknown, opts: EncodeOptions): void {
  switch (f.kind) {
    case 'string':
      w.tag(f.number, WIRE_BYTES).string(String(v));
      return;
    case 'bool':
      w.tag(f.number, WIRE_VARINT).varint(v ? 1 : 0);
      return;
    case 'int32':
    case 'int64':
      w.tag(f.number, WIRE_VARINT).varint(Math.trunc(Number(v)));
      return;
    case 'bytes':
      w.tag(f.number, WIRE_BYTES).bytes(fromBase64(String(v)));
      return;
    case 'Time':
      w.tag(f.number, WIRE_BYTES).bytes(encodeTime(v));
      return;
    case 'Quantity':
      w.tag(f.number, WIRE_BYTES).bytes(new WireWriter().tag(1, WIRE_BYTES).string(String(v)).finish());
      return;
    case 'IntOrString':
      w.tag(f.number, WIRE_BYTES).bytes(encodeIntOrString(v));
      return;
    case 'FieldsV1':
      w.tag(f.number, WIRE_BYTES).bytes(new WireWriter().tag(1, WIRE_BYTES).string(JSON.stringify(v)).finish());
      return;
    default:
      w.tag(f.number, WIRE_BYTES).bytes(encodeMessage(message(f.message!), v as Record<string, unknown>, opts));
  }
}

function writeMap(w: WireWriter, f: FieldDescriptor, map: Record<string, unknown>): void {
  for (const key of Object.keys(map).sort()) {
    const entry = new WireWriter().tag(1, WIRE_BYTES).string(key).tag(2, WIRE_BYTES);
    const v = map[key];
    if (f.mapValue === 'string') entry.string(String(v));
    else if (f.mapValue === 'bytes') entry.bytes(fromBase64(String(v)));
    else if (f.mapValue === 'Quantity') entry.bytes(new WireWriter().tag(1, WIRE_BYTES).string(String(v)).finish());
    else entry.bytes(encodeTime(v));
    w.tag(f.number, WIRE_BYTES).bytes(entry.finish());
  }
}

/** metav1.Time: the zero time (JSON null) is an empty message, anything else {1 seconds, 2 nanos}. */
function encodeTime(v: unknown): Uint8Array {
  if (v === null || v === undefined) return new Uint8Array(0);
  const { seconds, nanos } = parseTime(String(v));
  return new WireWriter().tag(1, WIRE_VARINT).varint(seconds).tag(2, WIRE_VARINT).varint(nanos).finish();
}

function encodeIntOrString(v: unknown): Uint8Array {
  const isString = typeof v === 'string';
  return new WireWriter()
    .tag(1, WIRE_VARINT)
    .varint(isString ? 1 : 0)
    .tag(2, WIRE_VARINT)
    .varint(isString ? 0 : Math.trunc(Number(v)))
    .tag(3, WIRE_BYTES)
    .string(isString ? v : '')
    .finish();
}
