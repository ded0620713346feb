/** Kinds with little to check: Lease, PodDisruptionBudget, Event, ServiceAccount, SelfSubjectAccessReview. */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, invalid, notSupported, nonNegative } from './field-error.js';
import { GoRepr } from './go-format.js';
import { validateLabelSelector } from './label-selector.js';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { notMoreThan100Percent, validateIntOrPercent } from './workload-common.js';

function meta(obj: KObject, old: KObject | undefined, namespaced = true): FieldError[] {
  return old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, namespaced, nameIsDNSSubdomain);
}

/** Validates a coordination.k8s.io/v1 Lease. */
export function validateLease(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  const errs = meta(obj, old);
  const d = spec.leaseDurationSeconds;
  if (typeof d === 'number' && d <= 0) errs.push(invalid('spec.leaseDurationSeconds', d, 'must be greater than 0'));
  errs.push(...nonNegative(spec.leaseTransitions, 'spec.leaseTransitions'));
  return errs;
}

/** Validates a policy/v1 PodDisruptionBudget. */
export function validatePodDisruptionBudget(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  const errs = meta(obj, old);
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    errs.push(invalid('spec', new GoRepr('policy.PodDisruptionBudgetSpec{...}'), 'minAvailable and maxUnavailable cannot be both set'));
  }
  for (const f of ['minAvailable', 'maxUnavailable']) {
    errs.push(...validateIntOrPercent(spec[f], `spec.${f}`));
    errs.push(...notMoreThan100Percent(spec[f], `spec.${f}`));
  }
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && policy !== 'IfHealthyBudget' && policy !== 'AlwaysAllow') {
    errs.push(notSupported('spec.unhealthyPodEvictionPolicy', policy, ['AlwaysAllow', 'IfHealthyBudget']));
  }
  return errs;
}

/** Validates a core/v1 Event: its involved object must live in the event's namespace. */
export function validateEvent(obj: KObject, old: KObject | undefined): FieldError[] {
  const errs = meta(obj, old);
  const ns = obj.involvedObject?.namespace;
  if (ns && obj.metadata.namespace && ns !== obj.metadata.namespace) {
    errs.push(invalid('involvedObject.namespace', ns, 'does not match event.namespace'));
  }
  return errs;
}

/** Validates a ServiceAccount (metadata only, as the API server does). */
export function validateServiceAccount(obj: KObject, old: KObject | undefined): FieldError[] {
  return meta(obj, old);
}

/** Validates a SelfSubjectAccessReview: exactly one kind of attributes. */
export function validateSelfSubjectAccessReview(obj: KObject): FieldError[] {
  const spec = obj.spec ?? {};
  const both = !!spec.resourceAttributes === !!spec.nonResourceAttributes;
  return both ? [invalid('spec', new GoRepr('authorization.SelfSubjectAccessReviewSpec{...}'), 'exactly one of nonResourceAttributes or resourceAttributes must be specified')] : [];
}
