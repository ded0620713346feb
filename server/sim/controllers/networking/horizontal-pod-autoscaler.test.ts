import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';
import { setPodTraffic } from '../../traffic-state.js';
import { horizontalPodAutoscalerController, SYNC_PERIOD_MS } from './horizontal-pod-autoscaler.js';
import { runningPod } from './test-fixtures.js';

const HPAS = 'horizontalpodautoscalers.autoscaling';
const make = () => createTestCluster({ controllers: [horizontalPodAutoscalerController()] });

function deployment(t: TestCluster, replicas: number): KObject {
  return t.create('deployments.apps', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'php-apache', namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { run: 'php-apache' } },
      template: { metadata: { labels: { run: 'php-apache' } }, spec: { containers: [{ name: 'php-apache', image: 'registry.k8s.io/hpa-example', resources: { requests: { cpu: '200m' } } }] } },
    },
  });
}

function pods(t: TestCluster, n: number, from = 0): void {
  for (let i = from; i < from + n; i++) {
    runningPod(t, `php-apache-${i}`, { labels: { run: 'php-apache' }, image: 'registry.k8s.io/hpa-example', cpuRequest: '200m', ip: `10.244.1.${10 + i}` });
  }
}

function hpa(t: TestCluster, extra: Record<string, unknown> = {}): KObject {
  return t.create(HPAS, {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'php-apache', namespace: 'default' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'php-apache' },
      minReplicas: 1,
      maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
      ...extra,
    },
  });
}

const replicas = (t: TestCluster) => t.get('deployments.apps', 'default', 'php-apache')!.spec.replicas;
const condition = (t: TestCluster, type: string) => t.get(HPAS, 'default', 'php-apache')!.status.conditions.find((c: { type: string }) => c.type === type);

