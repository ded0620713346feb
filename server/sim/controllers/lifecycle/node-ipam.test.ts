import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { nodeIpamController } from './node-ipam.js';

describe('node IPAM controller', () => {
  it('gives a node created through the API the lowest free /24 of 10.244.0.0/16', () => {
    const t = createTestCluster({ controllers: [nodeIpamController()] });
    t.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-3' } });
    expect(t.get('nodes', undefined, 'worker-3')!.spec).toMatchObject({ podCIDR: '10.244.3.0/24', podCIDRs: ['10.244.3.0/24'] });
    t.delete('nodes', undefined, 'worker-1');
    t.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-4' } });
    expect(t.get('nodes', undefined, 'worker-4')!.spec.podCIDR).toBe('10.244.1.0/24');
  });

  it('keeps a pod CIDR the node already has and leaves bootstrap nodes alone', () => {
    const t = createTestCluster({ controllers: [nodeIpamController()] });
    const rv = t.cluster.store.resourceVersion;
    t.settle();
    expect(t.cluster.store.resourceVersion).toBe(rv);
    t.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'edge' }, spec: { podCIDR: '10.244.9.0/24' } });
    expect(t.get('nodes', undefined, 'edge')!.spec.podCIDR).toBe('10.244.9.0/24');
  });
});
