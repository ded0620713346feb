import { describe, it, expect } from 'vitest';
import { SimClock } from './sim-clock.svelte.js';

describe('SimClock', () => {
  it('advances between server messages at the cluster speed, and stands still when paused', () => {
    let wall = 0;
    const c = new SimClock(() => wall);
    expect(c.now).toBeNull();
    c.update({ now: 1_000_000, paused: false, speed: 10 });
    wall = 2_000;
    expect(c.now).toBe(1_020_000);
    c.update({ now: 1_020_000, paused: true, speed: 10 });
    wall = 9_000;
    expect(c.now).toBe(1_020_000);
  });
});
