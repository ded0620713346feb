/** Validation as kube-apiserver runs it after defaulting: per-kind field checks producing the field.ErrorList
 * that becomes a 422 Invalid Status, plus the helpers that render it the way kubectl expects. */
import type { KObject, StatusCause } from '../../../shared/k8s/types.js';
import type { FieldError } from './field-error.js';
import { nonNegative } from './field-error.js';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { validatePod, validatePodUpdate } from './pod.js';
import { validateDeployment } from './deployment.js';
import { validateReplicaSet } from './replica-set.js';
import { validateDaemonSet } from './daemon-set.js';
import { validateStatefulSet } from './stateful-set.js';
import { validateJob } from './job.js';
import { validateCronJob } from './cron-job.js';
import { validateService } from './service.js';
import { validateNamespace } from './namespace.js';
import { validateNode } from './node.js';
import { validateConfigMap, validateSecret } from './config-data.js';
import { validatePersistentVolumeClaim } from './persistent-volume-claim.js';
import { validateHorizontalPodAutoscaler } from './horizontal-pod-autoscaler.js';
import { validateIngress } from './ingress.js';
import { validateEndpointSlice, validateEndpoints } from './endpoints.js';
import { validateEvent, validateLease, validatePodDisruptionBudget, validateSelfSubjectAccessReview, validateServiceAccount } from './small-kinds.js';
import { RESOURCES } from '../../../shared/k8s/resources.js';

export type { FieldError, FieldErrorType } from './field-error.js';

type Validator = (obj: KObject, old: KObject | undefined) => FieldError[];

const VALIDATORS: Record<string, Validator> = {
  pods: (obj, old) => (old ? validatePodUpdate(obj, old) : validatePod(obj)),
  services: validateService,
  namespaces: validateNamespace,
  nodes: validateNode,
  configmaps: validateConfigMap,
  secrets: validateSecret,
  events: validateEvent,
  serviceaccounts: validateServiceAccount,
  persistentvolumeclaims: validatePersistentVolumeClaim,
  endpoints: validateEndpoints,
  'deployments.apps': validateDeployment,
  'replicasets.apps': validateReplicaSet,
  'daemonsets.apps': validateDaemonSet,
  'statefulsets.apps': validateStatefulSet,
  'jobs.batch': validateJob,
  'cronjobs.batch': validateCronJob,
  'horizontalpodautoscalers.autoscaling': validateHorizontalPodAutoscaler,
  'ingresses.networking.k8s.io': validateIngress,
  'endpointslices.discovery.k8s.io': validateEndpointSlice,
  'leases.coordination.k8s.io': validateLease,
  'poddisruptionbudgets.policy': validatePodDisruptionBudget,
  'selfsubjectaccessreviews.authorization.k8s.io': (obj) => validateSelfSubjectAccessReview(obj),
};

function namespaced(resource: string, group: string): boolean {
  return RESOURCES.find((r) => r.resource === resource && r.group === group)?.namespaced ?? true;
}

/** autoscaling/v1 Scale written through a `scale` subresource. */
function validateScale(scale: KObject, old: KObject | undefined): FieldError[] {
  const meta = old ? validateObjectMetaUpdate(scale.metadata, old.metadata) : validateObjectMeta(scale.metadata, true, nameIsDNSSubdomain);
  return [...meta, ...nonNegative(scale.spec?.replicas, 'spec.replicas')];
}

/** Validates an already-defaulted object (and, on update, its stored predecessor) as the API server would. */
export function validateObject(obj: KObject, old: KObject | undefined, ctx: { resource: string; group: string; subresource?: string }): FieldError[] {
  if (ctx.subresource === 'scale' || obj.kind === 'Scale') return validateScale(obj, old);
  // Status writes keep the stored spec (strategy), so only metadata is checked here.
  if (ctx.subresource && old) return validateObjectMetaUpdate(obj.metadata, old.metadata);
  if (ctx.subresource) return [];
  const key = ctx.group ? `${ctx.resource}.${ctx.group}` : ctx.resource;
  const validator = VALIDATORS[key];
  if (validator) return validator(obj, old);
  if (ctx.group === 'metrics.k8s.io') return [];
  return old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, namespaced(ctx.resource, ctx.group), nameIsDNSSubdomain);
}

/** metav1.StatusCause entries of a 422: reason is the error type, message the text after the field. */
export function toCauses(errs: FieldError[]): StatusCause[] {
  return errs.map((e) => ({ reason: e.type, message: e.message, field: e.field }));
}

/** errors.NewInvalid's message: `Deployment.apps "x" is invalid: <one error>` or `[<e1>, <e2>]`, duplicates
 * dropped as utilerrors.Aggregate does. `kind` is the qualified kind (`Deployment.apps`, `Pod`). */
export function invalidMessage(kind: string, name: string, errs: FieldError[]): string {
  const head = `${kind} ${JSON.stringify(name)} is invalid`;
  const seen: string[] = [];
  for (const e of errs) {
    const text = e.field ? `${e.field}: ${e.message}` : e.message;
    if (!seen.includes(text)) seen.push(text);
  }
  if (seen.length === 0) return head;
  return seen.length === 1 ? `${head}: ${seen[0]}` : `${head}: [${seen.join(', ')}]`;
}
