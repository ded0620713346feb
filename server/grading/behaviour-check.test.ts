import { describe, expect, it } from 'vitest';
import type { ExerciseCheck } from '../../shared/exercises/schema.js';
import type { KObject } from '../../shared/k8s/types.js';
import { createTestCluster, type TestCluster } from '../sim/testing/harness.js';
import { faultState } from '../sim/faults-state.js';
import { behaviourCheck } from './behaviour-check.js';

type Behaviour = Extract<ExerciseCheck, { type: 'behaviour' }>;

function deployment(replicas: number, spread: boolean): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [{ name: 'nginx', image: 'nginx:1.27' }],
          ...(spread ? { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', nodeTaintsPolicy: 'Honor', labelSelector: { matchLabels: { app: 'web' } } }] } : {}),
        },
      },
    },
  };
}

function running(replicas: number, spread: boolean): TestCluster {
  const t = createTestCluster({ template: 'multi-zone' });
  t.create('deployments.apps', deployment(replicas, spread));
  t.advance(60_000);
  expect(t.get('deployments.apps', 'default', 'web')?.status?.availableReplicas).toBe(replicas);
  return t;
}

const survives = (target: string): Behaviour => ({
  id: 'survives',
  name: 'survives the loss of a worker',
  type: 'behaviour',
  fault: { type: 'stop-kubelet', target },
  advanceSeconds: 120,
  select: { kind: 'Deployment', namespace: 'default', name: 'web' },
  assert: [{ path: 'status.availableReplicas', op: '>=', value: 2 }],
});

describe('behaviour checks', () => {
  it('a 3-replica Deployment spread over workers survives the loss of any one worker', () => {
    const t = running(3, true);
    const v = behaviourCheck(survives('any-worker'), t.cluster);
    expect(v.passed, v.message).toBe(true);
    expect(v.message).toMatch(/^recovered from stop-kubelet of worker-\d within 120s$/);
  });

  it('passes for each worker in turn when the target is each-worker', () => {
    const t = running(3, true);
    const v = behaviourCheck(survives('each-worker'), t.cluster);
    expect(v.passed, v.message).toBe(true);
    expect(v.message).toContain('worker-1, worker-2, worker-3, worker-4, worker-5');
  });

  it('a 1-replica Deployment fails: its only Pod is lost with its node (availableReplicas is omitted at 0)', () => {
    const t = running(1, false);
    const node = t.list('pods', 'default').find((p) => p.metadata.labels?.app === 'web')!.spec!.nodeName;
    const v = behaviourCheck(survives('any-worker'), t.cluster);
    expect(v.passed).toBe(false);
    expect(v.message).toBe(`after stop-kubelet ${node} and 120s: web: status.availableReplicas >= 2 (is <none>)`);
  });

  it('breaks only a copy: the learner cluster keeps its objects, clock and healthy nodes', () => {
    const t = running(3, true);
    const rv = t.cluster.store.resourceVersion;
    const now = t.now();
    behaviourCheck(survives('each-worker'), t.cluster);
    expect(t.cluster.store.resourceVersion).toBe(rv);
    expect(t.now()).toBe(now);
    expect(JSON.stringify(faultState(t.cluster))).not.toContain('kubeletStopped');
    expect(t.list('nodes').every((n) => n.status?.conditions?.find((c: { type: string }) => c.type === 'Ready')?.status === 'True')).toBe(true);
  });
});
