/** apps/v1 Deployment validation (ValidateDeployment, ValidateDeploymentUpdate). */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, forbidden, invalid, notSupported, required, nonNegative } from './field-error.js';
import { GoRepr, goLabelSelector, goIntOrString, goQuote } from './go-format.js';
import { immutable, nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { intOrPercentValue, notMoreThan100Percent, validateIntOrPercent, validateRequiredSelector, validateTemplateForReplicaSet } from './workload-common.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function goStrategy(strategy: Json): GoRepr {
  const ru = strategy?.rollingUpdate ? '(*apps.RollingUpdateDeployment)(0xc000a1e000)' : '(*apps.RollingUpdateDeployment)(nil)';
  return new GoRepr(`apps.DeploymentStrategy{Type:${goQuote(strategy?.type ?? '')}, RollingUpdate:${ru}}`);
}

function validateStrategy(strategy: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (strategy?.type) {
    case 'Recreate':
      if (strategy.rollingUpdate) errs.push(forbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'"));
      break;
    case 'RollingUpdate': {
      const ru = strategy.rollingUpdate;
      if (!ru) {
        errs.push(required(`${path}.rollingUpdate`, 'this should be defaulted and never be nil'));
        break;
      }
      const p = `${path}.rollingUpdate`;
      errs.push(...validateIntOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`));
      errs.push(...validateIntOrPercent(ru.maxSurge, `${p}.maxSurge`));
      if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
        errs.push(invalid(`${p}.maxUnavailable`, goIntOrString(ru.maxUnavailable ?? 0), 'may not be 0 when `maxSurge` is 0'));
      }
      errs.push(...notMoreThan100Percent(ru.maxUnavailable, `${p}.maxUnavailable`));
      break;
    }
    default:
      errs.push(notSupported(path, goStrategy(strategy), ['Recreate', 'RollingUpdate']));
  }
  return errs;
}

function validateSpec(spec: Json, path: string): FieldError[] {
  const errs = nonNegative(spec.replicas, `${path}.replicas`);
  errs.push(...validateRequiredSelector(spec.selector, `${path}.selector`, 'deployment'));
  errs.push(...validateTemplateForReplicaSet(spec.selector, spec.template, `${path}.template`, 'ReplicaSet'));
  errs.push(...validateStrategy(spec.strategy, `${path}.strategy`));
  errs.push(...nonNegative(spec.minReadySeconds, `${path}.minReadySeconds`));
  errs.push(...nonNegative(spec.revisionHistoryLimit, `${path}.revisionHistoryLimit`));
  const pds = spec.progressDeadlineSeconds;
  if (typeof pds === 'number') {
    errs.push(...nonNegative(pds, `${path}.progressDeadlineSeconds`));
    if (pds <= (spec.minReadySeconds ?? 0)) errs.push(invalid(`${path}.progressDeadlineSeconds`, pds, 'must be greater than minReadySeconds'));
  }
  return errs;
}

/** Validates a Deployment; on update the selector may not change. */
export function validateDeployment(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  if (!old) return [...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain), ...validateSpec(spec, 'spec')];
  return [
    ...validateObjectMetaUpdate(obj.metadata, old.metadata),
    ...validateSpec(spec, 'spec'),
    ...immutable(spec.selector, old.spec?.selector, 'spec.selector', goLabelSelector(spec.selector)),
  ];
}
