import { describe, it, expect } from 'vitest';
import { mostRecent, nextTime, parseCron } from './cron-schedule.js';

const at = (s: string) => Date.parse(s);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('cron schedules', () => {
  it('steps, ranges, lists and names', () => {
    expect(iso(nextTime(parseCron('*/15 * * * *'), at('2026-01-01T00:07:00Z')))).toBe('2026-01-01T00:15:00.000Z');
    expect(iso(nextTime(parseCron('0 9-17/4 * * mon-fri'), at('2026-01-02T18:00:00Z')))).toBe('2026-01-05T09:00:00.000Z');
    expect(iso(nextTime(parseCron('30 1,13 * jan,jul *'), at('2026-01-31T14:00:00Z')))).toBe('2026-07-01T01:30:00.000Z');
    expect(iso(nextTime(parseCron('5 * * * *'), at('2026-01-01T00:05:00Z')))).toBe('2026-01-01T01:05:00.000Z');
  });

  it('descriptors', () => {
    expect(iso(nextTime(parseCron('@hourly'), at('2026-01-01T00:00:00Z')))).toBe('2026-01-01T01:00:00.000Z');
    expect(iso(nextTime(parseCron('@weekly'), at('2026-01-01T00:00:00Z')))).toBe('2026-01-04T00:00:00.000Z');
    expect(iso(nextTime(parseCron('@yearly'), at('2026-01-01T00:00:00Z')))).toBe('2027-01-01T00:00:00.000Z');
  });

  it('day of month OR day of week unless one is *', () => {
    // The 13th or any Friday.
    expect(iso(nextTime(parseCron('0 0 13 * 5'), at('2026-01-01T00:00:00Z')))).toBe('2026-01-02T00:00:00.000Z');
    expect(iso(nextTime(parseCron('0 0 13 * *'), at('2026-01-01T00:00:00Z')))).toBe('2026-01-13T00:00:00.000Z');
  });

  it('time zones', () => {
    expect(iso(nextTime(parseCron('0 9 * * *', 'America/New_York'), at('2026-01-01T00:00:00Z')))).toBe('2026-01-01T14:00:00.000Z');
    expect(iso(nextTime(parseCron('CRON_TZ=Asia/Tokyo 0 9 * * *'), at('2026-01-01T00:00:00Z')))).toBe('2026-01-02T00:00:00.000Z');
  });

  it('rejects bad schedules with robfig messages', () => {
    expect(() => parseCron('* * *')).toThrow('expected exactly 5 fields, found 3: [* * *]');
    expect(() => parseCron('61 * * * *')).toThrow('end of range (61) above maximum (59): 61');
  });

  it('finds the most recent missed time', () => {
    const r = mostRecent(parseCron('*/10 * * * *'), at('2026-01-01T00:00:00Z'), at('2026-01-01T00:35:00Z'));
    expect(iso(r.time)).toBe('2026-01-01T00:30:00.000Z');
    expect(r.missed).toBe(2);
  });
});
