/** Shared steps of every write: type checks, namespace rules, strict field validation, defaulting and
 * validation — the pipeline the real API server runs before storing an object. */
import type { KObject } from '../../../shared/k8s/types.js';
import { apiVersionOf, storageKey } from '../../../shared/k8s/resources.js';
import { unknownFields, strictDecodingMessage } from '../../../shared/k8s/schema/index.js';
import { applyDefaults } from '../defaults/index.js';
import { validateObject, toCauses, invalidMessage } from '../validation/index.js';
import { errors, StatusError } from '../k8s/status.js';
import { typeMismatch } from './type-check.js';
import { pruneUnknownFields } from './prune-unknown.js';
import { toStorageVersion } from './hpa-convert.js';
import type { Scope, WriteOptions } from './context.js';
import type { Cluster } from '../../sim/cluster.js';

/** `Deployment.apps` — how the API server names a kind in Invalid messages. */
export function qualifiedKind(scope: Scope): string {
  return scope.info.group ? `${scope.info.kind}.${scope.info.group}` : scope.info.kind;
}

/** Checks the body is an object of the path's kind and version (filling them in when absent), and returns it in
 * its storage version. */
export function checkTypeMeta(scope: Scope, body: unknown): KObject {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw errors.badRequest(`the body of the request was not a ${scope.info.kind} object`);
  }
  const obj = body as KObject;
  const want = apiVersionOf(scope.info);
  if (obj.apiVersion !== undefined && obj.apiVersion !== want) {
    throw errors.badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${want})`);
  }
  if (obj.kind !== undefined && obj.kind !== scope.info.kind) {
    throw errors.badRequest(`the kind in the data (${obj.kind}) does not match the expected kind (${scope.info.kind})`);
  }
  if (obj.metadata !== undefined && (typeof obj.metadata !== 'object' || obj.metadata === null || Array.isArray(obj.metadata))) {
    throw errors.badRequest(`${scope.info.kind} in version "${scope.info.version}" cannot be handled as a ${scope.info.kind}: metadata must be an object`);
  }
  const typed: KObject = { ...obj, apiVersion: want, kind: scope.info.kind, metadata: { ...(obj.metadata ?? {}) } };
  const mismatch = typeMismatch(typed);
  if (mismatch) throw errors.badRequest(`${scope.info.kind} in version "${scope.info.version}" cannot be handled as a ${scope.info.kind}: ${mismatch}`);
  return toStorageVersion(scope.info, typed);
}

/** Decodes the body of a subresource whose kind is not its resource's (Scale, Eviction, Binding): the same
 * type, kind and unknown-field checks a resource body gets. */
export function checkSubresourceBody(apiVersions: string[], kind: string, body: unknown, opts: WriteOptions): KObject {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw errors.badRequest(`the body of the request was not a ${kind} object`);
  const obj = body as KObject;
  const version = apiVersions[0];
  if (obj.apiVersion !== undefined && !apiVersions.includes(obj.apiVersion)) {
    throw errors.badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${version})`);
  }
  if (obj.kind !== undefined && obj.kind !== kind) throw errors.badRequest(`the kind in the data (${obj.kind}) does not match the expected kind (${kind})`);
  const typed: KObject = { ...obj, apiVersion: version, kind, metadata: obj.metadata ?? {} };
  const shortVersion = version.slice(version.indexOf('/') + 1);
  const mismatch = typeMismatch(typed);
  if (mismatch) throw errors.badRequest(`${kind} in version "${shortVersion}" cannot be handled as a ${kind}: ${mismatch}`);
  const unknown = unknownFields(typed);
  if (unknown.length > 0 && opts.fieldValidation === 'Strict') throw errors.badRequest(strictDecodingMessage(kind, shortVersion, unknown));
  return typed;
}

/** Applies the namespace of the path and checks it (namespaced) or clears it (cluster-scoped). */
export function checkNamespace(cluster: Cluster, scope: Scope, obj: KObject, creating: boolean): void {
  const meta = obj.metadata;
  if (!scope.info.namespaced) {
    delete meta.namespace;
    return;
  }
  if (meta.namespace && scope.namespace && meta.namespace !== scope.namespace) {
    throw errors.badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  meta.namespace = scope.namespace ?? meta.namespace ?? 'default';
  if (!creating) return;
  const ns = cluster.store.get('namespaces', undefined, meta.namespace);
  if (!ns) throw errors.notFound('namespaces', '', meta.namespace);
  if (ns.metadata.deletionTimestamp) {
    throw new StatusError(
      403,
      'Forbidden',
      `${scope.info.resource} "${meta.name ?? meta.generateName ?? ''}" is forbidden: unable to create new content in namespace ${meta.namespace} because it is being terminated`,
      { name: meta.name, kind: scope.info.resource, group: scope.info.group },
    );
  }
}

/** Unknown fields: Strict rejects (kubectl's default), Warn reports, Ignore drops silently. */
export function checkFields(scope: Scope, obj: KObject, opts: WriteOptions): string[] {
  const mode = opts.fieldValidation ?? 'Warn';
  if (mode === 'Ignore') return [];
  const unknown = unknownFields(obj);
  if (unknown.length === 0) return [];
  if (mode === 'Strict') throw errors.badRequest(strictDecodingMessage(scope.info.kind, scope.info.version, unknown));
  return unknown.map((f) => `unknown field "${f}"`);
}

/** Defaults then validates; a 422 Invalid Status names every offending field. */
export function defaultAndValidate(scope: Scope, obj: KObject, old: KObject | undefined): KObject {
  const known = pruneUnknownFields(obj);
  const converted = scope.info.resource === 'secrets' && !scope.info.group ? mergeStringData(known) : known;
  const defaulted = defaultShared(scope, converted);
  const errs = validateObject(defaulted, old, { resource: scope.info.resource, group: scope.info.group, subresource: scope.subresource });
  if (errs.length > 0) {
    const name = defaulted.metadata.name ?? '';
    throw errors.invalid(qualifiedKind(scope), name, invalidMessage(qualifiedKind(scope), name, errs), toCauses(errs), scope.info.group, scope.info.kind);
  }
  return defaulted;
}

/** Defaults an object without copying its managedFields (no defaults apply to them): keeping that reference
 * shared lets field ownership recognise the stored entries and leave the untouched ones as they are. */
function defaultShared(scope: Scope, obj: KObject): KObject {
  const managedFields = obj.metadata?.managedFields;
  if (managedFields === undefined) return applyDefaults(obj, { resource: scope.info.resource, group: scope.info.group });
  const input: KObject = { ...obj, metadata: { ...obj.metadata, managedFields: undefined } };
  const defaulted = applyDefaults(input, { resource: scope.info.resource, group: scope.info.group });
  defaulted.metadata.managedFields = managedFields;
  return defaulted;
}

/** Secret.stringData is write-only: the API server folds it into base64 `data` (stringData wins) and never
 * stores it. */
function mergeStringData(secret: KObject): KObject {
  const stringData = secret.stringData as Record<string, unknown> | undefined;
  if (stringData === undefined) return secret;
  const data: Record<string, unknown> = { ...((secret.data as Record<string, unknown> | undefined) ?? {}) };
  for (const [key, value] of Object.entries(stringData ?? {})) data[key] = base64(typeof value === 'string' ? value : '');
  const out: KObject = { ...secret, data };
  delete out.stringData;
  return out;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function storageOf(scope: Scope): string {
  return storageKey(scope.info);
}
