/** GET and LIST: label and field selectors, and limit/continue paging. */
import type { KObject } from '../../../shared/k8s/types.js';
import { parseLabelSelector, matchesRequirements, parseFieldSelector, matchesFieldSelector, SelectorError } from '../../../shared/k8s/selectors.js';
import { errors, StatusError } from '../k8s/status.js';
import type { Cluster } from '../../sim/cluster.js';
import type { Scope } from './context.js';
import { storageOf } from './prepare.js';
import { checkFieldLabels } from './field-labels.js';
import type { ResourceInfo } from '../../../shared/k8s/resources.js';

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
}

export interface ListResult {
  items: KObject[];
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

export function getObject(cluster: Cluster, scope: Scope): KObject {
  const obj = cluster.store.get(storageOf(scope), scope.info.namespaced ? scope.namespace : undefined, scope.name!);
  if (!obj) throw errors.notFound(scope.info.resource, scope.info.group, scope.name!);
  return obj;
}

/** A predicate for label and field selectors; invalid selectors (or, given the resource, fields it cannot be
 * selected by) are a 400 BadRequest. */
export function selectorFilter(opts: Pick<ListOptions, 'labelSelector' | 'fieldSelector'>, info?: Pick<ResourceInfo, 'group' | 'resource'>): (obj: KObject) => boolean {
  try {
    const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : [];
    const fields = opts.fieldSelector ? parseFieldSelector(opts.fieldSelector) : [];
    if (info) checkFieldLabels(info, fields.map((f) => f.field));
    return (obj) => matchesRequirements(labels, obj.metadata.labels) && matchesFieldSelector(fields, obj);
  } catch (err) {
    if (err instanceof SelectorError) throw errors.badRequest(err.message);
    throw err;
  }
}

interface ContinueToken {
  rv: string;
  after: string;
}

function encodeContinue(t: ContinueToken): string {
  return btoa(JSON.stringify(t)).replace(/=+$/, '');
}

function decodeContinue(s: string): ContinueToken {
  try {
    const t = JSON.parse(atob(s)) as ContinueToken;
    if (typeof t.after !== 'string' || typeof t.rv !== 'string') throw new Error('shape');
    return t;
  } catch {
    throw new StatusError(400, 'BadRequest', 'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
  }
}

/** Lists matching objects, sorted like etcd keys, one page at a time. */
export function listObjects(cluster: Cluster, scope: Scope, opts: ListOptions): ListResult {
  const filter = selectorFilter(opts, scope.info);
  const all = cluster.store.list(storageOf(scope), scope.info.namespaced ? scope.namespace : undefined).filter(filter);
  let start = 0;
  let rv = String(cluster.store.resourceVersion);
  if (opts.continue) {
    const token = decodeContinue(opts.continue);
    rv = token.rv;
    start = all.findIndex((o) => keyOf(o) > token.after);
    if (start < 0) start = all.length;
  }
  const limit = opts.limit && opts.limit > 0 ? opts.limit : undefined;
  const page = limit ? all.slice(start, start + limit) : all.slice(start);
  const remaining = all.length - start - page.length;
  const result: ListResult = { items: page, resourceVersion: rv };
  if (limit && remaining > 0) {
    result.continue = encodeContinue({ rv, after: keyOf(page[page.length - 1]) });
    result.remainingItemCount = remaining;
  }
  return result;
}

function keyOf(o: KObject): string {
  // NUL separates so that key order equals the store's (namespace, name) order.
  return `${o.metadata.namespace ?? ''}\u0000${o.metadata.name}`;
}
