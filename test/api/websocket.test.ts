/** The cluster WebSocket (/clusters/<key>/ws, protocol shared/api/ws.ts): the web UI's watch of every kind. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerMessage } from '../../shared/api/ws.js';
import type { CreatedPlayground } from '../../shared/api/product.js';
import { startNodeServer } from '../../server/runtime/node/server.js';
import { k8sClient, until, type K8sRequest } from '../helpers/k8s-http.js';

/** A socket that records every message it receives. */
class Client {
  readonly messages: ServerMessage[] = [];
  readonly ws: WebSocket;
  readonly opened: Promise<void>;

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.on('message', (data) => this.messages.push(JSON.parse(String(data)) as ServerMessage));
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  send(msg: unknown) {
    this.ws.send(JSON.stringify(msg));
  }

  of<T extends ServerMessage['type']>(type: T): Extract<ServerMessage, { type: T }>[] {
    return this.messages.filter((m) => m.type === type) as Extract<ServerMessage, { type: T }>[];
  }

  async waitFor<T extends ServerMessage['type']>(type: T, pred: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true): Promise<Extract<ServerMessage, { type: T }>> {
    let found: Extract<ServerMessage, { type: T }> | undefined;
    await until(() => (found = this.of(type).find(pred)) !== undefined, `a ${type} message`);
    return found!;
  }

  async close() {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    const closed = new Promise((r) => this.ws.once('close', r));
    this.ws.close();
    await closed;
  }
}

function wsUrl(kubeServer: string): string {
  return kubeServer.replace(/^http/, 'ws') + '/ws';
}

