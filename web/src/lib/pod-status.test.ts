import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { podSummary, unschedulableMessage } from './pod-status.js';

function pod(status: object, extra: Partial<KObject> = {}): KObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1', namespace: 'default', ...(extra.metadata ?? {}) }, spec: { containers: [{ name: 'app' }] }, status, ...extra };
}

describe('podSummary', () => {
  it('shows a pending pod as Pending 0/1', () => {
    expect(podSummary(pod({ phase: 'Pending' }))).toMatchObject({ status: 'Pending', ready: '0/1', tone: 'pending' });
  });
  it('shows the waiting reason of a container', () => {
    const s = podSummary(pod({ phase: 'Pending', containerStatuses: [{ ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] }));
    expect(s).toMatchObject({ status: 'ContainerCreating', tone: 'creating' });
  });
  it('flags CrashLoopBackOff and ImagePullBackOff as failing with restarts counted', () => {
    const crash = podSummary(pod({ phase: 'Running', containerStatuses: [{ ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } } }] }));
    expect(crash).toMatchObject({ status: 'CrashLoopBackOff', restarts: 4, tone: 'error' });
    const pull = podSummary(pod({ phase: 'Pending', containerStatuses: [{ ready: false, state: { waiting: { reason: 'ImagePullBackOff' } } }] }));
    expect(pull.tone).toBe('error');
  });
  it('shows a ready running pod as Running 1/1', () => {
    const s = podSummary(pod({ phase: 'Running', containerStatuses: [{ ready: true, restartCount: 0, state: { running: {} } }] }));
    expect(s).toMatchObject({ status: 'Running', ready: '1/1', tone: 'ready' });
  });
  it('shows Terminating once deletion started, whatever the phase', () => {
    const s = podSummary(pod({ phase: 'Running' }, { metadata: { name: 'web-1', deletionTimestamp: '2025-01-01T00:00:00Z' } }));
    expect(s).toMatchObject({ status: 'Terminating', tone: 'terminating' });
  });
  it('shows init progress', () => {
    const p = pod({ phase: 'Pending', initContainerStatuses: [{ state: { running: {} } }] });
    p.spec.initContainers = [{ name: 'init' }];
    expect(podSummary(p).status).toBe('Init:0/1');
  });
  it('shows Completed for finished jobs', () => {
    const s = podSummary(pod({ phase: 'Succeeded', containerStatuses: [{ ready: false, state: { terminated: { reason: 'Completed', exitCode: 0 } } }] }));
    expect(s).toMatchObject({ status: 'Completed', tone: 'done' });
  });
});

describe('unschedulableMessage', () => {
  it('returns the scheduler message of an unschedulable pod', () => {
    const msg = '0/3 nodes are available: 3 Insufficient cpu.';
    expect(unschedulableMessage(pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: msg }] }))).toBe(msg);
    expect(unschedulableMessage(pod({ phase: 'Running', conditions: [{ type: 'PodScheduled', status: 'True' }] }))).toBeUndefined();
  });
});
