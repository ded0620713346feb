import { describe, it, expect } from 'vitest';
import { forgetPlayground, loadRecent, rememberPlayground } from './recent-playgrounds.js';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('recent playgrounds', () => {
  it('lists the most recently opened first, once per key', () => {
    const s = memoryStorage();
    rememberPlayground(s, { key: 'a', name: 'A', role: 'edit', template: 'default', openedAt: 1 });
    rememberPlayground(s, { key: 'b', name: 'B', role: 'view', template: 'empty', openedAt: 2 });
    rememberPlayground(s, { key: 'a', name: 'A', role: 'edit', template: 'default', openedAt: 3 });
    expect(loadRecent(s).map((r) => r.key)).toEqual(['a', 'b']);
    expect(forgetPlayground(s, 'a').map((r) => r.key)).toEqual(['b']);
  });
  it('keeps the exercise a playground was created for when it is opened again', () => {
    const s = memoryStorage();
    rememberPlayground(s, { key: 'a', name: 'A', role: 'edit', template: 'default', openedAt: 1, exercise: 'scale-deployment' });
    rememberPlayground(s, { key: 'a', name: 'A', role: 'edit', template: 'default', openedAt: 2 });
    expect(loadRecent(s)[0]).toMatchObject({ openedAt: 2, exercise: 'scale-deployment' });
  });
  it('survives corrupt storage', () => {
    const s = memoryStorage();
    s.setItem('kube-playground.recent', '{oops');
    expect(loadRecent(s)).toEqual([]);
  });
});
