/** Per-resource rules of the API server's registry strategies: what create resets, which writes bump
 * generation, what the main resource may not change (status) and what deletion returns. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { ResourceInfo } from '../../../shared/k8s/resources.js';
import { storageKey } from '../../../shared/k8s/resources.js';

/** Resources whose spec changes bump metadata.generation. */
const GENERATION = new Set([
  'deployments.apps',
  'replicasets.apps',
  'daemonsets.apps',
  'statefulsets.apps',
  'jobs.batch',
  'cronjobs.batch',
  'horizontalpodautoscalers.autoscaling',
  'ingresses.networking.k8s.io',
  'poddisruptionbudgets.policy',
]);

/** Resources whose DELETE answers with the object rather than a Status. */
const RETURNS_DELETED_OBJECT = new Set(['pods']);

/** Fields of an object that are neither metadata nor status: a change in them is a spec change. */
export function specOf(obj: KObject): Record<string, unknown> {
  const { metadata: _m, status: _s, apiVersion: _a, kind: _k, ...rest } = obj;
  return rest;
}

export function tracksGeneration(info: ResourceInfo): boolean {
  return GENERATION.has(storageKey(info));
}

export function returnsDeletedObject(info: ResourceInfo): boolean {
  return RETURNS_DELETED_OBJECT.has(storageKey(info));
}

/** Whether the main resource ignores status in writes (the status subresource owns it). */
export function hasStatusSubresource(info: ResourceInfo): boolean {
  return info.subresources.includes('status');
}

/** The status an object starts with, as each strategy's PrepareForCreate sets it. */
export function initialStatus(info: ResourceInfo, obj: KObject): unknown {
  switch (storageKey(info)) {
    case 'pods':
      return { phase: 'Pending', qosClass: qosClass(obj) };
    case 'namespaces':
      return { phase: 'Active' };
    case 'persistentvolumeclaims':
      return { phase: 'Pending' };
    case 'services':
      return { loadBalancer: {} };
    case 'nodes':
      return obj.status;
    default:
      return hasStatusSubresource(info) ? {} : obj.status;
  }
}

/** The pod's QoS class from its containers' requests and limits (Guaranteed, Burstable, BestEffort). */
export function qosClass(pod: KObject): string {
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r of ['cpu', 'memory']) {
      if (lim[r] === undefined) guaranteed = false;
      else if (req[r] !== undefined && String(req[r]) !== String(lim[r])) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
