import { describe, it, expect } from 'vitest';
import { resolveImage } from './registry.js';

describe('image registry', () => {
  it('finds catalog images with size and digest', () => {
    const r = resolveImage(undefined, 'nginx:1.25');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sizeBytes).toBe(72080558);
    expect(r.full).toBe('docker.io/library/nginx:1.25');
    expect(r.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(resolveImage(undefined, 'gcr.io/google-samples/kubernetes-bootcamp:v1').ok).toBe(true);
    // The Kubernetes Basics rolling-update module's v2 image.
    expect(resolveImage(undefined, 'docker.io/jocatalin/kubernetes-bootcamp:v2').ok).toBe(true);
    // The inter-pod affinity example of "Assigning Pods to Nodes".
    expect(resolveImage(undefined, 'redis:3.2-alpine').ok).toBe(true);
    expect(resolveImage(undefined, 'nginx:1.16-alpine').ok).toBe(true);
  });

  it('fails unknown tags and repositories like a real pull', () => {
    const tag = resolveImage(undefined, 'nginx:nope');
    expect(tag).toEqual({
      ok: false,
      error: 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:nope": failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found',
    });
    const repo = resolveImage(undefined, 'nginxx');
    expect(!repo.ok && repo.error).toContain('pull access denied, repository does not exist or may require authorization');
    const host = resolveImage(undefined, 'my.registry.example/app:1');
    expect(!host.ok && host.error).toContain('dial tcp: lookup my.registry.example: no such host');
  });
});
