import { describe, expect, it } from 'vitest';
import { jsonMergePatch } from './json-merge.js';

describe('jsonMergePatch', () => {
  it('removes a label with null and adds another, as `kubectl label app- tier=web` sends', () => {
    const live = { metadata: { name: 'p', labels: { app: 'a', keep: 'k' } } };
    expect(jsonMergePatch(live, { metadata: { labels: { app: null, tier: 'web' } } })).toEqual({
      metadata: { name: 'p', labels: { keep: 'k', tier: 'web' } },
    });
  });

  it('replaces lists instead of merging them', () => {
    expect(jsonMergePatch({ spec: { containers: [{ name: 'a' }, { name: 'b' }] } }, { spec: { containers: [{ name: 'c' }] } })).toEqual({
      spec: { containers: [{ name: 'c' }] },
    });
  });

  it('sets spec.replicas for a scale patch and leaves the rest', () => {
    expect(jsonMergePatch({ spec: { replicas: 1, paused: false } }, { spec: { replicas: 5 } })).toEqual({ spec: { replicas: 5, paused: false } });
  });

  it('follows the RFC 7386 examples for non-object values', () => {
    expect(jsonMergePatch({ a: 'b' }, ['c'])).toEqual(['c']);
    expect(jsonMergePatch(['a'], { b: 'c' })).toEqual({ b: 'c' });
    expect(jsonMergePatch({ a: { b: 'c' } }, { a: { b: 'd', c: null } })).toEqual({ a: { b: 'd' } });
    expect(jsonMergePatch({ e: null }, { a: 1 })).toEqual({ e: null, a: 1 });
  });

  it('ignores __proto__ keys instead of polluting Object.prototype', () => {
    const out = jsonMergePatch({}, JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
    expect(out).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not mutate or alias its inputs', () => {
    const live = { metadata: { labels: { a: '1' } }, data: { x: { y: 1 } } };
    const out = jsonMergePatch(live, { metadata: { labels: { b: '2' } } }) as typeof live;
    out.data.x.y = 2;
    expect(live).toEqual({ metadata: { labels: { a: '1' } }, data: { x: { y: 1 } } });
  });
});
