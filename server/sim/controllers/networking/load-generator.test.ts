import { describe, it, expect } from 'vitest';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';
import { podTraffic } from '../../traffic-state.js';
import { describeLoad, loadState, startLoad, stopLoad, type StartLoad } from '../../traffic/load-state.js';
import { endpointSliceController } from './endpoint-slice.js';
import { LOAD_CONTROLLER, LOAD_KEY, loadGeneratorController } from './load-generator.js';
import { runningPod, service } from './test-fixtures.js';

const make = () => createTestCluster({ controllers: [endpointSliceController(), loadGeneratorController()] });

function start(t: TestCluster, spec: Partial<StartLoad>) {
  const gen = t.cluster.write(() => startLoad(t.cluster, { target: 'svc/web', namespace: 'default', rps: 10, durationSeconds: 60, path: '/', ...spec }));
  t.engine.enqueue(LOAD_CONTROLLER, LOAD_KEY);
  t.settle();
  return gen;
}
const stats = (t: TestCluster, id: string) => describeLoad(loadState(t.cluster).generators.find((g) => g.id === id)!);

describe('load generator and kube-proxy simulation', () => {
  it('spreads requests evenly over ready endpoints and publishes per-pod rates', () => {
    const t = make();
    runningPod(t, 'web-a', { ip: '10.244.1.5' });
    runningPod(t, 'web-b', { ip: '10.244.2.5' });
    runningPod(t, 'web-c', { ip: '10.244.2.6', ready: false });
    service(t, 'web');
    const gen = start(t, { rps: 10, durationSeconds: 30 });
    t.advance(10_000);
    expect(stats(t, gen.id)).toMatchObject({ state: 'Running', requests: 100, errors: 0, pods: { 'web-a': 50, 'web-b': 50 } });
    expect(podTraffic(t.cluster, 'default', 'web-a')).toEqual({ rps: 5, requests: 50 });
    expect(podTraffic(t.cluster, 'default', 'web-c').rps).toBe(0);
    t.advance(30_000);
    expect(stats(t, gen.id)).toMatchObject({ state: 'Completed', requests: 300 });
    expect(podTraffic(t.cluster, 'default', 'web-a')).toEqual({ rps: 0, requests: 150 });
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('counts requests to a Service without ready endpoints as errors, and stops on request', () => {
    const t = make();
    service(t, 'web');
    const gen = start(t, { rps: 4 });
    t.advance(5_000);
    expect(stats(t, gen.id)).toMatchObject({ requests: 20, errors: 20, lastError: 'no ready endpoints for service default/web' });
    t.cluster.write(() => stopLoad(t.cluster, gen.id));
    t.advance(5_000);
    expect(stats(t, gen.id)).toMatchObject({ state: 'Stopped', requests: 20 });
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('sticks to one pod under ClientIP session affinity', () => {
    const t = make();
    runningPod(t, 'web-a', { ip: '10.244.1.5' });
    runningPod(t, 'web-b', { ip: '10.244.2.5' });
    service(t, 'web', { sessionAffinity: 'ClientIP' });
    const gen = start(t, { rps: 10 });
    t.advance(10_000);
    expect(Object.values(stats(t, gen.id).pods)).toEqual([100]);
  });

  it('routes through an Ingress by host and path; unmatched requests fail with 404', () => {
    const t = make();
    runningPod(t, 'web-a', { ip: '10.244.1.5' });
    runningPod(t, 'api-a', { ip: '10.244.1.6', labels: { app: 'api' } });
    service(t, 'web');
    service(t, 'api', { selector: { app: 'api' } });
    t.create('ingresses.networking.k8s.io', {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'site', namespace: 'default' },
      spec: {
        rules: [
          {
            host: 'shop.example',
            http: {
              paths: [
                { path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } },
                { path: '/api', pathType: 'Prefix', backend: { service: { name: 'api', port: { number: 80 } } } },
              ],
            },
          },
        ],
      },
    });
    const api = start(t, { target: 'ing/site', path: '/api/items', rps: 2 });
    const web = start(t, { target: 'ing/site', path: '/', rps: 2 });
    const lost = start(t, { target: 'ing/site', host: 'other.example', rps: 2 });
    t.advance(5_000);
    expect(stats(t, api.id).pods).toEqual({ 'api-a': 10 });
    expect(stats(t, web.id).pods).toEqual({ 'web-a': 10 });
    expect(stats(t, lost.id)).toMatchObject({ errors: 10, lastError: '404 Not Found: no Ingress rule matches the request' });
  });

  it('is deterministic and arms no timer on an idle cluster', () => {
    const run = () => {
      const t = make();
      for (const n of ['a', 'b', 'c']) runningPod(t, `web-${n}`, { ip: `10.244.1.${n.charCodeAt(0)}` });
      service(t, 'web');
      const gen = start(t, { rps: 7.5 });
      t.advance(9_000);
      return stats(t, gen.id);
    };
    const first = run();
    expect(first.requests).toBe(67);
    expect(run()).toEqual(first);
    expect(make().engine.nextTimer()).toBeUndefined();
  });
});
