import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { check, lines, template } from './test-helpers.js';

function job(spec: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi', namespace: 'default', uid: 'abc-123' },
    spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl' }], restartPolicy: 'Never' } }, ...spec },
  };
}

function cronJob(spec: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello', namespace: 'default' },
    spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: { spec: { containers: [{ name: 'h', image: 'busybox' }], restartPolicy: 'OnFailure' } } } }, ...spec },
  };
}

describe('Job validation', () => {
  it('accepts a job whose selector is generated from its uid', () => {
    expect(check(job(), 'jobs', 'batch')).toEqual([]);
  });

  it('requires a restart policy that lets pods finish', () => {
    const j = job({ template: template('pi') });
    expect(lines(check(j, 'jobs', 'batch'))).toEqual(['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
  });

  it('rejects a user selector without manualSelector', () => {
    const j = job({ selector: { matchLabels: { app: 'pi' } } });
    j.spec.template.metadata = { labels: { app: 'pi' } };
    expect(lines(check(j, 'jobs', 'batch'))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"pi", "batch.kubernetes.io/controller-uid":"abc-123"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated',
    ]);
  });

  it('rejects negative backoffLimit', () => {
    expect(lines(check(job({ backoffLimit: -1 }), 'jobs', 'batch'))).toEqual(['spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0']);
  });

  it('forbids changing the template of a running job', () => {
    const before: KObject = { ...job(), metadata: { ...job().metadata, resourceVersion: '2' } };
    const after = structuredClone(before);
    after.spec.template.spec.containers[0].image = 'perl:5';
    expect(lines(check(after, 'jobs', 'batch', before))).toEqual(['spec.template: Invalid value: core.PodTemplateSpec{...}: field is immutable']);
  });
});

describe('CronJob validation', () => {
  it('accepts a valid cronjob', () => {
    expect(check(cronJob(), 'cronjobs', 'batch')).toEqual([]);
  });

  it('rejects a schedule with the wrong number of fields', () => {
    expect(lines(check(cronJob({ schedule: '* * *' }), 'cronjobs', 'batch'))).toEqual([
      'spec.schedule: Invalid value: "* * *": expected exactly 5 fields, found 3: [* * *]',
    ]);
  });

  it('rejects an out-of-range minute', () => {
    expect(lines(check(cronJob({ schedule: '61 * * * *' }), 'cronjobs', 'batch'))).toEqual([
      'spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61',
    ]);
  });

  it('rejects an unknown concurrency policy and a job template restart policy of Always', () => {
    const c = cronJob({ concurrencyPolicy: 'Sometimes' });
    c.spec.jobTemplate.spec.template.spec.restartPolicy = 'Always';
    expect(lines(check(c, 'cronjobs', 'batch'))).toEqual([
      'spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"',
      'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]);
  });

  it('caps names at 52 characters', () => {
    const c = cronJob();
    c.metadata.name = 'a'.repeat(53);
    expect(lines(check(c, 'cronjobs', 'batch'))).toEqual([`metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`]);
  });
});
