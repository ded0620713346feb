import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';
import { systemClient } from '../../../api/registry/system-client.js';
import { garbageCollector } from './garbage-collector.js';
import { reachableKubelet } from './test-fixtures.js';

const RS = 'replicasets.apps';

/** A ReplicaSet (no ReplicaSet controller runs here) and two pods it owns. */
function family(t: TestCluster): KObject {
  const rs = t.create(RS, {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'nginx' }] } } },
  });
  for (const name of ['web-a', 'web-b']) {
    t.create('pods', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default', labels: { app: 'web' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs.metadata.uid!, controller: true, blockOwnerDeletion: true }] },
      spec: { nodeName: 'worker-1', containers: [{ name: 'app', image: 'nginx' }] },
    });
  }
  return rs;
}

function deleteWith(t: TestCluster, policy: 'Background' | 'Foreground' | 'Orphan') {
  systemClient(t.cluster).delete(RS, 'default', 'web', { propagationPolicy: policy });
  t.settle();
}

const setup = () => createTestCluster({ controllers: [garbageCollector(), reachableKubelet()] });

describe('garbage collector', () => {
  it('deletes dependents in the background once their owner is gone', () => {
    const t = setup();
    family(t);
    deleteWith(t, 'Background');
    expect(t.get(RS, 'default', 'web')).toBeUndefined();
    expect(t.list('pods', 'default').map((p) => !!p.metadata.deletionTimestamp)).toEqual([true, true]);
    t.advance(30_000);
    expect(t.list('pods', 'default')).toEqual([]);
  });

  it('keeps a foreground-deleted owner until its blocking dependents are gone', () => {
    const t = setup();
    family(t);
    deleteWith(t, 'Foreground');
    const owner = t.get(RS, 'default', 'web')!;
    expect(owner.metadata.finalizers).toEqual(['foregroundDeletion']);
    expect(owner.metadata.deletionTimestamp).toBeDefined();
    expect(t.list('pods', 'default').every((p) => p.metadata.deletionTimestamp)).toBe(true);
    t.advance(29_000);
    expect(t.get(RS, 'default', 'web')).toBeDefined();
    t.advance(1_000);
    expect(t.list('pods', 'default')).toEqual([]);
    expect(t.get(RS, 'default', 'web')).toBeUndefined();
  });

  it('orphans dependents: their ownerReferences go, then the owner', () => {
    const t = setup();
    family(t);
    deleteWith(t, 'Orphan');
    expect(t.get(RS, 'default', 'web')).toBeUndefined();
    const pods = t.list('pods', 'default');
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => !p.metadata.deletionTimestamp && p.metadata.ownerReferences === undefined)).toBe(true);
  });

  it('drops a dangling reference but keeps a dependent that still has another owner', () => {
    const t = setup();
    const rs = family(t);
    const cm = t.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'keeper', namespace: 'default' } });
    const pod = t.get('pods', 'default', 'web-a')!;
    t.update('pods', { ...pod, metadata: { ...pod.metadata, ownerReferences: [...pod.metadata.ownerReferences!, { apiVersion: 'v1', kind: 'ConfigMap', name: 'keeper', uid: cm.metadata.uid! }] } });
    deleteWith(t, 'Background');
    const kept = t.get('pods', 'default', 'web-a')!;
    expect(kept.metadata.deletionTimestamp).toBeUndefined();
    expect(kept.metadata.ownerReferences!.map((o) => o.uid)).toEqual([cm.metadata.uid]);
    expect(rs.metadata.uid).toBeDefined();
  });

  it("removes a deleted node's Lease", () => {
    const t = setup();
    t.delete('nodes', undefined, 'worker-2');
    expect(t.get('leases.coordination.k8s.io', 'kube-node-lease', 'worker-2')).toBeUndefined();
    expect(t.get('leases.coordination.k8s.io', 'kube-node-lease', 'worker-1')).toBeDefined();
  });
});
