import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { PROVISIONING_MS, serviceLoadBalancerController } from './service-load-balancer.js';
import { service } from './test-fixtures.js';

const make = () => createTestCluster({ controllers: [serviceLoadBalancerController()] });

describe('service controller (load balancers)', () => {
  it('assigns an external IP after provisioning, with Ensuring/Ensured events', () => {
    const t = make();
    service(t, 'web', { type: 'LoadBalancer' });
    expect(t.get('services', 'default', 'web')!.status.loadBalancer).toEqual({});
    expect(t.events('web').map((e) => e.reason)).toEqual(['EnsuringLoadBalancer']);
    t.advance(PROVISIONING_MS);
    expect(t.get('services', 'default', 'web')!.status.loadBalancer.ingress).toEqual([{ ip: '172.18.255.200', ipMode: 'VIP' }]);
    expect(t.events('web')).toEqual([
      { reason: 'EnsuringLoadBalancer', message: 'Ensuring load balancer', type: 'Normal', count: 1 },
      { reason: 'EnsuredLoadBalancer', message: 'Ensured load balancer', type: 'Normal', count: 1 },
    ]);
    const events = t.cluster.store.list('events').filter((e) => e.involvedObject.name === 'web');
    expect(events[0].source).toEqual({ component: 'service-controller' });
  });

  it('gives each Service its own address, reuses freed ones and honours loadBalancerIP', () => {
    const t = make();
    service(t, 'a', { type: 'LoadBalancer' });
    service(t, 'b', { type: 'LoadBalancer' });
    t.advance(PROVISIONING_MS);
    const ip = (n: string) => t.get('services', 'default', n)!.status.loadBalancer.ingress?.[0]?.ip;
    expect([ip('a'), ip('b')]).toEqual(['172.18.255.200', '172.18.255.201']);
    t.delete('services', 'default', 'a');
    service(t, 'c', { type: 'LoadBalancer', loadBalancerIP: '172.18.255.240' });
    service(t, 'd', { type: 'LoadBalancer' });
    t.advance(PROVISIONING_MS);
    expect([ip('b'), ip('c'), ip('d')]).toEqual(['172.18.255.201', '172.18.255.240', '172.18.255.200']);
  });

  it('releases the address when the Service stops being a LoadBalancer', () => {
    const t = make();
    const svc = service(t, 'web', { type: 'LoadBalancer' });
    t.advance(PROVISIONING_MS);
    const current = t.get('services', 'default', 'web')!;
    t.update('services', { ...current, spec: { ...current.spec, type: 'ClusterIP', allocateLoadBalancerNodePorts: undefined, externalTrafficPolicy: undefined, ports: svc.spec.ports.map((p: object) => ({ ...p, nodePort: undefined })) } });
    expect(t.get('services', 'default', 'web')!.status.loadBalancer).toEqual({});
    expect(t.events('web').map((e) => e.reason).slice(-2)).toEqual(['DeletingLoadBalancer', 'DeletedLoadBalancer']);
    t.advance(60_000);
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('leaves ClusterIP Services and a fresh cluster untouched', () => {
    const t = make();
    const before = t.cluster.store.resourceVersion;
    service(t, 'web');
    expect(t.cluster.store.resourceVersion).toBe(before + 1);
    expect(t.engine.nextTimer()).toBeUndefined();
  });
});
