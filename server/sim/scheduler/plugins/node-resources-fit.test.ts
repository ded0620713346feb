import { describe, it, expect } from 'vitest';
import { nodeResourcesFitPlugin } from './node-resources-fit.js';
import { cycleFor, node, pod, podWithRequests } from '../test-fixtures.js';

function filter(incoming: ReturnType<typeof pod>, nodes = [node('n')], bound: ReturnType<typeof pod>[] = []) {
  const c = cycleFor(incoming, nodes, bound);
  nodeResourcesFitPlugin.preFilter!(c);
  return nodeResourcesFitPlugin.filter!(c, c.nodes[0]);
}

describe('NodeResourcesFit', () => {
  it('rejects requests above what is left of allocatable, listing every short resource', () => {
    const bound = [podWithRequests('old', { cpu: '3', memory: '6Gi' }, { nodeName: 'n' })];
    expect(filter(podWithRequests('p', { cpu: '1' }), undefined, bound)).toBeUndefined();
    expect(filter(podWithRequests('p', { cpu: '1500m', memory: '3Gi' }), undefined, bound)).toEqual({ code: 'Unschedulable', reasons: ['Insufficient cpu', 'Insufficient memory'] });
  });
  it('counts pod slots', () => {
    const bound = [pod('a', {}, { nodeName: 'n' }), pod('b', {}, { nodeName: 'n' })];
    expect(filter(pod('p'), [node('n', { pods: '2' })], bound)!.reasons).toEqual(['Too many pods']);
  });
  it('ignores finished pods', () => {
    const done = podWithRequests('done', { cpu: '4' }, { nodeName: 'n' });
    done.status.phase = 'Succeeded';
    expect(filter(podWithRequests('p', { cpu: '2' }), undefined, [done])).toBeUndefined();
  });
  it('applies the init container rule: the larger of the largest init container and the app containers', () => {
    const initHeavy = pod('p', {
      initContainers: [{ name: 'init', image: 'busybox', resources: { requests: { cpu: '5' } } }],
      containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '1' } } }],
    });
    expect(filter(initHeavy)!.reasons).toEqual(['Insufficient cpu']);
    const appHeavy = pod('p', {
      initContainers: [{ name: 'init', image: 'busybox', resources: { requests: { cpu: '2' } } }],
      containers: [
        { name: 'a', image: 'nginx', resources: { requests: { cpu: '2' } } },
        { name: 'b', image: 'nginx', resources: { requests: { cpu: '1' } } },
      ],
    });
    expect(filter(appHeavy)).toBeUndefined();
  });
  it('reports extended resources the node lacks', () => {
    expect(filter(podWithRequests('p', { 'nvidia.com/gpu': '1' }))!.reasons).toEqual(['Insufficient nvidia.com/gpu']);
    expect(filter(podWithRequests('p', { 'nvidia.com/gpu': '1' }), [node('n', { extra: { 'nvidia.com/gpu': '2' } })])).toBeUndefined();
  });
  it('scores emptier nodes higher (LeastAllocated, with default requests for pods requesting nothing)', () => {
    const c = cycleFor(pod('p'), [node('busy'), node('idle')], [podWithRequests('old', { cpu: '2', memory: '4Gi' }, { nodeName: 'busy' })]);
    const [busy, idle] = nodeResourcesFitPlugin.score!(c, c.nodes)!;
    expect(idle).toBeGreaterThan(busy);
    // idle: cpu (4000-100)/4000 → 97, memory (8Gi-200Mi)/8Gi → 97.
    expect(idle).toBe(97);
  });
});
