import { describe, it, expect } from 'vitest';
import { ClusterManager } from '../cluster-manager.js';
import { memoryStorage } from '../../storage/memory-storage.js';
import { systemClient } from '../registry/system-client.js';
import { deriveViewKey } from '../keys.js';
import { Engine } from '../../sim/engine.js';
import { lifecycleControllers } from '../../sim/controllers/lifecycle/index.js';
import type { Ticker } from '../../runtime/ticker.js';
import { faultsRoutes } from './faults.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');

async function setup() {
  const manager = new ClusterManager(memoryStorage(), { now: () => T0 });
  const { cluster, editKey } = await manager.create({ seed: 1 });
  cluster.setClock({ paused: true });
  const engine = new Engine(cluster, lifecycleControllers(), systemClient(cluster));
  engine.resyncAll();
  engine.tick(cluster.now());
  const kicks: number[] = [];
  const ticker = { engine, kick: () => kicks.push(1) } as unknown as Ticker;
  const app = faultsRoutes({ manager, tickerOf: () => ticker });
  const post = (body: unknown, key = editKey) => app.request(`/api/playgrounds/${key}/faults`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const step = (ms: number) => {
    const target = cluster.now() + ms;
    cluster.setClock({ advanceMs: ms });
    engine.tick(target);
  };
  return { app, cluster, engine, editKey, post, step, kicks };
}

describe('faults API', () => {
  it('applies an immediate fault at once and lists it as active', async () => {
    const { app, cluster, editKey, post, step, kicks } = await setup();
    const res = await post({ type: 'stop-kubelet', target: 'worker-2' });
    expect(res.status).toBe(202);
    expect((await res.json()).fault).toMatchObject({ id: 'fault-1', type: 'stop-kubelet', target: 'worker-2', state: 'applied', at: T0 });
    expect(kicks).toHaveLength(1);
    const list = await (await app.request(`/api/playgrounds/${editKey}/faults`)).json();
    expect(list.active).toEqual([{ type: 'stop-kubelet', target: 'worker-2' }]);
    step(50_000);
    const ready = cluster.store.get('nodes', undefined, 'worker-2')!.status.conditions.find((c: { type: string }) => c.type === 'Ready');
    expect(ready.status).toBe('Unknown');
  });

  it('schedules a fault on the simulated clock', async () => {
    const { app, cluster, editKey, post, step } = await setup();
    const res = await post({ type: 'partition-node', target: 'worker-1', at: 30 });
    expect((await res.json()).fault).toMatchObject({ state: 'scheduled', at: T0 + 30_000 });
    const list = await (await app.request(`/api/playgrounds/${editKey}/faults`)).json();
    expect(list.scheduled).toEqual([{ id: 'fault-1', at: T0 + 30_000, type: 'partition-node', target: 'worker-1' }]);
    expect(list.active).toEqual([]);
    step(30_000);
    const after = await (await app.request(`/api/playgrounds/${editKey}/faults`)).json();
    expect(after).toMatchObject({ active: [{ type: 'partition-node', target: 'worker-1' }], scheduled: [] });
    step(50_000);
    const taints = cluster.store.get('nodes', undefined, 'worker-1')!.spec.taints.map((t: { key: string }) => t.key);
    expect(taints).toContain('node.kubernetes.io/unreachable');
  });

  it('records crash requests and deletes nodes', async () => {
    const { cluster, post } = await setup();
    const crash = await post({ type: 'crash-pod', target: 'coredns', namespace: 'kube-system' });
    expect(crash.status).toBe(202);
    const [req] = (cluster.sim as { faults: { crashRequests: { pod: string }[] } }).faults.crashRequests;
    expect(req.pod).toMatch(/^coredns-[a-z0-9]+-[a-z0-9]{5}$/);
    expect((await post({ type: 'delete-node', target: 'worker-2' })).status).toBe(202);
    expect(cluster.store.get('nodes', undefined, 'worker-2')).toBeUndefined();
  });

  it('rejects bad requests with 400 JSON errors and read-only keys with 403', async () => {
    const { post, editKey } = await setup();
    const unknownType = await post({ type: 'explode', target: 'worker-1' });
    expect(unknownType.status).toBe(400);
    expect((await unknownType.json()).error.code).toBe('invalid_request');
    const missing = await post({ type: 'stop-kubelet', target: 'worker-9' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: { code: 'invalid_target', message: 'node "worker-9" not found' } });
    const missingPod = await post({ type: 'crash-pod', target: 'nope' });
    expect((await missingPod.json()).error.message).toBe('pod "nope" not found in namespace "default"');
    const readOnly = await post({ type: 'stop-kubelet', target: 'worker-1' }, await deriveViewKey(editKey));
    expect(readOnly.status).toBe(403);
  });
});
