import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { hpaToV1, hpaToV2, toServedVersion, toStorageVersion } from './hpa-convert.js';

const REF = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' };
const V1_INFO = { group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers' };
const V2_INFO = { group: 'autoscaling', version: 'v2', resource: 'horizontalpodautoscalers' };

const v2: KObject = {
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    scaleTargetRef: REF,
    minReplicas: 1,
    maxReplicas: 4,
    metrics: [
      { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } },
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 75 } } },
    ],
    behavior: { scaleUp: { stabilizationWindowSeconds: 10 } },
  },
  status: {
    currentReplicas: 2,
    desiredReplicas: 2,
    currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 33 } } }],
    conditions: [{ type: 'ScalingActive', status: 'True' }],
  },
};

describe('HPA conversion', () => {
  it('shows a v2 object as v1 with the CPU target and status, the rest in annotations', () => {
    const v1 = hpaToV1(v2);
    expect(v1.apiVersion).toBe('autoscaling/v1');
    expect(v1.spec).toEqual({ scaleTargetRef: REF, minReplicas: 1, maxReplicas: 4, targetCPUUtilizationPercentage: 75 });
    expect(v1.status).toEqual({ currentReplicas: 2, desiredReplicas: 2, currentCPUUtilizationPercentage: 33 });
    expect(Object.keys(v1.metadata.annotations ?? {}).sort()).toEqual([
      'autoscaling.alpha.kubernetes.io/behavior',
      'autoscaling.alpha.kubernetes.io/conditions',
      'autoscaling.alpha.kubernetes.io/metrics',
    ]);
  });

  it('round-trips v2 → v1 → v2 without loss', () => {
    const back = hpaToV2(hpaToV1(v2));
    expect(back.spec.metrics).toHaveLength(2);
    expect(back.spec.metrics).toEqual(expect.arrayContaining(v2.spec.metrics));
    expect(back.spec.behavior).toEqual(v2.spec.behavior);
    expect(back.status).toEqual(v2.status);
    expect(back.metadata.annotations).toBeUndefined();
  });

  it('converts only autoscaling/v1 HPAs, at the right edges', () => {
    expect(toServedVersion(V2_INFO, v2)).toBe(v2);
    expect(toServedVersion(V1_INFO, v2).apiVersion).toBe('autoscaling/v1');
    const written = { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'x' }, spec: { scaleTargetRef: REF, maxReplicas: 2 } };
    const stored = toStorageVersion(V1_INFO, written);
    expect(stored.apiVersion).toBe('autoscaling/v2');
    expect(stored.spec).toEqual({ scaleTargetRef: REF, maxReplicas: 2 });
    expect(toStorageVersion({ group: '', version: 'v1', resource: 'pods' }, written)).toBe(written);
  });
});
