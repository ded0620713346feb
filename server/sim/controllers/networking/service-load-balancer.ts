/** The service controller's load-balancer half (cloud-provider style, like MetalLB on kind): a
 * LoadBalancer Service gets an external IP from 172.18.255.200-250 after a short provisioning delay, with
 * EnsuringLoadBalancer / EnsuredLoadBalancer events; leaving type LoadBalancer releases it. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller, ReconcileResult, SimContext } from '../../controller.js';
import { splitKey } from '../../controller.js';
import { networkingState } from './sim-state.js';

const POOL_PREFIX = '172.18.255.';
const POOL_FIRST = 200;
const POOL_LAST = 250;
/** Simulated time a cloud load balancer takes to come up. */
export const PROVISIONING_MS = 3000;

function inPool(ip: string): boolean {
  if (!ip.startsWith(POOL_PREFIX)) return false;
  const last = Number(ip.slice(POOL_PREFIX.length));
  return Number.isInteger(last) && last >= POOL_FIRST && last <= POOL_LAST;
}

function allocate(ctx: SimContext, key: string, requested: string | undefined): string | undefined {
  const state = networkingState(ctx.cluster);
  const used = new Set(Object.entries(state.loadBalancers).filter(([k, a]) => k !== key && a.ip).map(([, a]) => a.ip));
  if (requested) return inPool(requested) && !used.has(requested) ? requested : undefined;
  for (let i = POOL_FIRST; i <= POOL_LAST; i++) if (!used.has(`${POOL_PREFIX}${i}`)) return `${POOL_PREFIX}${i}`;
  return undefined;
}

function withIngress(svc: KObject, ingress: unknown[] | undefined): KObject {
  return { ...svc, status: { ...(svc.status ?? {}), loadBalancer: ingress ? { ingress } : {} } };
}

function forget(ctx: SimContext, key: string): void {
  delete networkingState(ctx.cluster).loadBalancers[key];
  ctx.cluster.touchSim();
}

function reconcile(key: string, ctx: SimContext): ReconcileResult | void {
  const { namespace, name } = splitKey(key);
  const svc = ctx.get('services', namespace, name);
  const state = networkingState(ctx.cluster);
  const held = state.loadBalancers[key];
  if (held && held.uid !== svc?.metadata.uid) forget(ctx, key);
  if (!svc) return;
  if (svc.spec?.type !== 'LoadBalancer') {
    const published = (svc.status?.loadBalancer?.ingress ?? []).length > 0;
    if (!state.loadBalancers[key] && !published) return;
    if (state.loadBalancers[key]) forget(ctx, key);
    ctx.event(svc, 'Normal', 'DeletingLoadBalancer', 'Deleting load balancer');
    if (published) ctx.client.updateStatus('services', withIngress(svc, undefined));
    ctx.event(svc, 'Normal', 'DeletedLoadBalancer', 'Deleted load balancer');
    return;
  }
  const alloc = state.loadBalancers[key];
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (alloc?.ip) {
    if (ingress.length === 1 && ingress[0].ip === alloc.ip && ingress[0].ipMode === 'VIP') return;
    ctx.client.updateStatus('services', withIngress(svc, [{ ip: alloc.ip, ipMode: 'VIP' }]));
    return;
  }
  if (!alloc) {
    state.loadBalancers[key] = { uid: svc.metadata.uid!, readyAt: ctx.now() + PROVISIONING_MS };
    ctx.cluster.touchSim();
    ctx.event(svc, 'Normal', 'EnsuringLoadBalancer', 'Ensuring load balancer');
    return { requeueAfter: PROVISIONING_MS };
  }
  if (alloc.readyAt !== undefined && alloc.readyAt > ctx.now()) return { requeueAfter: alloc.readyAt - ctx.now() };
  const ip = allocate(ctx, key, svc.spec?.loadBalancerIP || undefined);
  if (!ip) {
    const why = svc.spec?.loadBalancerIP ? `requested IP ${svc.spec.loadBalancerIP} is not available` : 'no available IPs in the address pool';
    ctx.event(svc, 'Warning', 'SyncLoadBalancerFailed', `Error syncing load balancer: failed to ensure load balancer: ${why}`);
    // Retry like the controller's backoff; another Service may free an address meanwhile.
    return { requeueAfter: 60_000 };
  }
  state.loadBalancers[key] = { uid: svc.metadata.uid!, ip };
  ctx.cluster.touchSim();
  ctx.client.updateStatus('services', withIngress(svc, [{ ip, ipMode: 'VIP' }]));
  ctx.event(svc, 'Normal', 'EnsuredLoadBalancer', 'Ensured load balancer');
}

/** The service controller (LoadBalancer provisioning). */
export function serviceLoadBalancerController(): Controller {
  return { name: 'service-controller', watches: [{ resource: 'services' }], reconcile };
}
