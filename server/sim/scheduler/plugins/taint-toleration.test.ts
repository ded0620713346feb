import { describe, it, expect } from 'vitest';
import { taintTolerationPlugin, toleratesTaint } from './taint-toleration.js';
import { cycleFor, node, pod } from '../test-fixtures.js';

const cpTaint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

describe('TaintToleration', () => {
  it('rejects a node with an untolerated NoSchedule taint, naming key and value', () => {
    const c = cycleFor(pod('p'), [node('cp', { taints: [cpTaint] }), node('gpu', { taints: [{ key: 'gpu', value: 'true', effect: 'NoExecute' }] })]);
    expect(taintTolerationPlugin.filter!(c, c.nodes[0])!.reasons).toEqual(['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }']);
    expect(taintTolerationPlugin.filter!(c, c.nodes[1])!.reasons).toEqual(['node(s) had untolerated taint {gpu: true}']);
  });
  it('ignores PreferNoSchedule taints when filtering and tolerated taints altogether', () => {
    const c = cycleFor(pod('p', { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }), [
      node('cp', { taints: [cpTaint] }),
      node('soft', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] }),
    ]);
    expect(c.nodes.map((n) => taintTolerationPlugin.filter!(c, n))).toEqual([undefined, undefined]);
  });
  it('matches tolerations by operator, key, value and effect', () => {
    const taint = { key: 'k', value: 'v', effect: 'NoSchedule' };
    expect(toleratesTaint({ key: 'k', operator: 'Equal', value: 'v' }, taint)).toBe(true);
    expect(toleratesTaint({ key: 'k', value: 'other' }, taint)).toBe(false);
    expect(toleratesTaint({ key: 'k', operator: 'Exists', effect: 'NoExecute' }, taint)).toBe(false);
    expect(toleratesTaint({ operator: 'Exists' }, taint)).toBe(true);
  });
  it('scores nodes with untolerated PreferNoSchedule taints lower', () => {
    const c = cycleFor(pod('p'), [node('a', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }, { key: 'y', effect: 'PreferNoSchedule' }] }), node('b'), node('c', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] })]);
    expect(taintTolerationPlugin.score!(c, c.nodes)).toEqual([0, 100, 50]);
  });
});
