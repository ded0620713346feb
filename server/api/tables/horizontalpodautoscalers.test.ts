import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { hpaTargets, horizontalPodAutoscalerPrinter } from './horizontalpodautoscalers.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ref = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' };
const cpu = (utilization: number) => ({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: utilization } } });

function hpa(apiVersion: string, spec: Record<string, unknown>, status: Record<string, unknown> = {}): KObject {
  return {
    apiVersion,
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web', namespace: 'default', creationTimestamp: new Date(NOW - 95_000).toISOString() },
    spec: { scaleTargetRef: ref, minReplicas: 1, maxReplicas: 10, ...spec },
    status,
  };
}

describe('hpa table', () => {
  it('prints <unknown> before the first metrics, then the current utilization', () => {
    const fresh = hpa('autoscaling/v2', { metrics: [cpu(50)] });
    expect(horizontalPodAutoscalerPrinter.cells(fresh, { now: NOW })).toEqual(['web', 'Deployment/web', 'cpu: <unknown>/50%', '1', 10, 0, '95s']);
    const measured = hpa('autoscaling/v2', { metrics: [cpu(50)] }, {
      currentReplicas: 3,
      desiredReplicas: 3,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 0, averageValue: '1m' } } }],
    });
    expect(horizontalPodAutoscalerPrinter.cells(measured, { now: NOW }).slice(2, 6)).toEqual(['cpu: 0%/50%', '1', 10, 3]);
  });

  it('reads autoscaling/v1 objects through their CPU target', () => {
    expect(hpaTargets(hpa('autoscaling/v1', { targetCPUUtilizationPercentage: 80 }, { currentCPUUtilizationPercentage: 42 }))).toBe('cpu: 42%/80%');
    expect(hpaTargets(hpa('autoscaling/v1', {}))).toBe('<none>');
  });

  it('formats value targets and truncates after two metrics', () => {
    const spec = {
      minReplicas: undefined,
      metrics: [
        { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '1024Mi' } } },
        { type: 'Pods', pods: { metric: { name: 'rps' }, target: { type: 'AverageValue', averageValue: '100' } } },
        cpu(70),
      ],
    };
    const h = hpa('autoscaling/v2', spec, { currentMetrics: [{ type: 'Resource', resource: { name: 'memory', current: { averageValue: '512Mi' } } }] });
    expect(hpaTargets(h)).toBe('memory: 512Mi/1Gi, <unknown>/100 + 1 more...');
    expect(horizontalPodAutoscalerPrinter.cells(h, { now: NOW })[3]).toBe('<unset>');
  });
});
