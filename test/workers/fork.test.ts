/** Fork on the edge build: the source object snapshots its cluster, a new object adopts it. */
import { env, listDurableObjectIds } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, createPlayground, kube, type Playground } from './helpers.js';

describe('fork on Workers', () => {
  it('copies every object into a new playground in its own Durable Object, independent from then on', async () => {
    const source = await createPlayground({ name: 'origin' });
    await call('POST', kube(source, '/api/v1/namespaces/default/configmaps'), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: 'a' } });
    const original = await call('GET', kube(source, '/api/v1/namespaces/default/configmaps/settings'));

    // A viewer may fork: the view key is enough.
    const res = await call('POST', `/api/playgrounds/${source.viewKey}/fork`, { name: 'copy' });
    expect(res.status, res.text).toBe(201);
    const fork = res.body as Playground & { kubeconfig: string; role: string };
    expect(fork.id).not.toBe(source.id);
    expect(fork.name).toBe('copy');
    expect(fork.editKey.startsWith(`${fork.id}_`)).toBe(true);
    expect(fork.kubeconfig).toContain(fork.editKey);
    const ids = await listDurableObjectIds(env.CLUSTERS);
    expect(ids.some((i) => i.equals(env.CLUSTERS.idFromName(fork.id)))).toBe(true);

    const copied = await call('GET', kube(fork, '/api/v1/namespaces/default/configmaps/settings'));
    expect(copied.status).toBe(200);
    expect(copied.body.data).toEqual({ mode: 'a' });
    expect(copied.body.metadata.resourceVersion).toBe(original.body.metadata.resourceVersion);
    expect(copied.body.metadata.uid).toBe(original.body.metadata.uid);
    const nodes = await call('GET', kube(fork, '/api/v1/nodes'));
    expect(nodes.body.items).toHaveLength(3);

    await call('PATCH', kube(fork, '/api/v1/namespaces/default/configmaps/settings'), JSON.stringify({ data: { mode: 'b' } }), { 'content-type': 'application/merge-patch+json' });
    expect((await call('GET', kube(fork, '/api/v1/namespaces/default/configmaps/settings'))).body.data.mode).toBe('b');
    expect((await call('GET', kube(source, '/api/v1/namespaces/default/configmaps/settings'))).body.data.mode).toBe('a');

    // The source keys open only the source.
    expect((await call('GET', `/clusters/${source.editKey}/api/v1/namespaces/default/configmaps/settings`)).body.data.mode).toBe('a');
    expect((await call('GET', `/api/playgrounds/${fork.editKey}`)).body.name).toBe('copy');
  });

  it('answers 404 for an unknown key', async () => {
    const pg = await createPlayground();
    const wrong = `${pg.id}_${'A'.repeat(27)}`;
    expect((await call('POST', `/api/playgrounds/${wrong}/fork`, {})).status).toBe(404);
  });
});
