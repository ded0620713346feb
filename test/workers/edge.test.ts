/** The edge build in workerd: playgrounds live in Durable Objects, alarms drive the simulation, watches
 * stream over WebSocket, and state survives the object losing its memory. */
import { SELF, env, runDurableObjectAlarm, runInDurableObject, listDurableObjectIds } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

const DEPLOYMENT = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } },
  },
};

async function createPlayground() {
  const res = await SELF.fetch('https://playground.test/api/playgrounds', { method: 'POST', body: '{}' });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; kubeServer: string; viewKubeServer: string; editKey: string };
}

function stubFor(id: string) {
  return env.CLUSTERS.get(env.CLUSTERS.idFromName(id));
}

async function pods(kubeServer: string) {
  const res = await SELF.fetch(`${kubeServer}/api/v1/namespaces/default/pods`);
  return ((await res.json()) as { items: { metadata: { name: string }; status: { phase: string } }[] }).items;
}

describe('Workers runtime', () => {
  it('creates a playground whose cluster lives in its own Durable Object', async () => {
    const pg = await createPlayground();
    const nodes = await SELF.fetch(`${pg.kubeServer}/api/v1/nodes`);
    expect(nodes.status).toBe(200);
    const body = (await nodes.json()) as { items: { metadata: { name: string } }[] };
    expect(body.items.map((n) => n.metadata.name)).toEqual(['control-plane', 'worker-1', 'worker-2']);
    const ids = await listDurableObjectIds(env.CLUSTERS);
    expect(ids.some((i) => i.equals(env.CLUSTERS.idFromName(pg.id)))).toBe(true);
  });

  it('applies a Deployment and runs alarms until its pods are Running', async () => {
    const pg = await createPlayground();
    const res = await SELF.fetch(`${pg.kubeServer}/apis/apps/v1/namespaces/default/deployments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEPLOYMENT) });
    expect(res.status).toBe(201);
    const stub = stubFor(pg.id);
    let running = 0;
    for (let i = 0; i < 200 && running < 2; i++) {
      // Time must pass for image pulls and container starts: step the simulated clock, then fire the alarm.
      await SELF.fetch(`https://playground.test/api/playgrounds/${pg.editKey}/clock`, { method: 'POST', body: JSON.stringify({ action: 'step', seconds: 2 }) });
      await runDurableObjectAlarm(stub);
      running = (await pods(pg.kubeServer)).filter((p) => p.status.phase === 'Running').length;
    }
    expect(running).toBe(2);
  });

  it('streams watch events over a WebSocket', async () => {
    const pg = await createPlayground();
    const res = await SELF.fetch(`${pg.kubeServer}/ws`, { headers: { upgrade: 'websocket' } });
    expect(res.status).toBe(101);
    const ws = res.webSocket!;
    ws.accept();
    const messages: { type: string; object?: { metadata: { name: string } } }[] = [];
    ws.addEventListener('message', (e) => messages.push(JSON.parse(e.data as string)));
    ws.send(JSON.stringify({ type: 'watch' }));
    // A deadline rather than a count of short sleeps: a loaded machine may take seconds to deliver.
    const until = async (pred: () => boolean) => {
      const deadline = Date.now() + 15_000;
      while (!pred() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(pred()).toBe(true);
    };
    await until(() => messages.some((m) => m.type === 'synced'));
    await SELF.fetch(`${pg.kubeServer}/api/v1/namespaces/default/configmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'live' } }) });
    await until(() => messages.some((m) => m.type === 'event' && m.object?.metadata.name === 'live'));
    ws.close();
  });

  it('keeps every object when the object loses its memory', async () => {
    const pg = await createPlayground();
    await SELF.fetch(`${pg.kubeServer}/api/v1/namespaces/default/configmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kept' }, data: { a: '1' } }) });
    const before = (await (await SELF.fetch(`${pg.kubeServer}/api/v1/namespaces/default/configmaps/kept`)).json()) as { metadata: { resourceVersion: string } };
    // Throw the object's memory away: a fresh instance must load everything from its SQLite storage.
    await runInDurableObject(stubFor(pg.id), (_instance, state) => {
      state.abort?.('test: drop memory');
    }).catch(() => undefined);
    const after = await SELF.fetch(`${pg.kubeServer}/api/v1/namespaces/default/configmaps/kept`);
    expect(after.status).toBe(200);
    const body = (await after.json()) as { data: { a: string }; metadata: { resourceVersion: string } };
    expect(body.data.a).toBe('1');
    expect(body.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
  });

  it('forbids writes with the view key', async () => {
    const pg = await createPlayground();
    const res = await SELF.fetch(`${pg.viewKubeServer}/api/v1/namespaces/default/configmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'nope' } }) });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { reason: string }).reason).toBe('Forbidden');
  });
});
