import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { faultState } from '../../faults-state.js';
import { POD_WORKER } from './names.js';
import { kubeletControllers } from './index.js';

function crash(h: ReturnType<typeof createTestCluster>, pod: string, container?: string): void {
  h.cluster.write(() => {
    faultState(h.cluster).crashRequests.push({ namespace: 'default', pod, exitCode: 1, at: h.now(), ...(container ? { container } : {}) });
    h.cluster.touchSim();
  });
  h.engine.enqueue(POD_WORKER, `default/${pod}`);
  h.settle();
}

describe('kubelet pod sync: crash-pod requests', () => {
  it('makes the running container exit with Error once, restarts it and consumes the request', () => {
    const h = createTestCluster({ controllers: kubeletControllers() });
    h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { nodeName: 'worker-1', containers: [{ name: 'nginx', image: 'nginx:1.27' }, { name: 'side', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3600'] }] } });
    h.advance(20_000);
    crash(h, 'web', 'side');
    expect(faultState(h.cluster).crashRequests).toEqual([]);
    let side = h.get('pods', 'default', 'web')!.status.containerStatuses.find((c: { name: string }) => c.name === 'side');
    expect(side.state.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    h.advance(5_000);
    const statuses = h.get('pods', 'default', 'web')!.status.containerStatuses;
    side = statuses.find((c: { name: string }) => c.name === 'side');
    expect(side).toMatchObject({ restartCount: 1, lastState: { terminated: { exitCode: 1, reason: 'Error' } } });
    expect(side.state.running).toBeDefined();
    expect(statuses.find((c: { name: string }) => c.name === 'nginx').restartCount).toBe(0);
  });

  it('drops a request for a container that is not running and leaves restartPolicy Never pods Failed', () => {
    const h = createTestCluster({ controllers: kubeletControllers() });
    h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'once', namespace: 'default' }, spec: { nodeName: 'worker-1', restartPolicy: 'Never', containers: [{ name: 'main', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3600'] }] } });
    crash(h, 'once');
    h.advance(10_000);
    expect(faultState(h.cluster).crashRequests).toEqual([]);
    expect(h.get('pods', 'default', 'once')!.status.phase).toBe('Running');
    crash(h, 'once');
    h.advance(1_000);
    expect(h.get('pods', 'default', 'once')!.status.phase).toBe('Failed');
  });
});
