import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, T0, type TestCluster } from '../../testing/harness.js';
import { cronJobController } from './cron-job.js';
import { jobController } from './job.js';
import { fakeKubelet } from './testing/fake-kubelet.js';

const CJ = 'cronjobs.batch';
const J = 'jobs.batch';

function cronJob(spec: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello', namespace: 'default' },
    spec: {
      schedule: '* * * * *',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox:1.28', command: ['/bin/sh', '-c', 'date; echo Hello'] }] } } } },
      ...spec,
    },
  };
}

function cluster(runFor = 5000): TestCluster {
  return createTestCluster({ controllers: [cronJobController(), jobController(), fakeKubelet({ runFor })] });
}

describe('CronJob controller', () => {
  it('creates a Job named after the scheduled minute and sleeps until the next schedule', () => {
    const t = cluster();
    t.create(CJ, cronJob());
    expect(t.list(J, 'default')).toHaveLength(0);
    expect(t.engine.nextTimer()).toBe(T0 + 60_000);
    t.advance(60_000);
    const [job] = t.list(J, 'default');
    expect(job.metadata.name).toBe(`hello-${(T0 + 60_000) / 60_000}`);
    expect(job.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'CronJob', name: 'hello', controller: true });
    expect(job.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2026-01-01T00:01:00Z');
    const cj = t.get(CJ, 'default', 'hello')!;
    expect(cj.status.lastScheduleTime).toBe('2026-01-01T00:01:00Z');
    expect(cj.status.active).toEqual([expect.objectContaining({ kind: 'Job', name: job.metadata.name })]);
    expect(t.events('hello')).toContainEqual(expect.objectContaining({ reason: 'SuccessfulCreate', message: `Created job ${job.metadata.name}` }));
    t.advance(10_000);
    const done = t.get(CJ, 'default', 'hello')!;
    expect(done.status.active).toBeUndefined();
    expect(done.status.lastSuccessfulTime).toBe('2026-01-01T00:01:06Z');
    expect(t.events('hello')).toContainEqual(expect.objectContaining({ reason: 'SawCompletedJob', message: `Saw completed job: ${job.metadata.name}, condition: Complete` }));
  });

  it('keeps successfulJobsHistoryLimit finished Jobs', () => {
    const t = cluster();
    t.create(CJ, cronJob({ successfulJobsHistoryLimit: 2 }));
    for (let i = 0; i < 5; i++) t.advance(60_000);
    t.advance(10_000);
    expect(t.list(J, 'default').filter((j) => !j.metadata.deletionTimestamp).map((j) => j.metadata.name)).toEqual([`hello-${T0 / 60_000 + 4}`, `hello-${T0 / 60_000 + 5}`]);
    expect(t.events('hello').some((e) => e.reason === 'SuccessfulDelete' && e.message === `Deleted job hello-${T0 / 60_000 + 1}`)).toBe(true);
  });

  it('Forbid skips a run while one is active; Replace deletes it', () => {
    const t = cluster(1e9);
    t.create(CJ, cronJob({ concurrencyPolicy: 'Forbid' }));
    t.advance(120_000);
    expect(t.list(J, 'default')).toHaveLength(1);
    expect(t.events('hello')).toContainEqual(expect.objectContaining({ reason: 'JobAlreadyActive', message: 'Not starting job because prior execution is running and concurrency policy is Forbid' }));
    const cj = t.get(CJ, 'default', 'hello')!;
    t.update(CJ, { ...cj, spec: { ...cj.spec, concurrencyPolicy: 'Replace' } });
    t.advance(60_000);
    const live = t.list(J, 'default').filter((j) => !j.metadata.deletionTimestamp);
    expect(live.map((j) => j.metadata.name)).toEqual([`hello-${T0 / 60_000 + 3}`]);
    expect(t.get(CJ, 'default', 'hello')!.status.active).toHaveLength(1);
  });

  it('suspend stops scheduling without timers', () => {
    const t = cluster();
    t.create(CJ, cronJob({ suspend: true, schedule: '@hourly' }));
    t.advance(2 * 3600_000);
    expect(t.list(J, 'default')).toHaveLength(0);
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('schedules in spec.timeZone and stamps the Job with the zone offset', () => {
    const t = cluster();
    t.create(CJ, cronJob({ schedule: '0 9 * * *', timeZone: 'Asia/Tokyo' }));
    expect(t.engine.nextTimer()).toBe(T0 + 24 * 3600_000);
    t.advance(24 * 3600_000);
    const [job] = t.list(J, 'default');
    expect(job.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2026-01-02T09:00:00+09:00');
    expect(t.get(CJ, 'default', 'hello')!.status.lastScheduleTime).toBe('2026-01-02T00:00:00Z');
  });
});
