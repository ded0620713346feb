import { describe, it, expect } from 'vitest';
import {
  QuantityError,
  QUANTITY_REGEX_STRING,
  canonicalQuantity,
  cpuMillis,
  formatCpu,
  formatMemory,
  isValidQuantity,
  memoryBytes,
  parseQuantity,
} from './quantity.js';

describe('parseQuantity', () => {
  it.each([
    ['100m', 0.1],
    ['2', 2],
    ['0', 0],
    ['1Gi', 1073741824],
    ['1G', 1e9],
    ['1.5', 1.5],
    ['1e3', 1000],
    ['1E3', 1000],
    ['1e-3', 0.001],
    ['128974848', 128974848],
    ['1Ki', 1024],
    ['1Mi', 1048576],
    ['1Ti', 2 ** 40],
    ['1Pi', 2 ** 50],
    ['1Ei', 2 ** 60],
    ['1n', 1e-9],
    ['1u', 1e-6],
    ['1k', 1000],
    ['1M', 1e6],
    ['1T', 1e12],
    ['1P', 1e15],
    ['2E', 2e18],
    ['1.5Gi', 1610612736],
    ['.5', 0.5],
    ['5.', 5],
    ['+1', 1],
    ['-1', -1],
    ['-250m', -0.25],
    ['0.3', 0.3],
    ['007', 7],
    // resource.ParseQuantity reads a missing number as zero.
    ['Mi', 0],
  ])('%s → %s', (input, expected) => {
    expect(parseQuantity(input)).toBe(expected);
  });

  it('passes finite numbers through', () => {
    expect(parseQuantity(3)).toBe(3);
    expect(parseQuantity(0.5)).toBe(0.5);
  });

  it.each(['1.5.5', 'abc', '10 Mi', '', ' 1', '1 ', '1MiB', '1..5', '1.1.M', '1+1.0M', 'aoeu', '0.1am', '1Gb'])(
    'rejects %j with the regex message',
    (input) => {
      expect(() => parseQuantity(input)).toThrow(QuantityError);
      expect(() => parseQuantity(input)).toThrow(
        `quantities must match the regular expression '${QUANTITY_REGEX_STRING}'`,
      );
    },
  );

  it.each(['1K', '1mi', '1i', '.5i', '-3.01i', '1e', '1e+', '1kM'])('rejects %j as a bad suffix', (input) => {
    expect(() => parseQuantity(input)).toThrow("unable to parse quantity's suffix");
  });

  it('rejects non-finite numbers', () => {
    expect(() => parseQuantity(Number.NaN)).toThrow(QuantityError);
    expect(() => parseQuantity(Infinity)).toThrow(QuantityError);
  });
});

describe('isValidQuantity', () => {
  it.each([
    ['500m', true],
    ['1Gi', true],
    [2, true],
    ['1.5.5', false],
    ['', false],
    [undefined, false],
    [null, false],
    [{}, false],
    [Number.NaN, false],
  ])('%j → %s', (input, expected) => {
    expect(isValidQuantity(input)).toBe(expected);
  });
});

describe('cpuMillis / memoryBytes', () => {
  it.each([
    ['250m', 250],
    ['1', 1000],
    ['0.5', 500],
    ['1.5', 1500],
    [2, 2000],
    [0.007, 7],
    ['100u', 1],
    ['1n', 1],
    ['2k', 2_000_000],
    [undefined, 0],
  ])('cpuMillis(%j) = %d (rounded up like MilliValue)', (input, expected) => {
    expect(cpuMillis(input)).toBe(expected);
  });

  it.each([
    ['128Mi', 134217728],
    ['1Gi', 1073741824],
    ['1G', 1e9],
    ['1.5Ki', 1536],
    ['500m', 1],
    [4096, 4096],
    [undefined, 0],
  ])('memoryBytes(%j) = %d', (input, expected) => {
    expect(memoryBytes(input)).toBe(expected);
  });

  it('throws on invalid input', () => {
    expect(() => cpuMillis('lots')).toThrow(QuantityError);
    expect(() => memoryBytes('1.5.5')).toThrow(QuantityError);
  });
});

describe('formatCpu', () => {
  it.each([
    [0.25, '250m'],
    [2, '2'],
    [1.5, '1500m'],
    [0.1, '100m'],
    [0, '0'],
    [0.1 + 0.2, '300m'],
    [1e-9, '1n'],
    [0.000001, '1u'],
    [1000, '1k'],
    [1500, '1500'],
    [-0.5, '-500m'],
    [123456789.5, '123456789500m'],
  ])('%s → %s', (cores, expected) => {
    expect(formatCpu(cores)).toBe(expected);
  });
});

describe('formatMemory', () => {
  it.each([
    [134217728, '128Mi'],
    [1073741824, '1Gi'],
    [1025, '1025'],
    [1536, '1536'],
    [2048, '2Ki'],
    [300 * 1024 * 1024, '300Mi'],
    [1001 * 1024 ** 3, '1001Gi'],
    [2 ** 40, '1Ti'],
    [2 ** 62, '4Ei'],
    [1e9, '1000000000'],
    [5, '5'],
    [0, '0'],
    // Below 1024 the API server prints binary quantities in decimal SI form.
    [1000, '1k'],
    [0.5, '500m'],
  ])('%s → %s', (bytes, expected) => {
    expect(formatMemory(bytes)).toBe(expected);
  });
});

describe('canonicalQuantity', () => {
  it.each([
    ['0.5', '500m'],
    ['1000m', '1'],
    ['1024Mi', '1Gi'],
    ['1.5Gi', '1536Mi'],
    ['1000M', '1G'],
    ['2000k', '2M'],
    ['1e3', '1e3'],
    ['1000e0', '1e3'],
    ['80e-3', '80e-3'],
    ['1.08', '1080m'],
    ['.001Ki', '1024m'],
    ['.000001Ki', '1024u'],
    ['.000000001Ki', '1024n'],
    ['.000000000001Ki', '2n'],
    ['0.0000000001', '1n'],
    ['-0.5', '-500m'],
    ['0', '0'],
    ['0Gi', '0'],
    ['128974848', '128974848'],
    ['100Mi', '100Mi'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalQuantity(input)).toBe(expected);
  });

  it('canonicalises JSON numbers as decimal SI', () => {
    expect(canonicalQuantity(0.5)).toBe('500m');
    expect(canonicalQuantity(1500)).toBe('1500');
    expect(canonicalQuantity(2000)).toBe('2k');
  });
});
