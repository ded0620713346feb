import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { endpointSliceController, MANAGED_BY, MANAGED_BY_LABEL, SERVICE_NAME_LABEL } from './endpoint-slice.js';
import { runningPod, service, setPodState } from './test-fixtures.js';

const SLICES = 'endpointslices.discovery.k8s.io';
const make = () => createTestCluster({ controllers: [endpointSliceController()] });
const slicesOf = (t: ReturnType<typeof make>, svc: string) =>
  t.list(SLICES, 'default').filter((s) => s.metadata.labels?.[SERVICE_NAME_LABEL] === svc);

describe('endpointslice controller', () => {
  it('creates a <service>-xxxxx slice with labels, owner, ports and endpoint conditions', () => {
    const t = make();
    t.cluster.write(() => {
      const node = t.cluster.store.get('nodes', undefined, 'worker-1')!;
      t.cluster.store.put('nodes', { ...node, metadata: { ...node.metadata, labels: { ...node.metadata.labels, 'topology.kubernetes.io/zone': 'zone-a' } } });
    });
    runningPod(t, 'web-a', { ip: '10.244.1.5', node: 'worker-1' });
    runningPod(t, 'web-b', { ip: '10.244.2.5', node: 'worker-2', ready: false });
    const svc = service(t, 'web', { ports: [{ name: 'http', port: 80, targetPort: 80 }] });
    const [slice] = slicesOf(t, 'web');
    expect(slice.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
    expect(slice.metadata.labels).toMatchObject({ [SERVICE_NAME_LABEL]: 'web', [MANAGED_BY_LABEL]: MANAGED_BY });
    expect(slice.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(slice.addressType).toBe('IPv4');
    expect(slice.ports).toEqual([{ name: 'http', port: 80, protocol: 'TCP' }]);
    expect(slice.endpoints).toEqual([
      { addresses: ['10.244.1.5'], conditions: { ready: true, serving: true, terminating: false }, nodeName: 'worker-1', zone: 'zone-a', targetRef: expect.objectContaining({ kind: 'Pod', name: 'web-a' }) },
      { addresses: ['10.244.2.5'], conditions: { ready: false, serving: false, terminating: false }, nodeName: 'worker-2', targetRef: expect.objectContaining({ name: 'web-b' }) },
    ]);
  });

  it('keeps the slice name while endpoints change and marks terminating pods', () => {
    const t = make();
    const pod = runningPod(t, 'web-a', { ip: '10.244.1.5' });
    service(t, 'web');
    const name = slicesOf(t, 'web')[0].metadata.name;
    setPodState(t, pod, { ip: '10.244.1.5', terminating: true });
    const [slice] = slicesOf(t, 'web');
    expect(slice.metadata.name).toBe(name);
    expect(slice.endpoints[0].conditions).toEqual({ ready: false, serving: true, terminating: true });
  });

  it('keeps a placeholder slice without endpoints for a Service with no pods, and recreates a deleted slice', () => {
    const t = make();
    service(t, 'web');
    const [placeholder] = slicesOf(t, 'web');
    expect(placeholder.endpoints).toEqual([]);
    expect(placeholder.ports).toBeUndefined();
    runningPod(t, 'web-a', { ip: '10.244.1.5' });
    expect(slicesOf(t, 'web')).toHaveLength(1);
    expect(slicesOf(t, 'web')[0].ports).toEqual([{ name: '', port: 80, protocol: 'TCP' }]);
    t.delete(SLICES, 'default', slicesOf(t, 'web')[0].metadata.name!);
    expect(slicesOf(t, 'web')[0].endpoints).toHaveLength(1);
    t.delete('services', 'default', 'web');
    expect(slicesOf(t, 'web')).toEqual([]);
  });

  it('splits endpoints exposing different target ports into separate slices', () => {
    const t = make();
    runningPod(t, 'web-a', { ip: '10.244.1.5', ports: [{ name: 'http', containerPort: 8080 }] });
    runningPod(t, 'web-b', { ip: '10.244.1.6', ports: [{ name: 'http', containerPort: 9090 }] });
    service(t, 'web', { ports: [{ port: 80, targetPort: 'http' }] });
    const ports = slicesOf(t, 'web').map((s) => s.ports[0].port).sort();
    expect(ports).toEqual([8080, 9090]);
    expect(t.engine.errors).toEqual([]);
  });

  it('gives kube-dns a slice on a fresh cluster and leaves the kubernetes slice alone', () => {
    const t = make();
    const dns = t.list(SLICES, 'kube-system').filter((s) => s.metadata.labels?.[SERVICE_NAME_LABEL] === 'kube-dns');
    expect(dns).toHaveLength(1);
    expect(dns[0].endpoints).toHaveLength(2);
    expect(t.get(SLICES, 'default', 'kubernetes')!.metadata.resourceVersion).toBeDefined();
    expect(slicesOf(t, 'kubernetes')).toHaveLength(1);
  });
});
