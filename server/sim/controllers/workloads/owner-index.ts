/** Lookups of objects by controlling owner and of orphans by namespace, from the store's indexes, so a
 * reconcile does not scan every pod of a large cluster. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { SimContext } from '../../controller.js';
import { controllerRef } from './pods.js';

/** Objects of `resource` whose controller is the owner with this uid. */
export function ownedBy(ctx: SimContext, resource: string, uid: string | undefined): KObject[] {
  if (!uid) return [];
  return ctx.cluster.store.byOwner(resource, uid).filter((o) => controllerRef(o)?.uid === uid);
}

/** Objects of `resource` in a namespace without a controller (candidates for adoption). */
export function orphansIn(ctx: SimContext, resource: string, namespace: string | undefined): KObject[] {
  return ctx.cluster.store.orphansIn(resource, namespace ?? '');
}

/** What a controller may claim: what it owns plus the namespace's orphans. */
export function claimCandidates(ctx: SimContext, resource: string, owner: KObject): KObject[] {
  const owned = ownedBy(ctx, resource, owner.metadata.uid);
  const orphans = orphansIn(ctx, resource, owner.metadata.namespace);
  return orphans.length ? [...owned, ...orphans] : owned;
}
