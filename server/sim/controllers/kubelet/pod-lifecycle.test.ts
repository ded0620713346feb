import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, T0 } from '../../testing/harness.js';
import { kubeletControllers } from './index.js';

const pod = (name: string, spec: Record<string, unknown>): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName: 'worker-1', ...spec } });
const setup = () => createTestCluster({ controllers: kubeletControllers() });
const state = (p: KObject | undefined, i = 0) => p?.status?.containerStatuses?.[i]?.state;

describe('kubelet pod lifecycle', () => {
  it('runs nginx: Pending → ContainerCreating → Running with the real events in order', () => {
    const h = setup();
    h.create('pods', pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] }));
    let p = h.get('pods', 'default', 'web')!;
    expect(p.status.phase).toBe('Pending');
    expect(state(p)).toEqual({ waiting: { reason: 'ContainerCreating' } });
    expect(p.status.hostIP).toBe('172.18.0.3');
    h.advance(10_000);
    p = h.get('pods', 'default', 'web')!;
    expect(p.status.phase).toBe('Running');
    expect(p.status.podIP).toMatch(/^10\.244\.1\.\d+$/);
    expect(p.status.containerStatuses[0]).toMatchObject({ ready: true, started: true, restartCount: 0, image: 'docker.io/library/nginx:1.25' });
    expect(p.status.containerStatuses[0].containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(p.status.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    const events = h.events('web');
    expect(events.map((e) => e.reason)).toEqual(['Pulling', 'Pulled', 'Created', 'Started']);
    expect(events[1].message).toMatch(/^Successfully pulled image "nginx:1\.25" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: 72080558 bytes\.$/);
    expect(events[2].message).toBe('Created container: nginx');
    // A second pod on the same node finds the image present.
    h.create('pods', pod('web2', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] }));
    h.advance(2000);
    expect(h.events('web2')[0].message).toBe('Container image "nginx:1.25" already present on machine');
    expect(h.get('pods', 'default', 'web2')!.status.podIP).not.toBe(p.status.podIP);
  });

  it('fails an unknown tag with ErrImagePull then ImagePullBackOff and a growing backoff', () => {
    const h = setup();
    h.create('pods', pod('bad', { containers: [{ name: 'nginx', image: 'nginx:nope' }] }));
    h.advance(2000);
    let p = h.get('pods', 'default', 'bad')!;
    expect(state(p).waiting.reason).toBe('ErrImagePull');
    const failed = h.events('bad').find((e) => e.message.startsWith('Failed to pull image'))!;
    expect(failed.message).toBe(
      'Failed to pull image "nginx:nope": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:nope": failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found',
    );
    h.advance(2000);
    p = h.get('pods', 'default', 'bad')!;
    expect(state(p).waiting.reason).toBe('ImagePullBackOff');
    expect(state(p).waiting.message).toBe(`Back-off pulling image "nginx:nope": ErrImagePull: ${failed.message.slice('Failed to pull image "nginx:nope": '.length)}`);
    const pulls = () => h.events('bad').find((e) => e.reason === 'Pulling')!.count;
    expect(pulls()).toBe(1);
    // Retries after 10 s, then 20 s.
    h.advance(8000);
    expect(pulls()).toBe(2);
    h.advance(15_000);
    expect(pulls()).toBe(2);
    h.advance(8000);
    expect(pulls()).toBe(3);
    expect(h.events('bad').some((e) => e.reason === 'BackOff' && e.message === 'Back-off pulling image "nginx:nope"')).toBe(true);
  });

  it('restarts a crashing container after 10 s, 20 s, 40 s in CrashLoopBackOff', () => {
    const h = setup();
    h.create('pods', pod('crash', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] }));
    const restartsAt: number[] = [];
    let last = 0;
    for (let t = 0; t < 80_000; t += 100) {
      h.advance(100);
      const n = h.get('pods', 'default', 'crash')!.status.containerStatuses[0].restartCount;
      if (n !== last) restartsAt.push(h.now());
      last = n;
    }
    const gaps = restartsAt.slice(1).map((t, i) => Math.round((t - restartsAt[i]) / 1000));
    expect(gaps.slice(0, 3)).toEqual([10, 20, 40]);
    const p = h.get('pods', 'default', 'crash')!;
    expect(p.status.phase).toBe('Running');
    expect(p.status.containerStatuses[0].lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    const backoff = h.events('crash').find((e) => e.reason === 'BackOff')!;
    expect(backoff.message).toBe(`Back-off restarting failed container c in pod crash_default(${p.metadata.uid})`);
    h.advance(1000);
    const waiting = h.get('pods', 'default', 'crash')!.status.containerStatuses[0].state.waiting;
    if (waiting) expect(waiting.reason).toBe('CrashLoopBackOff');
  });

  it('kills a container over its memory limit with OOMKilled', () => {
    const h = setup();
    h.create(
      'pods',
      pod('memory-demo-2', {
        containers: [{ name: 'memory-demo-2-ctr', image: 'polinux/stress', resources: { requests: { memory: '50Mi' }, limits: { memory: '100Mi' } }, command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'] }],
      }),
    );
    h.advance(8000);
    const p = h.get('pods', 'default', 'memory-demo-2')!;
    const cs = p.status.containerStatuses[0];
    const term = cs.state.terminated ?? cs.lastState.terminated;
    expect(term).toMatchObject({ reason: 'OOMKilled', exitCode: 137 });
  });

  it('restarts on a failing liveness probe (the docs liveness exec example)', () => {
    const h = setup();
    h.create(
      'pods',
      pod('liveness-exec', {
        containers: [
          {
            name: 'liveness',
            image: 'registry.k8s.io/busybox:1.27.2',
            args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
            livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
          },
        ],
      }),
    );
    h.advance(30_000);
    expect(h.events('liveness-exec').some((e) => e.reason === 'Unhealthy')).toBe(false);
    h.advance(30_000);
    const events = h.events('liveness-exec');
    const unhealthy = events.find((e) => e.reason === 'Unhealthy')!;
    expect(unhealthy.message).toBe("Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory");
    expect(unhealthy.count).toBeGreaterThanOrEqual(3);
    expect(events.some((e) => e.reason === 'Killing' && e.message === 'Container liveness failed liveness probe, will be restarted')).toBe(true);
    expect(h.get('pods', 'default', 'liveness-exec')!.status.containerStatuses[0].restartCount).toBe(1);
  });

  it('gates Ready on the readiness probe', () => {
    const h = setup();
    h.create('pods', pod('ready', { containers: [{ name: 'nginx', image: 'nginx:1.25', readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 10, periodSeconds: 5 } }] }));
    h.advance(6000);
    let p = h.get('pods', 'default', 'ready')!;
    expect(p.status.phase).toBe('Running');
    expect(p.status.containerStatuses[0].ready).toBe(false);
    expect(p.status.conditions.find((c: { type: string }) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [nginx]' });
    h.advance(10_000);
    p = h.get('pods', 'default', 'ready')!;
    expect(p.status.containerStatuses[0].ready).toBe(true);
    // A probe on a port nothing listens on never succeeds.
    h.create('pods', pod('never', { containers: [{ name: 'nginx', image: 'nginx:1.25', readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5 } }] }));
    h.advance(30_000);
    expect(h.get('pods', 'default', 'never')!.status.containerStatuses[0].ready).toBe(false);
    expect(h.events('never').find((e) => e.reason === 'Unhealthy')!.message).toMatch(/^Readiness probe failed: dial tcp 10\.244\.1\.\d+:8080: connect: connection refused$/);
  });

  it('runs init containers in order before the app container', () => {
    const h = setup();
    h.create(
      'pods',
      pod('init', {
        initContainers: [{ name: 'wait', image: 'busybox:1.28', command: ['sh', '-c', 'echo waiting; sleep 5'] }],
        containers: [{ name: 'app', image: 'busybox:1.28', command: ['sh', '-c', 'echo The app is running! && sleep 3600'] }],
      }),
    );
    h.advance(2000);
    let p = h.get('pods', 'default', 'init')!;
    expect(p.status.phase).toBe('Pending');
    expect(p.status.initContainerStatuses[0].state.running).toBeDefined();
    expect(p.status.containerStatuses[0].state).toEqual({ waiting: { reason: 'PodInitializing' } });
    expect(p.status.conditions.find((c: { type: string }) => c.type === 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [wait]' });
    h.advance(10_000);
    p = h.get('pods', 'default', 'init')!;
    expect(p.status.initContainerStatuses[0].state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(p.status.phase).toBe('Running');
    expect(p.status.containerStatuses[0].state.running).toBeDefined();
  });

  it('completes run-to-completion pods: Succeeded with restartPolicy Never, restarts with Always', () => {
    const h = setup();
    h.create('pods', pod('done', { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['echo', 'done'] }] }));
    h.create('pods', pod('again', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['echo', 'done'] }] }));
    h.advance(15_000);
    const done = h.get('pods', 'default', 'done')!;
    expect(done.status.phase).toBe('Succeeded');
    expect(done.status.containerStatuses[0].state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(done.status.conditions.find((c: { type: string }) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
    expect(h.get('pods', 'default', 'again')!.status.containerStatuses[0].restartCount).toBeGreaterThanOrEqual(1);
    const failed = h.create('pods', pod('fails', { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'exit 2'] }] }));
    h.advance(5000);
    expect(h.get('pods', 'default', failed.metadata.name!)!.status.phase).toBe('Failed');
  });

  it('removes a deleted pod after its containers stop (a shell waits for the grace period)', () => {
    const h = setup();
    h.create('pods', pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] }));
    h.create('pods', pod('sleeper', { terminationGracePeriodSeconds: 30, containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3600'] }] }));
    h.advance(10_000);
    h.delete('pods', 'default', 'web');
    h.delete('pods', 'default', 'sleeper');
    expect(h.get('pods', 'default', 'web')!.metadata.deletionTimestamp).toBeDefined();
    expect(h.events('web').at(-1)).toMatchObject({ reason: 'Killing', message: 'Stopping container nginx' });
    h.advance(1000);
    expect(h.get('pods', 'default', 'web')).toBeUndefined();
    h.advance(20_000);
    expect(h.get('pods', 'default', 'sleeper')).toBeDefined();
    h.advance(10_000);
    expect(h.get('pods', 'default', 'sleeper')).toBeUndefined();
  });

  it('leaves a freshly bootstrapped cluster unchanged and converges without timers', () => {
    const h = setup();
    const before = h.list('pods').map((p) => p.metadata.resourceVersion);
    h.advance(60_000);
    expect(h.list('pods').map((p) => p.metadata.resourceVersion)).toEqual(before);
    expect(h.engine.nextTimer()).toBeUndefined();
    expect(h.engine.errors).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    const run = () => {
      const h = setup();
      h.create('pods', pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] }));
      h.advance(20_000);
      return JSON.stringify([h.get('pods', 'default', 'web')!.status, h.events('web')]);
    };
    expect(run()).toBe(run());
    expect(T0).toBeGreaterThan(0);
  });
});