describe('horizontal pod autoscaler', () => {
  it('reports utilization and stays put while idle', () => {
    const t = make();
    deployment(t, 1);
    pods(t, 1);
    t.advance(60_000);
    hpa(t);
    const status = t.get(HPAS, 'default', 'php-apache')!.status;
    expect(status.currentReplicas).toBe(1);
    expect(status.desiredReplicas).toBe(1);
    expect(status.currentMetrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 0, averageValue: expect.stringMatching(/^\d+m$/) } } }]);
    // The first recommendation (the current size) holds for the 5 minute window...
    expect(condition(t, 'AbleToScale')).toMatchObject({ status: 'True', reason: 'ScaleDownStabilized' });
    expect(condition(t, 'ScalingActive')).toMatchObject({ status: 'True', reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' });
    t.advance(6 * 60_000);
    // ...then an idle target sits at minReplicas, as `kubectl describe hpa` shows on a quiet cluster.
    expect(condition(t, 'AbleToScale')).toMatchObject({ status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' });
    expect(condition(t, 'ScalingLimited')).toMatchObject({ status: 'True', reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' });
    expect(replicas(t)).toBe(1);
    const rv = t.get(HPAS, 'default', 'php-apache')!.metadata.resourceVersion;
    t.advance(5 * SYNC_PERIOD_MS);
    expect(t.get(HPAS, 'default', 'php-apache')!.metadata.resourceVersion).toBe(rv);
    expect(t.events('php-apache')).toEqual([]);
  });

  it('scales up by usage/target with the 2x-or-4 limit, then down only after the stabilization window', () => {
    const t = make();
    deployment(t, 1);
    pods(t, 1);
    t.advance(60_000);
    // 50 req/s × 10m per request ≈ 500m on a 200m request: 250% against a 50% target.
    setPodTraffic(t.cluster, 'default', 'php-apache-0', { rps: 50, requests: 0 });
    hpa(t);
    expect(replicas(t)).toBe(4);
    expect(t.events('php-apache')).toEqual([{ reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', type: 'Normal', count: 1 }]);
    expect(condition(t, 'AbleToScale')).toMatchObject({ reason: 'SucceededRescale', message: 'the HPA controller was able to update the target scale to 4' });
    expect(condition(t, 'ScalingLimited')).toMatchObject({ status: 'True', reason: 'ScaleUpLimit' });
    expect(t.get(HPAS, 'default', 'php-apache')!.status.lastScaleTime).toBeDefined();
    pods(t, 3, 1);
    for (let i = 0; i < 4; i++) setPodTraffic(t.cluster, 'default', `php-apache-${i}`, { rps: 0, requests: 0 });
    // The first proposal (5, limited to 4) is still within the window and wins over today's idle reading.
    t.advance(SYNC_PERIOD_MS);
    expect(replicas(t)).toBe(5);
    pods(t, 1, 4);
    setPodTraffic(t.cluster, 'default', 'php-apache-4', { rps: 0, requests: 0 });
    t.advance(SYNC_PERIOD_MS);
    expect(replicas(t)).toBe(5);
    expect(condition(t, 'AbleToScale')).toMatchObject({ reason: 'ScaleDownStabilized' });
    t.advance(5 * 60_000);
    expect(replicas(t)).toBe(1);
    expect(t.events('php-apache').at(-1)!.message).toBe('New size: 1; reason: All metrics below target');
  });

  it('follows behavior policies and maxReplicas', () => {
    const t = make();
    deployment(t, 2);
    pods(t, 2);
    t.advance(60_000);
    for (let i = 0; i < 2; i++) setPodTraffic(t.cluster, 'default', `php-apache-${i}`, { rps: 100, requests: 0 });
    hpa(t, { maxReplicas: 5, behavior: { scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } } });
    expect(replicas(t)).toBe(3);
    expect(condition(t, 'ScalingLimited')).toMatchObject({ status: 'True', reason: 'ScaleUpLimit' });
    t.advance(SYNC_PERIOD_MS);
    expect(replicas(t)).toBe(3);
    t.advance(60_000);
    expect(replicas(t)).toBe(4);
  });

  it('explains missing requests, missing targets and v1 objects', () => {
    const t = make();
    deployment(t, 1);
    runningPod(t, 'php-apache-x', { labels: { run: 'php-apache' }, ip: '10.244.1.20' });
    hpa(t);
    expect(condition(t, 'ScalingActive')).toMatchObject({ status: 'False', reason: 'FailedGetResourceMetric', message: 'the HPA was unable to compute the replica count: missing request for cpu in container app of Pod php-apache-x' });
    expect(t.events('php-apache').map((e) => e.reason)).toEqual(['FailedGetResourceMetric', 'FailedComputeMetricsReplicas']);
    expect(t.events('php-apache')[1].message).toBe('invalid metrics (1 invalid out of 1), first error is: failed to get cpu utilization: missing request for cpu in container app of Pod php-apache-x');

    // autoscaling/v1 objects are stored as written (kubectl autoscale before v2, or v1 manifests).
    const v1 = (name: string, target: string): KObject => ({
      apiVersion: 'autoscaling/v1',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: '2026-01-01T00:00:00Z' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target }, minReplicas: 1, maxReplicas: 3, targetCPUUtilizationPercentage: 50 },
    });
    t.cluster.write(() => t.cluster.store.put(HPAS, v1('gone', 'nope')));
    t.settle();
    expect(t.engine.errors).toEqual([]);
    expect(t.events('gone')).toEqual([{ reason: 'FailedGetScale', message: 'deployments.apps "nope" not found', type: 'Warning', count: 1 }]);
    const other = createTestCluster({ controllers: [horizontalPodAutoscalerController()] });
    deployment(other, 1);
    pods(other, 1);
    other.advance(60_000);
    setPodTraffic(other.cluster, 'default', 'php-apache-0', { rps: 15, requests: 0 });
    other.cluster.write(() => other.cluster.store.put(HPAS, v1('php-apache', 'php-apache')));
    other.settle();
    const status = other.get(HPAS, 'default', 'php-apache')!.status;
    expect(status).toEqual({ currentReplicas: 1, desiredReplicas: 2, currentCPUUtilizationPercentage: expect.any(Number), lastScaleTime: expect.any(String) });
    // 15 req/s × 10m per request on a 200m request: about 75%, give or take the metrics' jitter.
    expect(Math.abs(status.currentCPUUtilizationPercentage - 75)).toBeLessThanOrEqual(5);
  });

  it('syncs every 15 s only while an HPA exists', () => {
    const t = make();
    deployment(t, 1);
    pods(t, 1);
    expect(t.engine.nextTimer()).toBeUndefined();
    hpa(t);
    expect(t.engine.nextTimer()).toBe(t.now() + SYNC_PERIOD_MS);
    t.advance(SYNC_PERIOD_MS * 3);
    expect(t.engine.nextTimer()).toBe(t.now() + SYNC_PERIOD_MS);
    t.delete(HPAS, 'default', 'php-apache');
    t.advance(SYNC_PERIOD_MS);
    expect(t.engine.nextTimer()).toBeUndefined();
  });
});
