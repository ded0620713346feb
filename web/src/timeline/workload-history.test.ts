import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { historyKey, WorkloadHistory } from './workload-history.svelte.js';

const deploy = (replicas: number, ready: number): KObject => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' }, spec: { replicas }, status: { readyReplicas: ready },
});

describe('WorkloadHistory', () => {
  it('records replicas and ready pods over simulated time, only when they change', () => {
    const h = new WorkloadHistory();
    h.record('deployments.apps', 'ADDED', deploy(3, 0), 0);
    h.record('deployments.apps', 'MODIFIED', deploy(3, 0), 1000);
    h.record('deployments.apps', 'MODIFIED', deploy(3, 2), 2000);
    h.record('deployments.apps', 'MODIFIED', deploy(3, 3), 3000);
    expect(h.get(historyKey('deployments.apps', 'default', 'web'))).toEqual([
      { t: 0, desired: 3, ready: 0, load: undefined, loadTarget: undefined },
      { t: 2000, desired: 3, ready: 2, load: undefined, loadTarget: undefined },
      { t: 3000, desired: 3, ready: 3, load: undefined, loadTarget: undefined },
    ]);
  });

  it('adds HPA load to the workload it scales', () => {
    const h = new WorkloadHistory();
    h.record('deployments.apps', 'ADDED', deploy(2, 2), 0);
    const hpa: KObject = {
      apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web', namespace: 'default' },
      spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
      status: { currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 120 } } }] },
    };
    h.record('horizontalpodautoscalers.autoscaling', 'MODIFIED', hpa, 5000);
    h.record('deployments.apps', 'MODIFIED', deploy(5, 2), 6000);
    const s = h.get(historyKey('deployments.apps', 'default', 'web'));
    expect(s.at(-2)).toMatchObject({ t: 5000, desired: 2, load: 120, loadTarget: 50 });
    expect(s.at(-1)).toMatchObject({ t: 6000, desired: 5, load: 120 });
  });
});
