import { describe, it, expect } from 'vitest';
import { interPodAffinityPlugin, ERR_REASON_AFFINITY, ERR_REASON_ANTI_AFFINITY, ERR_REASON_EXISTING_ANTI_AFFINITY } from './inter-pod-affinity.js';
import { cycleFor, node, pod } from '../test-fixtures.js';

const nodes = [node('n1', { labels: { zone: 'a' } }), node('n2', { labels: { zone: 'a' } }), node('n3', { labels: { zone: 'b' } })];
const term = (app: string, topologyKey = 'kubernetes.io/hostname') => ({ labelSelector: { matchLabels: { app } }, topologyKey });

function verdicts(incoming: ReturnType<typeof pod>, bound: ReturnType<typeof pod>[]) {
  const c = cycleFor(incoming, nodes, bound);
  interPodAffinityPlugin.preFilter!(c);
  return c.nodes.map((n) => interPodAffinityPlugin.filter!(c, n)?.reasons[0] ?? 'ok');
}

describe('InterPodAffinity', () => {
  it('keeps a pod away from nodes running pods its required anti-affinity matches', () => {
    const incoming = pod('p', { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term('web')] } } }, { labels: { app: 'web' } });
    expect(verdicts(incoming, [pod('w1', {}, { labels: { app: 'web' }, nodeName: 'n1' })])).toEqual([ERR_REASON_ANTI_AFFINITY, 'ok', 'ok']);
  });
  it('applies anti-affinity over a whole topology domain', () => {
    const incoming = pod('p', { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term('web', 'zone')] } } });
    expect(verdicts(incoming, [pod('w1', {}, { labels: { app: 'web' }, nodeName: 'n1' })])).toEqual([ERR_REASON_ANTI_AFFINITY, ERR_REASON_ANTI_AFFINITY, 'ok']);
  });
  it("honours running pods' anti-affinity against the incoming pod", () => {
    const guard = pod('guard', { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term('web')] } } }, { nodeName: 'n2' });
    expect(verdicts(pod('p', {}, { labels: { app: 'web' } }), [guard])).toEqual(['ok', ERR_REASON_EXISTING_ANTI_AFFINITY, 'ok']);
  });
  it('requires a matching pod in the domain for required affinity, except for the first pod of a self-affine group', () => {
    const affine = (labels: Record<string, string>) => pod('p', { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term('cache', 'zone')] } } }, { labels });
    expect(verdicts(affine({}), [pod('c1', {}, { labels: { app: 'cache' }, nodeName: 'n3' })])).toEqual([ERR_REASON_AFFINITY, ERR_REASON_AFFINITY, 'ok']);
    expect(verdicts(affine({}), [])).toEqual([ERR_REASON_AFFINITY, ERR_REASON_AFFINITY, ERR_REASON_AFFINITY]);
    expect(verdicts(affine({ app: 'cache' }), [])).toEqual(['ok', 'ok', 'ok']);
  });
  it('scores preferred affinity towards domains with matching pods', () => {
    const incoming = pod('p', { affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, podAffinityTerm: term('cache', 'zone') }] } } });
    const c = cycleFor(incoming, nodes, [pod('c1', {}, { labels: { app: 'cache' }, nodeName: 'n3' })]);
    expect(interPodAffinityPlugin.score!(c, c.nodes)).toEqual([0, 0, 100]);
  });
});
