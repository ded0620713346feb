import { describe, it, expect } from 'vitest';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';
import { startLoad } from '../../traffic/load-state.js';
import { LOAD_CONTROLLER, LOAD_KEY } from './load-generator.js';

const HPAS = 'horizontalpodautoscalers.autoscaling';

/** The Kubernetes docs' HorizontalPodAutoscaler walkthrough, with every controller running. */
function phpApache(t: TestCluster): void {
  t.create('deployments.apps', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'php-apache', namespace: 'default' },
    spec: {
      selector: { matchLabels: { run: 'php-apache' } },
      template: {
        metadata: { labels: { run: 'php-apache' } },
        spec: { containers: [{ name: 'php-apache', image: 'registry.k8s.io/hpa-example', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '500m' }, requests: { cpu: '200m' } } }] },
      },
    },
  });
  t.create('services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'php-apache', namespace: 'default', labels: { run: 'php-apache' } }, spec: { ports: [{ port: 80 }], selector: { run: 'php-apache' } } });
}

const replicas = (t: TestCluster) => t.get('deployments.apps', 'default', 'php-apache')!.spec.replicas;
const ready = (t: TestCluster) => t.list('pods', 'default').filter((p) => p.metadata.labels?.run === 'php-apache' && p.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')).length;

describe('HPA walkthrough (all controllers)', () => {
  it('scales php-apache up under load and back to one after the load stops and the window passes', () => {
    const t = createTestCluster();
    phpApache(t);
    t.advance(60_000);
    expect(ready(t)).toBe(1);
    const eps = t.get('endpoints', 'default', 'php-apache')!;
    expect(eps.subsets[0].addresses).toHaveLength(1);
    // kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10
    t.create(HPAS, {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'php-apache', namespace: 'default' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'php-apache' }, minReplicas: 1, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
    });
    t.advance(30_000);
    expect(t.get(HPAS, 'default', 'php-apache')!.status.currentMetrics[0].resource.current.averageUtilization).toBe(0);

    // The docs' busybox wget loop, as a load generator: ~60 requests per second for ten minutes.
    t.cluster.write(() => startLoad(t.cluster, { target: 'svc/php-apache', namespace: 'default', rps: 60, durationSeconds: 600, path: '/' }));
    t.engine.enqueue(LOAD_CONTROLLER, LOAD_KEY);
    t.advance(5 * 60_000);
    const peak = replicas(t);
    expect(peak).toBeGreaterThanOrEqual(5);
    expect(peak).toBeLessThanOrEqual(10);
    expect(ready(t)).toBe(peak);
    const events = t.events('php-apache').filter((e) => e.reason === 'SuccessfulRescale');
    expect(events[0].message).toMatch(/^New size: \d+; reason: cpu resource utilization \(percentage of request\) above target$/);
    expect(t.events('php-apache').some((e) => e.reason === 'ScalingReplicaSet')).toBe(true);
    const util = t.get(HPAS, 'default', 'php-apache')!.status.currentMetrics[0].resource.current.averageUtilization;
    expect(util).toBeLessThanOrEqual(60);
    expect(util).toBeGreaterThan(25);

    // Load ends at 10 minutes; the 5 minute stabilization window holds the size, then it shrinks to 1.
    t.advance(5 * 60_000 + 30_000);
    expect(replicas(t)).toBe(peak);
    t.advance(5 * 60_000);
    expect(replicas(t)).toBe(1);
    expect(t.events('php-apache').filter((e) => e.reason === 'SuccessfulRescale').at(-1)!.message).toBe('New size: 1; reason: All metrics below target');
    t.advance(60_000);
    expect(ready(t)).toBe(1);
    expect(t.engine.errors).toEqual([]);
  });

  it('leaves a freshly bootstrapped cluster converged: only kube-dns endpoints appear, no timers of ours', () => {
    const t = createTestCluster();
    const before = new Map(t.list('pods').map((p) => [p.metadata.name, p.metadata.resourceVersion]));
    t.advance(60_000);
    expect(t.get('endpoints', 'kube-system', 'kube-dns')!.subsets[0].addresses).toHaveLength(2);
    expect(t.list('endpointslices.discovery.k8s.io', 'kube-system')).toHaveLength(1);
    expect(t.get('deployments.apps', 'kube-system', 'coredns')!.spec.replicas).toBe(2);
    expect(t.list('pods').map((p) => p.metadata.name).sort()).toEqual([...before.keys()].sort());
    const rv = t.cluster.store.resourceVersion;
    t.settle();
    expect(t.cluster.store.resourceVersion).toBe(rv);
    expect(t.engine.errors).toEqual([]);
  });

  it('replays identically: same seed and calls give the same replicas and events', () => {
    const run = () => {
      const t = createTestCluster({ seed: 7 });
      phpApache(t);
      t.advance(30_000);
      t.create(HPAS, {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'php-apache', namespace: 'default' },
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'php-apache' }, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
      });
      t.cluster.write(() => startLoad(t.cluster, { target: 'svc/php-apache', namespace: 'default', rps: 40, durationSeconds: 120, path: '/' }));
      t.engine.enqueue(LOAD_CONTROLLER, LOAD_KEY);
      t.advance(150_000);
      return { replicas: replicas(t), events: t.events().map((e) => `${e.reason}:${e.message}:${e.count}`), load: JSON.stringify(t.cluster.sim.load) };
    };
    const first = run();
    expect(first.replicas).toBeGreaterThan(1);
    expect(run()).toEqual(first);
  });
});
