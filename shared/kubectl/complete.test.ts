import { describe, it, expect } from 'vitest';
import { complete } from './complete';

const ctx = {
  async listNames(resource: string, namespace: string) {
    if (resource === 'pods' && namespace === 'default') return ['web-1', 'web-2', 'big'];
    if (resource === 'pods' && namespace === 'dev') return ['dev-pod'];
    if (resource === 'namespaces') return ['default', 'dev'];
    if (resource === 'nodes') return ['node-1', 'node-2'];
    return [];
  },
};

describe('complete', () => {
  it('completes commands, resource types and names', async () => {
    expect(await complete('kubectl des', 11, ctx)).toEqual(['describe']);
    expect(await complete('kubectl get dep', 15, ctx)).toEqual(['deploy', 'deployments']);
    expect(await complete('kubectl get pods we', 19, ctx)).toEqual(['web-1', 'web-2']);
    expect(await complete('kubectl logs ', 13, ctx)).toEqual(['big', 'web-1', 'web-2']);
  });

  it('uses the namespace given with -n and completes type/name forms', async () => {
    expect(await complete('kubectl get pods -n dev ', 24, ctx)).toEqual(['dev-pod']);
    expect(await complete('kubectl describe po/b', 21, ctx)).toEqual(['po/big']);
    expect(await complete('kubectl get pods -n d', 21, ctx)).toEqual(['default', 'dev']);
  });

  it('completes flags and subcommands', async () => {
    expect(await complete('kubectl get pods --show-l', 25, ctx)).toEqual(['--show-labels']);
    expect(await complete('kubectl rollout st', 18, ctx)).toEqual(['status']);
    expect(await complete('kubectl cordon no', 17, ctx)).toEqual(['node-1', 'node-2']);
  });
});
