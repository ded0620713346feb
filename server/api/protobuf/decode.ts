/** Decodes `application/vnd.kubernetes.protobuf` request bodies into the JSON object kubectl would otherwise
 * have sent: the 4-byte `k8s\0` magic, then a runtime.Unknown {typeMeta{apiVersion, kind}, raw, contentEncoding,
 * contentType} whose raw bytes are the object's own message. */
import type { KObject } from '../../../shared/k8s/types.js';
import { message, rootMessage, type FieldDescriptor, type MessageDescriptor } from './schema.js';
import { formatTime, toBase64 } from './well-known.js';
import { ProtobufError, WIRE_BYTES, WIRE_VARINT, WireReader } from './wire.js';

export { ProtobufError } from './wire.js';

/** The Content-Type kubectl uses for protobuf bodies. */
export const PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';

const MAGIC = [0x6b, 0x38, 0x73, 0x00];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Decodes a whole protobuf request body into a plain Kubernetes object (kind, apiVersion, metadata, ...). */
export function decodeKubernetesProtobuf(body: Uint8Array): KObject {
  if (body.length < MAGIC.length || MAGIC.some((b, i) => body[i] !== b)) {
    throw new ProtobufError('body does not start with the k8s\\0 protobuf prefix');
  }
  const r = new WireReader(body, MAGIC.length);
  let apiVersion = '';
  let kind = '';
  let raw: Uint8Array = new Uint8Array(0);
  let contentEncoding = '';
  while (!r.done) {
    const { field, wireType } = r.tag();
    if (field === 1 && wireType === WIRE_BYTES) {
      const tm = r.message();
      while (!tm.done) {
        const t = tm.tag();
        if (t.field === 1 && t.wireType === WIRE_BYTES) apiVersion = tm.string();
        else if (t.field === 2 && t.wireType === WIRE_BYTES) kind = tm.string();
        else tm.skip(t.wireType);
      }
    } else if (field === 2 && wireType === WIRE_BYTES) raw = r.bytes();
    else if (field === 3 && wireType === WIRE_BYTES) contentEncoding = r.string();
    else r.skip(wireType);
  }
  if (contentEncoding) throw new ProtobufError(`unsupported protobuf content encoding ${JSON.stringify(contentEncoding)}`);
  const desc = rootMessage(apiVersion, kind);
  if (!desc) throw new ProtobufError(`no protobuf schema for ${apiVersion || '<empty apiVersion>'}, Kind=${kind || '<empty kind>'}`);
  const obj = decodeMessage(new WireReader(raw), desc);
  return { kind, apiVersion, ...obj, metadata: (obj.metadata as KObject['metadata'] | undefined) ?? {} };
}

/** Decodes one message (without envelope) into its JSON form. Recursion follows the schema, which has no
 * recursive messages, so hostile input cannot nest deeper than the schema does (unknown fields are skipped flat). */
export function decodeMessage(r: WireReader, desc: MessageDescriptor): JsonObject {
  const values = new Map<FieldDescriptor, Json>();
  while (!r.done) {
    const { field, wireType } = r.tag();
    const f = desc.byNumber.get(field);
    if (!f) {
      r.skip(wireType);
      continue;
    }
    if (f.kind === 'map') {
      const entries = (values.get(f) as Json[] | undefined) ?? [];
      entries.push(readMapEntry(r, f, wireType, desc));
      values.set(f, entries);
    } else if (f.repeated) {
      const list = (values.get(f) as Json[] | undefined) ?? [];
      if (wireType === WIRE_BYTES && isPackable(f)) {
        const packed = r.message();
        while (!packed.done) list.push(readScalar(packed, f));
      } else {
        list.push(readValue(r, f, wireType, desc));
      }
      values.set(f, list);
    } else {
      values.set(f, readValue(r, f, wireType, desc));
    }
  }
  const out: JsonObject = {};
  for (const f of desc.fields) {
    if (!values.has(f)) {
      if (f.repeated && f.required) out[f.json] = null;
      continue;
    }
    const v = values.get(f)!;
    if (f.kind === 'map') {
      // fromEntries defines own properties, so a "__proto__" label key stays data.
      out[f.json] = Object.fromEntries(v as [string, Json][]);
    } else if (f.inline) {
      Object.assign(out, v);
    } else if (f.repeated || f.pointer || f.required || !isZero(v)) {
      out[f.json] = v;
    }
  }
  return out;
}

