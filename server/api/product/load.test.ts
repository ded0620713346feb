import { describe, it, expect } from 'vitest';
import { ClusterManager } from '../cluster-manager.js';
import { memoryStorage } from '../../storage/memory-storage.js';
import { systemClient } from '../registry/system-client.js';
import { deriveViewKey } from '../keys.js';
import { Engine } from '../../sim/engine.js';
import { networkingControllers } from '../../sim/controllers/networking/index.js';
import type { Ticker } from '../../runtime/ticker.js';
import { isoTime } from '../../sim/time.js';
import { loadRoutes } from './load.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');

async function setup() {
  const manager = new ClusterManager(memoryStorage(), { now: () => T0 });
  const { cluster, editKey } = await manager.create({ seed: 1 });
  cluster.setClock({ paused: true });
  const engine = new Engine(cluster, networkingControllers(), systemClient(cluster));
  engine.resyncAll();
  engine.tick(cluster.now());
  const ticker = { engine, kick: () => undefined } as unknown as Ticker;
  const app = loadRoutes({ manager, tickerOf: () => ticker });
  const post = (body: unknown, key = editKey) => app.request(`/api/playgrounds/${key}/load`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const list = async (key = editKey) => (await (await app.request(`/api/playgrounds/${key}/load`)).json()).generators;
  const step = (ms: number) => {
    const target = cluster.now() + ms;
    cluster.setClock({ advanceMs: ms });
    engine.tick(target);
  };
  return { app, cluster, engine, editKey, post, list, step };
}

describe('load API', () => {
  it('starts a generator against a Service and reports live per-pod stats', async () => {
    const { cluster, post, list, step } = await setup();
    // kube-dns is a Service with two ready CoreDNS pods in every fresh cluster.
    const res = await post({ target: 'svc/kube-dns', namespace: 'kube-system', rps: 20, durationSeconds: 60 });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ id: 'load-1', target: 'svc/kube-dns', namespace: 'kube-system', rps: 20, state: 'Running', path: '/', requests: 0, startedAt: isoTime(T0), endsAt: isoTime(T0 + 60_000) });
    step(10_000);
    const [gen] = await list();
    expect(gen).toMatchObject({ requests: 200, errors: 0, state: 'Running' });
    expect(Object.values(gen.pods)).toEqual([100, 100]);
    step(60_000);
    expect((await list())[0].state).toBe('Completed');
    expect(cluster.sim.load).toBeDefined();
  });

  it('stops a generator with DELETE and answers 404 for unknown ids', async () => {
    const { app, editKey, post, list, step, engine } = await setup();
    const { id } = await (await post({ target: 'svc/kube-dns', namespace: 'kube-system', rps: 5, durationSeconds: 600 })).json();
    step(2_000);
    const del = await app.request(`/api/playgrounds/${editKey}/load/${id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect((await del.json()).state).toBe('Stopped');
    step(5_000);
    expect((await list())[0]).toMatchObject({ state: 'Stopped', requests: 10 });
    expect(engine.nextTimer()).toBeUndefined();
    expect((await app.request(`/api/playgrounds/${editKey}/load/load-99`, { method: 'DELETE' })).status).toBe(404);
  });

  it('validates input and refuses read-only links', async () => {
    const { post, editKey, list } = await setup();
    expect((await post({ target: 'deploy/web', rps: 5, durationSeconds: 10 })).status).toBe(400);
    expect((await post({ target: 'svc/web', rps: 0, durationSeconds: 10 })).status).toBe(400);
    expect((await post({ target: 'svc/web', rps: 5, durationSeconds: 100_000 })).status).toBe(400);
    const err = await (await post({ target: 'svc/web', rps: 5, durationSeconds: 10, extra: 1 })).json();
    expect(err.error.code).toBe('invalid_request');
    const viewKey = await deriveViewKey(editKey);
    expect((await post({ target: 'svc/web', rps: 5, durationSeconds: 10 }, viewKey)).status).toBe(403);
    expect(await list(viewKey)).toEqual([]);
  });
});
