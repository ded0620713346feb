/** batch/v1 defaults: Job (SetDefaults_Job plus the selector the Job strategy generates) and CronJob. */
import type { KObject } from '../../../shared/k8s/types.js';
import { defaultPodTemplate } from './pod-spec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const CONTROLLER_UID = 'batch.kubernetes.io/controller-uid';
const LEGACY_CONTROLLER_UID = 'controller-uid';
const JOB_NAME = 'batch.kubernetes.io/job-name';
const LEGACY_JOB_NAME = 'job-name';

/** JobSpec defaults shared by Jobs (not by CronJob job templates, which keep only pod template defaults). */
function defaultJobSpec(spec: Json): void {
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex !== undefined ? 2147483647 : 6;
  spec.completionMode ||= 'NonIndexed';
  spec.suspend ??= false;
  spec.podReplacementPolicy ||= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  for (const rule of spec.podFailurePolicy?.rules ?? []) {
    for (const cond of rule.onPodConditions ?? []) cond.status ||= 'True';
  }
}

/** generateSelector: pods are selected by the Job's uid; labels the user set are kept. */
function generateSelector(job: KObject): void {
  const spec = job.spec;
  if (spec.manualSelector === true) return;
  const labels = (spec.template.metadata.labels ??= {});
  const uid = job.metadata.uid ?? '';
  const name = job.metadata.name ?? '';
  for (const key of [LEGACY_JOB_NAME, JOB_NAME]) labels[key] ??= name;
  for (const key of [LEGACY_CONTROLLER_UID, CONTROLLER_UID]) labels[key] ??= uid;
  const selector = (spec.selector ??= {});
  selector.matchLabels ??= {};
  selector.matchLabels[CONTROLLER_UID] ??= uid;
}

/** Job. metadata.uid must already be set: the generated selector is built from it. */
export function defaultJob(job: KObject): void {
  const spec = (job.spec ??= {});
  defaultJobSpec(spec);
  defaultPodTemplate((spec.template ??= {}));
  generateSelector(job);
  // Read back through defaulting, a Job without labels shows its template's labels.
  if (Object.keys(job.metadata.labels ?? {}).length === 0 && Object.keys(spec.template.metadata.labels ?? {}).length > 0) {
    job.metadata.labels = { ...spec.template.metadata.labels };
  }
}

/** CronJob: Allow concurrency, not suspended, keep 3 successful and 1 failed Job. */
export function defaultCronJob(obj: KObject): void {
  const spec = (obj.spec ??= {});
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobTemplate = (spec.jobTemplate ??= {});
  jobTemplate.metadata ??= {};
  jobTemplate.spec ??= {};
  defaultPodTemplate((jobTemplate.spec.template ??= {}));
}
