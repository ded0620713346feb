import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { kubeletControllers } from './index.js';

describe('kubelet node registration', () => {
  it('fills in capacity, addresses, labels and a Lease for a node created through the API, then reports Ready', () => {
    const t = createTestCluster({ controllers: kubeletControllers() });
    t.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-3', labels: { disk: 'ssd' } } });
    const node = t.get('nodes', undefined, 'worker-3')!;
    expect(node.status.allocatable).toMatchObject({ cpu: '4', pods: '110' });
    expect(node.status.addresses).toEqual([
      { type: 'InternalIP', address: '172.18.0.5' },
      { type: 'Hostname', address: 'worker-3' },
    ]);
    expect(node.status.nodeInfo.kubeletVersion).toBe('v1.32.0');
    expect(node.metadata.labels).toMatchObject({ disk: 'ssd', 'kubernetes.io/hostname': 'worker-3', 'kubernetes.io/os': 'linux' });
    expect(node.status.conditions.find((c: { type: string }) => c.type === 'Ready')).toMatchObject({ status: 'True', reason: 'KubeletReady' });
    expect(t.get('leases.coordination.k8s.io', 'kube-node-lease', 'worker-3')!.spec.holderIdentity).toBe('worker-3');
  });

  it('with every controller: a pod can run on a node added through the API', () => {
    const t = createTestCluster();
    t.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-3' } });
    t.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { nodeName: 'worker-3', containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    t.advance(20_000);
    const pod = t.get('pods', 'default', 'web')!;
    expect(pod.status.phase).toBe('Running');
    expect(pod.status.podIP).toMatch(/^10\.244\.3\.\d+$/);
    expect(pod.status.hostIP).toBe('172.18.0.5');
    expect(t.engine.errors).toEqual([]);
  });
});
