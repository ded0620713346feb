import { describe, it, expect } from 'vitest';
import { ProtobufError, WireReader, WireWriter, WIRE_BYTES, WIRE_VARINT } from './wire.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('WireReader', () => {
  it('reads multi-byte varints', () => {
    expect(new WireReader(bytes(0xac, 0x02)).varint()).toBe(300n);
  });

  it('reads negative int32 the way Go writes it (10-byte sign extension)', () => {
    const encoded = new WireWriter().varint(-5).finish();
    expect(encoded.length).toBe(10);
    expect(new WireReader(encoded).int32()).toBe(-5);
  });

  it('rejects a varint that ends mid-way', () => {
    expect(() => new WireReader(bytes(0x80, 0x80)).varint()).toThrow(ProtobufError);
  });

  it('rejects varints longer than 64 bits instead of looping', () => {
    const overlong = new Uint8Array(11).fill(0xff);
    expect(() => new WireReader(overlong).varint()).toThrow(/overflows/);
  });

  it('rejects an int64 beyond what a JSON number can hold exactly', () => {
    const big = new WireWriter().varint(2n ** 60n).finish();
    expect(() => new WireReader(big).int64()).toThrow(/out of range/);
  });

  it('rejects a length prefix that points past the message without allocating it', () => {
    const huge = new WireWriter().varint(2n ** 40n).finish();
    expect(() => new WireReader(Uint8Array.from([...huge, 1, 2, 3])).bytes()).toThrow(/past end/);
  });

  it('keeps nested reads inside the enclosing message', () => {
    // A 2-byte sub-message followed by an unrelated byte: the sub-reader must not see the trailing byte.
    const sub = new WireReader(bytes(0x02, 0x08, 0x01, 0x7f)).message();
    expect(sub.tag()).toEqual({ field: 1, wireType: WIRE_VARINT });
    expect(sub.varint()).toBe(1n);
    expect(sub.done).toBe(true);
  });

  it('skips unknown fields of every supported wire type', () => {
    const r = new WireReader(bytes(0x08, 0x96, 0x01, 0x11, 1, 2, 3, 4, 5, 6, 7, 8, 0x1a, 0x01, 0x00, 0x25, 1, 2, 3, 4));
    for (let i = 0; i < 4; i++) r.skip(r.tag().wireType);
    expect(r.done).toBe(true);
  });

  it('rejects group wire types and field number 0', () => {
    const group = new WireReader(bytes(0x0b));
    expect(() => group.skip(group.tag().wireType)).toThrow(/wire type 3/);
    expect(() => new WireReader(bytes(0x02)).tag()).toThrow(/field number 0/);
  });

  it('round-trips strings through the writer', () => {
    const w = new WireWriter().tag(2, WIRE_BYTES).string('héllo').finish();
    const r = new WireReader(w);
    expect(r.tag()).toEqual({ field: 2, wireType: WIRE_BYTES });
    expect(r.string()).toBe('héllo');
  });
});
