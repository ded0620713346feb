/** Create and update (PUT, PATCH, server-side apply) with the real API server's semantics. */
import type { KObject } from '../../../shared/k8s/types.js';
import { recordUpdate, serverSideApply } from '../patch/server-side-apply.js';
import { errors } from '../k8s/status.js';
import { isoTime } from '../../sim/time.js';
import type { Cluster } from '../../sim/cluster.js';
import type { Scope, WriteOptions, WriteResult } from './context.js';
import { checkFields, checkNamespace, checkTypeMeta, defaultAndValidate, storageOf } from './prepare.js';
import { hasStatusSubresource, initialStatus, specOf, tracksGeneration } from './strategy.js';
import { allocateService, dropTypeDependentFields } from './admission.js';
import { deepEqual } from './deep-equal.js';
import { finishDeletion } from './delete.js';

const DEFAULT_MANAGER = 'unknown';

/** POST: creates an object (or validates it only, with dryRun). */
export function createObject(cluster: Cluster, scope: Scope, body: unknown, opts: WriteOptions, fromApply = false): WriteResult {
  const input = checkTypeMeta(scope, body);
  const warnings = checkFields(scope, input, opts);
  checkNamespace(cluster, scope, input, true);
  const meta = input.metadata;
  if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${cluster.rng.suffix(5)}`;
  if (scope.name && meta.name && scope.name !== meta.name && scope.subresource === undefined) {
    throw errors.badRequest(`the name of the object (${meta.name}) does not match the name on the URL (${scope.name})`);
  }
  const now = cluster.now();
  let obj: KObject = {
    ...input,
    metadata: {
      ...meta,
      uid: cluster.rng.uuid(),
      creationTimestamp: isoTime(now),
      resourceVersion: undefined,
      deletionTimestamp: undefined,
      deletionGracePeriodSeconds: undefined,
      managedFields: fromApply ? input.metadata.managedFields : undefined,
      ...(tracksGeneration(scope.info) ? { generation: 1 } : { generation: undefined }),
    },
  };
  const status = initialStatus(scope.info, obj);
  if (status === undefined) delete obj.status;
  else obj.status = status;
  obj = defaultAndValidate(scope, stripUndefined(obj), undefined);
  if (scope.info.resource === 'services') obj = allocateService(cluster, obj, undefined);
  if (cluster.store.get(storageOf(scope), obj.metadata.namespace, obj.metadata.name!)) {
    throw errors.alreadyExists(scope.info.resource, scope.info.group, obj.metadata.name!);
  }
  if (!fromApply) obj = recordUpdate(undefined, obj, { manager: opts.fieldManager ?? DEFAULT_MANAGER, now: isoTime(now), kind: scope.info.kind });
  if (opts.dryRun) return { object: obj, created: true, warnings };
  const stored = cluster.write(() => cluster.store.put(storageOf(scope), obj));
  return { object: stored, created: true, warnings };
}

/** PUT (main resource or status subresource) of a full object over the current one. */
export function updateObject(cluster: Cluster, scope: Scope, body: unknown, opts: WriteOptions, manager = opts.fieldManager ?? DEFAULT_MANAGER): WriteResult {
  const input = checkTypeMeta(scope, body);
  const warnings = checkFields(scope, input, opts);
  checkNamespace(cluster, scope, input, false);
  const name = scope.name!;
  // A full replacement names its object; a missing name is a mismatch too, as in the real server.
  if (input.metadata.name !== name) {
    throw errors.badRequest(`the name of the object (${input.metadata.name ?? ''}) does not match the name on the URL (${name})`);
  }
  const current = cluster.store.get(storageOf(scope), input.metadata.namespace, name);
  if (!current) throw errors.notFound(scope.info.resource, scope.info.group, name);
  const rv = input.metadata.resourceVersion;
  if (rv !== undefined && rv !== '' && rv !== current.metadata.resourceVersion) {
    throw errors.conflict(scope.info.resource, scope.info.group, name, 'the object has been modified; please apply your changes to the latest version and try again');
  }
  return store(cluster, scope, current, mergeForUpdate(scope, current, input), opts, manager, warnings);
}

/** Stores `next` over `current` after the update strategy, validation and no-op detection. */
export function store(cluster: Cluster, scope: Scope, current: KObject, next: KObject, opts: WriteOptions, manager: string, warnings: string[], created = false): WriteResult {
  let obj = defaultAndValidate(scope, next, current);
  // A status write never changes the spec, even where today's defaulting would fill something in.
  if (scope.subresource === 'status') obj = { ...current, metadata: obj.metadata, status: obj.status };
  if (scope.info.resource === 'services' && !scope.subresource) obj = allocateService(cluster, obj, current);
  if (tracksGeneration(scope.info) && !deepEqual(specOf(obj), specOf(current))) {
    obj.metadata.generation = (current.metadata.generation ?? 1) + 1;
  }
  if (sameObject(obj, current)) return { object: current, warnings };
  obj = recordUpdate(current, obj, { manager, now: isoTime(cluster.now()), kind: scope.info.kind });
  if (opts.dryRun) return { object: obj, warnings, created };
  const stored = cluster.write(() => {
    const put = cluster.store.put(storageOf(scope), obj);
    // An update that removes the last finalizer of a deleting object completes its deletion.
    if (put.metadata.deletionTimestamp && !(put.metadata.finalizers?.length) && !isGracefulPod(scope, put) && !awaitsNamespaceFinalize(scope, put)) {
      return finishDeletion(cluster, storageOf(scope), put);
    }
    return put;
  });
  return { object: stored, warnings, created };
}

/** Server-side apply (PATCH application/apply-patch+yaml): creates when missing. */
export function applyObject(cluster: Cluster, scope: Scope, body: unknown, opts: WriteOptions): WriteResult {
  const applied = checkTypeMeta(scope, body);
  if (!opts.fieldManager) throw errors.badRequest('PATCH, application/apply-patch+yaml requires fieldManager to be set');
  if (applied.metadata.name && applied.metadata.name !== scope.name) {
    throw errors.badRequest(`the name of the object (${applied.metadata.name}) does not match the name on the URL (${scope.name})`);
  }
  applied.metadata.name = scope.name;
  checkNamespace(cluster, scope, applied, false);
  const current = cluster.store.get(storageOf(scope), applied.metadata.namespace, scope.name!);
  const result = serverSideApply(current, applied, { manager: opts.fieldManager, force: !!opts.force, now: isoTime(cluster.now()), kind: scope.info.kind });
  if (result.conflicts.length > 0) {
    const n = result.conflicts.length;
    const lines = result.conflicts.map((c) => `conflict with "${c.manager}"${current ? ` using ${current.apiVersion}` : ''}: ${c.field}`);
    const message = n === 1 ? `Apply failed with 1 conflict: ${lines[0]}` : `Apply failed with ${n} conflicts: ${lines.join('\n')}`;
    throw Object.assign(errors.conflict(scope.info.resource, scope.info.group, scope.name!, ''), { message });
  }
  if (!current) return createObject(cluster, { ...scope }, result.object, { ...opts, fieldValidation: opts.fieldValidation ?? 'Strict' }, true);
  const warnings = checkFields(scope, applied, opts);
  return storeApplied(cluster, scope, current, result.object, opts, warnings);
}

function storeApplied(cluster: Cluster, scope: Scope, current: KObject, merged: KObject, opts: WriteOptions, warnings: string[]): WriteResult {
  const next = mergeForUpdate(scope, current, merged);
  next.metadata.managedFields = merged.metadata.managedFields;
  let obj = defaultAndValidate(scope, next, current);
  if (scope.info.resource === 'services') obj = allocateService(cluster, obj, current);
  if (tracksGeneration(scope.info) && !deepEqual(specOf(obj), specOf(current))) obj.metadata.generation = (current.metadata.generation ?? 1) + 1;
  if (sameObject(obj, current)) return { object: current, warnings };
  if (opts.dryRun) return { object: obj, warnings };
  return { object: cluster.write(() => cluster.store.put(storageOf(scope), obj)), warnings };
}

/** The update strategy: system metadata is kept, and status or spec is taken from the side the path owns. */
export function mergeForUpdate(scope: Scope, current: KObject, input: KObject): KObject {
  const m = current.metadata;
  const metadata = {
    ...input.metadata,
    name: m.name,
    namespace: m.namespace,
    uid: m.uid,
    creationTimestamp: m.creationTimestamp,
    deletionTimestamp: m.deletionTimestamp,
    deletionGracePeriodSeconds: m.deletionGracePeriodSeconds,
    generation: m.generation,
    resourceVersion: m.resourceVersion,
    managedFields: input.metadata.managedFields ?? m.managedFields,
  };
  if (scope.subresource === 'status') {
    return stripUndefined({ ...current, metadata: { ...m, labels: metadata.labels ?? m.labels, annotations: metadata.annotations ?? m.annotations }, status: input.status });
  }
  let next: KObject = stripUndefined({ ...input, metadata });
  if (scope.info.resource === 'services' && !scope.info.group) next = dropTypeDependentFields(current, next);
  if (hasStatusSubresource(scope.info)) {
    if (current.status === undefined) delete next.status;
    else next.status = current.status;
  }
  return next;
}

/** A Terminating namespace stays until the namespace controller has emptied it and finalized spec.finalizers. */
function awaitsNamespaceFinalize(scope: Scope, obj: KObject): boolean {
  return scope.info.resource === 'namespaces' && !scope.info.group && (obj.spec?.finalizers?.length ?? 0) > 0;
}

function isGracefulPod(scope: Scope, obj: KObject): boolean {
  return scope.info.resource === 'pods' && !!obj.spec?.nodeName && (obj.metadata.deletionGracePeriodSeconds ?? 0) > 0;
}

function sameObject(a: KObject, b: KObject): boolean {
  const strip = (o: KObject) => ({ ...o, metadata: { ...o.metadata, resourceVersion: undefined, managedFields: undefined } });
  return deepEqual(stripUndefined(strip(a)), stripUndefined(strip(b)));
}

/** Removes undefined-valued keys at the top two levels (what JSON serialisation would drop anyway). */
export function stripUndefined<T extends KObject>(obj: T): T {
  const out = { ...obj } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  const meta = { ...(obj.metadata as Record<string, unknown>) };
  for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
  out.metadata = meta;
  return out as T;
}
