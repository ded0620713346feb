/** Pod validation: create (ValidatePodCreate) and the narrow set of changes a pod update allows. */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, forbidden, invalid, required } from './field-error.js';
import { jsonEqual } from './json-equal.js';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { validatePodSpec } from './pod-spec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const UPDATABLE = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
].join(',');

function imageWhitespace(containers: Json[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (containers ?? []).forEach((c, i) => {
    if (typeof c.image === 'string' && c.image.trim() !== c.image) {
      errs.push(invalid(`${path}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
    }
  });
  return errs;
}

/** Validates a new Pod. */
export function validatePod(pod: KObject): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, true, nameIsDNSSubdomain);
  errs.push(...validatePodSpec(pod.spec, 'spec'));
  errs.push(...imageWhitespace(pod.spec?.containers, 'spec.containers'));
  errs.push(...imageWhitespace(pod.spec?.initContainers, 'spec.initContainers'));
  return errs;
}

function containerUpdates(now: Json[] | undefined, before: Json[] | undefined, path: string): { errs: FieldError[]; stop: boolean } {
  if ((now ?? []).length !== (before ?? []).length) return { errs: [forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  (now ?? []).forEach((c, i) => {
    if (!c.image) errs.push(required(`${path}[${i}].image`));
  });
  errs.push(...imageWhitespace(now, path));
  return { errs, stop: false };
}

function onlyAddedTolerations(now: Json[] | undefined, before: Json[] | undefined): FieldError[] {
  for (const old of before ?? []) {
    const found = (now ?? []).some((t) => jsonEqual({ ...old, tolerationSeconds: t.tolerationSeconds }, t));
    if (!found) return [forbidden('spec.tolerations', 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return [];
}

function goField(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** A short cmp.Diff-like rendering of the spec fields that changed. */
function specDiff(before: Json, after: Json): string {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const lines = ['  core.PodSpec{'];
  for (const k of keys) {
    if (jsonEqual(before?.[k], after?.[k])) continue;
    if (before?.[k] !== undefined) lines.push(`- \t${goField(k)}: ${JSON.stringify(before[k])},`);
    if (after?.[k] !== undefined) lines.push(`+ \t${goField(k)}: ${JSON.stringify(after[k])},`);
  }
  lines.push('  }');
  return lines.join('\n');
}

/** ValidatePodUpdate: only images, activeDeadlineSeconds, added tolerations and a negative grace period may change. */
export function validatePodUpdate(pod: KObject, old: KObject): FieldError[] {
  const errs = validateObjectMetaUpdate(pod.metadata, old.metadata);
  const spec = pod.spec ?? {};
  const oldSpec = old.spec ?? {};
  const ctrs = containerUpdates(spec.containers, oldSpec.containers, 'spec.containers');
  errs.push(...ctrs.errs);
  if (ctrs.stop) return errs;
  const inits = containerUpdates(spec.initContainers, oldSpec.initContainers, 'spec.initContainers');
  errs.push(...inits.errs);
  if (inits.stop) return errs;

  const ads = spec.activeDeadlineSeconds;
  const oldAds = oldSpec.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null) {
    if (ads < 0 || ads > 2147483647) return [...errs, invalid('spec.activeDeadlineSeconds', ads, 'must be between 0 and 2147483647, inclusive')];
    if (oldAds !== undefined && oldAds !== null && oldAds < ads) {
      return [...errs, invalid('spec.activeDeadlineSeconds', ads, 'must be less than or equal to previous value')];
    }
  } else if (oldAds !== undefined && oldAds !== null) {
    errs.push(invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
  }

  const munged: Json = structuredClone(spec);
  const withImages = (now: Json[] | undefined, before: Json[] | undefined): Json[] | undefined =>
    now?.map((c, i) => ({ ...c, image: before?.[i]?.image }));
  munged.containers = withImages(spec.containers, oldSpec.containers);
  if (spec.initContainers) munged.initContainers = withImages(spec.initContainers, oldSpec.initContainers);
  if (oldSpec.activeDeadlineSeconds === undefined) delete munged.activeDeadlineSeconds;
  else munged.activeDeadlineSeconds = oldSpec.activeDeadlineSeconds;
  const tgp = spec.terminationGracePeriodSeconds;
  if (oldSpec.terminationGracePeriodSeconds < 0 && tgp === 1) munged.terminationGracePeriodSeconds = oldSpec.terminationGracePeriodSeconds;
  errs.push(...onlyAddedTolerations(spec.tolerations, oldSpec.tolerations));
  if (oldSpec.tolerations === undefined) delete munged.tolerations;
  else munged.tolerations = oldSpec.tolerations;

  if (!jsonEqual(munged, oldSpec)) {
    errs.push(forbidden('spec', `pod updates may not change fields other than ${UPDATABLE}\n${specDiff(oldSpec, munged)}`));
  }
  return errs;
}
