/** Product API for playgrounds: create, inspect, delete, kubeconfig, clock control. */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { ClusterManager } from '../cluster-manager.js';
import { TemplateError } from '../cluster-manager.js';
import type { ClusterAccess } from '../k8s/routes.js';
import { deriveViewKey } from '../keys.js';
import { TEMPLATES } from '../../sim/bootstrap/templates.js';
import { ProductError, forbidden, jsonBody, notFound, productErrorResponse } from './errors.js';
import { kubeconfig, playgroundInfo } from './links.js';
import type { ExerciseCatalog } from '../../grading/catalog.js';
import { setUpExercise } from '../../grading/setup.js';

/** `POST /api/playgrounds` body (shared with the Workers entry, which validates before routing). */
export const CreateBody = z
  .object({
    name: z.string().max(63).optional(),
    template: z.string().max(40).optional(),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    exercise: z.string().max(100).optional(),
  })
  .strict();

const ClockBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('resume') }),
  z.object({ action: z.literal('step'), seconds: z.number().min(0).max(86_400).optional() }),
  z.object({ action: z.literal('speed'), speed: z.number().min(0.5).max(100) }),
]);

export interface ProductDeps {
  manager: ClusterManager;
  /** Public origin for links; defaults to the request's origin. */
  publicUrl?: string;
  /** Runs the simulation forward after a clock step (the runtime's ticker). */
  advance?(access: ClusterAccess, ms: number): void;
  /** Exercises a playground can be created for. */
  catalog?: ExerciseCatalog;
}

export function origin(c: Context, deps: Pick<ProductDeps, 'publicUrl'>): string {
  return deps.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
}

/** Resolves `:key` or throws 404 (unknown keys and wrong keys look the same). */
export async function accessOf(c: Context, deps: ProductDeps): Promise<ClusterAccess & { key: string }> {
  const key = c.req.param('key') ?? '';
  const access = await deps.manager.access(key);
  if (!access) throw notFound();
  return { ...access, key };
}

export function requireEdit(access: ClusterAccess): void {
  if (access.role !== 'edit') throw forbidden();
}

export function playgroundRoutes(deps: ProductDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  app.get('/api/templates', (c) => c.json({ templates: TEMPLATES.map(({ id, title, description, nodes }) => ({ id, title, description, nodes: nodes.length })) }));

  app.post('/api/playgrounds', async (c) => {
    const body = CreateBody.parse(await jsonBody(c));
    const exercise = body.exercise ? deps.catalog?.get(body.exercise) : undefined;
    if (body.exercise && !exercise) throw new ProductError(404, 'not_found', `exercise "${body.exercise}" not found`);
    try {
      const { cluster, editKey, viewKey } = await deps.manager.create(
        exercise ? { ...body, template: body.template ?? exercise.setup.template, seed: body.seed ?? exercise.setup.seed, name: body.name ?? exercise.id } : body,
      );
      if (exercise) setUpExercise(cluster, exercise, (ms) => deps.advance?.({ cluster, role: 'edit' }, ms));
      const o = origin(c, deps);
      const info = playgroundInfo(o, cluster, 'edit', editKey, viewKey);
      return c.json({ ...info, editKey, viewKey, kubeconfig: kubeconfig(o, editKey, cluster.meta.name) }, 201);
    } catch (err) {
      if (err instanceof TemplateError) throw new ProductError(400, 'unknown_template', err.message, { templates: TEMPLATES.map((t) => t.id) });
      throw err;
    }
  });

  app.get('/api/playgrounds/:key', async (c) => {
    const a = await accessOf(c, deps);
    const viewKey = a.role === 'edit' ? await deriveViewKey(a.key) : a.key;
    return c.json(playgroundInfo(origin(c, deps), a.cluster, a.role, a.key, viewKey));
  });

  app.delete('/api/playgrounds/:key', async (c) => {
    const a = await accessOf(c, deps);
    requireEdit(a);
    deps.manager.delete(a.cluster.id);
    return c.json({ deleted: true, id: a.cluster.id });
  });

  app.get('/api/playgrounds/:key/kubeconfig', async (c) => {
    const a = await accessOf(c, deps);
    return new Response(kubeconfig(origin(c, deps), a.key, a.cluster.meta.name), {
      headers: { 'content-type': 'application/yaml', 'content-disposition': `attachment; filename="${a.cluster.meta.name}.kubeconfig"` },
    });
  });

  app.post('/api/playgrounds/:key/clock', async (c) => {
    const a = await accessOf(c, deps);
    requireEdit(a);
    const body = ClockBody.parse(await jsonBody(c));
    const cluster = a.cluster;
    switch (body.action) {
      case 'pause':
        cluster.setClock({ paused: true });
        break;
      case 'resume':
        cluster.setClock({ paused: false });
        break;
      case 'speed':
        cluster.setClock({ speed: body.speed });
        break;
      case 'step': {
        const ms = Math.round((body.seconds ?? 1) * 1000);
        deps.advance?.(a, ms);
        break;
      }
    }
    return c.json({ clock: cluster.clock() });
  });

  return app;
}
