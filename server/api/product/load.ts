/** Product routes: simulated load generators. A generator sends requests at a fixed rate to a Service or
 * an Ingress for a while; the kube-proxy simulation spreads them over ready pods (CPU use, access logs,
 * HPA input). State lives in the cluster's simulation state and is driven on the simulated clock. */
import { Hono } from 'hono';
import { z } from 'zod';
import { LOAD_CONTROLLER, LOAD_KEY } from '../../sim/controllers/networking/load-generator.js';
import { describeLoad, loadState, MAX_ACTIVE, parseTarget, startLoad, stopLoad } from '../../sim/traffic/load-state.js';
import { stepLoad } from '../../sim/traffic/kube-proxy.js';
import type { SimulationDeps } from './simulation.js';
import { accessOf, requireEdit } from './playgrounds.js';
import { jsonBody, notFound, ProductError, productErrorResponse } from './errors.js';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const LoadBody = z
  .object({
    target: z.string().min(5).max(260),
    namespace: z.string().max(63).regex(DNS_LABEL).optional(),
    rps: z.number().min(1).max(10_000),
    durationSeconds: z.number().int().min(1).max(86_400),
    path: z.string().startsWith('/').max(2048).optional(),
    host: z.string().max(253).optional(),
  })
  .strict();

export function loadRoutes(deps: SimulationDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  app.get('/api/playgrounds/:key/load', async (c) => {
    const { cluster } = await accessOf(c, deps);
    return c.json({ simulated: true, generators: loadState(cluster).generators.map(describeLoad) });
  });

  app.post('/api/playgrounds/:key/load', async (c) => {
    const access = await accessOf(c, deps);
    requireEdit(access);
    const body = LoadBody.parse(await jsonBody(c, 16 * 1024));
    if (!parseTarget(body.target)) throw new ProductError(400, 'invalid_target', `target must be svc/<name> or ing/<name>, got "${body.target}"`);
    const cluster = access.cluster;
    const ticker = deps.tickerOf(cluster.id);
    const gen = cluster.write(() => {
      // Settle the running generators up to now so the new one starts from a clean step.
      stepLoad(cluster, cluster.now());
      try {
        return startLoad(cluster, { target: body.target, namespace: body.namespace ?? 'default', rps: body.rps, durationSeconds: body.durationSeconds, path: body.path ?? '/', ...(body.host ? { host: body.host } : {}) });
      } catch {
        throw new ProductError(409, 'too_many_generators', `at most ${MAX_ACTIVE} load generators can run at once; stop one first`);
      }
    });
    if (ticker?.engine.controllers.some((ctl) => ctl.name === LOAD_CONTROLLER)) ticker.engine.enqueue(LOAD_CONTROLLER, LOAD_KEY);
    ticker?.kick();
    return c.json(describeLoad(gen), 201);
  });

  app.delete('/api/playgrounds/:key/load/:id', async (c) => {
    const access = await accessOf(c, deps);
    requireEdit(access);
    const cluster = access.cluster;
    const id = c.req.param('id');
    const gen = cluster.write(() => {
      stepLoad(cluster, cluster.now());
      const stopped = stopLoad(cluster, id);
      // Take the stopped generator's rate off its pods right away.
      if (stopped) stepLoad(cluster, cluster.now());
      return stopped;
    });
    if (!gen) throw notFound('load generator');
    deps.tickerOf(cluster.id)?.kick();
    return c.json(describeLoad(gen));
  });
  return app;
}
