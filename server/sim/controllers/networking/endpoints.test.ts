import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { endpointsController } from './endpoints.js';
import { runningPod, service, setPodState } from './test-fixtures.js';

const make = () => createTestCluster({ controllers: [endpointsController()] });

describe('endpoints controller', () => {
  it('lists ready pods as addresses and unready ones as notReadyAddresses', () => {
    const t = make();
    runningPod(t, 'web-a', { ip: '10.244.1.5', node: 'worker-1' });
    runningPod(t, 'web-b', { ip: '10.244.2.7', node: 'worker-2', ready: false });
    runningPod(t, 'other', { ip: '10.244.1.9', labels: { app: 'db' } });
    service(t, 'web');
    const ep = t.get('endpoints', 'default', 'web')!;
    expect(ep.subsets).toHaveLength(1);
    const [subset] = ep.subsets;
    expect(subset.addresses).toEqual([{ ip: '10.244.1.5', nodeName: 'worker-1', targetRef: expect.objectContaining({ kind: 'Pod', name: 'web-a', namespace: 'default' }) }]);
    expect(subset.notReadyAddresses.map((a: { ip: string }) => a.ip)).toEqual(['10.244.2.7']);
    expect(subset.ports).toEqual([{ name: '', port: 80, protocol: 'TCP' }]);
  });

  it('follows pods becoming ready, changing labels and going away', () => {
    const t = make();
    service(t, 'web');
    expect(t.get('endpoints', 'default', 'web')!.subsets).toBeUndefined();
    const pod = runningPod(t, 'web-a', { ip: '10.244.1.5', ready: false });
    expect(t.get('endpoints', 'default', 'web')!.subsets[0].notReadyAddresses).toHaveLength(1);
    setPodState(t, pod, { ip: '10.244.1.5', ready: true });
    expect(t.get('endpoints', 'default', 'web')!.subsets[0].addresses[0].ip).toBe('10.244.1.5');
    const current = t.get('pods', 'default', 'web-a')!;
    t.cluster.write(() => t.cluster.store.put('pods', { ...current, metadata: { ...current.metadata, labels: { app: 'moved' } } }));
    t.settle();
    expect(t.get('endpoints', 'default', 'web')!.subsets).toBeUndefined();
  });

  it('resolves named target ports per pod and groups pods by the ports they expose', () => {
    const t = make();
    runningPod(t, 'web-a', { ip: '10.244.1.5', ports: [{ name: 'http', containerPort: 8080 }] });
    runningPod(t, 'web-b', { ip: '10.244.1.6', ports: [{ name: 'http', containerPort: 9090 }] });
    runningPod(t, 'web-c', { ip: '10.244.1.7' });
    service(t, 'web', { ports: [{ name: 'web', port: 80, targetPort: 'http' }] });
    const subsets = t.get('endpoints', 'default', 'web')!.subsets;
    expect(subsets.map((s: { ports: { port: number }[]; addresses: { ip: string }[] }) => [s.ports[0].port, s.addresses.map((a) => a.ip)])).toEqual([
      [8080, ['10.244.1.5']],
      [9090, ['10.244.1.6']],
    ]);
  });

  it('excludes terminating pods and leaves Services without a selector alone', () => {
    const t = make();
    const pod = runningPod(t, 'web-a', { ip: '10.244.1.5' });
    service(t, 'web');
    setPodState(t, pod, { ip: '10.244.1.5', terminating: true });
    expect(t.get('endpoints', 'default', 'web')!.subsets).toBeUndefined();
    t.create('services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext', namespace: 'default' }, spec: { ports: [{ port: 5432 }] } });
    t.create('endpoints', { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'ext', namespace: 'default' }, subsets: [{ addresses: [{ ip: '192.168.1.10' }], ports: [{ port: 5432 }] }] });
    t.advance(60_000);
    expect(t.get('endpoints', 'default', 'ext')!.subsets[0].addresses[0].ip).toBe('192.168.1.10');
  });

  it('creates kube-dns endpoints on a fresh cluster, leaves `kubernetes` alone and deletes endpoints with their Service', () => {
    const t = make();
    const dns = t.get('endpoints', 'kube-system', 'kube-dns')!;
    expect(dns.subsets[0].addresses.map((a: { ip: string }) => a.ip)).toEqual(['10.244.0.2', '10.244.0.3']);
    expect(dns.subsets[0].ports.map((p: { name: string }) => p.name)).toEqual(['dns', 'dns-tcp', 'metrics']);
    expect(t.get('endpoints', 'default', 'kubernetes')!.subsets[0].ports[0].port).toBe(6443);
    service(t, 'web');
    t.delete('services', 'default', 'web');
    expect(t.get('endpoints', 'default', 'web')).toBeUndefined();
  });
});
