import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { nodeLifecycleController, NODE_MONITOR_GRACE_MS } from './node-lifecycle.js';
import { boundPod, conditionOf, injectFault, reachableKubelet } from './test-fixtures.js';

const setup = () => createTestCluster({ controllers: [nodeLifecycleController(), reachableKubelet()] });
const taintsOf = (t: ReturnType<typeof setup>, node: string) =>
  (t.get('nodes', undefined, node)?.spec?.taints ?? []).map((x: { key: string; effect: string }) => `${x.key}:${x.effect}`);

describe('node lifecycle controller', () => {
  it('leaves a freshly bootstrapped cluster unchanged', () => {
    const t = setup();
    const rv = t.cluster.store.resourceVersion;
    t.advance(10 * 60_000);
    expect(t.cluster.store.resourceVersion).toBe(rv);
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('marks a node whose kubelet stopped Unknown after the grace period, taints it and its pods not ready', () => {
    const t = setup();
    boundPod(t, 'web', 'worker-2');
    expect(conditionOf(t.get('pods', 'default', 'web'), 'Ready')?.status).toBe('True');
    injectFault(t, { type: 'stop-kubelet', target: 'worker-2' });
    t.advance(NODE_MONITOR_GRACE_MS - 1000);
    expect(conditionOf(t.get('nodes', undefined, 'worker-2'), 'Ready')?.status).toBe('True');
    t.advance(1000);
    const node = t.get('nodes', undefined, 'worker-2')!;
    for (const type of ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready']) {
      expect(conditionOf(node, type)).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    }
    expect(taintsOf(t, 'worker-2')).toEqual(['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule']);
    expect(node.spec.taints[0].timeAdded).toBe('2026-01-01T00:00:50Z');
    expect(conditionOf(t.get('pods', 'default', 'web'), 'Ready')?.status).toBe('False');
    expect(t.events('worker-2')).toContainEqual(expect.objectContaining({ reason: 'NodeNotReady', message: 'Node worker-2 status is now: NodeNotReady' }));
    expect(t.events('web')).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready' }));
    expect(taintsOf(t, 'worker-1')).toEqual([]);
  });

  it('removes the taints and reports Ready again when the kubelet is back', () => {
    const t = setup();
    injectFault(t, { type: 'partition-node', target: 'worker-1' });
    t.advance(NODE_MONITOR_GRACE_MS);
    expect(taintsOf(t, 'worker-1')).toHaveLength(2);
    t.advance(30_000);
    injectFault(t, { type: 'heal-node', target: 'worker-1' });
    const node = t.get('nodes', undefined, 'worker-1')!;
    expect(conditionOf(node, 'Ready')).toMatchObject({ status: 'True', reason: 'KubeletReady' });
    expect(node.spec.taints).toBeUndefined();
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('a kubelet back within the grace period never turns the node Unknown', () => {
    const t = setup();
    injectFault(t, { type: 'stop-kubelet', target: 'worker-1' });
    t.advance(20_000);
    injectFault(t, { type: 'start-kubelet', target: 'worker-1' });
    t.advance(NODE_MONITOR_GRACE_MS);
    expect(conditionOf(t.get('nodes', undefined, 'worker-1'), 'Ready')?.status).toBe('True');
    expect(taintsOf(t, 'worker-1')).toEqual([]);
  });

  it('reports MemoryPressure with its taint while memory is exhausted', () => {
    const t = setup();
    injectFault(t, { type: 'exhaust-memory', target: 'worker-1' });
    expect(conditionOf(t.get('nodes', undefined, 'worker-1'), 'MemoryPressure')).toMatchObject({ status: 'True', reason: 'KubeletHasInsufficientMemory' });
    expect(taintsOf(t, 'worker-1')).toEqual(['node.kubernetes.io/memory-pressure:NoSchedule']);
    injectFault(t, { type: 'restore-memory', target: 'worker-1' });
    expect(conditionOf(t.get('nodes', undefined, 'worker-1'), 'MemoryPressure')).toMatchObject({ status: 'False', reason: 'KubeletHasSufficientMemory' });
    expect(taintsOf(t, 'worker-1')).toEqual([]);
    expect(t.events('worker-1').map((e) => e.reason)).toEqual(['NodeHasInsufficientMemory', 'NodeHasSufficientMemory']);
  });

  it('keeps the control-plane taint while adding its own', () => {
    const t = setup();
    injectFault(t, { type: 'stop-kubelet', target: 'control-plane' });
    t.advance(NODE_MONITOR_GRACE_MS);
    expect(taintsOf(t, 'control-plane')).toEqual([
      'node-role.kubernetes.io/control-plane:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
      'node.kubernetes.io/unreachable:NoSchedule',
    ]);
  });

  it('taints a cordoned node unschedulable:NoSchedule and removes the taint on uncordon', () => {
    const t = setup();
    const node = t.get('nodes', undefined, 'worker-1')!;
    t.update('nodes', { ...node, spec: { ...node.spec, unschedulable: true } });
    t.advance(1000);
    expect(taintsOf(t, 'worker-1')).toEqual(['node.kubernetes.io/unschedulable:NoSchedule']);
    const cordoned = t.get('nodes', undefined, 'worker-1')!;
    t.update('nodes', { ...cordoned, spec: { ...cordoned.spec, unschedulable: false } });
    t.advance(1000);
    expect(taintsOf(t, 'worker-1')).toEqual([]);
  });
});
