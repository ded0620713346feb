/** batch/v1 Job validation (ValidateJob, ValidateJobUpdate) and the JobSpec checks CronJob reuses. */
import type { KObject } from '../../../shared/k8s/types.js';
import { dns1123LabelErrors } from '../../../shared/k8s/names.js';
import { type FieldError, invalid, notSupported, required, nonNegative } from './field-error.js';
import { GoRepr, goLabelSelector, goStringMap } from './go-format.js';
import { jsonEqual } from './json-equal.js';
import { validateLabelSelector, selectorConvertible, selectorMatches } from './label-selector.js';
import { immutable, nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { validatePodTemplateSpec } from './pod-spec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const CONTROLLER_UID = 'batch.kubernetes.io/controller-uid';
const JOB_NAME = 'batch.kubernetes.io/job-name';

/** validateJobSpec: counts, completion mode, pod template and a restart policy that lets pods finish. */
export function validateJobSpecCommon(spec: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex', 'maxFailedIndexes']) {
    errs.push(...nonNegative(spec[f], `${path}.${f}`));
  }
  const mode = spec.completionMode;
  if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(notSupported(`${path}.completionMode`, mode, ['NonIndexed', 'Indexed']));
  if (mode === 'Indexed' && (spec.completions === undefined || spec.completions === null)) {
    errs.push(required(`${path}.completions`, 'when completion mode is Indexed'));
  }
  errs.push(...validatePodTemplateSpec(spec.template, `${path}.template`));
  const rp = spec.template?.spec?.restartPolicy;
  if (rp !== 'OnFailure' && rp !== 'Never') errs.push(required(`${path}.template.spec.restartPolicy`, 'valid values: "OnFailure", "Never"'));
  return errs;
}

function hasLabel(labels: Record<string, string> | undefined, key: string, want: string): FieldError[] {
  const field = `spec.template.metadata.labels[${key}]`;
  if (!labels || !(key in labels)) return [required(field, key)];
  return labels[key] === want ? [] : [invalid(field, goStringMap(labels), `must be '${want}'`)];
}

function validateGeneratedSelector(job: KObject): FieldError[] {
  const spec = job.spec ?? {};
  if (spec.manualSelector === true || !spec.selector) return [];
  const errs: FieldError[] = [];
  const uid = job.metadata.uid ?? '';
  if (!uid) errs.push(required('metadata.uid'));
  const labels = spec.template?.metadata?.labels;
  errs.push(...hasLabel(labels, CONTROLLER_UID, uid));
  errs.push(...hasLabel(labels, JOB_NAME, job.metadata.name ?? ''));
  if (selectorConvertible(spec.selector) && !selectorMatches(spec.selector, { [CONTROLLER_UID]: uid, [JOB_NAME]: job.metadata.name ?? '' })) {
    errs.push(invalid('spec.selector', goLabelSelector(spec.selector), '`selector` not auto-generated'));
  }
  return errs;
}

function validateSpec(spec: Json): FieldError[] {
  const errs = validateJobSpecCommon(spec, 'spec');
  if (!spec.selector) errs.push(required('spec.selector'));
  else errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  if (spec.selector && selectorConvertible(spec.selector) && !selectorMatches(spec.selector, spec.template?.metadata?.labels)) {
    errs.push(invalid('spec.template.metadata.labels', goStringMap(spec.template?.metadata?.labels), '`selector` does not match template `labels`'));
  }
  return errs;
}

/** The template of an unstarted suspended Job may change its scheduling directives; nothing else. */
const SUSPENDED_MUTABLE = ['nodeSelector', 'tolerations', 'affinity', 'schedulingGates'];

function templateImmutable(spec: Json, oldSpec: Json): FieldError[] {
  const suspendedUnstarted = spec.suspend === true && oldSpec.suspend === true;
  const same = suspendedUnstarted
    ? jsonEqual(spec.template?.spec, oldSpec.template?.spec, SUSPENDED_MUTABLE)
    : jsonEqual(spec.template, oldSpec.template);
  return same ? [] : [invalid('spec.template', new GoRepr('core.PodTemplateSpec{...}'), 'field is immutable')];
}

/** Validates a Job. The caller sets metadata.uid and generates the selector (defaulting) before this. */
export function validateJob(job: KObject, old: KObject | undefined): FieldError[] {
  const spec = job.spec ?? {};
  if (!old) {
    const errs = [...validateObjectMeta(job.metadata, true, nameIsDNSSubdomain), ...validateGeneratedSelector(job), ...validateSpec(spec)];
    if (spec.completionMode === 'Indexed' && spec.completions > 0) {
      const hostname = `${job.metadata.name}-${spec.completions - 1}`;
      if (dns1123LabelErrors(hostname).length > 0) {
        errs.push(invalid('metadata.name', job.metadata.name ?? '', `will not able to create pod with invalid DNS label: ${hostname}`));
      }
    }
    return errs;
  }
  const oldSpec = old.spec ?? {};
  const errs = [...validateObjectMetaUpdate(job.metadata, old.metadata), ...validateGeneratedSelector(job), ...validateSpec(spec)];
  const elastic = spec.completionMode === 'Indexed' && spec.completions === spec.parallelism && oldSpec.completions === oldSpec.parallelism;
  if (!elastic) errs.push(...immutable(spec.completions, oldSpec.completions, 'spec.completions', spec.completions ?? null));
  errs.push(...immutable(spec.selector, oldSpec.selector, 'spec.selector', goLabelSelector(spec.selector)));
  errs.push(...templateImmutable(spec, oldSpec));
  errs.push(...immutable(spec.completionMode, oldSpec.completionMode, 'spec.completionMode'));
  return errs;
}
