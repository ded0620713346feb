/** Routes the Worker, the directory object and other cluster objects call on a cluster's object (never
 * exposed: the Worker forwards only public paths). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ClusterManager, ClusterSnapshot } from '../../api/cluster-manager.js';
import { TemplateError } from '../../api/cluster-manager.js';
import { kubeconfig, playgroundInfo } from '../../api/product/links.js';
import { ProductError, jsonBody, notFound, productErrorResponse } from '../../api/product/errors.js';
import { parseExercise } from '../../../shared/exercises/load.js';
import { gradeCluster } from '../../grading/grade.js';
import { setUpExercise } from '../../grading/setup.js';
import { miniMap } from '../../classroom/mini-map.js';
import { applyFaultNow } from '../../classroom/local-playgrounds.js';
import type { Cluster } from '../../sim/cluster.js';
import type { FaultSpec } from '../../sim/controllers/lifecycle/fault-actions.js';
import { TEMPLATES } from '../../sim/bootstrap/templates.js';
import type { Ticker } from '../ticker.js';

export const INTERNAL_CREATE = '/internal/create';
export const INTERNAL_IMPORT = '/internal/import';
/** `/internal/playgrounds/<id>/<action>`: inspect, fault, delete. */
export const internalPlaygroundPath = (id: string, action: 'inspect' | 'fault' | 'delete') => `/internal/playgrounds/${encodeURIComponent(id)}/${action}`;

export interface InternalRouteDeps {
  manager: ClusterManager;
  publicUrl: string | undefined;
  ticker(): Ticker | undefined;
  /** Remembers that this playground belongs to a classroom (its changes are then reported). */
  joinClassroom(): Promise<void>;
}

const CreateBody = z
  .object({
    id: z.string(),
    origin: z.string(),
    name: z.string().max(63).optional(),
    template: z.string().max(40).optional(),
    seed: z.number().int().optional(),
    /** A whole exercise (the caller resolved it): the playground is set up for it. */
    exercise: z.unknown().optional(),
    editKey: z.string().optional(),
    classroom: z.boolean().optional(),
  })
  .strict();

const ImportBody = z.object({ id: z.string(), origin: z.string(), name: z.string().max(63).optional(), snapshot: z.custom<ClusterSnapshot>((v) => typeof v === 'object' && v !== null) }).strict();

/** The answer of a create, fork or import: like Node's `POST /api/playgrounds`. */
function created(origin: string, cluster: Cluster, editKey: string, viewKey: string) {
  return { ...playgroundInfo(origin, cluster, 'edit', editKey, viewKey), editKey, viewKey, kubeconfig: kubeconfig(origin, editKey, cluster.meta.name) };
}

export function createInternalRoutes(deps: InternalRouteDeps): Hono {
  const { manager } = deps;
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));
  const cluster = (id: string): Cluster => {
    const found = manager.get(id);
    if (!found) throw notFound();
    return found;
  };

  app.post(INTERNAL_CREATE, async (c) => {
    const body = CreateBody.parse(await jsonBody(c));
    const exercise = body.exercise === undefined ? undefined : parseExercise(body.exercise);
    try {
      const { cluster, editKey, viewKey } = await manager.create({
        id: body.id,
        editKey: body.editKey,
        name: body.name ?? exercise?.id,
        template: body.template ?? exercise?.setup.template,
        seed: body.seed ?? exercise?.setup.seed,
        exercise: exercise?.id,
      });
      if (body.classroom) await deps.joinClassroom();
      if (exercise) setUpExercise(cluster, exercise, (ms) => deps.ticker()?.step(ms));
      return c.json(created(deps.publicUrl ?? body.origin, cluster, editKey, viewKey), 201);
    } catch (err) {
      if (err instanceof TemplateError) throw new ProductError(400, 'unknown_template', err.message, { templates: TEMPLATES.map((t) => t.id) });
      throw err;
    }
  });

  // The other half of a fork: the source object sent its snapshot here.
  app.post(INTERNAL_IMPORT, async (c) => {
    const body = ImportBody.parse(await jsonBody(c, 64 * 1024 * 1024));
    const { cluster, editKey, viewKey } = await manager.adopt(body.snapshot, { id: body.id, name: body.name });
    return c.json(created(deps.publicUrl ?? body.origin, cluster, editKey, viewKey), 201);
  });

  app.post('/internal/playgrounds/:id/inspect', async (c) => {
    const target = cluster(c.req.param('id'));
    const { exercise } = (await jsonBody(c)) as { exercise: unknown };
    const parsed = parseExercise(exercise);
    return c.json({ result: gradeCluster(target, parsed), map: miniMap(target) });
  });

  app.post('/internal/playgrounds/:id/fault', async (c) => {
    const target = cluster(c.req.param('id'));
    const { spec } = (await jsonBody(c)) as { spec: FaultSpec };
    return c.json({ problem: applyFaultNow(target, spec, deps.ticker()) ?? null });
  });

  app.post('/internal/playgrounds/:id/delete', (c) => {
    const id = c.req.param('id');
    if (manager.get(id)) manager.delete(id);
    return c.json({ deleted: true, id });
  });

  return app;
}
