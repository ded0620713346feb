import { describe, it, expect } from 'vitest';
import { podTopologySpreadPlugin, ERR_REASON_CONSTRAINTS_NOT_MATCH, ERR_REASON_NODE_LABEL_NOT_MATCH } from './pod-topology-spread.js';
import { cycleFor, node, pod } from '../test-fixtures.js';

const web = { app: 'web' };
const nodes = [node('a1', { labels: { zone: 'a' } }), node('a2', { labels: { zone: 'a' } }), node('b1', { labels: { zone: 'b' } }), node('nozone')];
const constraint = (whenUnsatisfiable: string, maxSkew = 1) => ({
  topologySpreadConstraints: [{ maxSkew, topologyKey: 'zone', whenUnsatisfiable, labelSelector: { matchLabels: web } }],
});

function verdicts(bound: ReturnType<typeof pod>[], maxSkew = 1) {
  const c = cycleFor(pod('p', constraint('DoNotSchedule', maxSkew), { labels: web }), nodes, bound);
  podTopologySpreadPlugin.preFilter!(c);
  return Object.fromEntries(c.nodes.map((n) => [n.name, podTopologySpreadPlugin.filter!(c, n)?.reasons[0] ?? 'ok']));
}

describe('PodTopologySpread', () => {
  it('rejects domains that would exceed maxSkew and nodes without the topology label', () => {
    const bound = [pod('w1', {}, { labels: web, nodeName: 'a1' })];
    expect(verdicts(bound)).toEqual({ a1: ERR_REASON_CONSTRAINTS_NOT_MATCH, a2: ERR_REASON_CONSTRAINTS_NOT_MATCH, b1: 'ok', nozone: ERR_REASON_NODE_LABEL_NOT_MATCH });
    expect(verdicts(bound, 2)).toMatchObject({ a1: 'ok', a2: 'ok', b1: 'ok' });
  });
  it('counts only pods the selector matches in the same namespace', () => {
    const bound = [pod('other', {}, { labels: { app: 'db' }, nodeName: 'a1' }), pod('elsewhere', {}, { labels: web, nodeName: 'a1', namespace: 'prod' })];
    expect(verdicts(bound)).toMatchObject({ a1: 'ok', b1: 'ok' });
  });
  it('scores ScheduleAnyway constraints: fewer matching pods in the domain is better', () => {
    const bound = [pod('w1', {}, { labels: web, nodeName: 'a1' }), pod('w2', {}, { labels: web, nodeName: 'a2' })];
    const c = cycleFor(pod('p', constraint('ScheduleAnyway'), { labels: web }), nodes, bound);
    const scores = podTopologySpreadPlugin.score!(c, c.nodes)!;
    expect(scores[2]).toBe(100);
    expect(scores[0]).toBeLessThan(scores[2]);
    expect(scores[3]).toBe(0);
  });
  it('spreads by hostname with the system default constraints when a Service or controller selects the pod', () => {
    const bound = [pod('w1', {}, { labels: web, nodeName: 'a1' })];
    const c = cycleFor(pod('p', {}, { labels: web }), nodes, bound, { defaultSpreadSelector: { matchLabels: web } });
    const scores = podTopologySpreadPlugin.score!(c, c.nodes)!;
    expect(scores[0]).toBeLessThan(scores[1]);
    const plain = cycleFor(pod('p', {}, { labels: web }), nodes, bound);
    expect(podTopologySpreadPlugin.score!(plain, plain.nodes)).toBeUndefined();
  });
});
