/** Routes the Worker calls on a cluster's object (never exposed: the Worker only forwards public paths). */
import { Hono } from 'hono';
import type { ClusterManager } from '../../api/cluster-manager.js';
import { kubeconfig, playgroundInfo } from '../../api/product/links.js';
import { jsonBody, productErrorResponse } from '../../api/product/errors.js';

export const INTERNAL_CREATE = '/internal/create';

export function createInternalRoutes(manager: ClusterManager, publicUrl: string | undefined): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));
  app.post(INTERNAL_CREATE, async (c) => {
    const body = (await jsonBody(c)) as { id: string; origin: string; name?: string; template?: string; seed?: number };
    const { cluster, editKey, viewKey } = await manager.create({ id: body.id, name: body.name, template: body.template, seed: body.seed });
    const origin = publicUrl ?? body.origin;
    return c.json({ ...playgroundInfo(origin, cluster, 'edit', editKey, viewKey), editKey, viewKey, kubeconfig: kubeconfig(origin, editKey, cluster.meta.name) }, 201);
  });
  return app;
}
