import { describe, it, expect } from 'vitest';
import { ClusterManager } from '../cluster-manager.js';
import { memoryStorage } from '../../storage/memory-storage.js';
import { systemClient } from '../registry/system-client.js';
import { schedulingRoutes } from './scheduling.js';

async function setup() {
  const manager = new ClusterManager(memoryStorage(), { now: () => Date.parse('2026-01-01T00:00:00Z') });
  const { cluster, editKey } = await manager.create({ seed: 1 });
  const app = schedulingRoutes({ manager, tickerOf: () => undefined });
  systemClient(cluster).create('pods', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'big', namespace: 'default' },
    spec: { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '5' } } }] },
  });
  return { app, editKey };
}

describe('GET /api/playgrounds/:key/scheduling/:namespace/:pod', () => {
  it('explains why a pod is pending, node by node and plugin by plugin', async () => {
    const { app, editKey } = await setup();
    const res = await app.request(`/api/playgrounds/${editKey}/scheduling/default/big`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.pod).toBe('big');
    expect(body.scheduled).toBe(false);
    expect(body.nodeName).toBeUndefined();
    expect(body.message).toMatch(/^0\/3 nodes are available: 1 node\(s\) had untolerated taint \{node-role.kubernetes.io\/control-plane: \}, 2 Insufficient cpu\. preemption: /);
    const worker = body.nodes.find((n: { node: string }) => n.node === 'worker-1');
    expect(worker.plugins).toContainEqual({ plugin: 'NodeResourcesFit', passed: false, reason: 'Insufficient cpu' });
    expect(worker.plugins).toContainEqual({ plugin: 'NodeUnschedulable', passed: true, reason: '' });
  });

  it('shows where a running pod sits', async () => {
    const { app, editKey } = await setup();
    const res = await app.request(`/api/playgrounds/${editKey}/scheduling/kube-system/etcd-control-plane`);
    const body = await res.json();
    expect(body).toMatchObject({ scheduled: true, nodeName: 'control-plane', message: '' });
  });

  it('answers 404 JSON for a missing pod or an unknown playground', async () => {
    const { app, editKey } = await setup();
    const missing = await app.request(`/api/playgrounds/${editKey}/scheduling/default/nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
    const unknown = await app.request('/api/playgrounds/not-a-real-key-000000000000000000000/scheduling/default/big');
    expect(unknown.status).toBe(404);
  });
});
