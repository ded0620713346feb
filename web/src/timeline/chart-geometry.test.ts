import { describe, it, expect } from 'vitest';
import { replicaTicks, scales, stepPath } from './chart-geometry.js';

const box = { width: 200, height: 100, left: 0, right: 0, top: 0, bottom: 0 };

describe('chart geometry', () => {
  it('draws replica counts as steps held until now', () => {
    const samples = [{ t: 0, desired: 2, ready: 0 }, { t: 30_000, desired: 2, ready: 2 }];
    const sc = scales(samples, 60_000, box);
    const path = stepPath(samples, (s) => s.ready, sc, sc.y, 60_000);
    expect(path.startsWith('M0.0,100.0')).toBe(true);
    expect(path).toContain('H100.0');
    expect(path.endsWith('H200.0')).toBe(true);
  });
  it('skips samples without HPA load', () => {
    const samples = [{ t: 0, desired: 1, ready: 1 }, { t: 10_000, desired: 1, ready: 1, load: 50 }];
    const sc = scales(samples, 20_000, box);
    expect(stepPath(samples, (s) => s.load, sc, sc.yLoad, 20_000).split('M')).toHaveLength(2);
  });
  it('picks whole-number ticks', () => {
    expect(replicaTicks(3)).toEqual([0, 1, 2, 3]);
    expect(replicaTicks(20)).toEqual([0, 4, 8, 12, 16, 20]);
  });
});
