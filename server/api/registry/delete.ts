/** DELETE with graceful pod termination, finalizers and propagation policies (Background, Foreground,
 * Orphan). Dependents are removed by the simulation's garbage collector, as in a real cluster. */
import type { KObject, Status } from '../../../shared/k8s/types.js';
import { errors, successStatus } from '../k8s/status.js';
import { isoTime } from '../../sim/time.js';
import type { Cluster } from '../../sim/cluster.js';
import type { Scope } from './context.js';
import { storageOf } from './prepare.js';
import { returnsDeletedObject } from './strategy.js';

export interface DeleteOptions {
  dryRun?: boolean;
  gracePeriodSeconds?: number;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  preconditions?: { uid?: string; resourceVersion?: string };
}

/** Removes an object now (or after finalizers). Shared with the update path for the last finalizer. */
export function finishDeletion(cluster: Cluster, resource: string, obj: KObject): KObject {
  return cluster.store.remove(resource, obj.metadata.namespace, obj.metadata.name!) ?? obj;
}

/** Default propagation: Background for most, Orphan for the kinds whose legacy default orphans. */
function defaultPolicy(): 'Background' {
  return 'Background';
}

/** Deletes the named object, answering with the object (pods, or a deletion still in progress) or a Status. */
export function deleteObject(cluster: Cluster, scope: Scope, opts: DeleteOptions): { body: KObject | Status; code: number } {
  const resource = storageOf(scope);
  const ns = scope.info.namespaced ? scope.namespace : undefined;
  const current = cluster.store.get(resource, ns, scope.name!);
  if (!current) throw errors.notFound(scope.info.resource, scope.info.group, scope.name!);
  const pre = opts.preconditions;
  if (pre?.uid && pre.uid !== current.metadata.uid) {
    throw errors.conflict(scope.info.resource, scope.info.group, scope.name!, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`);
  }
  if (pre?.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
    throw errors.conflict(scope.info.resource, scope.info.group, scope.name!, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`);
  }
  const now = cluster.now();
  const policy = opts.propagationPolicy ?? defaultPolicy();
  const finalizers = [...(current.metadata.finalizers ?? [])];
  if (policy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
  if (policy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
  if (scope.info.resource === 'namespaces' && !scope.info.group) {
    return pending(cluster, scope, resource, current, finalizers, now, 0, opts);
  }
  const grace = graceSeconds(scope, current, opts);
  if (finalizers.length > 0 || grace > 0) return pending(cluster, scope, resource, current, finalizers, now, grace, opts);
  const last = opts.dryRun ? current : cluster.write(() => finishDeletion(cluster, resource, current));
  return returnsDeletedObject(scope.info)
    ? { body: last, code: 200 }
    : { body: successStatus(scope.info.resource, scope.info.group, scope.name!, current.metadata.uid), code: 200 };
}

/** Graceful period for pods bound to a node (the kubelet confirms); everything else goes at once. */
function graceSeconds(scope: Scope, pod: KObject, opts: DeleteOptions): number {
  if (scope.info.resource !== 'pods' || scope.info.group) return 0;
  if (!pod.spec?.nodeName) return 0;
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return 0;
  return Math.max(0, opts.gracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30);
}

function pending(cluster: Cluster, scope: Scope, resource: string, current: KObject, finalizers: string[], now: number, grace: number, opts: DeleteOptions) {
  const meta = current.metadata;
  const alreadyDeleting = !!meta.deletionTimestamp;
  // A second delete may shorten the grace period (e.g. --force --grace-period=0) but never extends it.
  const deadline = now + grace * 1000;
  if (alreadyDeleting && Date.parse(meta.deletionTimestamp!) <= deadline && sameFinalizers(meta.finalizers, finalizers)) {
    return { body: current as KObject, code: 200 };
  }
  const next: KObject = {
    ...current,
    metadata: {
      ...meta,
      deletionTimestamp: isoTime(alreadyDeleting ? Math.min(Date.parse(meta.deletionTimestamp!), deadline) : deadline),
      deletionGracePeriodSeconds: grace,
      finalizers: finalizers.length ? finalizers : undefined,
    },
  };
  if (!next.metadata.finalizers) delete next.metadata.finalizers;
  if (scope.info.resource === 'namespaces' && !scope.info.group) next.status = { ...(next.status ?? {}), phase: 'Terminating' };
  const stored = opts.dryRun ? next : cluster.write(() => cluster.store.put(resource, next));
  return { body: stored, code: 200 };
}

function sameFinalizers(a: string[] | undefined, b: string[]): boolean {
  const x = a ?? [];
  return x.length === b.length && x.every((f, i) => f === b[i]);
}
