/** apps/v1 DaemonSet validation (ValidateDaemonSet, ValidateDaemonSetUpdate). */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, invalid, notSupported, required, nonNegative } from './field-error.js';
import { GoRepr, goIntOrString, goLabelSelector, goQuote, goStringMap } from './go-format.js';
import { validateLabelSelector, selectorEmpty } from './label-selector.js';
import { immutable, nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { validatePodTemplateSpec } from './pod-spec.js';
import { alwaysRestart, intOrPercentValue, notMoreThan100Percent, selectorMatchesTemplate, validateIntOrPercent } from './workload-common.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function validateUpdateStrategy(strategy: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (strategy?.type) {
    case 'OnDelete':
      break;
    case 'RollingUpdate': {
      const ru = strategy.rollingUpdate;
      if (!ru) return [required(`${path}.rollingUpdate`)];
      const p = `${path}.rollingUpdate`;
      errs.push(...validateIntOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`));
      errs.push(...validateIntOrPercent(ru.maxSurge, `${p}.maxSurge`));
      errs.push(...notMoreThan100Percent(ru.maxUnavailable, `${p}.maxUnavailable`));
      errs.push(...notMoreThan100Percent(ru.maxSurge, `${p}.maxSurge`));
      const hasUnavailable = intOrPercentValue(ru.maxUnavailable) !== 0;
      const hasSurge = intOrPercentValue(ru.maxSurge) !== 0;
      if (hasUnavailable && hasSurge) errs.push(invalid(`${p}.maxSurge`, goIntOrString(ru.maxSurge), 'may not be set when maxUnavailable is non-zero'));
      else if (!hasUnavailable && !hasSurge) errs.push(required(`${p}.maxUnavailable`, 'cannot be 0 when maxSurge is 0'));
      break;
    }
    default: {
      const ru = strategy?.rollingUpdate ? '(*apps.RollingUpdateDaemonSet)(0xc000a1e000)' : '(*apps.RollingUpdateDaemonSet)(nil)';
      errs.push(notSupported(path, new GoRepr(`apps.DaemonSetUpdateStrategy{Type:${goQuote(strategy?.type ?? '')}, RollingUpdate:${ru}}`), ['RollingUpdate', 'OnDelete']));
    }
  }
  return errs;
}

function validateSpec(spec: Json): FieldError[] {
  const errs = validateLabelSelector(spec.selector, 'spec.selector');
  // A missing selector selects nothing, so the API server reports it as a mismatch rather than as required.
  if (!spec.selector) errs.push(invalid('spec.template.metadata.labels', goStringMap(spec.template?.metadata?.labels), '`selector` does not match template `labels`'));
  else errs.push(...selectorMatchesTemplate(spec.selector, spec.template, 'spec.template.metadata.labels'));
  if (spec.selector && selectorEmpty(spec.selector)) errs.push(invalid('spec.selector', goLabelSelector(spec.selector), 'empty selector is invalid for daemonset'));
  errs.push(...validatePodTemplateSpec(spec.template, 'spec.template'));
  errs.push(...alwaysRestart(spec.template, 'spec.template', 'DaemonSet'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateUpdateStrategy(spec.updateStrategy, 'spec.updateStrategy'));
  errs.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  return errs;
}

/** Validates a DaemonSet; on update the selector may not change. */
export function validateDaemonSet(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  if (!old) return [...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain), ...validateSpec(spec)];
  return [
    ...validateObjectMetaUpdate(obj.metadata, old.metadata),
    ...validateSpec(spec),
    ...immutable(spec.selector, old.spec?.selector, 'spec.selector', goLabelSelector(spec.selector)),
  ];
}
