import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';
import { jobController } from './job.js';
import { ttlAfterFinishedController } from './ttl-after-finished.js';
import { fakeKubelet, type FakeKubeletOptions } from './testing/fake-kubelet.js';

const J = 'jobs.batch';

function job(name: string, spec: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace: 'default' },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34.0', command: ['perl', '-e', 'print 1'] }] } }, ...spec },
  };
}

function cluster(opts: FakeKubeletOptions = {}): TestCluster {
  return createTestCluster({ controllers: [jobController(), ttlAfterFinishedController(), fakeKubelet({ readyAfter: () => 1000, runFor: 5000, ...opts })] });
}

const cond = (j: KObject, type: string) => j.status.conditions?.find((c: { type: string }) => c.type === type);

describe('Job controller', () => {
  it('runs pods to completion with parallelism and reports Complete', () => {
    const t = cluster();
    t.create(J, job('pi', { completions: 3, parallelism: 2 }));
    const pods = t.list('pods', 'default');
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^pi-[a-z0-9]{5}$/);
      expect(p.metadata.labels).toMatchObject({ 'batch.kubernetes.io/job-name': 'pi', 'job-name': 'pi', 'batch.kubernetes.io/controller-uid': t.get(J, 'default', 'pi')!.metadata.uid });
      expect(p.metadata.finalizers).toEqual(['batch.kubernetes.io/job-tracking']);
    }
    expect(t.get(J, 'default', 'pi')!.status).toMatchObject({ active: 2, ready: 0, startTime: '2026-01-01T00:00:00Z' });
    t.advance(1000);
    expect(t.get(J, 'default', 'pi')!.status).toMatchObject({ active: 2, ready: 2 });
    for (let i = 0; i < 15; i++) t.advance(1000);
    const j = t.get(J, 'default', 'pi')!;
    expect(j.status).toMatchObject({ succeeded: 3, completionTime: expect.any(String) });
    expect(j.status.active).toBeUndefined();
    expect(cond(j, 'Complete')).toMatchObject({ status: 'True', reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' });
    expect(t.events('pi').filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(3);
    expect(t.events('pi').at(-1)).toMatchObject({ reason: 'Completed', message: 'Job completed' });
    expect(t.list('pods', 'default').every((p) => p.status.phase === 'Succeeded' && !p.metadata.finalizers)).toBe(true);
  });

  it('retries failed pods with backoff and fails at the backoff limit', () => {
    const t = cluster({ exitCode: () => 1 });
    t.create(J, job('bad', { backoffLimit: 2 }));
    t.advance(6000);
    expect(t.get(J, 'default', 'bad')!.status.failed).toBe(1);
    expect(t.list('pods', 'default').filter((p) => p.status.phase !== 'Failed')).toHaveLength(0);
    t.advance(10_000);
    expect(t.list('pods', 'default')).toHaveLength(2);
    for (let i = 0; i < 60; i++) t.advance(1000);
    const j = t.get(J, 'default', 'bad')!;
    expect(j.status.failed).toBe(3);
    expect(cond(j, 'Failed')).toMatchObject({ status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
    expect(j.status.completionTime).toBeUndefined();
    expect(t.events('bad')).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'BackoffLimitExceeded' }));
  });

  it('stops at activeDeadlineSeconds', () => {
    const t = cluster({ runFor: 1e9 });
    t.create(J, job('slow', { activeDeadlineSeconds: 30 }));
    t.advance(29_000);
    expect(cond(t.get(J, 'default', 'slow')!, 'Failed')).toBeUndefined();
    t.advance(1_000);
    expect(cond(t.get(J, 'default', 'slow')!, 'Failed')).toMatchObject({ reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' });
    expect(t.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(0);
  });

  it('is deleted ttlSecondsAfterFinished after it completes', () => {
    const t = cluster();
    t.create(J, job('once', { ttlSecondsAfterFinished: 100 }));
    t.advance(7000);
    expect(cond(t.get(J, 'default', 'once')!, 'Complete')).toBeDefined();
    t.advance(98_000);
    expect(t.get(J, 'default', 'once')!.metadata.deletionTimestamp).toBeUndefined();
    t.advance(2_000);
    const j = t.get(J, 'default', 'once');
    expect(j === undefined || !!j.metadata.deletionTimestamp).toBe(true);
  });

  it('Indexed jobs give each pod its completion index and report completedIndexes', () => {
    const t = cluster();
    t.create(J, job('idx', { completions: 3, parallelism: 2, completionMode: 'Indexed' }));
    const pods = t.list('pods', 'default').sort((a, b) => (a.metadata.annotations!['batch.kubernetes.io/job-completion-index'] < b.metadata.annotations!['batch.kubernetes.io/job-completion-index'] ? -1 : 1));
    expect(pods.map((p) => p.metadata.labels?.['batch.kubernetes.io/job-completion-index'])).toEqual(['0', '1']);
    expect(pods[1].metadata.name).toMatch(/^idx-1-[a-z0-9]{5}$/);
    expect(pods[1].spec.hostname).toBe('idx-1');
    expect(pods[1].spec.containers[0].env).toContainEqual({ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } });
    t.advance(6000);
    expect(t.get(J, 'default', 'idx')!.status.completedIndexes).toBe('0-1');
    for (let i = 0; i < 8; i++) t.advance(1000);
    const j = t.get(J, 'default', 'idx')!;
    expect(j.status).toMatchObject({ succeeded: 3, completedIndexes: '0-2' });
    expect(cond(j, 'Complete')?.status).toBe('True');
  });
});
