import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster } from '../../testing/harness.js';
import { replicaSetController } from './replica-set.js';
import { fakeKubelet } from './testing/fake-kubelet.js';
import { rankForDeletion } from './pod-ranking.js';

const RS = 'replicasets.apps';

function rs(name: string, replicas: number, extra: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: 'default' },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } }, ...extra },
  };
}

const podsOf = (t: ReturnType<typeof createTestCluster>, app: string) => t.list('pods', 'default').filter((p) => p.metadata.labels?.app === app && !p.metadata.deletionTimestamp);

describe('ReplicaSet controller', () => {
  it('creates owned pods named after the ReplicaSet with events', () => {
    const t = createTestCluster({ controllers: [replicaSetController()] });
    t.create(RS, rs('web', 3));
    const pods = podsOf(t, 'web');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'ReplicaSet', name: 'web', controller: true, blockOwnerDeletion: true })]);
      expect(p.spec.restartPolicy).toBe('Always');
    }
    expect(t.events('web').map((e) => `${e.reason} ${e.message}`).sort()).toEqual(pods.map((p) => `SuccessfulCreate Created pod: ${p.metadata.name}`).sort());
    expect(t.get(RS, 'default', 'web')!.status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, observedGeneration: 1 });
  });

  it('reports ready and available replicas, honouring minReadySeconds', () => {
    const t = createTestCluster({ controllers: [replicaSetController(), fakeKubelet()] });
    t.create(RS, rs('web', 2, { minReadySeconds: 10 }));
    t.advance(1000);
    expect(t.get(RS, 'default', 'web')!.status).toMatchObject({ replicas: 2, readyReplicas: 2 });
    expect(t.get(RS, 'default', 'web')!.status.availableReplicas).toBeUndefined();
    t.advance(10_000);
    expect(t.get(RS, 'default', 'web')!.status).toMatchObject({ replicas: 2, readyReplicas: 2, availableReplicas: 2 });
  });

  it('replaces a deleted pod and scales down with SuccessfulDelete', () => {
    const t = createTestCluster({ controllers: [replicaSetController(), fakeKubelet()] });
    t.create(RS, rs('web', 2));
    t.advance(2000);
    const victim = podsOf(t, 'web')[0].metadata.name!;
    t.delete('pods', 'default', victim);
    t.settle();
    const after = podsOf(t, 'web');
    expect(after).toHaveLength(2);
    expect(after.map((p) => p.metadata.name)).not.toContain(victim);
    const cur = t.get(RS, 'default', 'web')!;
    t.update(RS, { ...cur, spec: { ...cur.spec, replicas: 1 } });
    t.settle();
    expect(podsOf(t, 'web')).toHaveLength(1);
    expect(t.events('web').some((e) => e.reason === 'SuccessfulDelete' && /^Deleted pod: web-/.test(e.message))).toBe(true);
    expect(t.get(RS, 'default', 'web')!.status.observedGeneration).toBe(2);
  });

  it('adopts a matching orphan and releases a pod whose labels stop matching', () => {
    const t = createTestCluster({ controllers: [replicaSetController()] });
    t.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'stray', namespace: 'default', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    t.create(RS, rs('web', 2));
    expect(t.get('pods', 'default', 'stray')!.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'ReplicaSet', name: 'web' });
    expect(podsOf(t, 'web')).toHaveLength(2);
    const stray = t.get('pods', 'default', 'stray')!;
    t.update('pods', { ...stray, metadata: { ...stray.metadata, labels: { app: 'debug' } } });
    t.settle();
    expect(t.get('pods', 'default', 'stray')!.metadata.ownerReferences).toBeUndefined();
    expect(podsOf(t, 'web')).toHaveLength(2);
  });

  it('leaves the bootstrapped cluster untouched', () => {
    const before = createTestCluster({ controllers: [] });
    const t = createTestCluster({ controllers: [replicaSetController()] });
    expect(t.cluster.store.resourceVersion).toBe(before.cluster.store.resourceVersion);
  });
});

describe('deletion ranking', () => {
  const pod = (name: string, extra: { node?: string; phase?: string; ready?: boolean; restarts?: number }): KObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, uid: name, creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: extra.node ? { nodeName: extra.node } : {},
    status: {
      phase: extra.phase ?? 'Pending',
      conditions: [{ type: 'Ready', status: extra.ready ? 'True' : 'False', lastTransitionTime: '2026-01-01T00:00:00Z' }],
      containerStatuses: [{ restartCount: extra.restarts ?? 0 }],
    },
  });
  it('prefers unscheduled, pending, not ready, restarting pods', () => {
    const now = Date.parse('2026-01-01T01:00:00Z');
    const order = rankForDeletion(
      [
        pod('ready', { node: 'a', phase: 'Running', ready: true }),
        pod('restarting', { node: 'b', phase: 'Running', ready: true, restarts: 3 }),
        pod('unscheduled', {}),
        pod('notready', { node: 'c', phase: 'Running' }),
        pod('pending', { node: 'd' }),
      ],
      now,
    ).map((p) => p.metadata.name);
    expect(order).toEqual(['unscheduled', 'pending', 'notready', 'restarting', 'ready']);
  });
});
