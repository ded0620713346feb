import { describe, expect, it } from 'vitest';
import { createInterner } from './intern.js';

const pod = (name: string, node: string) =>
  JSON.parse(
    JSON.stringify({
      metadata: { name, labels: { app: 'web' } },
      spec: { nodeName: node, containers: [{ name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }], tolerations: [{ key: 'a', operator: 'Exists' }] },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
    }),
  );

describe('createInterner', () => {
  it('shares identical subtrees between objects and keeps every value equal to what was parsed', () => {
    const intern = createInterner();
    const a = intern(pod('a', 'worker-1')) as ReturnType<typeof pod>;
    const b = intern(pod('b', 'worker-2')) as ReturnType<typeof pod>;
    expect(a).toEqual(pod('a', 'worker-1'));
    expect(b).toEqual(pod('b', 'worker-2'));
    expect(b.spec.containers).toBe(a.spec.containers);
    expect(b.metadata.labels).toBe(a.metadata.labels);
    expect(b.status).toBe(a.status);
    expect(b.spec).not.toBe(a.spec);
    expect(b.metadata).not.toBe(a.metadata);
  });

  it('does not confuse values that only print alike', () => {
    const intern = createInterner();
    const x = intern({ a: '1', b: [1, '2'], c: { 'k=': 'v' } }) as Record<string, unknown>;
    const y = intern({ a: 1, b: ['1', 2], c: { k: '=v' } }) as Record<string, unknown>;
    expect(y).toEqual({ a: 1, b: ['1', 2], c: { k: '=v' } });
    expect(y.b).not.toBe(x.b);
    expect(y.c).not.toBe(x.c);
  });
});
