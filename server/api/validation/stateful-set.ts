/** apps/v1 StatefulSet validation (ValidateStatefulSet, ValidateStatefulSetUpdate). */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, forbidden, invalid, notSupported, required, nonNegative } from './field-error.js';
import { GoRepr, goIntOrString, goQuote } from './go-format.js';
import { jsonEqual } from './json-equal.js';
import { nameIsDNSLabel, validateAnnotations, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { alwaysRestart, intOrPercentValue, notMoreThan100Percent, selectorMatchesTemplate, validateIntOrPercent, validateRequiredSelector } from './workload-common.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function validateUpdateStrategy(strategy: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (strategy?.type) {
    case undefined:
    case '':
      errs.push(required(path));
      break;
    case 'OnDelete':
      if (strategy.rollingUpdate) errs.push(invalid(`${path}.rollingUpdate`, new GoRepr('apps.RollingUpdateStatefulSetStrategy{...}'), "only allowed for updateStrategy 'RollingUpdate'"));
      break;
    case 'RollingUpdate': {
      const ru = strategy.rollingUpdate;
      if (!ru) break;
      errs.push(...nonNegative(ru.partition, `${path}.rollingUpdate.partition`));
      if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) {
        const p = `${path}.rollingUpdate.maxUnavailable`;
        errs.push(...validateIntOrPercent(ru.maxUnavailable, p));
        if (intOrPercentValue(ru.maxUnavailable) === 0) errs.push(invalid(p, goIntOrString(ru.maxUnavailable), 'cannot be 0'));
        errs.push(...notMoreThan100Percent(ru.maxUnavailable, p));
      }
      break;
    }
    default:
      errs.push(invalid(path, new GoRepr(`apps.StatefulSetUpdateStrategy{Type:${goQuote(strategy.type)}, RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}`), "must be 'RollingUpdate' or 'OnDelete'"));
  }
  return errs;
}

function validateRetention(policy: Json, path: string): FieldError[] {
  if (!policy) return [];
  const errs: FieldError[] = [];
  for (const f of ['whenDeleted', 'whenScaled']) {
    if (policy[f] !== 'Retain' && policy[f] !== 'Delete') errs.push(notSupported(`${path}.${f}`, policy[f] ?? '', ['Retain', 'Delete']));
  }
  return errs;
}

function validateSpec(spec: Json): FieldError[] {
  const errs: FieldError[] = [];
  const pmp = spec.podManagementPolicy;
  if (!pmp) errs.push(required('spec.podManagementPolicy'));
  else if (pmp !== 'OrderedReady' && pmp !== 'Parallel') errs.push(invalid('spec.podManagementPolicy', pmp, "must be 'OrderedReady' or 'Parallel'"));
  errs.push(...validateUpdateStrategy(spec.updateStrategy, 'spec.updateStrategy'));
  errs.push(...validateRetention(spec.persistentVolumeClaimRetentionPolicy, 'spec.persistentVolumeClaimRetentionPolicy'));
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  if (spec.ordinals) errs.push(...nonNegative(spec.ordinals.start, 'spec.ordinals.start'));
  errs.push(...validateRequiredSelector(spec.selector, 'spec.selector', 'statefulset'));
  // The API server checks only the template's metadata here, not its pod spec.
  const template = spec.template ?? {};
  errs.push(...selectorMatchesTemplate(spec.selector, template, 'spec.template.metadata.labels'));
  errs.push(...validateLabels(template.metadata?.labels, 'spec.template.labels'));
  errs.push(...validateAnnotations(template.metadata?.annotations, 'spec.template.annotations'));
  errs.push(...alwaysRestart(template, 'spec.template', 'StatefulSet'));
  return errs;
}

const MUTABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];

/** Validates a StatefulSet; on update only a handful of spec fields may change. */
export function validateStatefulSet(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  if (!old) return [...validateObjectMeta(obj.metadata, true, nameIsDNSLabel), ...validateSpec(spec)];
  const errs = [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateSpec(spec)];
  if (!jsonEqual(spec, old.spec, MUTABLE)) {
    errs.push(
      forbidden(
        'spec',
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
      ),
    );
  }
  return errs;
}

