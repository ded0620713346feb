/** The directory Durable Object: product data that is not one cluster's (custom exercises, API keys,
 * classrooms and students) in its own SQLite storage, same drizzle schema and product storage as Node.
 * Classrooms orchestrate students' playgrounds, each in its own cluster object. */
import { DurableObject } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/durable-sqlite';
import { migrate } from 'drizzle-orm/durable-sqlite/migrator';
import { Hono } from 'hono';
import type { SyncDb } from '../../storage/drizzle-storage.js';
import { migrationsBundle } from '../../storage/migrations-bundle.js';
import { productStorage, type ProductStorage } from '../../storage/product-storage.js';
import { ExerciseCatalog } from '../../grading/catalog.js';
import { ClassroomService } from '../../classroom/service.js';
import { exerciseRoutes } from '../../api/product/grading.js';
import { classroomRoutes } from '../../api/product/classrooms.js';
import { importApiKeys } from '../../api/product/api-keys.js';
import { directoryInternalRoutes } from './directory-routes.js';
import { RemotePlaygrounds } from './remote-playgrounds.js';
import type { Env } from './env.js';

export class DirectoryObject extends DurableObject<Env> {
  private readonly product: ProductStorage;
  private readonly app: Hono;
  private keysImported: Promise<void> | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const db = drizzle(ctx.storage);
    ctx.blockConcurrencyWhile(async () => {
      await migrate(db, migrationsBundle);
    });
    this.product = productStorage(db as unknown as SyncDb);
    const realNow = () => Date.now();
    const catalog = new ExerciseCatalog(this.product);
    const classrooms = new ClassroomService({ playgrounds: new RemotePlaygrounds(env), catalog, product: this.product, realNow });
    const app = new Hono();
    app.route('/', directoryInternalRoutes({ catalog, classrooms }));
    app.route('/', exerciseRoutes({ catalog, product: this.product, realNow }));
    app.route('/', classroomRoutes({ classrooms, publicUrl: env.PUBLIC_URL }));
    app.all('*', (c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
    this.app = app;
  }

  async fetch(request: Request): Promise<Response> {
    // The configured API keys are imported once per instance, before the first request is served.
    this.keysImported ??= importApiKeys(this.product, this.env.PLAYGROUND_API_KEYS ?? '', Date.now());
    await this.keysImported;
    return this.app.fetch(request);
  }
}
