/** Protobuf wire-format reading and writing. Every read is bounds-checked against the enclosing message, so
 * truncated or hostile input fails with a ProtobufError instead of reading past the end, looping or allocating
 * buffers sized by attacker-controlled lengths (sub-messages are views, never copies). */

/** Malformed, truncated or unsupported protobuf input. */
export class ProtobufError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtobufError';
  }
}

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_BYTES = 2;
export const WIRE_FIXED32 = 5;

const MAX_FIELD_NUMBER = 0x1fffffff;
const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/** A cursor over one message: [pos, end) of a shared buffer. */
export class WireReader {
  private pos: number;

  constructor(
    private readonly buf: Uint8Array,
    start = 0,
    private readonly end = buf.length,
  ) {
    this.pos = start;
  }

  /** True once every byte of this message has been consumed. */
  get done(): boolean {
    return this.pos >= this.end;
  }

  /** Reads a field key: its number and wire type. */
  tag(): { field: number; wireType: number } {
    const key = this.varint();
    const field = Number(key >> 3n);
    if (field === 0 || field > MAX_FIELD_NUMBER) throw new ProtobufError(`invalid field number ${field}`);
    return { field, wireType: Number(key & 7n) };
  }

  /** Reads a base-128 varint as an unsigned 64-bit value. */
  varint(): bigint {
    let result = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError('truncated varint');
      const b = this.buf[this.pos++]!;
      if (i === 9 && b > 1) throw new ProtobufError('varint overflows 64 bits');
      result |= BigInt(b & 0x7f) << BigInt(7 * i);
      if (b < 0x80) return result;
    }
    throw new ProtobufError('varint overflows 64 bits');
  }

  /** Reads an int32 field the way Go does: the low 32 bits, signed. */
  int32(): number {
    return Number(BigInt.asIntN(32, this.varint()));
  }

  /** Reads an int64 field; values JSON numbers cannot hold exactly are rejected. */
  int64(): number {
    const n = Number(BigInt.asIntN(64, this.varint()));
    if (!Number.isSafeInteger(n)) throw new ProtobufError(`integer ${n} out of range`);
    return n;
  }

  /** Reads a bool (any non-zero varint is true). */
  bool(): boolean {
    return this.varint() !== 0n;
  }

  /** Reads a length-delimited field as a view into the input. */
  bytes(): Uint8Array {
    const len = this.varint();
    if (len > BigInt(this.end - this.pos)) throw new ProtobufError('length-delimited field runs past end of message');
    const start = this.pos;
    this.pos += Number(len);
    return this.buf.subarray(start, this.pos);
  }

  /** Reads a length-delimited UTF-8 string. */
  string(): string {
    return utf8.decode(this.bytes());
  }

  /** Reads a length-delimited field as a nested message. */
  message(): WireReader {
    const b = this.bytes();
    return new WireReader(b);
  }

  /** Skips a field of the given wire type (groups are not used by Kubernetes and are rejected). */
  skip(wireType: number): void {
    switch (wireType) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_BYTES:
        this.bytes();
        return;
      case WIRE_FIXED64:
        this.advance(8);
        return;
      case WIRE_FIXED32:
        this.advance(4);
        return;
      default:
        throw new ProtobufError(`unsupported wire type ${wireType}`);
    }
  }

  private advance(n: number): void {
    if (this.end - this.pos < n) throw new ProtobufError('truncated fixed-width field');
    this.pos += n;
  }
}

/** Accumulates an encoded message. Nested messages are encoded separately and then copied in with their length. */
export class WireWriter {
  private readonly chunks: number[] = [];

  /** Writes a field key. */
  tag(field: number, wireType: number): this {
    return this.varint(BigInt(field) * 8n + BigInt(wireType));
  }

  /** Writes a varint; negative numbers are sign-extended to 64 bits like Go's int32/int64 encoding. */
  varint(value: bigint | number): this {
    let v = BigInt.asUintN(64, BigInt(value));
    while (v >= 0x80n) {
      this.chunks.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.chunks.push(Number(v));
    return this;
  }

  /** Writes a length-delimited field body. */
  bytes(data: Uint8Array): this {
    this.varint(data.length);
    for (const b of data) this.chunks.push(b);
    return this;
  }

  /** Writes a length-delimited UTF-8 string. */
  string(s: string): this {
    return this.bytes(utf8Encoder.encode(s));
  }

  /** Returns the bytes written so far. */
  finish(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}
