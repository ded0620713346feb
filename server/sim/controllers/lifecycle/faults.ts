/** The fault controller: applies faults scheduled on the simulated clock at their exact time, in the order
 * they were scheduled, so a scenario replays identically. */
import type { Controller, SimContext } from '../../controller.js';
import { faultState } from '../../faults-state.js';
import { applyFault, FaultTargetError, type FaultType } from './fault-actions.js';
import { NODE_LIFECYCLE } from './node-lifecycle.js';

export const FAULTS_CONTROLLER = 'faults';
/** The single key this controller reconciles. */
export const SCHEDULED_KEY = 'scheduled';

/** Creates the fault controller. */
export function faultController(): Controller {
  return {
    name: FAULTS_CONTROLLER,
    // Namespaces always exist and rarely change: watching them re-arms the timer after a reload (resync).
    watches: [{ resource: 'namespaces', keys: () => [SCHEDULED_KEY] }],
    reconcile(_key, ctx) {
      const state = faultState(ctx.cluster);
      if (state.scheduled.length === 0) return;
      const now = ctx.now();
      const due = state.scheduled.filter((f) => f.at <= now).sort((a, b) => a.at - b.at);
      if (due.length > 0) {
        state.scheduled = state.scheduled.filter((f) => f.at > now);
        ctx.cluster.touchSim();
        for (const f of due) {
          try {
            applyFault(ctx.cluster, { type: f.type as FaultType, target: f.target, namespace: f.namespace }, {
              client: ctx.client,
              nodeChanged: (node) => wakeNodeLifecycle(ctx, node),
            });
          } catch (err) {
            // A target that vanished before its time makes the fault a no-op, as a scheduled chaos action would.
            if (!(err instanceof FaultTargetError)) throw err;
          }
        }
      }
      const next = state.scheduled.reduce((m, f) => Math.min(m, f.at), Infinity);
      return next === Infinity ? undefined : { requeueAfter: next - now };
    },
  };
}

function wakeNodeLifecycle(ctx: SimContext, node: string): void {
  try {
    ctx.enqueue(node, 0, NODE_LIFECYCLE);
  } catch {
    // Focused tests may run without the node lifecycle controller; nothing else needs waking then.
  }
}
