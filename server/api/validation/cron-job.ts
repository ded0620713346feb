/** batch/v1 CronJob validation (ValidateCronJobCreate, ValidateCronJobUpdate). */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, invalid, notSupported, required, nonNegative } from './field-error.js';
import { goLabelSelector } from './go-format.js';
import { nameIsDNSSubdomain, validateAnnotations, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { cronScheduleError } from './cron-schedule.js';
import { validateJobSpecCommon } from './job.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function validTimeZone(tz: string): string | undefined {
  if (tz === '') return 'timeZone must be nil or non-empty string';
  if (tz.toLowerCase() === 'local') return 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return undefined;
  } catch {
    return `unknown time zone ${tz}`;
  }
}

function validateSchedule(spec: Json): FieldError[] {
  const schedule = spec.schedule;
  if (!schedule) return [required('spec.schedule')];
  const errs: FieldError[] = [];
  const err = cronScheduleError(schedule);
  if (err) errs.push(invalid('spec.schedule', schedule, err));
  if (schedule.includes('TZ')) errs.push(invalid('spec.schedule', schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  return errs;
}

function validateSpec(spec: Json): FieldError[] {
  const errs = validateSchedule(spec);
  errs.push(...nonNegative(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  const cp = spec.concurrencyPolicy;
  if (!cp) errs.push(required('spec.concurrencyPolicy'));
  else if (!['Allow', 'Forbid', 'Replace'].includes(cp)) errs.push(notSupported('spec.concurrencyPolicy', cp, ['Allow', 'Forbid', 'Replace']));
  const jt = spec.jobTemplate ?? {};
  errs.push(...validateLabels(jt.metadata?.labels, 'spec.jobTemplate.metadata.labels'));
  errs.push(...validateAnnotations(jt.metadata?.annotations, 'spec.jobTemplate.metadata.annotations'));
  const jobSpec = jt.spec ?? {};
  errs.push(...validateJobSpecCommon(jobSpec, 'spec.jobTemplate.spec'));
  if (jobSpec.selector) errs.push(invalid('spec.jobTemplate.spec.selector', goLabelSelector(jobSpec.selector), '`selector` will be auto-generated'));
  if (jobSpec.manualSelector === true) errs.push(notSupported('spec.jobTemplate.spec.manualSelector', true, ['nil', 'false']));
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  errs.push(...nonNegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  if (typeof spec.timeZone === 'string') {
    const tzErr = validTimeZone(spec.timeZone);
    if (tzErr) errs.push(invalid('spec.timeZone', spec.timeZone, tzErr));
  }
  return errs;
}

/** Validates a CronJob; names are capped at 52 characters so the Jobs it creates have valid names. */
export function validateCronJob(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  if (old) return [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateSpec(spec)];
  const errs = validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain);
  const name = obj.metadata.name ?? '';
  if (name.length > 52) errs.push(invalid('metadata.name', name, 'must be no more than 52 characters'));
  return [...errs, ...validateSpec(spec)];
}
