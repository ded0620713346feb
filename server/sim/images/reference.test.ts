import { describe, it, expect } from 'vitest';
import { fullReference, parseImageRef, shortRepository } from './reference.js';

describe('image references', () => {
  it('normalises short names like containerd', () => {
    expect(fullReference(parseImageRef('nginx')!)).toBe('docker.io/library/nginx:latest');
    expect(fullReference(parseImageRef('nginx:1.25')!)).toBe('docker.io/library/nginx:1.25');
    expect(fullReference(parseImageRef('polinux/stress')!)).toBe('docker.io/polinux/stress:latest');
    expect(fullReference(parseImageRef('registry.k8s.io/e2e-test-images/agnhost:2.39')!)).toBe('registry.k8s.io/e2e-test-images/agnhost:2.39');
    expect(fullReference(parseImageRef('k8s.gcr.io/pause:3.10')!)).toBe('registry.k8s.io/pause:3.10');
  });

  it('accepts digests and rejects invalid names', () => {
    const d = `nginx@sha256:${'a'.repeat(64)}`;
    expect(parseImageRef(d)).toEqual({ registry: 'docker.io', path: 'library/nginx', tag: undefined, digest: `sha256:${'a'.repeat(64)}` });
    expect(parseImageRef('NGINX')).toBeUndefined();
    expect(parseImageRef('nginx:')).toBeUndefined();
    expect(shortRepository('docker.io/library/nginx')).toBe('nginx');
  });
});
