import { describe, it, expect } from 'vitest';
import { ageOf, clockTime, humanAge } from './age.js';

describe('humanAge', () => {
  it('matches kubectl AGE buckets', () => {
    expect(humanAge(45_000)).toBe('45s');
    expect(humanAge(119_000)).toBe('119s');
    expect(humanAge(5 * 60_000 + 10_000)).toBe('5m10s');
    expect(humanAge(5 * 60_000)).toBe('5m');
    expect(humanAge(42 * 60_000)).toBe('42m');
    expect(humanAge(3 * 3600_000 + 20 * 60_000)).toBe('3h20m');
    expect(humanAge(30 * 3600_000)).toBe('30h');
    expect(humanAge(51 * 3600_000)).toBe('2d3h');
    expect(humanAge(40 * 86400_000)).toBe('40d');
  });
  it('measures against the simulated clock, not the wall clock', () => {
    const created = '2025-01-01T00:00:00Z';
    expect(ageOf(created, Date.parse(created) + 90_000)).toBe('90s');
    expect(ageOf(undefined, 0)).toBe('<unknown>');
    expect(clockTime(Date.parse('2025-01-01T13:04:05Z'))).toBe('13:04:05');
  });
});
