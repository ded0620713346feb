import { describe, it, expect } from 'vitest';
import { fitErrorMessage, schedulePod, NO_NODES_MESSAGE } from './framework.js';
import { Rng } from '../rng.js';
import { node, pod, podWithRequests } from './test-fixtures.js';

const cp = node('control-plane', { labels: { 'node-role.kubernetes.io/control-plane': '' }, taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] });
const cluster = [cp, node('worker-1'), node('worker-2')];

describe('schedulePod', () => {
  it('prints the real FailedScheduling message with the preemption verdict', () => {
    const r = schedulePod(podWithRequests('big', { cpu: '5' }), cluster, new Map());
    expect(r.node).toBeUndefined();
    expect(r.message).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. ' +
        'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
  });
  it('counts every reason of a node and sorts the histogram as strings', () => {
    const r = schedulePod(podWithRequests('big', { cpu: '5', memory: '10Gi' }), cluster, new Map());
    expect(r.message.split('. preemption')[0]).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu, 2 Insufficient memory');
  });
  it('says preemption cannot help when every node is unresolvable', () => {
    const r = schedulePod(pod('p', { nodeSelector: { disktype: 'ssd' } }), cluster, new Map());
    expect(r.message).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });
  it('reports pods that may not preempt', () => {
    const r = schedulePod(podWithRequests('p', { cpu: '5' }), cluster, new Map());
    expect(r.message).toContain('No preemption victims');
    const never = podWithRequests('p', { cpu: '5' });
    never.spec.preemptionPolicy = 'Never';
    expect(schedulePod(never, cluster, new Map()).message).toMatch(/ preemption: not eligible due to preemptionPolicy=Never\.$/);
  });
  it('plans to evict lower-priority pods when that makes room', () => {
    const low = podWithRequests('low', { cpu: '3' }, { nodeName: 'worker-1' });
    const other = podWithRequests('other', { cpu: '3' }, { nodeName: 'worker-2' });
    other.spec.priority = 1000;
    const high = podWithRequests('high', { cpu: '2' });
    high.spec.priority = 100;
    const r = schedulePod(high, cluster, new Map([['worker-1', [low]], ['worker-2', [other]]]));
    expect(r.node).toBeUndefined();
    expect(r.preemption?.node).toBe('worker-1');
    expect(r.preemption?.victims.map((v) => v.metadata.name)).toEqual(['low']);
    expect(r.message).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu.');
  });
  it('picks the least loaded node and records per-node verdicts', () => {
    const busy = podWithRequests('busy', { cpu: '2', memory: '2Gi' }, { nodeName: 'worker-1' });
    const r = schedulePod(pod('p'), cluster, new Map([['worker-1', [busy]]]));
    expect(r.node).toBe('worker-2');
    const cpVerdict = r.verdicts.find((v) => v.node === 'control-plane')!;
    expect(cpVerdict.plugins.at(-1)).toEqual({ plugin: 'TaintToleration', passed: false, reason: 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }' });
    expect(cpVerdict.score).toBeUndefined();
    const scores = Object.fromEntries(r.verdicts.filter((v) => v.score !== undefined).map((v) => [v.node, v.score!]));
    expect(scores['worker-2']).toBeGreaterThan(scores['worker-1']);
  });
  it('evaluates every filter in full mode', () => {
    const r = schedulePod(podWithRequests('p', { cpu: '5' }), cluster, new Map(), { full: true });
    const cpVerdict = r.verdicts.find((v) => v.node === 'control-plane')!;
    expect(cpVerdict.plugins.filter((p) => !p.passed).map((p) => p.plugin)).toEqual(['TaintToleration', 'NodeResourcesFit']);
    expect(r.message).toContain('1 node(s) had untolerated taint');
    expect(r.message).not.toContain('3 Insufficient cpu');
  });
  it('breaks ties by node name without an rng and deterministically with one', () => {
    expect(schedulePod(pod('p'), cluster, new Map()).node).toBe('worker-1');
    const pick = (seed: number) => schedulePod(pod('p'), cluster, new Map(), { rng: new Rng(seed) }).node;
    expect(pick(7)).toBe(pick(7));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(pick))).toEqual(new Set(['worker-1', 'worker-2']));
  });
  it('reports a cluster without nodes', () => {
    expect(schedulePod(pod('p'), [], new Map()).message).toBe(NO_NODES_MESSAGE);
  });
  it('formats a message without post-filter text', () => {
    expect(fitErrorMessage(2, new Map([['a', { code: 'Unschedulable', reasons: ['Too many pods'] }]]))).toBe('0/2 nodes are available: 1 Too many pods.');
  });
});
