import { describe, it, expect } from 'vitest';
import { formatCpu, formatMemory, parseQuantity } from './quantity.js';

describe('parseQuantity', () => {
  it('reads CPU in millicores and cores', () => {
    expect(parseQuantity('250m')).toBeCloseTo(0.25);
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('1.5')).toBe(1.5);
  });
  it('reads binary and decimal memory units and exponents', () => {
    expect(parseQuantity('128Mi')).toBe(128 * 1024 * 1024);
    expect(parseQuantity('1Gi')).toBe(1024 ** 3);
    expect(parseQuantity('2G')).toBe(2e9);
    expect(parseQuantity('1e3')).toBe(1000);
  });
  it('treats malformed or missing values as zero', () => {
    expect(parseQuantity('lots')).toBe(0);
    expect(parseQuantity(undefined)).toBe(0);
  });
});

describe('formatting', () => {
  it('prints millicores below one core and binary units for memory', () => {
    expect(formatCpu(0.1)).toBe('100m');
    expect(formatCpu(3)).toBe('3');
    expect(formatMemory(1536 * 1024 * 1024)).toBe('1.5Gi');
    expect(formatMemory(64 * 1024 * 1024)).toBe('64Mi');
  });
});
