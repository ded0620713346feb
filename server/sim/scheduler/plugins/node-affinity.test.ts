import { describe, it, expect } from 'vitest';
import { nodeAffinityPlugin, ERR_REASON_POD } from './node-affinity.js';
import { cycleFor, node, pod } from '../test-fixtures.js';

const nodes = [node('ssd', { labels: { disktype: 'ssd', gen: '5' } }), node('hdd', { labels: { disktype: 'hdd', gen: '3' } }), node('bare')];
const expr = (key: string, operator: string, values?: string[]) => ({ key, operator, ...(values ? { values } : {}) });
const required = (...terms: unknown[]) => ({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } });

function fits(spec: Record<string, unknown>): string[] {
  const c = cycleFor(pod('p', spec), nodes);
  return c.nodes.filter((n) => !nodeAffinityPlugin.filter!(c, n)).map((n) => n.name);
}

describe('NodeAffinity', () => {
  it('honours nodeSelector with the real reason', () => {
    const c = cycleFor(pod('p', { nodeSelector: { disktype: 'ssd' } }), nodes);
    expect(nodeAffinityPlugin.filter!(c, c.nodeByName.get('hdd')!)).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_POD] });
    expect(fits({ nodeSelector: { disktype: 'ssd' } })).toEqual(['ssd']);
  });
  it('supports every matchExpressions operator', () => {
    expect(fits(required({ matchExpressions: [expr('disktype', 'In', ['ssd', 'hdd'])] }))).toEqual(['hdd', 'ssd']);
    expect(fits(required({ matchExpressions: [expr('disktype', 'NotIn', ['ssd'])] }))).toEqual(['bare', 'hdd']);
    expect(fits(required({ matchExpressions: [expr('disktype', 'Exists')] }))).toEqual(['hdd', 'ssd']);
    expect(fits(required({ matchExpressions: [expr('disktype', 'DoesNotExist')] }))).toEqual(['bare']);
    expect(fits(required({ matchExpressions: [expr('gen', 'Gt', ['4'])] }))).toEqual(['ssd']);
    expect(fits(required({ matchExpressions: [expr('gen', 'Lt', ['4'])] }))).toEqual(['hdd']);
  });
  it('ORs terms, ANDs expressions, and an empty term matches nothing', () => {
    expect(fits(required({ matchExpressions: [expr('disktype', 'In', ['ssd'])] }, { matchExpressions: [expr('disktype', 'DoesNotExist')] }))).toEqual(['bare', 'ssd']);
    expect(fits(required({ matchExpressions: [expr('disktype', 'Exists'), expr('gen', 'Lt', ['4'])] }))).toEqual(['hdd']);
    expect(fits(required({}))).toEqual([]);
    expect(fits(required({ matchFields: [expr('metadata.name', 'In', ['bare'])] }))).toEqual(['bare']);
  });
  it('scores preferred terms by weight', () => {
    const preferred = [
      { weight: 80, preference: { matchExpressions: [expr('disktype', 'In', ['ssd'])] } },
      { weight: 20, preference: { matchExpressions: [expr('gen', 'Exists')] } },
    ];
    const c = cycleFor(pod('p', { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: preferred } } }), nodes);
    expect(nodeAffinityPlugin.score!(c, c.nodes)).toEqual([0, 20, 100]);
  });
});
