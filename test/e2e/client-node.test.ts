/** The official JavaScript client (@kubernetes/client-node) against a playground: typed APIs, Watch, patch
 * strategies and typed errors, as a course platform or a learner's script would use them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiException, AppsV1Api, CoreV1Api, KubeConfig, PatchStrategy, Watch, setHeaderOptions, type V1ConfigMap } from '@kubernetes/client-node';
import { startTestServer, type TestServer } from '../helpers/server.js';

function kubeConfigFor(server: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'playground', server, skipTLSVerify: true }],
    users: [{ name: 'learner' }],
    contexts: [{ name: 'playground', cluster: 'playground', user: 'learner', namespace: 'default' }],
    currentContext: 'playground',
  });
  return kc;
}

/** Polls until `check` returns true, failing after a deadline (no fixed sleeps). */
async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function apiError(p: Promise<unknown>): Promise<ApiException<string>> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiException) return err as ApiException<string>;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('@kubernetes/client-node against a playground', () => {
  let server: TestServer;
  let kc: KubeConfig;
  let core: CoreV1Api;
  let apps: AppsV1Api;

  beforeAll(async () => {
    server = await startTestServer();
    const pg = await server.createPlayground({ seed: 11 });
    kc = kubeConfigFor(pg.kubeServer);
    core = kc.makeApiClient(CoreV1Api);
    apps = kc.makeApiClient(AppsV1Api);
  });
  afterAll(() => server?.close());

  it('lists nodes and kube-system pods as typed objects', async () => {
    const nodes = await core.listNode();
    expect(nodes.items.map((n) => n.metadata?.name).sort()).toEqual(['control-plane', 'worker-1', 'worker-2']);
    expect(nodes.items[0].status?.capacity?.cpu).toBeDefined();
    const pods = await core.listNamespacedPod({ namespace: 'kube-system', labelSelector: 'component=etcd' });
    expect(pods.items.map((p) => p.metadata?.name)).toEqual(['etcd-control-plane']);
    expect(Number(pods.metadata?.resourceVersion)).toBeGreaterThan(0);
  });

  it('creates, reads, patches with every strategy, and deletes a configmap', async () => {
    const created = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'settings', labels: { tier: 'web' } }, data: { mode: 'dev' } } });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata?.creationTimestamp).toBeInstanceOf(Date);

    const merged = await core.patchNamespacedConfigMap(
      { name: 'settings', namespace: 'default', body: { data: { mode: 'prod', extra: 'yes' } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(merged.data).toEqual({ mode: 'prod', extra: 'yes' });

    const jsonPatched = await core.patchNamespacedConfigMap(
      { name: 'settings', namespace: 'default', body: [{ op: 'remove', path: '/data/extra' }] },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    expect(jsonPatched.data).toEqual({ mode: 'prod' });

    const strategic = await core.patchNamespacedConfigMap(
      { name: 'settings', namespace: 'default', body: { metadata: { labels: { tier: null, team: 'a' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    expect(strategic.metadata?.labels).toEqual({ team: 'a' });

    const applied = await core.patchNamespacedConfigMap(
      { name: 'settings', namespace: 'default', fieldManager: 'grader', force: true, body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: 'ssa' } } },
      setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
    );
    expect(applied.data?.mode).toBe('ssa');
    expect(applied.metadata?.managedFields?.some((f) => f.manager === 'grader' && f.operation === 'Apply')).toBe(true);

    const read = await core.readNamespacedConfigMap({ name: 'settings', namespace: 'default' });
    expect(read.data?.mode).toBe('ssa');

    const status = await core.deleteNamespacedConfigMap({ name: 'settings', namespace: 'default' });
    expect(status.status).toBe('Success');
    const gone = await apiError(core.readNamespacedConfigMap({ name: 'settings', namespace: 'default' }));
    expect(gone.code).toBe(404);
  });

  it('reports failures as Status bodies with the real reasons', async () => {
    const missing = await apiError(core.readNamespacedConfigMap({ name: 'nope', namespace: 'default' }));
    expect(missing.code).toBe(404);
    const body = JSON.parse(missing.body) as Record<string, unknown>;
    expect(body).toMatchObject({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'configmaps "nope" not found' });

    await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'twice' } } });
    const dup = await apiError(core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'twice' } } }));
    expect(dup.code).toBe(409);
    expect(JSON.parse(dup.body)).toMatchObject({ reason: 'AlreadyExists', message: 'configmaps "twice" already exists' });

    const invalid = await apiError(
      apps.createNamespacedDeployment({
        namespace: 'default',
        body: { metadata: { name: 'bad' }, spec: { replicas: -1, selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } },
      }),
    );
    expect(invalid.code).toBe(422);
    const inv = JSON.parse(invalid.body) as { reason: string; details: { causes: { field: string }[] } };
    expect(inv.reason).toBe('Invalid');
    expect(inv.details.causes.map((c) => c.field)).toContain('spec.replicas');
  });

  it('watches a configmap being added, modified and deleted', async () => {
    const list = await core.listNamespacedConfigMap({ namespace: 'default' });
    const events: { type: string; name: string; data?: Record<string, string> }[] = [];
    let ended: unknown = 'open';
    const watch = new Watch(kc);
    const controller = await watch.watch(
      '/api/v1/namespaces/default/configmaps',
      { resourceVersion: list.metadata?.resourceVersion, allowWatchBookmarks: true },
      (type, obj: V1ConfigMap) => {
        if (type !== 'BOOKMARK' && obj.metadata?.name === 'watched') events.push({ type, name: obj.metadata.name, data: obj.data });
      },
      (err) => {
        ended = err;
      },
    );
    try {
      await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'watched' }, data: { v: '1' } } });
      await core.patchNamespacedConfigMap({ name: 'watched', namespace: 'default', body: { data: { v: '2' } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
      await core.deleteNamespacedConfigMap({ name: 'watched', namespace: 'default' });
      await until(() => events.length >= 3, 'three watch events');
      expect(events).toEqual([
        { type: 'ADDED', name: 'watched', data: { v: '1' } },
        { type: 'MODIFIED', name: 'watched', data: { v: '2' } },
        { type: 'DELETED', name: 'watched', data: { v: '2' } },
      ]);
      expect(ended).toBe('open');
    } finally {
      controller.abort();
    }
  });

  it('creates a deployment and scales it through the scale subresource', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: { metadata: { name: 'web' }, spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } } },
    });
    const scaled = await apps.patchNamespacedDeploymentScale({ name: 'web', namespace: 'default', body: { spec: { replicas: 4 } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
    expect(scaled.spec?.replicas).toBe(4);
    const dep = await apps.readNamespacedDeployment({ name: 'web', namespace: 'default' });
    expect(dep.spec?.replicas).toBe(4);
    expect(dep.spec?.strategy?.rollingUpdate?.maxSurge).toBe('25%');
    expect(dep.metadata?.generation).toBe(2);
  });
});
