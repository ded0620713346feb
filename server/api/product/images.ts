/** Product routes: the playground's simulated image registry — the catalog of well-known images plus the
 * images its users add (any name, tags and sizes, and how the image behaves when it runs). */
import { Hono } from 'hono';
import { z } from 'zod';
import { addUserImage, listImages } from '../../sim/images/registry.js';
import { parseImageRef, repositoryOf } from '../../sim/images/reference.js';
import type { SimulationDeps } from './simulation.js';
import { accessOf, requireEdit } from './playgrounds.js';
import { jsonBody, ProductError, productErrorResponse } from './errors.js';

const TAG = /^[\w][\w.-]{0,127}$/;
const MAX_USER_IMAGES = 200;

const Behavior = z
  .object({
    kind: z.enum(['server', 'shell', 'exit']),
    ports: z.array(z.number().int().min(1).max(65_535)).max(20).optional(),
    memoryMi: z.number().min(0).max(65_536).optional(),
    cpuMilli: z.number().min(0).max(64_000).optional(),
    cpuPerRequestMilli: z.number().min(0).max(10_000).optional(),
    startupMs: z.number().int().min(0).max(600_000).optional(),
    output: z.array(z.string().max(1000)).max(200).optional(),
    exitCode: z.number().int().min(0).max(255).optional(),
  })
  .strict();

const ImageBody = z
  .object({
    name: z.string().min(1).max(255),
    tags: z.array(z.string().regex(TAG)).min(1).max(50),
    sizeBytes: z.number().int().min(0).max(50_000_000_000).optional(),
    description: z.string().max(200).optional(),
    behavior: Behavior.optional(),
  })
  .strict();

export function imagesRoutes(deps: SimulationDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  app.get('/api/playgrounds/:key/images', async (c) => {
    const { cluster } = await accessOf(c, deps);
    return c.json({ simulated: true, images: listImages(cluster) });
  });

  app.post('/api/playgrounds/:key/images', async (c) => {
    const access = await accessOf(c, deps);
    requireEdit(access);
    const body = ImageBody.parse(await jsonBody(c, 64 * 1024));
    const ref = parseImageRef(body.name);
    if (!ref || body.name.includes('@') || /:[^/]*$/.test(body.name)) {
      throw new ProductError(400, 'invalid_image_name', `"${body.name}" is not a repository name (lower-case, no tag or digest: e.g. "myorg/app" or "ghcr.io/me/app")`);
    }
    const cluster = access.cluster;
    const repository = repositoryOf(ref);
    const known = listImages(cluster).filter((i) => i.source === 'user');
    if (known.length >= MAX_USER_IMAGES && !known.some((i) => i.repository === repository)) {
      throw new ProductError(409, 'too_many_images', `a playground holds at most ${MAX_USER_IMAGES} images of its own`);
    }
    const b = body.behavior ?? { kind: 'server' as const };
    const size = body.sizeBytes ?? 25_000_000;
    const image = cluster.write(() =>
      addUserImage(cluster, {
        repository,
        tags: Object.fromEntries(body.tags.map((t) => [t, size])),
        description: body.description ?? 'added to this playground',
        behavior: { memoryMi: 8, cpuMilli: 1, ...b, ...(b.kind === 'server' && !b.ports ? { ports: [80] } : {}) },
      }),
    );
    return c.json({ simulated: true, image: { ...image, tags: Object.entries(image.tags).map(([tag, sizeBytes]) => ({ tag, sizeBytes })) } }, 201);
  });
  return app;
}
