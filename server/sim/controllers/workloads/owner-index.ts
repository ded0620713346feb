/** Per-resource lookups of objects by controlling owner and of orphans by namespace, built in one pass
 * and reused until the store changes, so a reconcile does not scan every pod of a large cluster. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { SimContext } from '../../controller.js';
import type { Cluster } from '../../cluster.js';
import type { Change } from '../../store.js';
import { controllerRef } from './pods.js';

interface Index {
  rv: number;
  /** The newest uncommitted change when built: a rolled-back-then-rewritten store reuses rv numbers. */
  last: Change | undefined;
  byOwner: Map<string, KObject[]>;
  orphans: Map<string, KObject[]>;
}

const indexes = new WeakMap<Cluster, Map<string, Index>>();

function indexFor(ctx: SimContext, resource: string): Index {
  const store = ctx.cluster.store;
  const pending = store.pendingChanges();
  const last = pending[pending.length - 1];
  let perCluster = indexes.get(ctx.cluster);
  if (!perCluster) indexes.set(ctx.cluster, (perCluster = new Map()));
  const cached = perCluster.get(resource);
  if (cached && cached.rv === store.resourceVersion && cached.last === last) return cached;
  const byOwner = new Map<string, KObject[]>();
  const orphans = new Map<string, KObject[]>();
  for (const obj of store.values(resource)) {
    const ref = controllerRef(obj);
    const key = ref ? ref.uid : (obj.metadata.namespace ?? '');
    const map = ref ? byOwner : orphans;
    const list = map.get(key);
    if (list) list.push(obj);
    else map.set(key, [obj]);
  }
  const built = { rv: store.resourceVersion, last, byOwner, orphans };
  perCluster.set(resource, built);
  return built;
}

/** Objects of `resource` whose controller is the owner with this uid. */
export function ownedBy(ctx: SimContext, resource: string, uid: string | undefined): KObject[] {
  return uid ? (indexFor(ctx, resource).byOwner.get(uid) ?? []) : [];
}

/** Objects of `resource` in a namespace without a controller (candidates for adoption). */
export function orphansIn(ctx: SimContext, resource: string, namespace: string | undefined): KObject[] {
  return indexFor(ctx, resource).orphans.get(namespace ?? '') ?? [];
}

/** What a controller may claim: what it owns plus the namespace's orphans. */
export function claimCandidates(ctx: SimContext, resource: string, owner: KObject): KObject[] {
  const owned = ownedBy(ctx, resource, owner.metadata.uid);
  const orphans = orphansIn(ctx, resource, owner.metadata.namespace);
  return orphans.length ? [...owned, ...orphans] : owned;
}
