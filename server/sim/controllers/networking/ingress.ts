/** A simulated ingress-nginx: Ingresses of class nginx (or without a class) get a `Sync` "Scheduled for
 * sync" event per new spec and, after the controller's first status sync, the address of the worker node
 * it runs on in status.loadBalancer.ingress (as on kind with ingress-nginx). The routing itself lives in
 * server/sim/traffic/ingress-routing.ts. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller, ReconcileResult, SimContext } from '../../controller.js';
import { splitKey } from '../../controller.js';
import { isNginxIngress } from '../../traffic/ingress-routing.js';
import { networkingState } from './sim-state.js';
import { jsonEqual } from './service-pods.js';

const INGRESSES = 'ingresses.networking.k8s.io';
/** Simulated time until ingress-nginx's status sync publishes the address. */
export const STATUS_SYNC_MS = 5000;

/** The InternalIP of the node ingress-nginx runs on: the first worker by name. */
export function ingressNodeIP(ctx: SimContext): string | undefined {
  const nodes = ctx.list('nodes').filter((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] === undefined);
  const node = nodes[0] ?? ctx.list('nodes')[0];
  return node?.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address;
}

function sync(ctx: SimContext, ing: KObject): void {
  ctx.event(ing, 'Normal', 'Sync', 'Scheduled for sync');
}

function reconcile(key: string, ctx: SimContext): ReconcileResult | void {
  const { namespace, name } = splitKey(key);
  const ing = ctx.get(INGRESSES, namespace, name);
  const state = networkingState(ctx.cluster);
  if (!ing || !isNginxIngress(ing)) {
    if (state.ingressSynced[key] !== undefined) {
      delete state.ingressSynced[key];
      ctx.cluster.touchSim();
    }
    return;
  }
  const generation = `${ing.metadata.uid}/${ing.metadata.generation ?? 1}`;
  const seen = state.ingressSynced[key];
  if (seen !== generation) {
    state.ingressSynced[key] = generation;
    ctx.cluster.touchSim();
    sync(ctx, ing);
    // A new Ingress waits for the next status sync; a changed one already has its address.
    if (!seen?.startsWith(`${ing.metadata.uid}/`)) return { requeueAfter: STATUS_SYNC_MS };
  }
  const ip = ingressNodeIP(ctx);
  const want = ip ? [{ ip }] : undefined;
  const have = ing.status?.loadBalancer?.ingress;
  if (jsonEqual(have ?? undefined, want)) return;
  const created = Date.parse(ing.metadata.creationTimestamp ?? '') || 0;
  if (!have && ctx.now() < created + STATUS_SYNC_MS) return { requeueAfter: created + STATUS_SYNC_MS - ctx.now() };
  ctx.client.updateStatus(INGRESSES, { ...ing, status: { ...(ing.status ?? {}), loadBalancer: want ? { ingress: want } : {} } });
  // ingress-nginx re-queues an Ingress on every update, its own status write included.
  sync(ctx, ing);
}

/** The simulated ingress-nginx controller. */
export function ingressController(): Controller {
  return { name: 'nginx-ingress-controller', watches: [{ resource: INGRESSES }], reconcile };
}
