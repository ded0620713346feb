import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { lifecycleControllers } from './index.js';
import { injectFault } from './test-fixtures.js';
import { NODE_MONITOR_GRACE_MS } from './node-lifecycle.js';

describe('lifecycle controllers', () => {
  it('leave a freshly bootstrapped cluster unchanged and idle', () => {
    const t = createTestCluster({ controllers: lifecycleControllers() });
    const rv = t.cluster.store.resourceVersion;
    t.advance(30 * 60_000);
    expect(t.cluster.store.resourceVersion).toBe(rv);
    expect(t.engine.nextTimer()).toBeUndefined();
    expect(t.engine.errors).toEqual([]);
  });

  it('with every controller: pods and deployments of a fresh cluster keep their spec', () => {
    const t = createTestCluster();
    const specs = () => [...t.list('pods'), ...t.list('deployments.apps'), ...t.list('nodes')].map((o) => JSON.stringify([o.metadata.name, o.spec, o.metadata.deletionTimestamp ?? null]));
    const before = specs();
    t.advance(10 * 60_000);
    expect(specs()).toEqual(before);
    expect(t.engine.errors).toEqual([]);
  });

  it('with every controller: a lost node is tainted and its pods evicted after 5 minutes', () => {
    const t = createTestCluster();
    injectFault(t, { type: 'stop-kubelet', target: 'worker-2' });
    t.advance(NODE_MONITOR_GRACE_MS + 300_000);
    const node = t.get('nodes', undefined, 'worker-2')!;
    expect(node.spec.taints.map((x: { key: string }) => x.key)).toContain('node.kubernetes.io/unreachable');
    // kube-proxy tolerates everything: it stays on the lost node.
    expect(t.list('pods', 'kube-system').filter((p) => p.spec.nodeName === 'worker-2' && !p.metadata.deletionTimestamp)).toHaveLength(1);
    expect(t.engine.errors).toEqual([]);
  });
});
