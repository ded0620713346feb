/** One Durable Object per cluster: its objects in the object's SQLite storage through drizzle (same schema,
 * bundled migrations), ticks driven by the alarm (armed only while there is work), watches over
 * hibernatable WebSockets, and the same Hono app as Node. */
import { DurableObject } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/durable-sqlite';
import { migrate } from 'drizzle-orm/durable-sqlite/migrator';
import type { Hono } from 'hono';
import { drizzleStorage, type SyncDb } from '../../storage/drizzle-storage.js';
import { migrationsBundle } from '../../storage/migrations-bundle.js';
import { ClusterManager } from '../../api/cluster-manager.js';
import { createApp } from '../../api/app.js';
import { simulationRoutes } from '../../api/product/simulation.js';
import { WatchSession } from '../../api/ws-session.js';
import { attachRuntime } from '../attach.js';
import type { Ticker } from '../ticker.js';
import { createInternalRoutes } from './internal-routes.js';
import { edgeRoutes } from './edge-routes.js';
import { directoryStub, internalPost, type Env } from './env.js';
import { isUserActivity } from '../../classroom/mini-map.js';
import type { Cluster } from '../../sim/cluster.js';
import { INTERNAL_CHANGED } from './directory-routes.js';

export type { Env };

interface SocketAttachment {
  key: string;
}

/** Storage key of the flag marking a classroom playground (its changes are reported to the directory). */
const CLASSROOM_FLAG = 'classroom';
/** Real ms between a student's change and the report that makes the directory re-grade. */
const REPORT_DEBOUNCE_MS = 500;

export class ClusterObject extends DurableObject<Env> {
  private readonly manager: ClusterManager;
  private readonly app: Hono;
  private ticker: Ticker | undefined;
  private readonly sessions = new Map<WebSocket, WatchSession>();
  private classroom = false;
  private report: { timer: ReturnType<typeof setTimeout>; userActivity: boolean } | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const db = drizzle(ctx.storage);
    ctx.blockConcurrencyWhile(async () => {
      await migrate(db, migrationsBundle);
      this.classroom = (await ctx.storage.get<boolean>(CLASSROOM_FLAG)) === true;
    });
    const storage = drizzleStorage(db as unknown as SyncDb);
    this.manager = new ClusterManager(
      storage,
      { now: () => Date.now() },
      {
        onLoad: (cluster) => {
          this.ticker = attachRuntime(
            cluster,
            () => ({
              arm: (ms) => void ctx.storage.setAlarm(Date.now() + ms),
              cancel: () => void ctx.storage.deleteAlarm(),
            }),
            () => Date.now(),
          );
          this.followForClassroom(cluster);
        },
        onUnload: () => this.ticker?.stop(),
      },
    );
    this.app = createApp({
      manager: this.manager,
      publicUrl: env.PUBLIC_URL,
      advance: (_a, ms) => this.ticker?.step(ms),
      extraRoutes: [
        createInternalRoutes({
          manager: this.manager,
          publicUrl: env.PUBLIC_URL,
          ticker: () => this.ticker,
          joinClassroom: async () => {
            await ctx.storage.put(CLASSROOM_FLAG, true);
            this.classroom = true;
          },
        }),
        edgeRoutes({ manager: this.manager, env, publicUrl: env.PUBLIC_URL }),
        simulationRoutes({ manager: this.manager, publicUrl: env.PUBLIC_URL, tickerOf: () => this.ticker }),
      ],
    });
  }

  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const ws = /^\/clusters\/([^/]+)\/ws\/?$/.exec(url.pathname);
    if (ws && request.headers.get('upgrade')?.toLowerCase() === 'websocket') return this.acceptSocket(decodeURIComponent(ws[1]));
    return this.app.fetch(request);
  }

  async alarm(): Promise<void> {
    this.loadCluster();
    this.ticker?.run();
  }

  async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const session = await this.sessionFor(ws);
    session?.onMessage(typeof message === 'string' ? message : new TextDecoder().decode(message));
  }

  async webSocketClose(ws: WebSocket): Promise<void> {
    this.sessions.get(ws)?.close();
    this.sessions.delete(ws);
  }

  async webSocketError(ws: WebSocket): Promise<void> {
    await this.webSocketClose(ws);
  }

  /** A student's playground tells the directory it changed (debounced); the directory re-grades it. */
  private followForClassroom(cluster: Cluster): void {
    const previous = cluster.onCommit;
    cluster.onCommit = (changes) => {
      previous?.(changes);
      if (!this.classroom) return;
      const userActivity = changes.some(isUserActivity);
      if (this.report) {
        this.report.userActivity ||= userActivity;
        return;
      }
      const report = {
        userActivity,
        timer: setTimeout(() => {
          this.report = undefined;
          internalPost(directoryStub(this.env), INTERNAL_CHANGED, { id: cluster.id, userActivity: report.userActivity }).catch((err: unknown) => console.error('classroom report failed:', err));
        }, REPORT_DEBOUNCE_MS),
      };
      this.report = report;
    };
  }

  /** The only cluster this object holds (its id is the object's name). */
  private loadCluster() {
    const id = this.manager.storage.listClusterIds()[0];
    return id ? this.manager.get(id) : undefined;
  }

  private async acceptSocket(key: string): Promise<Response> {
    const access = await this.manager.access(key);
    if (!access) return new Response('Unauthorized', { status: 401 });
    const pair = new WebSocketPair();
    const [client, server] = [pair[0], pair[1]];
    this.ctx.acceptWebSocket(server);
    server.serializeAttachment({ key } satisfies SocketAttachment);
    this.sessions.set(server, new WatchSession(access.cluster, access.role, { send: (t) => server.send(t), close: () => server.close() }));
    return new Response(null, { status: 101, webSocket: client });
  }

  /** After hibernation the object's memory is gone: rebuild the session from the socket's attachment. */
  private async sessionFor(ws: WebSocket): Promise<WatchSession | undefined> {
    const existing = this.sessions.get(ws);
    if (existing) return existing;
    const { key } = (ws.deserializeAttachment() ?? {}) as Partial<SocketAttachment>;
    const access = key ? await this.manager.access(key) : undefined;
    if (!access) {
      ws.close(4401, 'unauthorized');
      return undefined;
    }
    const session = new WatchSession(access.cluster, access.role, { send: (t) => ws.send(t), close: () => ws.close() });
    this.sessions.set(ws, session);
    return session;
  }
}
