import { describe, it, expect } from 'vitest';
import { ClusterManager } from '../cluster-manager.js';
import { memoryStorage } from '../../storage/memory-storage.js';
import { deriveViewKey } from '../keys.js';
import { resolveImage } from '../../sim/images/registry.js';
import { imagesRoutes } from './images.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');

async function setup() {
  const manager = new ClusterManager(memoryStorage(), { now: () => T0 });
  const { cluster, editKey } = await manager.create({ seed: 1 });
  const app = imagesRoutes({ manager, tickerOf: () => undefined });
  const post = (body: unknown, key = editKey) => app.request(`/api/playgrounds/${key}/images`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { app, cluster, editKey, post };
}

describe('images API', () => {
  it('lists the catalog and adds a user image that pods can then pull', async () => {
    const { app, cluster, editKey, post } = await setup();
    const list = await (await app.request(`/api/playgrounds/${editKey}/images`)).json();
    expect(list.images.find((i: { repository: string }) => i.repository === 'docker.io/library/nginx').tags).toContainEqual({ tag: '1.25', sizeBytes: 72080558 });
    expect(resolveImage(cluster, 'myorg/app:1.0').ok).toBe(false);
    const res = await post({ name: 'myorg/app', tags: ['1.0', '1.1'], sizeBytes: 12_000_000, behavior: { kind: 'server', ports: [8080] } });
    expect(res.status).toBe(201);
    expect((await res.json()).image).toMatchObject({ repository: 'docker.io/myorg/app', tags: [{ tag: '1.0', sizeBytes: 12_000_000 }, { tag: '1.1', sizeBytes: 12_000_000 }] });
    const r = resolveImage(cluster, 'myorg/app:1.0');
    expect(r.ok && r.behavior.ports).toEqual([8080]);
    expect(JSON.parse(cluster.meta.simState).images).toHaveLength(1);
  });

  it('rejects bad input and read-only links', async () => {
    const { editKey, post } = await setup();
    const bad = await post({ name: 'nginx:1.0', tags: ['x'] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_image_name');
    expect((await post({ name: 'ok', tags: [] })).status).toBe(400);
    expect((await post({ name: 'ok', tags: ['1'] }, await deriveViewKey(editKey))).status).toBe(403);
  });
});