function isPackable(f: FieldDescriptor): boolean {
  return f.kind === 'bool' || f.kind === 'int32' || f.kind === 'int64';
}

function isZero(v: Json): boolean {
  return v === '' || v === 0 || v === false;
}

function expectWireType(f: FieldDescriptor, desc: MessageDescriptor, actual: number): void {
  const expected = isPackable(f) ? WIRE_VARINT : WIRE_BYTES;
  if (actual !== expected) {
    throw new ProtobufError(`${desc.name}.${f.json || f.message}: wire type ${actual}, expected ${expected}`);
  }
}

function readScalar(r: WireReader, f: FieldDescriptor): Json {
  if (f.kind === 'bool') return r.bool();
  if (f.kind === 'int32') return r.int32();
  return r.int64();
}

function readValue(r: WireReader, f: FieldDescriptor, wireType: number, desc: MessageDescriptor): Json {
  expectWireType(f, desc, wireType);
  switch (f.kind) {
    case 'bool':
    case 'int32':
    case 'int64':
      return readScalar(r, f);
    case 'string':
      return r.string();
    case 'bytes':
      return toBase64(r.bytes());
    case 'Time':
      return readTime(r.message());
    case 'Quantity':
      return readQuantity(r.message());
    case 'IntOrString':
      return readIntOrString(r.message());
    case 'FieldsV1':
      return readFieldsV1(r.message());
    default:
      return decodeMessage(r.message(), message(f.message!));
  }
}

function readMapEntry(r: WireReader, f: FieldDescriptor, wireType: number, desc: MessageDescriptor): Json {
  if (wireType !== WIRE_BYTES) throw new ProtobufError(`${desc.name}.${f.json}: map entry with wire type ${wireType}`);
  const entry = r.message();
  let key = '';
  let value: Json = f.mapValue === 'Quantity' ? '0' : f.mapValue === 'Time' ? null : '';
  while (!entry.done) {
    const { field, wireType: wt } = entry.tag();
    if (wt !== WIRE_BYTES) {
      entry.skip(wt);
      continue;
    }
    if (field === 1) key = entry.string();
    else if (field === 2) value = readMapValue(entry, f.mapValue!);
    else entry.skip(wt);
  }
  return [key, value];
}

function readMapValue(r: WireReader, kind: NonNullable<FieldDescriptor['mapValue']>): Json {
  switch (kind) {
    case 'string':
      return r.string();
    case 'bytes':
      return toBase64(r.bytes());
    case 'Quantity':
      return readQuantity(r.message());
    case 'Time':
      return readTime(r.message());
  }
}

/** metav1.Time {1 seconds, 2 nanos}; Go writes the zero time as an empty message, which JSON renders as null. */
function readTime(r: WireReader): Json {
  let seconds = 0;
  let present = false;
  while (!r.done) {
    const { field, wireType } = r.tag();
    if (wireType !== WIRE_VARINT) {
      r.skip(wireType);
      continue;
    }
    if (field === 1) seconds = r.int64();
    else r.varint();
    present = true;
  }
  return present ? formatTime(seconds) : null;
}

/** resource.Quantity {1 string}. */
function readQuantity(r: WireReader): Json {
  let value = '0';
  while (!r.done) {
    const { field, wireType } = r.tag();
    if (field === 1 && wireType === WIRE_BYTES) value = r.string();
    else r.skip(wireType);
  }
  return value;
}

/** intstr.IntOrString {1 type (0 int, 1 string), 2 intVal, 3 strVal}. */
function readIntOrString(r: WireReader): Json {
  let type = 0;
  let intVal = 0;
  let strVal = '';
  while (!r.done) {
    const { field, wireType } = r.tag();
    if (field === 1 && wireType === WIRE_VARINT) type = r.int64();
    else if (field === 2 && wireType === WIRE_VARINT) intVal = r.int32();
    else if (field === 3 && wireType === WIRE_BYTES) strVal = r.string();
    else r.skip(wireType);
  }
  return type === 1 ? strVal : intVal;
}

/** metav1.FieldsV1 {1 raw JSON bytes}. */
function readFieldsV1(r: WireReader): Json {
  let raw = '';
  while (!r.done) {
    const { field, wireType } = r.tag();
    if (field === 1 && wireType === WIRE_BYTES) raw = r.string();
    else r.skip(wireType);
  }
  try {
    return raw ? (JSON.parse(raw) as Json) : {};
  } catch {
    throw new ProtobufError('managedFields fieldsV1 is not valid JSON');
  }
}
