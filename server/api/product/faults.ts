/** Product routes: fault injection. Immediate faults apply at once (persisted with the cluster); faults with
 * `at` are scheduled on the simulated clock and applied by the fault controller, so a scenario replays
 * identically whatever the speed of the clock. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Cluster } from '../../sim/cluster.js';
import type { Engine } from '../../sim/engine.js';
import { faultState } from '../../sim/faults-state.js';
import { activeFaults, applyFault, checkFaultTarget, FAULT_TYPES, targetsNode, type FaultSpec } from '../../sim/controllers/lifecycle/fault-actions.js';
import { FAULTS_CONTROLLER, SCHEDULED_KEY } from '../../sim/controllers/lifecycle/faults.js';
import { NODE_LIFECYCLE } from '../../sim/controllers/lifecycle/node-lifecycle.js';
import { systemClient } from '../registry/system-client.js';
import type { SimulationDeps } from './simulation.js';
import { accessOf, requireEdit } from './playgrounds.js';
import { jsonBody, ProductError, productErrorResponse } from './errors.js';

const FaultBody = z
  .object({
    type: z.enum(FAULT_TYPES),
    target: z.string().min(1).max(253),
    namespace: z.string().min(1).max(63).optional(),
    /** Seconds from now on the simulated clock. */
    at: z.number().min(0).max(30 * 86_400).optional(),
  })
  .strict();

/** A per-cluster counter for fault ids (kept in the simulation state so ids survive reloads). */
function nextFaultId(cluster: Cluster): string {
  const s = cluster.sim as { faultSeq?: number };
  s.faultSeq = (s.faultSeq ?? 0) + 1;
  cluster.touchSim();
  return `fault-${s.faultSeq}`;
}

function enqueueIfRunning(engine: Engine | undefined, controller: string, key: string, afterMs = 0): void {
  if (engine?.controllers.some((c) => c.name === controller)) engine.enqueue(controller, key, afterMs);
}

export function faultsRoutes(deps: SimulationDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  app.get('/api/playgrounds/:key/faults', async (c) => {
    const { cluster } = await accessOf(c, deps);
    const scheduled = [...faultState(cluster).scheduled].sort((a, b) => a.at - b.at);
    return c.json({ now: cluster.now(), active: activeFaults(cluster), scheduled });
  });

  app.post('/api/playgrounds/:key/faults', async (c) => {
    const access = await accessOf(c, deps);
    requireEdit(access);
    const body = FaultBody.parse(await jsonBody(c, 16 * 1024));
    const cluster = access.cluster;
    const spec: FaultSpec = { type: body.type, target: body.target, ...(body.namespace ? { namespace: body.namespace } : {}) };
    if (body.type === 'crash-pod' && !spec.namespace) spec.namespace = 'default';
    const immediate = !body.at;
    // Pods may not exist yet when a crash is scheduled; nodes must.
    const problem = immediate || targetsNode(body.type) ? checkFaultTarget(cluster, spec) : undefined;
    if (problem) throw new ProductError(400, 'invalid_target', problem);
    const ticker = deps.tickerOf(cluster.id);
    const engine = ticker?.engine;
    const now = cluster.now();
    const at = now + Math.round((body.at ?? 0) * 1000);
    const fault = cluster.write(() => {
      const id = nextFaultId(cluster);
      if (immediate) {
        applyFault(cluster, spec, { client: systemClient(cluster), nodeChanged: (node) => enqueueIfRunning(engine, NODE_LIFECYCLE, node) });
        return { id, ...spec, at, state: 'applied' as const };
      }
      faultState(cluster).scheduled.push({ id, at, ...spec });
      cluster.touchSim();
      return { id, ...spec, at, state: 'scheduled' as const };
    });
    if (!immediate) enqueueIfRunning(engine, FAULTS_CONTROLLER, SCHEDULED_KEY, at - now);
    ticker?.kick();
    return c.json({ fault }, 202);
  });
  return app;
}
