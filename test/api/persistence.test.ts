/** Crash safety: the real server process is killed with SIGKILL and restarted on the same SQLite file; every
 * acknowledged write, the resourceVersion counter and watch resumption survive. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedPlayground } from '../../shared/api/product.js';
import { k8sClient, names, readWatch, until } from '../helpers/k8s-http.js';

const ROOT = join(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `server/runtime/node/main.ts` in its own process group and waits until it answers. */
async function startServer(port: number, databasePath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/node/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
      return fetch(`http://localhost:${port}/healthz`).then((r) => r.ok, () => false);
    },
    'the server to start',
    30_000,
  );
  return child;
}

/** SIGKILL to the whole process group: no shutdown hook runs. */
async function kill9(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

describe('persistence across kill -9', () => {
  let dir: string;
  let port: number;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kp-persist-'));
    port = await freePort();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) await kill9(child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every object, continues the resourceVersion and resumes watches after a crash', async () => {
    const db = join(dir, 'playground.db');
    child = await startServer(port, db);
    const created = await fetch(`http://localhost:${port}/api/playgrounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"seed":21}' });
    expect(created.status).toBe(201);
    const pg = (await created.json()) as CreatedPlayground;
    const k = k8sClient(pg.kubeServer);

    expect((await k('POST', '/api/v1/namespaces', { metadata: { name: 'team-a' } })).status).toBe(201);
    expect((await k('POST', '/api/v1/namespaces/team-a/configmaps', { metadata: { name: 'before' }, data: { v: '1' } })).status).toBe(201);
    expect((await k('POST', '/api/v1/namespaces/team-a/secrets', { metadata: { name: 'token' }, stringData: { t: 'abc' } })).status).toBe(201);
    const resumeFrom = (await k('GET', '/api/v1/namespaces/team-a/configmaps')).body.metadata.resourceVersion as string;
    await k('POST', '/api/v1/namespaces/team-a/configmaps', { metadata: { name: 'after' }, data: { v: '2' } });
    await k('PATCH', '/api/v1/namespaces/team-a/configmaps/before', { data: { v: '3' } }, { 'content-type': 'application/merge-patch+json' });
    const removed = await k('DELETE', '/api/v1/namespaces/team-a/secrets/token');
    expect(removed.status).toBe(200);
    const last = await k('PATCH', '/api/v1/namespaces/team-a/configmaps/after', { metadata: { labels: { final: 'yes' } } }, { 'content-type': 'application/merge-patch+json' });
    const lastRv = Number(last.body.metadata.resourceVersion);
    const snapshot = (await k('GET', '/api/v1/namespaces/team-a/configmaps')).body.items as { metadata: { name: string; uid: string; resourceVersion: string } }[];

    await kill9(child);
    child = await startServer(port, db);

    const after = (await k('GET', '/api/v1/namespaces/team-a/configmaps')).body;
    // The root-CA publisher adds kube-root-ca.crt whenever it gets to it; only the test's own objects are compared.
    const mine = (list: string[]) => list.filter((n) => n !== 'kube-root-ca.crt');
    expect(mine(names(after))).toEqual(['after', 'before']);
    for (const obj of snapshot.filter((o) => o.metadata.name !== 'kube-root-ca.crt')) {
      const now = after.items.find((o: { metadata: { name: string } }) => o.metadata.name === obj.metadata.name);
      expect(now.metadata.uid).toBe(obj.metadata.uid);
      expect(now.metadata.resourceVersion).toBe(obj.metadata.resourceVersion);
    }
    expect(after.items.find((o: { metadata: { name: string } }) => o.metadata.name === 'before').data).toEqual({ v: '3' });
    expect(after.items.find((o: { metadata: { name: string } }) => o.metadata.name === 'after').metadata.labels).toEqual({ final: 'yes' });
    expect((await k('GET', '/api/v1/namespaces/team-a/secrets/token')).status).toBe(404);
    expect((await k('GET', '/api/v1/namespaces/team-a')).body.status.phase).toBe('Active');
    expect(names((await k('GET', '/api/v1/nodes')).body)).toEqual(['control-plane', 'worker-1', 'worker-2']);

    const next = await k('POST', '/api/v1/namespaces/team-a/configmaps', { metadata: { name: 'post-crash' } });
    expect(next.status).toBe(201);
    expect(Number(next.body.metadata.resourceVersion)).toBeGreaterThan(lastRv);

    const res = await fetch(`${pg.kubeServer}/api/v1/namespaces/team-a/configmaps?watch=true&resourceVersion=${resumeFrom}`);
    expect(res.status).toBe(200);
    const events = await readWatch(res, (e) => e.some((x) => x.object.metadata.name === 'post-crash'));
    const seen = events.filter((e) => e.object.metadata.name !== 'kube-root-ca.crt').map((e) => `${e.type} ${e.object.metadata.name}`);
    expect(seen).toEqual(['ADDED after', 'MODIFIED before', 'MODIFIED after', 'ADDED post-crash']);

    const view = k8sClient(pg.viewKubeServer);
    expect((await view('GET', '/api/v1/namespaces/team-a/configmaps/before')).status).toBe(200);
    expect((await view('DELETE', '/api/v1/namespaces/team-a/configmaps/before')).status).toBe(403);
  });
});
