import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { ingressController, STATUS_SYNC_MS } from './ingress.js';

const INGRESSES = 'ingresses.networking.k8s.io';
const make = () => createTestCluster({ controllers: [ingressController()] });
const ingress = (name: string, spec: object = {}) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name, namespace: 'default' },
  spec: { rules: [{ host: 'hello-world.example', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 8080 } } } }] } }], ...spec },
});

describe('ingress-nginx simulation', () => {
  it('announces a sync, then publishes the worker address', () => {
    const t = make();
    t.create(INGRESSES, ingress('example', { ingressClassName: 'nginx' }));
    expect(t.events('example').map((e) => e.reason)).toEqual(['Sync']);
    expect(t.get(INGRESSES, 'default', 'example')!.status?.loadBalancer?.ingress).toBeUndefined();
    t.advance(STATUS_SYNC_MS);
    const worker = t.get('nodes', undefined, 'worker-1')!.status.addresses.find((a: { type: string }) => a.type === 'InternalIP').address;
    expect(t.get(INGRESSES, 'default', 'example')!.status.loadBalancer.ingress).toEqual([{ ip: worker }]);
    expect(t.events('example')).toEqual([{ reason: 'Sync', message: 'Scheduled for sync', type: 'Normal', count: 2 }]);
    const [ev] = t.cluster.store.list('events').filter((e) => e.involvedObject.name === 'example');
    expect(ev.source.component).toBe('nginx-ingress-controller');
    t.advance(60_000);
    expect(t.events('example')[0].count).toBe(2);
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('syncs again when the spec changes, and ignores other ingress classes', () => {
    const t = make();
    t.create(INGRESSES, ingress('example'));
    t.advance(STATUS_SYNC_MS);
    const current = t.get(INGRESSES, 'default', 'example')!;
    t.update(INGRESSES, { ...current, spec: { ...current.spec, rules: [{ host: 'other.example', http: current.spec.rules[0].http }] } });
    expect(t.events('example')[0].count).toBe(3);
    t.create(INGRESSES, ingress('traefik', { ingressClassName: 'traefik' }));
    t.advance(STATUS_SYNC_MS);
    expect(t.events('traefik')).toEqual([]);
    expect(t.get(INGRESSES, 'default', 'traefik')!.status?.loadBalancer?.ingress).toBeUndefined();
  });
});
