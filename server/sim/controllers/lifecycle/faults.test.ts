import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { faultState } from '../../faults-state.js';
import { faultController, FAULTS_CONTROLLER, SCHEDULED_KEY } from './faults.js';
import { nodeLifecycleController, NODE_MONITOR_GRACE_MS } from './node-lifecycle.js';
import { activeFaults } from './fault-actions.js';
import { boundPod, conditionOf } from './test-fixtures.js';

describe('fault controller', () => {
  it('applies scheduled faults at their simulated time, in order', () => {
    const t = createTestCluster({ controllers: [faultController(), nodeLifecycleController()] });
    const state = faultState(t.cluster);
    state.scheduled.push(
      { id: 'f2', at: t.now() + 60_000, type: 'start-kubelet', target: 'worker-2' },
      { id: 'f1', at: t.now() + 30_000, type: 'stop-kubelet', target: 'worker-2' },
    );
    t.engine.enqueue(FAULTS_CONTROLLER, SCHEDULED_KEY);
    t.settle();
    t.advance(29_000);
    expect(activeFaults(t.cluster)).toEqual([]);
    t.advance(1_000);
    expect(activeFaults(t.cluster)).toEqual([{ type: 'stop-kubelet', target: 'worker-2' }]);
    t.advance(30_000);
    expect(activeFaults(t.cluster)).toEqual([]);
    expect(state.scheduled).toEqual([]);
    t.advance(NODE_MONITOR_GRACE_MS);
    expect(conditionOf(t.get('nodes', undefined, 'worker-2'), 'Ready')?.status).toBe('True');
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('records a crash request for the kubelet and skips faults whose target vanished', () => {
    const t = createTestCluster({ controllers: [faultController()] });
    boundPod(t, 'web-abc12', 'worker-1');
    const state = faultState(t.cluster);
    state.scheduled.push({ id: 'c', at: t.now() + 1000, type: 'crash-pod', target: 'web', namespace: 'default' }, { id: 'd', at: t.now() + 1000, type: 'delete-node', target: 'nope' });
    t.engine.enqueue(FAULTS_CONTROLLER, SCHEDULED_KEY);
    t.advance(1000);
    expect(state.crashRequests).toEqual([{ namespace: 'default', pod: 'web-abc12', exitCode: 1, at: t.now() }]);
    expect(t.engine.errors).toEqual([]);
  });
});
