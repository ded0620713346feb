import { describe, it, expect } from 'vitest';
import { DurationError, ageSince, humanDuration, parseGoDuration, shortHumanDuration } from './duration.js';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;
const y = 365 * d;

describe('humanDuration', () => {
  it.each([
    [-3 * s, '<invalid>'],
    [-2 * s, '<invalid>'],
    // Up to (excluding) two seconds of clock skew reads as "now".
    [-1999, '0s'],
    [-1 * s, '0s'],
    [-500, '0s'],
    [0, '0s'],
    [999, '0s'],
    [1 * s, '1s'],
    [45 * s, '45s'],
    [119 * s, '119s'],
    [2 * m, '2m'],
    [2 * m + 1 * s, '2m1s'],
    [5 * m + 30 * s, '5m30s'],
    [9 * m + 59 * s, '9m59s'],
    [10 * m, '10m'],
    [10 * m + 59 * s, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [3 * h + 10 * m, '3h10m'],
    [7 * h + 59 * m, '7h59m'],
    [8 * h, '8h'],
    [8 * h + 59 * m, '8h'],
    [47 * h, '47h'],
    [48 * h, '2d'],
    [2 * d + 3 * h, '2d3h'],
    [7 * d + 23 * h, '7d23h'],
    [8 * d, '8d'],
    [8 * d + 5 * h, '8d'],
    [729 * d, '729d'],
    [2 * y, '2y'],
    [2 * y + 10 * d, '2y10d'],
    [7 * y + 364 * d, '7y364d'],
    [8 * y, '8y'],
    [8 * y + 100 * d, '8y'],
    [20 * y, '20y'],
  ])('%d ms → %s', (ms, expected) => {
    expect(humanDuration(ms)).toBe(expected);
  });
});

describe('shortHumanDuration', () => {
  it.each([
    [-2 * s, '<invalid>'],
    [-1 * s, '0s'],
    [0, '0s'],
    [59 * s, '59s'],
    [60 * s, '1m'],
    [5 * m + 30 * s, '5m'],
    [59 * m, '59m'],
    [h, '1h'],
    [23 * h + 59 * m, '23h'],
    [d, '1d'],
    [364 * d, '364d'],
    [y, '1y'],
    [3 * y + 200 * d, '3y'],
  ])('%d ms → %s', (ms, expected) => {
    expect(shortHumanDuration(ms)).toBe(expected);
  });
});

describe('ageSince', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  it.each([
    ['2025-01-01T11:54:30Z', '5m30s'],
    ['2025-01-01T12:00:00Z', '0s'],
    ['2024-12-30T09:00:00Z', '2d3h'],
    ['2025-01-01T12:00:05Z', '<invalid>'],
    [undefined, '<unknown>'],
    ['', '<unknown>'],
    ['not a time', '<unknown>'],
  ])('%s → %s', (ts, expected) => {
    expect(ageSince(ts, now)).toBe(expected);
  });
});

describe('parseGoDuration', () => {
  it.each([
    ['0', 0],
    ['-0', 0],
    ['30s', 30 * s],
    ['5m', 5 * m],
    ['1h30m', 90 * m],
    ['1h30m15s', 90 * m + 15 * s],
    ['100ms', 100],
    ['1.5h', 90 * m],
    ['.5s', 500],
    ['1.s', 1000],
    ['-2s', -2000],
    ['+3m', 3 * m],
    ['1500us', 1.5],
    ['2µs', 0.002],
    ['2μs', 0.002],
    ['1000000ns', 1],
    ['1m1m', 2 * m],
  ])('%s → %d ms', (input, expected) => {
    expect(parseGoDuration(input)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['', 'time: invalid duration ""'],
    ['-', 'time: invalid duration "-"'],
    ['.s', 'time: invalid duration ".s"'],
    ['s', 'time: invalid duration "s"'],
    ['1', 'time: missing unit in duration "1"'],
    ['1h2', 'time: missing unit in duration "1h2"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['5 m', 'time: unknown unit " m" in duration "5 m"'],
    ['3sec', 'time: unknown unit "sec" in duration "3sec"'],
  ])('rejects %j: %s', (input, message) => {
    expect(() => parseGoDuration(input)).toThrow(DurationError);
    expect(() => parseGoDuration(input)).toThrow(message);
  });
});
