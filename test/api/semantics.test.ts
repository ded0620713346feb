/** The API server's semantics as clients rely on them: resourceVersions, concurrency, generation, selectors,
 * paging, watch resume, Tables, subresources, dry runs, field validation, deletion and access control. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer } from '../../server/runtime/node/server.js';
import type { CreatedPlayground } from '../../shared/api/product.js';
import { k8sClient, names, readWatch, until, type K8sRequest } from '../helpers/k8s-http.js';

const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
const CM = '/api/v1/namespaces/default/configmaps';
const PODS = '/api/v1/namespaces/default/pods';
const DEPLOYS = '/apis/apps/v1/namespaces/default/deployments';

function deployment(name: string, replicas = 1) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
  };
}

/** Metadata without resourceVersion: an unconditional update, for objects a controller may touch meanwhile. */
function unversioned(obj: { metadata: Record<string, unknown> }) {
  const { resourceVersion: _ignored, ...rest } = obj.metadata;
  return rest;
}

describe('Kubernetes API semantics', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startNodeServer>>;
  let pg: CreatedPlayground;
  let k: K8sRequest;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kp-sem-'));
    server = await startNodeServer({ port: 0, databasePath: join(dir, 'db.sqlite') });
    const res = await fetch(`${server.url}/api/playgrounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seed: 5 }) });
    pg = (await res.json()) as CreatedPlayground;
    k = k8sClient(pg.kubeServer);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives every write a higher resourceVersion than the one before', async () => {
    let last = Number((await k('GET', CM)).body.metadata.resourceVersion);
    const created = await k('POST', CM, { metadata: { name: 'rv' }, data: { n: '0' } });
    expect(created.status).toBe(201);
    let rv = Number(created.body.metadata.resourceVersion);
    expect(rv).toBeGreaterThan(last);
    for (let i = 1; i <= 5; i++) {
      last = rv;
      const r = await k('PATCH', `${CM}/rv`, { data: { n: String(i) } }, { 'content-type': 'application/merge-patch+json' });
      rv = Number(r.body.metadata.resourceVersion);
      expect(rv).toBeGreaterThan(last);
    }
    const list = await k('GET', CM);
    expect(Number(list.body.metadata.resourceVersion)).toBeGreaterThanOrEqual(rv);
  });

  it('answers 409 Conflict to a PUT with a stale resourceVersion', async () => {
    const a = (await k('POST', CM, { metadata: { name: 'occ' }, data: { v: 'a' } })).body;
    const b = await k('PUT', `${CM}/occ`, { ...a, data: { v: 'b' } });
    expect(b.status).toBe(200);
    const stale = await k('PUT', `${CM}/occ`, { ...a, data: { v: 'c' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      kind: 'Status',
      reason: 'Conflict',
      code: 409,
      message: 'Operation cannot be fulfilled on configmaps "occ": the object has been modified; please apply your changes to the latest version and try again',
    });
    expect((await k('GET', `${CM}/occ`)).body.data).toEqual({ v: 'b' });
  });

  it('bumps generation on spec changes only', async () => {
    const created = (await k('POST', DEPLOYS, deployment('gen'))).body;
    expect(created.metadata.generation).toBe(1);
    const labelled = await k('PATCH', `${DEPLOYS}/gen`, { metadata: { labels: { extra: 'yes' } } }, { 'content-type': 'application/merge-patch+json' });
    expect(labelled.body.metadata.generation).toBe(1);
    const scaled = await k('PATCH', `${DEPLOYS}/gen`, { spec: { replicas: 3 } }, { 'content-type': 'application/merge-patch+json' });
    expect(scaled.body.metadata.generation).toBe(2);
    const current = (await k('GET', `${DEPLOYS}/gen/status`)).body;
    // No resourceVersion: the deployment controller may have written status meanwhile; this is a forced update.
    const status = await k('PUT', `${DEPLOYS}/gen/status`, { ...current, metadata: unversioned(current), status: { ...current.status, observedGeneration: 2, replicas: 7 } });
    expect(status.status).toBe(200);
    expect(status.body.metadata.generation).toBe(2);
  });

  it('completes generateName with a random suffix', async () => {
    const a = await k('POST', CM, { metadata: { generateName: 'gen-' } });
    const b = await k('POST', CM, { metadata: { generateName: 'gen-' } });
    expect(a.status).toBe(201);
    expect(a.body.metadata.name).toMatch(/^gen-[a-z0-9]{5}$/);
    expect(b.body.metadata.name).not.toBe(a.body.metadata.name);
    expect(a.body.metadata.generateName).toBe('gen-');
  });

  it('keeps an object with finalizers, marked for deletion, until the last one is removed', async () => {
    await k('POST', CM, { metadata: { name: 'fin', finalizers: ['example.com/keep', 'example.com/also'] } });
    const del = await k('DELETE', `${CM}/fin`);
    expect(del.status).toBe(200);
    const marked = (await k('GET', `${CM}/fin`)).body;
    expect(marked.metadata.deletionTimestamp).toBeDefined();
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(0);
    const one = await k('PATCH', `${CM}/fin`, [{ op: 'remove', path: '/metadata/finalizers/0' }], { 'content-type': 'application/json-patch+json' });
    expect(one.body.metadata.finalizers).toEqual(['example.com/also']);
    expect((await k('GET', `${CM}/fin`)).status).toBe(200);
    const last = await k('PATCH', `${CM}/fin`, { metadata: { finalizers: null } }, { 'content-type': 'application/merge-patch+json' });
    expect(last.status).toBe(200);
    expect((await k('GET', `${CM}/fin`)).status).toBe(404);
  });

  it('filters lists by label selectors with every operator', async () => {
    const make = (name: string, labels: Record<string, string>) => k('POST', '/api/v1/namespaces/default/secrets', { metadata: { name, labels }, stringData: { k: 'v' } });
    await make('s-a', { tier: 'web', env: 'prod' });
    await make('s-b', { tier: 'db', env: 'prod' });
    await make('s-c', { tier: 'web' });
    await make('s-d', { other: 'x' });
    const sel = async (selector: string) => names((await k('GET', `/api/v1/namespaces/default/secrets?labelSelector=${encodeURIComponent(selector)}`)).body);
    expect(await sel('tier=web')).toEqual(['s-a', 's-c']);
    expect(await sel('tier==web')).toEqual(['s-a', 's-c']);
    expect(await sel('tier!=web')).toEqual(['s-b', 's-d']);
    expect(await sel('tier in (web, db)')).toEqual(['s-a', 's-b', 's-c']);
    expect(await sel('tier notin (web)')).toEqual(['s-b', 's-d']);
    expect(await sel('env')).toEqual(['s-a', 's-b']);
    expect(await sel('!env,tier')).toEqual(['s-c']);
    expect(await sel('tier=web,env=prod')).toEqual(['s-a']);
    const stored = (await k('GET', '/api/v1/namespaces/default/secrets/s-a')).body;
    expect(stored.data).toEqual({ k: 'dg==' });
    expect(stored.stringData).toBeUndefined();
  });

  it('filters lists by field selectors', async () => {
    const field = async (path: string, selector: string) => names((await k('GET', `${path}?fieldSelector=${encodeURIComponent(selector)}`)).body);
    expect(await field('/api/v1/configmaps', 'metadata.name=occ')).toEqual(['occ']);
    await until(async () => (await field('/api/v1/configmaps', 'metadata.namespace=kube-public')).join() === 'kube-root-ca.crt', 'the kube-public root CA configmap alone');
    expect(await field('/api/v1/namespaces/kube-system/pods', 'spec.nodeName=control-plane,metadata.name=etcd-control-plane')).toEqual(['etcd-control-plane']);
    const running = await field('/api/v1/namespaces/kube-system/pods', 'status.phase=Running');
    const notRunning = await field('/api/v1/namespaces/kube-system/pods', 'status.phase!=Running');
    const all = names((await k('GET', '/api/v1/namespaces/kube-system/pods')).body);
    expect([...running, ...notRunning].sort()).toEqual([...all].sort());
    expect(running).toContain('etcd-control-plane');
    await k('POST', '/api/v1/namespaces/default/events', {
      metadata: { name: 'occ.1' },
      involvedObject: { kind: 'ConfigMap', name: 'occ', namespace: 'default' },
      reason: 'Tested',
      message: 'hello',
      type: 'Normal',
    });
    expect(await field('/api/v1/namespaces/default/events', 'involvedObject.name=occ')).toEqual(['occ.1']);
    expect(await field('/api/v1/namespaces/default/events', 'involvedObject.name=nothing')).toEqual([]);
    const bad = await k('GET', `/api/v1/namespaces/default/pods?fieldSelector=${encodeURIComponent('spec.image=x')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('field label not supported: spec.image');
  });

  it('pages lists with limit and continue', async () => {
    for (let i = 0; i < 7; i++) await k('POST', '/api/v1/namespaces/default/serviceaccounts', { metadata: { name: `page-${i}` } });
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    let rv: string | undefined;
    do {
      const r = await k('GET', `/api/v1/namespaces/default/serviceaccounts?limit=3${token ? `&continue=${encodeURIComponent(token)}` : ''}`);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(3);
      rv ??= r.body.metadata.resourceVersion;
      expect(r.body.metadata.resourceVersion).toBe(rv);
      if (r.body.metadata.continue) expect(r.body.metadata.remainingItemCount).toBeGreaterThan(0);
      seen.push(...names(r.body));
      token = r.body.metadata.continue;
      pages++;
      if (pages === 1) await k('POST', '/api/v1/namespaces/default/serviceaccounts', { metadata: { name: 'aaa-too-early' } });
    } while (token);
    const all = names((await k('GET', '/api/v1/namespaces/default/serviceaccounts')).body).filter((n) => n !== 'aaa-too-early');
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 3));
  });

  it('resumes a watch from a resourceVersion, replaying later changes in order', async () => {
    const start = (await k('GET', CM)).body.metadata.resourceVersion;
    await k('POST', CM, { metadata: { name: 'w1' }, data: { v: '1' } });
    await k('PATCH', `${CM}/w1`, { data: { v: '2' } }, { 'content-type': 'application/merge-patch+json' });
    await k('DELETE', `${CM}/w1`);
    const res = await fetch(`${pg.kubeServer}${CM}?watch=true&resourceVersion=${start}`);
    expect(res.status).toBe(200);
    const w1 = <T extends { object: { metadata: { name: string } } }>(events: T[]) => events.filter((e) => e.object.metadata.name === 'w1');
    const events = w1(await readWatch(res, (e) => w1(e).length >= 3));
    expect(events.map((e) => `${e.type} ${e.object.metadata.name} ${e.object.data?.v}`)).toEqual(['ADDED w1 1', 'MODIFIED w1 2', 'DELETED w1 2']);
    const rvs = events.map((e) => Number(e.object.metadata.resourceVersion));
    expect(rvs).toEqual([...rvs].sort((a, b) => a - b));
    expect(rvs[0]).toBeGreaterThan(Number(start));
  });

  it('streams live events to a watch with a label selector, and sends bookmarks when allowed', async () => {
    const rv = (await k('GET', CM)).body.metadata.resourceVersion;
    const res = await fetch(`${pg.kubeServer}${CM}?watch=true&resourceVersion=${rv}&labelSelector=watched%3Dyes&allowWatchBookmarks=true`);
    const reading = readWatch(res, (e) => e.length >= 3);
    await k('POST', CM, { metadata: { name: 'ignored' } });
    await k('POST', CM, { metadata: { name: 'lw', labels: { watched: 'yes' } } });
    await k('PATCH', `${CM}/lw`, { data: { a: 'b' } }, { 'content-type': 'application/merge-patch+json' });
    await k('PATCH', `${CM}/lw`, { metadata: { labels: { watched: 'no' } } }, { 'content-type': 'application/merge-patch+json' });
    const events = await reading;
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED lw', 'MODIFIED lw', 'DELETED lw']);
  });

  it('sends a BOOKMARK carrying the current resourceVersion when bookmarks are allowed', async () => {
    const res = await fetch(`${pg.kubeServer}${CM}?watch=true&allowWatchBookmarks=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan`);
    expect(res.status).toBe(200);
    const events = await readWatch(res, (e) => e.some((x) => x.type === 'BOOKMARK'));
    const bookmark = events.find((e) => e.type === 'BOOKMARK')!;
    expect(bookmark.object.kind).toBe('ConfigMap');
    expect(bookmark.object.metadata.annotations?.['k8s.io/initial-events-end']).toBe('true');
    expect(Number(bookmark.object.metadata.resourceVersion)).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'ADDED').length).toBeGreaterThan(0);
  });

  it('answers 410 Expired to a watch from before the compacted history', async () => {
    await k('POST', CM, { metadata: { name: 'compact-me' } });
    const rv = Number((await k('GET', CM)).body.metadata.resourceVersion);
    server.manager.storage.compact(pg.id, rv);
    const res = await fetch(`${pg.kubeServer}${CM}?watch=true&resourceVersion=1`);
    expect(res.status).toBe(410);
    const body = await res.json();
    expect(body).toMatchObject({ kind: 'Status', reason: 'Expired', code: 410 });
    expect(body.message).toMatch(/^too old resource version: 1 \(\d+\)$/);
    const fresh = await fetch(`${pg.kubeServer}${CM}?watch=true&resourceVersion=${rv}`);
    expect(fresh.status).toBe(200);
    await fresh.body?.cancel();
  });

  it('prints Tables with the real columns, wide ones at priority 1', async () => {
    const t = await k('GET', '/api/v1/namespaces/kube-system/pods', undefined, { accept: TABLE });
    expect(t.body.kind).toBe('Table');
    expect(t.body.apiVersion).toBe('meta.k8s.io/v1');
    const cols = t.body.columnDefinitions.map((c: { name: string; priority: number }) => `${c.name}:${c.priority}`);
    expect(cols).toEqual(['Name:0', 'Ready:0', 'Status:0', 'Restarts:0', 'Age:0', 'IP:1', 'Node:1', 'Nominated Node:1', 'Readiness Gates:1']);
    const etcd = t.body.rows.find((r: { cells: unknown[] }) => r.cells[0] === 'etcd-control-plane');
    expect(etcd.object.kind).toBe('PartialObjectMetadata');
    expect(etcd.object.metadata.namespace).toBe('kube-system');
    const deploys = await k('GET', '/apis/apps/v1/namespaces/kube-system/deployments', undefined, { accept: TABLE });
    expect(deploys.body.columnDefinitions.map((c: { name: string }) => c.name)).toEqual(['Name', 'Ready', 'Up-to-date', 'Available', 'Age', 'Containers', 'Images', 'Selector']);
    const one = await k('GET', '/api/v1/nodes/worker-1', undefined, { accept: TABLE });
    expect(one.body.rows).toHaveLength(1);
    expect(one.body.rows[0].cells.slice(0, 3)).toEqual(['worker-1', 'Ready', '<none>']);
    const plain = await k('GET', '/api/v1/nodes/worker-1');
    expect(plain.body.kind).toBe('Node');
  });

  it('keeps spec when status is PUT, and status when the main resource is PUT', async () => {
    await k('POST', DEPLOYS, deployment('sub'));
    const cur = (await k('GET', `${DEPLOYS}/sub`)).body;
    const viaStatus = await k('PUT', `${DEPLOYS}/sub/status`, { ...cur, metadata: unversioned(cur), spec: { ...cur.spec, replicas: 9 }, status: { ...cur.status, replicas: 5, observedGeneration: 1 } });
    expect(viaStatus.status).toBe(200);
    expect(viaStatus.body.spec.replicas).toBe(1);
    expect(viaStatus.body.status.replicas).toBe(5);
    const now = (await k('GET', `${DEPLOYS}/sub`)).body;
    const viaMain = await k('PUT', `${DEPLOYS}/sub`, { ...now, metadata: unversioned(now), spec: { ...now.spec, paused: true }, status: { replicas: 99 } });
    expect(viaMain.status).toBe(200);
    expect(viaMain.body.spec.paused).toBe(true);
    expect(viaMain.body.status.replicas).not.toBe(99);
  });

  it('reads and patches the scale subresource', async () => {
    await k('POST', DEPLOYS, deployment('scaled', 2));
    const scale = await k('GET', `${DEPLOYS}/scaled/scale`);
    expect(scale.body).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name: 'scaled', namespace: 'default' }, spec: { replicas: 2 } });
    expect(scale.body.status.selector).toBe('app=scaled');
    const patched = await k('PATCH', `${DEPLOYS}/scaled/scale`, { spec: { replicas: 5 } }, { 'content-type': 'application/merge-patch+json' });
    expect(patched.status).toBe(200);
    expect(patched.body.spec.replicas).toBe(5);
    const dep = (await k('GET', `${DEPLOYS}/scaled`)).body;
    expect(dep.spec.replicas).toBe(5);
    expect(dep.metadata.generation).toBe(2);
    const invalid = await k('PATCH', `${DEPLOYS}/scaled/scale`, { spec: { replicas: -1 } }, { 'content-type': 'application/merge-patch+json' });
    expect(invalid.status).toBe(422);
  });

  it('serves container logs as text, passing the container and tailLines to the log source', async () => {
    // The log text itself is the simulation's; here a fixed source stands in so the API contract is what is tested.
    const asked: { pod: string; container?: string; tailLines?: number }[] = [];
    server.manager.get(pg.id)!.logs = {
      read(_ns, pod, opts) {
        asked.push({ pod, container: opts.container, tailLines: opts.tailLines });
        return { text: 'line one\nline two\n' };
      },
      since: () => ({ text: 'line three\n', now: 0, ended: true }),
    };
    const res = await fetch(`${pg.kubeServer}/api/v1/namespaces/kube-system/pods/etcd-control-plane/log?tailLines=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('line one\nline two\n');
    expect(asked).toEqual([{ pod: 'etcd-control-plane', container: 'etcd', tailLines: 2 }]);
    // follow=true streams what the container writes next, and ends when its run ends.
    const followed = await fetch(`${pg.kubeServer}/api/v1/namespaces/kube-system/pods/etcd-control-plane/log?follow=true`);
    expect(await followed.text()).toBe('line one\nline two\nline three\n');
    const wrong = await k('GET', '/api/v1/namespaces/kube-system/pods/etcd-control-plane/log?container=nginx');
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe('container nginx is not valid for pod etcd-control-plane');
    const missing = await k('GET', '/api/v1/namespaces/default/pods/nope/log');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('pods "nope" not found');
  });

  it('binds a pod to a node through the binding subresource', async () => {
    await k('POST', PODS, { metadata: { name: 'manual' }, spec: { schedulerName: 'my-scheduler', containers: [{ name: 'c', image: 'nginx' }] } });
    const bind = await k('POST', `${PODS}/manual/binding`, { apiVersion: 'v1', kind: 'Binding', metadata: { name: 'manual' }, target: { kind: 'Node', name: 'worker-2' } });
    expect(bind.status).toBe(201);
    expect(bind.body).toMatchObject({ kind: 'Status', status: 'Success' });
    expect((await k('GET', `${PODS}/manual`)).body.spec.nodeName).toBe('worker-2');
    const again = await k('POST', `${PODS}/manual/binding`, { apiVersion: 'v1', kind: 'Binding', metadata: { name: 'manual' }, target: { kind: 'Node', name: 'worker-1' } });
    expect(again.status).toBe(409);
  });

  it('evicts a pod: 201, then the pod is terminating or gone', async () => {
    await k('POST', PODS, { metadata: { name: 'evictee' }, spec: { nodeName: 'worker-1', containers: [{ name: 'c', image: 'nginx' }] } });
    const ev = await k('POST', `${PODS}/evictee/eviction`, { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'evictee', namespace: 'default' } });
    expect(ev.status).toBe(201);
    expect(ev.body).toMatchObject({ kind: 'Status', status: 'Success' });
    const after = await k('GET', `${PODS}/evictee`);
    expect(after.status === 404 || after.body.metadata.deletionTimestamp !== undefined).toBe(true);
    const missing = await k('POST', `${PODS}/ghost/eviction`, { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'ghost' } });
    expect(missing.status).toBe(404);
  });

  it('stores nothing on dryRun=All, yet answers as if it had', async () => {
    const before = (await k('GET', `${CM}/occ`)).body.metadata.resourceVersion;
    const created = await k('POST', `${CM}?dryRun=All`, { metadata: { name: 'dry' }, data: { a: '1' } });
    expect(created.status).toBe(201);
    expect(created.body.metadata.uid).toBeDefined();
    expect((await k('GET', `${CM}/dry`)).status).toBe(404);
    const patched = await k('PATCH', `${CM}/occ?dryRun=All`, { data: { v: 'dry' } }, { 'content-type': 'application/merge-patch+json' });
    expect(patched.body.data.v).toBe('dry');
    expect((await k('GET', `${CM}/occ`)).body.data.v).toBe('b');
    const deleted = await k('DELETE', `${CM}/occ?dryRun=All`);
    expect(deleted.status).toBe(200);
    expect((await k('GET', `${CM}/occ`)).status).toBe(200);
    expect((await k('GET', `${CM}/occ`)).body.metadata.resourceVersion).toBe(before);
  });

  it('validates unknown fields as Strict, Warn and Ignore ask', async () => {
    const body = (name: string) => ({ metadata: { name }, data: { a: '1' }, spek: { oops: true } });
    const strict = await k('POST', `${CM}?fieldValidation=Strict`, body('fv-strict'));
    expect(strict.status).toBe(400);
    expect(strict.body.message).toBe('ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "spek"');
    const warn = await k('POST', `${CM}?fieldValidation=Warn`, body('fv-warn'));
    expect(warn.status).toBe(201);
    expect(warn.headers.get('warning')).toBe('299 - "unknown field \\"spek\\""');
    expect(warn.body.spek).toBeUndefined();
    const ignore = await k('POST', `${CM}?fieldValidation=Ignore`, body('fv-ignore'));
    expect(ignore.status).toBe(201);
    expect(ignore.headers.get('warning')).toBeNull();
    expect((await k('GET', `${CM}/fv-ignore`)).body.spek).toBeUndefined();
    expect((await k('GET', `${CM}/fv-strict`)).status).toBe(404);
  });

  it('deletes with propagationPolicy and gracePeriodSeconds', async () => {
    await k('POST', DEPLOYS, deployment('orphaned'));
    const orphan = await k('DELETE', `${DEPLOYS}/orphaned`, { propagationPolicy: 'Orphan' });
    expect(orphan.status).toBe(200);
    await until(async () => (await k('GET', `${DEPLOYS}/orphaned`)).status === 404, 'orphan deletion to finish');
    await k('POST', DEPLOYS, deployment('fg'));
    const fg = await k('DELETE', `${DEPLOYS}/fg`, { propagationPolicy: 'Foreground' });
    expect(fg.status).toBe(200);
    expect(fg.body.metadata.finalizers).toContain('foregroundDeletion');
    expect(fg.body.metadata.deletionTimestamp).toBeDefined();
    await until(async () => (await k('GET', `${DEPLOYS}/fg`)).status === 404, 'foreground deletion to finish');
    const badPolicy = await k('DELETE', `${DEPLOYS}/gen`, { propagationPolicy: 'Sideways' });
    expect(badPolicy.status).toBe(422);

    await k('POST', PODS, { metadata: { name: 'graceful' }, spec: { nodeName: 'worker-1', terminationGracePeriodSeconds: 600, containers: [{ name: 'c', image: 'nginx' }] } });
    const graceful = await k('DELETE', `${PODS}/graceful`, { gracePeriodSeconds: 300 });
    expect(graceful.status).toBe(200);
    expect(graceful.body.kind).toBe('Pod');
    expect(graceful.body.metadata.deletionGracePeriodSeconds).toBe(300);
    expect((await k('GET', `${PODS}/graceful`)).status).toBe(200);
    // The simulated kubelet may already have confirmed the deletion (no container was running yet).
    const now = await k('DELETE', `${PODS}/graceful?gracePeriodSeconds=0`);
    expect([200, 404]).toContain(now.status);
    await until(async () => (await k('GET', `${PODS}/graceful`)).status === 404, 'forced pod deletion');
    const status = await k('DELETE', `${CM}/fv-warn`);
    expect(status.body).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'fv-warn', kind: 'configmaps' } });
  });

  it('lets the view key read but answers writes with 403 Forbidden', async () => {
    const view = k8sClient(pg.viewKubeServer);
    expect((await view('GET', CM)).status).toBe(200);
    const write = await view('POST', CM, { metadata: { name: 'viewer' } });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ kind: 'Status', reason: 'Forbidden', code: 403 });
    expect(write.body.message).toContain('configmaps is forbidden: User "system:anonymous" cannot create resource "configmaps" in API group "" in the namespace "default"');
    for (const [method, body, type] of [
      ['PUT', { metadata: { name: 'occ' } }, 'application/json'],
      ['PATCH', { data: { x: 'y' } }, 'application/merge-patch+json'],
      ['DELETE', undefined, 'application/json'],
    ] as const) {
      const r = await view(method, `${CM}/occ`, body, { 'content-type': type });
      expect(r.status, method).toBe(403);
    }
    expect((await view('PATCH', `${DEPLOYS}/scaled/scale`, { spec: { replicas: 1 } }, { 'content-type': 'application/merge-patch+json' })).status).toBe(403);
    expect((await view('POST', `${PODS}/manual/eviction`, { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'manual' } })).status).toBe(403);
    expect((await k('GET', `${CM}/viewer`)).status).toBe(404);
    expect((await k('GET', `${DEPLOYS}/scaled`)).body.spec.replicas).toBe(5);
  });

  it('accepts a Bearer token with the cluster id in the path, and 401s unknown keys', async () => {
    const byId = k8sClient(`${server.url}/clusters/${pg.id}`);
    const ok = await byId('GET', CM, undefined, { authorization: `Bearer ${pg.editKey}` });
    expect(ok.status).toBe(200);
    const write = await byId('POST', CM, { metadata: { name: 'bearer' } }, { authorization: `Bearer ${pg.editKey}` });
    expect(write.status).toBe(201);
    const viewToken = await byId('POST', CM, { metadata: { name: 'bearer-view' } }, { authorization: `Bearer ${pg.viewKey}` });
    expect(viewToken.status).toBe(403);
    const none = await byId('GET', CM);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });
    const wrong = await byId('GET', CM, undefined, { authorization: 'Bearer not-a-real-token-at-all-000000' });
    expect(wrong.status).toBe(401);
    const unknown = k8sClient(`${server.url}/clusters/AAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    const r = await unknown('GET', '/api/v1/namespaces');
    expect(r.status).toBe(401);
    expect(r.body.kind).toBe('Status');
  });
});
