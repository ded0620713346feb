import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { setNodeFault } from '../../faults-state.js';
import { kubeletControllers } from './index.js';
import { NODE_STATUS } from './names.js';

describe('kubelet node status', () => {
  it('renews the node Lease every 10 s only while the cluster is watched', () => {
    const h = createTestCluster({ controllers: kubeletControllers() });
    const renew = () => h.get('leases.coordination.k8s.io', 'kube-node-lease', 'worker-1')!.spec.renewTime;
    const t0 = renew();
    h.advance(30_000);
    expect(renew()).toBe(t0);
    expect(h.engine.nextTimer()).toBeUndefined();
    const stop = h.cluster.hub.subscribe({ send: () => {} });
    h.engine.enqueue(NODE_STATUS, 'worker-1');
    h.advance(25_000);
    expect(renew()).not.toBe(t0);
    expect(Date.parse(renew())).toBeGreaterThanOrEqual(h.now() - 10_000);
    stop();
  });

  it('reports memory pressure and resumes a kubelet that comes back', () => {
    const h = createTestCluster({ controllers: kubeletControllers() });
    setNodeFault(h.cluster, 'worker-2', 'memoryExhausted', true);
    h.engine.enqueue(NODE_STATUS, 'worker-2');
    h.settle();
    const mem = h.get('nodes', undefined, 'worker-2')!.status.conditions.find((c: { type: string }) => c.type === 'MemoryPressure');
    expect(mem).toMatchObject({ status: 'True', reason: 'KubeletHasInsufficientMemory' });
    setNodeFault(h.cluster, 'worker-1', 'kubeletStopped', true);
    h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { nodeName: 'worker-1', containers: [{ name: 'nginx', image: 'nginx:1.25' }] } });
    h.advance(20_000);
    expect(h.get('pods', 'default', 'web')!.status.containerStatuses).toBeUndefined();
    setNodeFault(h.cluster, 'worker-1', 'kubeletStopped', false);
    h.advance(20_000);
    expect(h.get('pods', 'default', 'web')!.status.phase).toBe('Running');
  });
});
