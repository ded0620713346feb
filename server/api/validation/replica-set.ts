/** apps/v1 ReplicaSet validation (ValidateReplicaSet, ValidateReplicaSetUpdate). */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, nonNegative } from './field-error.js';
import { goLabelSelector } from './go-format.js';
import { immutable, nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { validateRequiredSelector, validateTemplateForReplicaSet } from './workload-common.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function validateSpec(spec: any): FieldError[] {
  const errs = nonNegative(spec.replicas, 'spec.replicas');
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  // The API server really says "deployment" here too.
  errs.push(...validateRequiredSelector(spec.selector, 'spec.selector', 'deployment'));
  errs.push(...validateTemplateForReplicaSet(spec.selector, spec.template, 'spec.template', 'ReplicaSet'));
  return errs;
}

/** Validates a ReplicaSet; on update the selector may not change. */
export function validateReplicaSet(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  if (!old) return [...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain), ...validateSpec(spec)];
  return [
    ...validateObjectMetaUpdate(obj.metadata, old.metadata),
    ...validateSpec(spec),
    ...immutable(spec.selector, old.spec?.selector, 'spec.selector', goLabelSelector(spec.selector)),
  ];
}
