/** The Node runtime: HTTP + WebSocket server over an embedded SQLite file. */
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, join, extname } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { Hono } from 'hono';
import { openNodeDatabase } from '../../storage/sqlite-node.js';
import { drizzleStorage } from '../../storage/drizzle-storage.js';
import { ClusterManager } from '../../api/cluster-manager.js';
import { createApp } from '../../api/app.js';
import { WatchSession, viewers } from '../../api/ws-session.js';
import { attachRuntime } from '../attach.js';
import type { Ticker } from '../ticker.js';
import { simulationRoutes } from '../../api/product/simulation.js';
import { gradingRoutes } from '../../api/product/grading.js';
import { productStorage } from '../../storage/product-storage.js';
import { ExerciseCatalog } from '../../grading/catalog.js';
import { importApiKeys } from '../../api/product/api-keys.js';
import { classroomRoutes } from '../../api/product/classrooms.js';
import { ClassroomService } from '../../classroom/service.js';
import { LocalPlaygrounds } from '../../classroom/local-playgrounds.js';
import { openApiRoutes } from '../../api/product/openapi.js';

export interface NodeServerOptions {
  port: number;
  databasePath: string;
  /** Built web app (vite output); served with an SPA fallback when present. */
  webRoot?: string;
  publicUrl?: string;
  /** Real clock, injectable for tests. */
  realNow?: () => number;
}

const IDLE_EVICT_MS = 5 * 60_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export async function startNodeServer(opts: NodeServerOptions) {
  const realNow = opts.realNow ?? (() => Date.now());
  const { db, close: closeDb } = openNodeDatabase(opts.databasePath);
  const storage = drizzleStorage(db);
  const product = productStorage(db);
  const catalog = new ExerciseCatalog(product);
  // `PLAYGROUND_API_KEYS="name:secret,other:secret2"` registers course-platform keys at start.
  await importApiKeys(product, process.env.PLAYGROUND_API_KEYS ?? '', realNow());
  const tickers = new Map<string, Ticker>();
  // Bound once the manager exists; clusters loaded before that belong to no classroom yet.
  let playgrounds: LocalPlaygrounds | undefined;
  const manager = new ClusterManager(
    storage,
    { now: realNow },
    {
      onLoad(cluster) {
        const t = attachRuntime(
          cluster,
          (run) => {
            let handle: NodeJS.Timeout | undefined;
            return {
              arm(ms) {
                if (handle) clearTimeout(handle);
                handle = setTimeout(() => {
                  handle = undefined;
                  run();
                }, ms);
                handle.unref?.();
              },
              cancel() {
                if (handle) clearTimeout(handle);
                handle = undefined;
              },
            };
          },
          realNow,
        );
        tickers.set(cluster.id, t);
        playgrounds?.observe(cluster);
      },
      onUnload(cluster) {
        tickers.get(cluster.id)?.stop();
        tickers.delete(cluster.id);
      },
    },
  );
  const advance = (access: { cluster: { id: string } }, ms: number) => tickers.get(access.cluster.id)?.step(ms);
  playgrounds = new LocalPlaygrounds({ manager, tickerOf: (id) => tickers.get(id) });
  const classrooms = new ClassroomService({ playgrounds, catalog, product, realNow });
  const app = createApp({
    manager,
    catalog,
    publicUrl: opts.publicUrl,
    advance,
    extraRoutes: [
      simulationRoutes({ manager, publicUrl: opts.publicUrl, tickerOf: (id) => tickers.get(id) }),
      gradingRoutes({ manager, catalog, product, realNow }),
      classroomRoutes({ classrooms, publicUrl: opts.publicUrl }),
      openApiRoutes(),
    ],
  });
  const root = new Hono();
  root.route('/', app);
  if (opts.webRoot && existsSync(join(opts.webRoot, 'index.html'))) mountStatic(root, resolve(opts.webRoot));
  else root.get('/', (c) => c.text('kube playground API is running; build the web app with `npm run build:web` to get the UI.'));

  const listener = getRequestListener(root.fetch);
  const server = createServer(listener);
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const m = /^\/clusters\/([^/]+)\/ws\/?(\?.*)?$/.exec(req.url ?? '');
    if (!m) return socket.destroy();
    void manager.access(decodeURIComponent(m[1])).then((access) => {
      if (!access) {
        socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
        return socket.destroy();
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const session = new WatchSession(access.cluster, access.role, { send: (t) => ws.send(t), close: () => ws.close() });
        ws.on('message', (data) => session.onMessage(data.toString()));
        ws.on('close', () => session.close());
        ws.on('error', () => session.close());
      });
    });
  });
  const evictTimer = setInterval(() => {
    manager.evictIdle(IDLE_EVICT_MS, (c) => viewers(c.id) === 0 && c.hub.size === 0 && (tickers.get(c.id)?.idle() ?? true));
  }, 60_000);
  evictTimer.unref();

  await new Promise<void>((ok) => server.listen(opts.port, ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://localhost:${port}`,
    port,
    manager,
    tickers,
    product,
    catalog,
    classrooms,
    async close() {
      clearInterval(evictTimer);
      classrooms.close();
      for (const t of tickers.values()) t.stop();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections?.();
      closeDb();
    },
  };
}

function mountStatic(app: Hono, root: string) {
  const index = readFileSync(join(root, 'index.html'));
  app.get('*', (c) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    if (path.startsWith('/api/') || path.startsWith('/clusters/')) return c.notFound();
    const file = resolve(root, '.' + path);
    if (file.startsWith(root + '/') && existsSync(file) && !file.endsWith('/')) {
      try {
        const body = readFileSync(file);
        const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        return new Response(body, { headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': cache } });
      } catch {
        /* a directory: fall through to the SPA */
      }
    }
    return new Response(index, { headers: { 'content-type': MIME['.html'], 'cache-control': 'no-cache' } });
  });
}
