import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { podGCController, QUARANTINE_MS } from './pod-gc.js';
import { boundPod } from './test-fixtures.js';

describe('pod garbage collector', () => {
  it('force-deletes the pods of a deleted node after the quarantine, marking them Failed first', () => {
    const t = createTestCluster({ controllers: [podGCController()] });
    boundPod(t, 'web', 'worker-2');
    const rv = t.cluster.store.resourceVersion;
    t.delete('nodes', undefined, 'worker-2');
    t.advance(QUARANTINE_MS - 1000);
    expect(t.get('pods', 'default', 'web')).toBeDefined();
    t.advance(1000);
    expect(t.get('pods', 'default', 'web')).toBeUndefined();
    const history = (t.cluster.hub.recentSince(rv) ?? []).filter((c) => c.object.metadata.name === 'web');
    expect(history.map((c) => c.type)).toEqual(['MODIFIED', 'DELETED']);
    expect(history[0].object.status.phase).toBe('Failed');
    expect(history[0].object.status.conditions).toContainEqual(expect.objectContaining({ type: 'DisruptionTarget', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists' }));
    // kube-proxy's pod on that node goes too; other nodes' pods stay.
    expect(t.list('pods').filter((p) => p.spec.nodeName === 'worker-2')).toEqual([]);
    expect(t.list('pods').filter((p) => p.spec.nodeName === 'worker-1')).toHaveLength(1);
  });

  it('deletes terminating pods that were never scheduled', () => {
    const t = createTestCluster({ controllers: [podGCController()] });
    const pod = t.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pending', namespace: 'default' }, spec: { containers: [{ name: 'a', image: 'nginx' }] } });
    // A deletion that raced with scheduling leaves an unbound pod Terminating.
    t.cluster.write(() => t.cluster.store.put('pods', { ...pod, metadata: { ...pod.metadata, deletionTimestamp: '2026-01-01T00:00:30Z', deletionGracePeriodSeconds: 30 } }));
    t.settle();
    expect(t.get('pods', 'default', 'pending')).toBeUndefined();
  });

  it('keeps terminated pods under the threshold and deletes the oldest above it', () => {
    const t = createTestCluster({ controllers: [podGCController(2)] });
    for (const name of ['a', 'b', 'c']) {
      const p = boundPod(t, name, 'worker-1');
      t.cluster.write(() => t.cluster.store.put('pods', { ...p, status: { ...p.status, phase: 'Succeeded' } }));
      t.advance(1000);
    }
    expect(t.list('pods', 'default').map((p) => p.metadata.name)).toEqual(['b', 'c']);
  });
});
