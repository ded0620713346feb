import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { podPrinter } from './pods.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

function pod(name: string, spec: Record<string, unknown>, status: Record<string, unknown>, meta: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', creationTimestamp: ago(600), ...meta },
    spec: { containers: [{ name: 'app', image: 'nginx:1.27' }], ...spec },
    status,
  };
}

const cells = (p: KObject): unknown[] => podPrinter.cells(p, { now: NOW });
const running = { running: { startedAt: ago(500) } };

describe('pod table', () => {
  it('prints a healthy pod with its wide columns', () => {
    const p = pod(
      'web-7d4b9c-abcde',
      { nodeName: 'worker-1', readinessGates: [{ conditionType: 'example.com/lb' }] },
      {
        phase: 'Running',
        podIP: '10.244.1.5',
        podIPs: [{ ip: '10.244.1.5' }],
        nominatedNodeName: 'worker-2',
        conditions: [{ type: 'Ready', status: 'True' }, { type: 'example.com/lb', status: 'True' }],
        containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: running }],
      },
    );
    expect(cells(p)).toEqual(['web-7d4b9c-abcde', '1/1', 'Running', '0', '10m', '10.244.1.5', 'worker-1', 'worker-2', '1/1']);
  });

  it('shows an unscheduled pod as Pending with <none> placement', () => {
    const p = pod('pending', {}, { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] });
    expect(cells(p)).toEqual(['pending', '0/1', 'Pending', '0', '10m', '<none>', '<none>', '<none>', '<none>']);
  });

  it('shows CrashLoopBackOff with restarts and the time of the last restart', () => {
    const p = pod('crashy', { nodeName: 'worker-1' }, {
      phase: 'Running',
      podIP: '10.244.1.7',
      containerStatuses: [
        {
          name: 'app',
          ready: false,
          restartCount: 3,
          state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } },
          lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(125) } },
        },
      ],
    });
    expect(cells(p).slice(0, 5)).toEqual(['crashy', '0/1', 'CrashLoopBackOff', '3 (2m5s ago)', '10m']);
  });

  it('shows image pull failures and ContainerCreating from the waiting reason', () => {
    const waiting = (reason: string) =>
      pod('img', { nodeName: 'worker-1' }, { phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason } } }] });
    expect(cells(waiting('ImagePullBackOff')).slice(1, 4)).toEqual(['0/1', 'ImagePullBackOff', '0']);
    expect(cells(waiting('ErrImagePull'))[2]).toBe('ErrImagePull');
    expect(cells(waiting('ContainerCreating'))[2]).toBe('ContainerCreating');
  });

  it('shows Terminating for a running pod being deleted, but not for a finished one', () => {
    const status = { phase: 'Running', containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: running }] };
    expect(cells(pod('going', {}, status, { deletionTimestamp: ago(5) })).slice(1, 3)).toEqual(['1/1', 'Terminating']);
    const done = { phase: 'Succeeded', containerStatuses: [{ name: 'app', ready: false, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] };
    expect(cells(pod('done', {}, done, { deletionTimestamp: ago(5) }))[2]).toBe('Completed');
  });

  it('shows Unknown for a deleted pod on a lost node and NodeLost before deletion', () => {
    const status = { phase: 'Running', reason: 'NodeLost', containerStatuses: [{ name: 'app', ready: true, state: running }] };
    expect(cells(pod('lost', {}, status, { deletionTimestamp: ago(5) }))[2]).toBe('Unknown');
    expect(cells(pod('lost', {}, { phase: 'Running', reason: 'NodeLost' }))[2]).toBe('NodeLost');
  });

  it('shows init container progress, failures and PodInitializing', () => {
    const spec = { initContainers: [{ name: 'migrate', image: 'busybox' }, { name: 'warm', image: 'busybox' }] };
    const init = (statuses: unknown[], containers: unknown[] = [], conditions: unknown[] = []) =>
      pod('init', spec, { phase: 'Pending', initContainerStatuses: statuses, containerStatuses: containers, conditions });
    const waitingApp = [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } }];

    expect(cells(init([{ name: 'migrate', state: running }, { name: 'warm', state: { waiting: { reason: 'PodInitializing' } } }], waitingApp))[2]).toBe('Init:0/2');
    expect(cells(init([{ name: 'migrate', state: { terminated: { exitCode: 0, reason: 'Completed' } } }, { name: 'warm', state: running }], waitingApp))[2]).toBe('Init:1/2');
    expect(
      cells(init([{ name: 'migrate', restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, finishedAt: ago(30) } } }], waitingApp)).slice(2, 4),
    ).toEqual(['Init:CrashLoopBackOff', '2 (30s ago)']);
    expect(cells(init([{ name: 'migrate', state: { terminated: { exitCode: 3 } } }], waitingApp))[2]).toBe('Init:ExitCode:3');
    const allDone = [
      { name: 'migrate', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
      { name: 'warm', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    ];
    expect(cells(init(allDone, waitingApp, [{ type: 'Initialized', status: 'True' }])).slice(1, 3)).toEqual(['0/1', 'PodInitializing']);
  });

  it('counts a started sidecar (restartable init container) in READY', () => {
    const p = pod(
      'with-sidecar',
      { initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }] },
      {
        phase: 'Running',
        conditions: [{ type: 'Initialized', status: 'True' }, { type: 'Ready', status: 'True' }],
        initContainerStatuses: [{ name: 'proxy', ready: true, started: true, restartCount: 1, state: running, lastState: { terminated: { exitCode: 1, finishedAt: ago(240) } } }],
        containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: running }],
      },
    );
    expect(cells(p).slice(1, 4)).toEqual(['2/2', 'Running', '1 (4m ago)']);
  });

  it('shows the terminated reason of finished containers: Completed, Error, OOMKilled, ExitCode, Signal', () => {
    const finished = (phase: string, terminated: Record<string, unknown>) =>
      pod('job-pod', { restartPolicy: 'Never' }, { phase, containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated } }] });
    expect(cells(finished('Succeeded', { exitCode: 0, reason: 'Completed' })).slice(1, 3)).toEqual(['0/1', 'Completed']);
    expect(cells(finished('Failed', { exitCode: 1, reason: 'Error' }))[2]).toBe('Error');
    expect(cells(finished('Failed', { exitCode: 137, reason: 'OOMKilled' }))[2]).toBe('OOMKilled');
    expect(cells(finished('Failed', { exitCode: 137 }))[2]).toBe('ExitCode:137');
    expect(cells(finished('Failed', { exitCode: 0, signal: 9 }))[2]).toBe('Signal:9');
  });

  it('marks finished pods with a Completed row condition', () => {
    const ok = pod('ok', {}, { phase: 'Succeeded' });
    expect(podPrinter.conditions?.(ok)).toEqual([{ type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' }]);
    expect(podPrinter.conditions?.(pod('run', {}, { phase: 'Running' }))).toBeUndefined();
  });

  it('shows Evicted from the pod reason', () => {
    const p = pod('evicted', { nodeName: 'worker-1' }, { phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' });
    expect(cells(p).slice(1, 3)).toEqual(['0/1', 'Evicted']);
  });

  it('shows NotReady when one container completed and another still runs without pod readiness', () => {
    const p = pod(
      'half',
      { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }] },
      {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'False' }],
        containerStatuses: [
          { name: 'a', ready: false, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
          { name: 'b', ready: true, state: running },
        ],
      },
    );
    expect(cells(p).slice(1, 3)).toEqual(['1/2', 'NotReady']);
  });

  it('declares the real pod columns, wide ones with priority 1', () => {
    expect(podPrinter.columns.map((c) => [c.name, c.type, c.priority])).toEqual([
      ['Name', 'string', 0],
      ['Ready', 'string', 0],
      ['Status', 'string', 0],
      ['Restarts', 'string', 0],
      ['Age', 'string', 0],
      ['IP', 'string', 1],
      ['Node', 'string', 1],
      ['Nominated Node', 'string', 1],
      ['Readiness Gates', 'string', 1],
    ]);
    expect(podPrinter.columns[0].format).toBe('name');
  });
});
