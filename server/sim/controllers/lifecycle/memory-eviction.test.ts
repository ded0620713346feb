import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { nodeLifecycleController } from './node-lifecycle.js';
import { memoryEvictionController, EVICTION_INTERVAL_MS, EVICTION_MESSAGE } from './memory-eviction.js';
import { boundPod, injectFault, reachableKubelet } from './test-fixtures.js';

describe('memory eviction', () => {
  it('evicts BestEffort pods one per interval under memory exhaustion, sparing the others', () => {
    const t = createTestCluster({ controllers: [nodeLifecycleController(), memoryEvictionController(), reachableKubelet()] });
    boundPod(t, 'a', 'worker-1');
    boundPod(t, 'b', 'worker-1');
    boundPod(t, 'sized', 'worker-1', { requests: { memory: '64Mi' } });
    injectFault(t, { type: 'exhaust-memory', target: 'worker-1' });
    const phase = (n: string) => t.get('pods', 'default', n)!.status.phase;
    expect([phase('a'), phase('b')]).toEqual(['Failed', 'Running']);
    expect(t.get('pods', 'default', 'a')!.status).toMatchObject({ reason: 'Evicted', message: EVICTION_MESSAGE });
    expect(t.events('a')).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'Evicted' }));
    t.advance(EVICTION_INTERVAL_MS);
    expect(phase('b')).toBe('Failed');
    t.advance(60_000);
    expect(phase('sized')).toBe('Running');
    expect(t.list('pods', 'kube-system').every((p) => p.status.phase === 'Running')).toBe(true);
    expect(t.engine.nextTimer()).toBeUndefined();
  });
});
