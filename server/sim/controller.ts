/** The reconciler contract (controller-runtime's, level-based): a controller gets a key, reads current
 * state, writes desired state through the system client, and asks to be called again when time must pass. */
import type { KObject } from '../../shared/k8s/types.js';
import type { Cluster } from './cluster.js';
import type { Change } from './store.js';
import type { Rng } from './rng.js';

export interface ReconcileResult {
  /** Simulated milliseconds until this key should be reconciled again. */
  requeueAfter?: number;
}

/** Maps a committed change to the keys of a controller it concerns. */
export interface WatchSpec {
  /** Storage key of the watched resource (`pods`, `replicasets.apps`). */
  resource: string;
  /** Keys to enqueue; default: the object's own `namespace/name` (or `name`). */
  keys?: (obj: KObject, change: Change) => string[];
}

export interface Controller {
  name: string;
  watches: WatchSpec[];
  reconcile(key: string, ctx: SimContext): ReconcileResult | void;
}

export interface DeleteRequest {
  gracePeriodSeconds?: number;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
}

/** Writes with the API server's semantics (defaulting, validation, uid, generation, graceful deletion),
 * provided by the API layer so controllers are API clients like the real ones. */
export interface SystemClient {
  create(resource: string, obj: KObject): KObject;
  /** Full update of the main resource (status is kept). Conflicts throw. */
  update(resource: string, obj: KObject): KObject;
  /** Replaces only the status. */
  updateStatus(resource: string, obj: KObject): KObject;
  /** DELETE as the API does it; returns the object if still present (graceful / finalizers). */
  delete(resource: string, namespace: string | undefined, name: string, opts?: DeleteRequest): KObject | undefined;
}

/** Everything a reconciler may use. No I/O, no wall clock, no Math.random. */
export interface SimContext {
  cluster: Cluster;
  client: SystemClient;
  rng: Rng;
  now(): number;
  get(resource: string, namespace: string | undefined, name: string): KObject | undefined;
  list(resource: string, namespace?: string): KObject[];
  /** Writes bypassing API semantics (kubelet-owned fields, final removal): use sparingly. */
  put(resource: string, obj: KObject): KObject;
  remove(resource: string, namespace: string | undefined, name: string): KObject | undefined;
  /** Records a Kubernetes Event, aggregated with a count like the real event recorder. */
  event(involved: KObject, type: 'Normal' | 'Warning', reason: string, message: string, source?: { component: string; host?: string }): void;
  /** Schedules a reconcile of `key` by controller `name` (or this controller) after `afterMs` simulated ms. */
  enqueue(key: string, afterMs?: number, controller?: string): void;
}

/** The `namespace/name` key of an object. */
export function keyOf(obj: KObject): string {
  return obj.metadata.namespace ? `${obj.metadata.namespace}/${obj.metadata.name}` : obj.metadata.name!;
}

/** Splits a key into namespace and name. */
export function splitKey(key: string): { namespace: string | undefined; name: string } {
  const i = key.indexOf('/');
  return i < 0 ? { namespace: undefined, name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

/** Keys of the controlling owners of kind `kind` (e.g. the Deployment of a ReplicaSet). */
export function ownerKeys(kind: string) {
  return (obj: KObject): string[] =>
    (obj.metadata.ownerReferences ?? []).filter((o) => o.kind === kind && o.controller).map((o) => (obj.metadata.namespace ? `${obj.metadata.namespace}/${o.name}` : o.name));
}
