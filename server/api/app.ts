/** createApp: the whole HTTP surface (Kubernetes API + product API) for any runtime. */
import { Hono } from 'hono';
import { kubernetesRoutes } from './k8s/routes.js';
import type { RateLimit } from './k8s/rate-limit.js';
import { playgroundRoutes, type ProductDeps } from './product/playgrounds.js';

export interface AppDeps extends ProductDeps {
  /** Kubernetes API request limit per cluster (default 1,000/s, burst 2,000). */
  rateLimit?: RateLimit;
  /** Extra product routes (simulation controls, grading, classrooms) mounted before the fallbacks. */
  extraRoutes?: Hono[];
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.text('ok'));
  app.route('/', playgroundRoutes(deps));
  for (const r of deps.extraRoutes ?? []) app.route('/', r);
  app.route('/', kubernetesRoutes(deps.manager, deps.rateLimit));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  return app;
}