describe('cluster WebSocket', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startNodeServer>> & { createPlayground(body?: object): Promise<CreatedPlayground> };
  let pg: CreatedPlayground;
  let k: K8sRequest;
  const clients: Client[] = [];
  const open = async (url: string) => {
    const c = new Client(url);
    clients.push(c);
    await c.opened;
    return c;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kp-ws-'));
    const node = await startNodeServer({ port: 0, databasePath: join(dir, 'db.sqlite') });
    server = Object.assign(node, {
      async createPlayground(body: object = {}) {
        const res = await fetch(`${node.url}/api/playgrounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        return (await res.json()) as CreatedPlayground;
      },
    });
    pg = await server.createPlayground({ seed: 13 });
    k = k8sClient(pg.kubeServer);
  });
  afterAll(async () => {
    for (const c of clients) await c.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends every object as ADDED, then synced, then live events', async () => {
    const c = await open(wsUrl(pg.kubeServer));
    await c.waitFor('clock');
    c.send({ type: 'watch' });
    const synced = await c.waitFor('synced');
    const syncedAt = c.messages.indexOf(synced);
    const initial = c.messages.slice(0, syncedAt).filter((m) => m.type === 'event') as Extract<ServerMessage, { type: 'event' }>[];
    expect(initial.every((e) => e.event === 'ADDED')).toBe(true);
    const nodes = initial.filter((e) => e.resource === 'nodes').map((e) => e.object.metadata.name).sort();
    expect(nodes).toEqual(['control-plane', 'worker-1', 'worker-2']);
    expect(initial.some((e) => e.resource === 'pods' && e.object.metadata.name === 'etcd-control-plane')).toBe(true);
    expect(initial.some((e) => e.resource === 'services' && e.object.metadata.name === 'kubernetes')).toBe(true);
    expect(Number(synced.resourceVersion)).toBeGreaterThanOrEqual(Math.max(...initial.map((e) => Number(e.object.metadata.resourceVersion))));

    await k('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'live' }, data: { a: '1' } });
    const added = await c.waitFor('event', (m) => m.object.metadata.name === 'live');
    expect(added).toMatchObject({ resource: 'configmaps', event: 'ADDED', object: { data: { a: '1' } } });
    await k('DELETE', '/api/v1/namespaces/default/configmaps/live');
    const deleted = await c.waitFor('event', (m) => m.object.metadata.name === 'live' && m.event === 'DELETED');
    expect(Number(deleted.object.metadata.resourceVersion)).toBeGreaterThan(Number(added.object.metadata.resourceVersion));
    const apps = await k('POST', '/apis/apps/v1/namespaces/default/deployments', {
      metadata: { name: 'ws-web' },
      spec: { selector: { matchLabels: { app: 'ws' } }, template: { metadata: { labels: { app: 'ws' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    expect(apps.status).toBe(201);
    await c.waitFor('event', (m) => m.resource === 'deployments.apps' && m.object.metadata.name === 'ws-web');
  });

  it('resumes from a resourceVersion, replaying only later changes', async () => {
    const rv = (await k('GET', '/api/v1/namespaces/default/configmaps')).body.metadata.resourceVersion as string;
    await k('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'missed-1' } });
    await k('POST', '/api/v1/namespaces/default/secrets', { metadata: { name: 'missed-2' } });
    const c = await open(wsUrl(pg.kubeServer));
    c.send({ type: 'watch', resourceVersion: rv });
    const synced = await c.waitFor('synced');
    const replayed = c.messages.slice(0, c.messages.indexOf(synced)).filter((m) => m.type === 'event') as Extract<ServerMessage, { type: 'event' }>[];
    expect(replayed.every((e) => Number(e.object.metadata.resourceVersion) > Number(rv))).toBe(true);
    const mine = replayed.filter((e) => e.object.metadata.name?.startsWith('missed-')).map((e) => `${e.event} ${e.resource}/${e.object.metadata.name}`);
    expect(mine).toEqual(['ADDED configmaps/missed-1', 'ADDED secrets/missed-2']);
    expect(replayed.some((e) => e.resource === 'nodes' && e.event === 'ADDED')).toBe(false);
  });

  it('answers expired for a resourceVersion older than the kept history', async () => {
    const isolated = await server.createPlayground({ seed: 15 });
    const rv = Number((await k8sClient(isolated.kubeServer)('GET', '/api/v1/namespaces')).body.metadata.resourceVersion);
    server.manager.storage.compact(isolated.id, rv);
    const c = await open(wsUrl(isolated.kubeServer));
    c.send({ type: 'watch', resourceVersion: '1' });
    const expired = await c.waitFor('expired');
    expect(expired.status).toMatchObject({ kind: 'Status', reason: 'Expired', code: 410 });
    expect(expired.status.message).toMatch(/^too old resource version: 1 \(\d+\)$/);
    expect(c.of('synced')).toEqual([]);
    c.send({ type: 'watch', resourceVersion: 'not-a-number' });
    await until(() => c.of('expired').length === 2, 'a second expired');
    c.send({ type: 'watch' });
    await c.waitFor('synced');
  });

  it('counts viewers across sockets', async () => {
    const other = await createIsolated();
    const a = await open(wsUrl(other.kubeServer));
    await a.waitFor('presence', (m) => m.viewers === 1);
    const b = await open(wsUrl(other.viewKubeServer));
    await b.waitFor('presence', (m) => m.viewers === 2);
    await a.waitFor('presence', (m) => m.viewers === 2);
    await b.close();
    await until(() => a.of('presence').at(-1)?.viewers === 1, 'the count to drop back to one');
  });

  it('lets a read-only key watch', async () => {
    const c = await open(wsUrl(pg.viewKubeServer));
    c.send({ type: 'watch' });
    await c.waitFor('synced');
    await k('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'seen-by-viewer' } });
    await c.waitFor('event', (m) => m.object.metadata.name === 'seen-by-viewer');
    c.send({ type: 'ping' });
    await c.waitFor('pong');
  });

  it('reports bad messages without dropping the socket', async () => {
    const c = await open(wsUrl(pg.kubeServer));
    c.ws.send('{not json');
    await c.waitFor('error', (m) => m.message === 'invalid JSON');
    c.send({ type: 'dance' });
    await c.waitFor('error', (m) => m.message.includes('dance'));
    c.send({ type: 'ping' });
    await c.waitFor('pong');
  });

  it('rejects an unknown key with 401', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/clusters/AAAAAAAAAAAAAAAAAAAAAAAAAAA/ws`);
      ws.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        ws.terminate();
      });
      ws.once('open', () => reject(new Error('an unknown key was accepted')));
      ws.once('error', () => {});
    });
    expect(status).toBe(401);
  });

  async function createIsolated(): Promise<CreatedPlayground> {
    return server.createPlayground({ seed: 14 });
  }
});
