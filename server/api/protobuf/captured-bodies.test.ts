import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { CAPTURED_BODIES } from './captured-bodies.js';
import { decodeKubernetesProtobuf } from './decode.js';
import { encodeKubernetesProtobuf } from './encode.js';

const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));
const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('bodies captured from real kubectl', () => {
  it.each(CAPTURED_BODIES.map((c) => [c.command, c] as const))('%s decodes to the JSON kubectl would send', (_cmd, c) => {
    expect(decodeKubernetesProtobuf(fromHex(c.hex))).toEqual(c.json);
  });

  it.each(CAPTURED_BODIES.map((c) => [c.command, c] as const))('%s re-encodes to the same bytes', (_cmd, c) => {
    expect(toHex(encodeKubernetesProtobuf(c.json as KObject))).toBe(c.hex);
  });
});
