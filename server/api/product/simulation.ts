/** Product routes that act on the simulation: fork, and the simulation-specific route modules. */
import { Hono } from 'hono';
import type { ClusterManager } from '../cluster-manager.js';
import type { Ticker } from '../../runtime/ticker.js';
import { deriveViewKey } from '../keys.js';
import { jsonBody, productErrorResponse } from './errors.js';
import { kubeconfig, playgroundInfo } from './links.js';
import { accessOf, origin } from './playgrounds.js';
import { z } from 'zod';
import { schedulingRoutes } from './scheduling.js';
import { imagesRoutes } from './images.js';
import { faultsRoutes } from './faults.js';
import { loadRoutes } from './load.js';

export interface SimulationDeps {
  manager: ClusterManager;
  publicUrl?: string;
  tickerOf(id: string): Ticker | undefined;
}

const ForkBody = z.object({ name: z.string().max(63).optional() }).strict();

export function simulationRoutes(deps: SimulationDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  // Fork: a snapshot of the cluster (objects, clock, simulation state) as a new playground. Viewers may fork.
  app.post('/api/playgrounds/:key/fork', async (c) => {
    const a = await accessOf(c, deps);
    const body = ForkBody.parse(await jsonBody(c));
    const { cluster, editKey } = await deps.manager.fork(a.cluster, body.name);
    const viewKey = await deriveViewKey(editKey);
    const o = origin(c, deps);
    return c.json({ ...playgroundInfo(o, cluster, 'edit', editKey, viewKey), editKey, viewKey, kubeconfig: kubeconfig(o, editKey, cluster.meta.name) }, 201);
  });

  for (const routes of [schedulingRoutes(deps), imagesRoutes(deps), faultsRoutes(deps), loadRoutes(deps)]) app.route('/', routes);
  return app;
}
