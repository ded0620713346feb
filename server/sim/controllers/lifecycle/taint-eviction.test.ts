import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { nodeLifecycleController, NODE_MONITOR_GRACE_MS } from './node-lifecycle.js';
import { taintEvictionController } from './taint-eviction.js';
import { boundPod, injectFault, reachableKubelet } from './test-fixtures.js';

const setup = () => createTestCluster({ controllers: [nodeLifecycleController(), taintEvictionController(), reachableKubelet()] });

describe('taint eviction controller', () => {
  it('deletes pods 300 s after the unreachable taint; they stay Terminating while the node is away', () => {
    const t = setup();
    boundPod(t, 'web', 'worker-2');
    injectFault(t, { type: 'stop-kubelet', target: 'worker-2' });
    t.advance(NODE_MONITOR_GRACE_MS + 299_000);
    expect(t.get('pods', 'default', 'web')?.metadata.deletionTimestamp).toBeUndefined();
    t.advance(1000);
    const pod = t.get('pods', 'default', 'web')!;
    expect(pod.metadata.deletionTimestamp).toBeDefined();
    expect(pod.status.conditions).toContainEqual(expect.objectContaining({ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager' }));
    expect(t.events('web')).toContainEqual(expect.objectContaining({ reason: 'TaintManagerEviction', message: 'Marking for deletion Pod default/web' }));
    t.advance(10 * 60_000);
    expect(t.get('pods', 'default', 'web')).toBeDefined();
    injectFault(t, { type: 'start-kubelet', target: 'worker-2' });
    expect(t.get('pods', 'default', 'web')).toBeUndefined();
  });

  it('evicts pods without a matching toleration at once and never those tolerating forever', () => {
    const t = setup();
    boundPod(t, 'plain', 'worker-1');
    boundPod(t, 'forever', 'worker-1', { tolerations: [{ operator: 'Exists' }] });
    boundPod(t, 'brief', 'worker-1', { tolerations: [{ key: 'dedicated', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 20 }] });
    const node = t.get('nodes', undefined, 'worker-1')!;
    t.update('nodes', { ...node, spec: { ...node.spec, taints: [{ key: 'dedicated', value: 'db', effect: 'NoExecute', timeAdded: '2026-01-01T00:00:00Z' }] } });
    expect(t.get('pods', 'default', 'plain')?.metadata.deletionTimestamp).toBe('2026-01-01T00:00:30Z');
    t.advance(19_000);
    expect(t.get('pods', 'default', 'brief')?.metadata.deletionTimestamp).toBeUndefined();
    t.advance(1_000);
    expect(t.get('pods', 'default', 'brief')?.metadata.deletionTimestamp).toBe('2026-01-01T00:00:50Z');
    t.advance(3_600_000);
    expect(t.get('pods', 'default', 'forever')?.metadata.deletionTimestamp).toBeUndefined();
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('cancels pending evictions when the node recovers in time', () => {
    const t = setup();
    boundPod(t, 'web', 'worker-2');
    injectFault(t, { type: 'stop-kubelet', target: 'worker-2' });
    t.advance(NODE_MONITOR_GRACE_MS + 60_000);
    injectFault(t, { type: 'start-kubelet', target: 'worker-2' });
    t.advance(600_000);
    expect(t.get('pods', 'default', 'web')?.metadata.deletionTimestamp).toBeUndefined();
    expect(t.events('web')).toContainEqual(expect.objectContaining({ reason: 'TaintManagerEviction', message: 'Cancelling deletion of Pod default/web' }));
  });
});
