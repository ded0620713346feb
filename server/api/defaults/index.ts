/** Defaulting as kube-apiserver 1.32 does it on create and update (SetDefaults_* of each API group, plus the
 * create-time fields strategies and admission plugins add). Returns a defaulted deep copy. */
import type { KObject } from '../../../shared/k8s/types.js';
import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from './apps.js';
import { defaultHorizontalPodAutoscaler } from './autoscaling.js';
import { defaultCronJob, defaultJob } from './batch.js';
import { defaultEndpointSlice, defaultEndpoints, defaultNamespace, defaultNode, defaultPersistentVolumeClaim, defaultSecret } from './core.js';
import { defaultPod } from './pod.js';
import { defaultService } from './service.js';

const DEFAULTERS: Record<string, (obj: KObject) => void> = {
  pods: defaultPod,
  services: defaultService,
  namespaces: defaultNamespace,
  secrets: defaultSecret,
  persistentvolumeclaims: defaultPersistentVolumeClaim,
  nodes: defaultNode,
  endpoints: defaultEndpoints,
  'deployments.apps': defaultDeployment,
  'replicasets.apps': defaultReplicaSet,
  'daemonsets.apps': defaultDaemonSet,
  'statefulsets.apps': defaultStatefulSet,
  'jobs.batch': defaultJob,
  'cronjobs.batch': defaultCronJob,
  'horizontalpodautoscalers.autoscaling': defaultHorizontalPodAutoscaler,
  'endpointslices.discovery.k8s.io': defaultEndpointSlice,
};

/** Returns a defaulted deep copy of obj. For Jobs, metadata.uid must be set first (it seeds the selector). */
export function applyDefaults(obj: KObject, ctx: { resource: string; group: string }): KObject {
  const copy = structuredClone(obj);
  copy.metadata ??= {};
  const key = ctx.group ? `${ctx.resource}.${ctx.group}` : ctx.resource;
  DEFAULTERS[key]?.(copy);
  return copy;
}
