import { describe, it, expect } from 'vitest';
import { balancedAllocationPlugin } from './balanced-allocation.js';
import { cycleFor, node, podWithRequests } from '../test-fixtures.js';

describe('NodeResourcesBalancedAllocation', () => {
  it('prefers the node where cpu and memory end up used in equal shares', () => {
    const incoming = podWithRequests('p', { cpu: '1', memory: '1Gi' });
    const bound = [podWithRequests('cpu-heavy', { cpu: '2' }, { nodeName: 'skewed' }), podWithRequests('even', { cpu: '1', memory: '2Gi' }, { nodeName: 'even' })];
    const c = cycleFor(incoming, [node('even'), node('skewed')], bound);
    const [even, skewed] = balancedAllocationPlugin.score!(c, c.nodes)!;
    // even: cpu 2/4 = .5, memory 3/8 = .375 → 1 − .0625; skewed: cpu 3/4, memory 1/8 → 1 − .3125.
    expect(even).toBe(93);
    expect(skewed).toBe(68);
  });
});
