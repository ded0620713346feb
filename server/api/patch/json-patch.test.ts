import { describe, expect, it } from 'vitest';
import { PatchError } from './errors.js';
import { applyJsonPatch } from './json-patch.js';

const deployment = {
  metadata: { name: 'web', annotations: { 'deployment.kubernetes.io/revision': '2' } },
  spec: { replicas: 3, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.16' }] } } },
};

function failure(fn: () => unknown): PatchError {
  try {
    fn();
  } catch (err) {
    if (err instanceof PatchError) return err;
    throw err;
  }
  throw new Error('expected a PatchError');
}

describe('applyJsonPatch', () => {
  it('applies a `kubectl rollout undo` template replacement without touching the input', () => {
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.14' }] } };
    const out = applyJsonPatch(deployment, [
      { op: 'replace', path: '/spec/template', value: template },
      { op: 'replace', path: '/metadata/annotations', value: { 'deployment.kubernetes.io/revision': '3' } },
    ]) as typeof deployment;
    expect(out.spec.template.spec.containers[0].image).toBe('nginx:1.14');
    expect(out.metadata.annotations['deployment.kubernetes.io/revision']).toBe('3');
    expect(deployment.spec.template.spec.containers[0].image).toBe('nginx:1.16');
  });

  it('supports add, remove, move, copy and escaped paths', () => {
    const out = applyJsonPatch({ metadata: { labels: { 'app.kubernetes.io/name': 'x', b: '1' } }, list: [1, 2] }, [
      { op: 'add', path: '/list/-', value: 3 },
      { op: 'remove', path: '/metadata/labels/app.kubernetes.io~1name' },
      { op: 'copy', from: '/metadata/labels/b', path: '/metadata/labels/c' },
      { op: 'move', from: '/list/0', path: '/first' },
    ]);
    expect(out).toEqual({ metadata: { labels: { b: '1', c: '1' } }, list: [2, 3], first: 1 });
  });

  it('fails with 422 when a test op does not match', () => {
    const err = failure(() => applyJsonPatch(deployment, [{ op: 'test', path: '/spec/replicas', value: 4 }]));
    expect(err.code).toBe(422);
    expect(err.message).toBe('testing value /spec/replicas failed: test failed');
  });

  it('fails with 422 when a path does not exist', () => {
    const err = failure(() => applyJsonPatch(deployment, [{ op: 'replace', path: '/spec/paused', value: true }]));
    expect(err.code).toBe(422);
    expect(err.message).toBe('replace operation does not apply: doc is missing key: /spec/paused: missing value');
    expect(failure(() => applyJsonPatch(deployment, [{ op: 'remove', path: '/spec/nope' }])).message).toContain('remove operation does not apply');
    expect(failure(() => applyJsonPatch(deployment, [{ op: 'add', path: '/a/b/c', value: 1 }])).message).toContain('add operation does not apply');
  });

  it('rejects malformed operations with 400 before applying anything', () => {
    expect(failure(() => applyJsonPatch(deployment, { op: 'add' })).code).toBe(400);
    expect(failure(() => applyJsonPatch(deployment, [{ op: 'frobnicate', path: '/x' }])).message).toBe('Unexpected kind: frobnicate');
    expect(failure(() => applyJsonPatch(deployment, [{ op: 'add', path: '/x' }])).code).toBe(400);
    expect(failure(() => applyJsonPatch(deployment, [{ op: 'move', path: '/x' }])).code).toBe(400);
  });

  it('refuses prototype pollution paths', () => {
    expect(failure(() => applyJsonPatch({}, [{ op: 'add', path: '/__proto__/polluted', value: true }])).code).toBe(422);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
