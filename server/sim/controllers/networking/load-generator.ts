/** Drives the load generators and the kube-proxy traffic simulation on the simulated clock: one step per
 * simulated second while a generator runs, and no timer at all once none does. */
import type { Cluster } from '../../cluster.js';
import type { Controller, ReconcileResult, SimContext } from '../../controller.js';
import { stepLoad } from '../../traffic/kube-proxy.js';

export const LOAD_CONTROLLER = 'load-generator';
/** The single key this controller reconciles. */
export const LOAD_KEY = 'load';
export const STEP_MS = 1000;

// The engine keeps timers in memory and does not deduplicate them; remember the one armed per cluster so
// extra wake-ups (endpoint changes, API calls) never stack a second timer chain.
const armed = new WeakMap<Cluster, number>();

function reconcile(_key: string, ctx: SimContext): ReconcileResult | void {
  const now = ctx.now();
  const running = stepLoad(ctx.cluster, now);
  const at = armed.get(ctx.cluster);
  if (at !== undefined && at > now) return;
  if (!running) {
    armed.delete(ctx.cluster);
    return;
  }
  armed.set(ctx.cluster, now + STEP_MS);
  return { requeueAfter: STEP_MS };
}

/** The load generator controller. Started by the product API (enqueue LOAD_KEY) and on every resync. */
export function loadGeneratorController(): Controller {
  return {
    name: LOAD_CONTROLLER,
    // Namespaces exist in every cluster, so a resync after loading always wakes this controller once;
    // endpoint changes re-route traffic at once instead of at the next step.
    watches: [
      { resource: 'namespaces', keys: () => [LOAD_KEY] },
      { resource: 'endpointslices.discovery.k8s.io', keys: () => [LOAD_KEY] },
    ],
    reconcile,
  };
}
