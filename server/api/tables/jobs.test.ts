import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { cronJobPrinter } from './cronjobs.js';
import { jobPrinter } from './jobs.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

const template = { spec: { containers: [{ name: 'pi', image: 'perl:5.34' }], restartPolicy: 'Never' } };
const selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': 'c0ffee' } };

function job(spec: Record<string, unknown>, status: Record<string, unknown>, meta: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi', namespace: 'default', creationTimestamp: ago(400), ...meta },
    spec: { selector, template, ...spec },
    status,
  };
}

const cells = (j: KObject): unknown[] => jobPrinter.cells(j, { now: NOW });

describe('job table', () => {
  it('prints a completed job with its duration', () => {
    const j = job(
      { completions: 1, parallelism: 1 },
      { succeeded: 1, startTime: ago(400), completionTime: ago(347), conditions: [{ type: 'SuccessCriteriaMet', status: 'True' }, { type: 'Complete', status: 'True' }] },
    );
    expect(cells(j)).toEqual(['pi', 'Complete', '1/1', '53s', '6m40s', 'pi', 'perl:5.34', 'batch.kubernetes.io/controller-uid=c0ffee']);
  });

  it('prints a running job measured against the simulated clock', () => {
    const j = job({ completions: 5, parallelism: 2 }, { active: 2, succeeded: 2, startTime: ago(130) });
    expect(cells(j).slice(1, 4)).toEqual(['Running', '2/5', '2m10s']);
  });

  it('prints failed, suspended, terminating and not-yet-started jobs', () => {
    expect(cells(job({ completions: 1 }, { failed: 7, startTime: ago(60), conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }] }))[1]).toBe('Failed');
    expect(cells(job({ completions: 1, suspend: true }, { conditions: [{ type: 'Suspended', status: 'True' }] })).slice(1, 4)).toEqual(['Suspended', '0/1', '']);
    expect(cells(job({ completions: 1 }, { active: 1, startTime: ago(5) }, { deletionTimestamp: ago(1) }))[1]).toBe('Terminating');
  });

  it('prints work-queue completions without a completion count', () => {
    expect(cells(job({ parallelism: 3 }, { succeeded: 1 }))[2]).toBe('1/1 of 3');
    expect(cells(job({}, {}))[2]).toBe('0/1');
  });
});

describe('cronjob table', () => {
  it('prints schedule, timezone, suspend, active jobs and the last schedule', () => {
    const cj: KObject = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'hello', namespace: 'default', creationTimestamp: ago(3 * 3600) },
      spec: { schedule: '*/5 * * * *', suspend: false, jobTemplate: { spec: { template } } },
      status: { active: [{ kind: 'Job', name: 'hello-28934520' }], lastScheduleTime: ago(45) },
    };
    expect(cronJobPrinter.cells(cj, { now: NOW })).toEqual(['hello', '*/5 * * * *', '<none>', 'False', 1, '45s', '3h', 'pi', 'perl:5.34', '<none>']);
    const never: KObject = { ...cj, spec: { ...cj.spec, timeZone: 'Etc/UTC', suspend: undefined }, status: {} };
    expect(cronJobPrinter.cells(never, { now: NOW }).slice(2, 6)).toEqual(['Etc/UTC', '<unset>', 0, '<none>']);
  });

  it('declares the 1.32 cronjob columns', () => {
    expect(cronJobPrinter.columns.map((c) => `${c.name}:${c.type}:${c.priority}`)).toEqual([
      'Name:string:0',
      'Schedule:string:0',
      'Timezone:string:0',
      'Suspend:boolean:0',
      'Active:integer:0',
      'Last Schedule:string:0',
      'Age:string:0',
      'Containers:string:1',
      'Images:string:1',
      'Selector:string:1',
    ]);
  });
});
