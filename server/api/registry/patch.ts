/** PATCH in its four flavours: JSON patch, JSON merge patch, strategic merge patch, server-side apply. */
import type { KObject } from '../../../shared/k8s/types.js';
import { applyJsonPatch } from '../patch/json-patch.js';
import { jsonMergePatch } from '../patch/json-merge.js';
import { strategicMergePatch } from '../patch/strategic-merge.js';
import { PatchError } from '../patch/errors.js';
import { errors, StatusError } from '../k8s/status.js';
import type { Cluster } from '../../sim/cluster.js';
import type { Scope, WriteOptions, WriteResult } from './context.js';
import { applyObject, mergeForUpdate, store } from './write.js';
import { checkFields, checkTypeMeta, storageOf } from './prepare.js';
import { toServedVersion } from './hpa-convert.js';

export const PATCH_TYPES = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  apply: 'application/apply-patch+yaml',
} as const;

/** Applies a patch document of the given content type to the named object. */
export function patchObject(cluster: Cluster, scope: Scope, contentType: string, patch: unknown, opts: WriteOptions): WriteResult {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === PATCH_TYPES.apply || type === 'application/apply-patch+json') return applyObject(cluster, scope, patch, opts);
  const current = cluster.store.get(storageOf(scope), scope.info.namespaced ? scope.namespace : undefined, scope.name!);
  if (!current) throw errors.notFound(scope.info.resource, scope.info.group, scope.name!);
  // Patches apply to the object as the path's version shows it.
  const base = toServedVersion(scope.info, current);
  let patched: unknown;
  try {
    if (type === PATCH_TYPES.json) patched = applyJsonPatch(base, patch);
    else if (type === PATCH_TYPES.merge) patched = jsonMergePatch(base, patch);
    else if (type === PATCH_TYPES.strategic) patched = strategicMergePatch(base, patch, scope.info.kind);
    else throw new StatusError(415, 'UnsupportedMediaType', `the server does not support the patch type "${type}"`);
  } catch (err) {
    if (err instanceof PatchError) throw new StatusError(422, 'Invalid', err.message);
    if (err instanceof StatusError) throw err;
    throw errors.badRequest(`unable to apply patch: ${(err as Error).message}`);
  }
  const input = checkTypeMeta(scope, patched);
  // A patch may not move the object: name and namespace must still be the URL's.
  if (input.metadata.name !== scope.name) {
    throw errors.badRequest(`the name of the object (${input.metadata.name ?? ''}) does not match the name on the URL (${scope.name})`);
  }
  if (scope.info.namespaced && input.metadata.namespace !== current.metadata.namespace) {
    throw errors.badRequest(`the namespace of the object (${input.metadata.namespace}) does not match the namespace on the URL (${current.metadata.namespace})`);
  }
  const warnings = checkFields(scope, input, opts);
  const rv = input.metadata.resourceVersion;
  if (rv && rv !== current.metadata.resourceVersion) {
    throw errors.conflict(scope.info.resource, scope.info.group, scope.name!, 'the object has been modified; please apply your changes to the latest version and try again');
  }
  const next: KObject = mergeForUpdate(scope, current, input);
  return store(cluster, scope, current, next, opts, opts.fieldManager ?? 'unknown', warnings);
}
