import { describe, it, expect } from 'vitest';
import { nodeUnschedulablePlugin } from './node-unschedulable.js';
import { cycleFor, node, pod } from '../test-fixtures.js';

describe('NodeUnschedulable', () => {
  const nodes = [node('cordoned', { unschedulable: true }), node('open')];
  it('rejects a cordoned node with the real reason', () => {
    const c = cycleFor(pod('p'), nodes);
    expect(nodeUnschedulablePlugin.filter!(c, c.nodes[0])).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: ['node(s) were unschedulable'] });
    expect(nodeUnschedulablePlugin.filter!(c, c.nodes[1])).toBeUndefined();
  });
  it('lets pods that tolerate the unschedulable taint onto a cordoned node', () => {
    const c = cycleFor(pod('p', { tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] }), nodes);
    expect(nodeUnschedulablePlugin.filter!(c, c.nodes[0])).toBeUndefined();
  });
});
