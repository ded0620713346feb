import { describe, it, expect } from 'vitest';
import { nodeNamePlugin, ERR_REASON_NODE_NAME } from './node-name.js';
import { cycleFor, node, pod } from '../test-fixtures.js';

describe('NodeName', () => {
  const nodes = [node('a'), node('b')];
  it('accepts only the node the pod names', () => {
    const c = cycleFor(pod('p', { nodeName: 'b' }), nodes);
    expect(nodeNamePlugin.filter!(c, c.nodes[0])).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_NODE_NAME] });
    expect(nodeNamePlugin.filter!(c, c.nodes[1])).toBeUndefined();
  });
  it('accepts every node when the pod names none', () => {
    const c = cycleFor(pod('p'), nodes);
    expect(c.nodes.map((n) => nodeNamePlugin.filter!(c, n))).toEqual([undefined, undefined]);
  });
});
