/** Hostile and broken requests: each gets a 4xx Status with the right reason, never a 500, the server keeps
 * serving and nothing is stored. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { k8sClient, names, until, type K8sRequest } from '../helpers/k8s-http.js';

const CM_PATH = '/api/v1/namespaces/default/configmaps';

/** Deterministic pseudo-random bytes (xorshift), so a failure is reproducible. */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function protobuf(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + payload.byteLength);
  out.set([0x6b, 0x38, 0x73, 0x00]);
  out.set(payload, 4);
  return out;
}

describe('bad input on the Kubernetes API', () => {
  let server: TestServer;
  let k: K8sRequest;
  let kubeServer: string;

  beforeAll(async () => {
    server = await startTestServer();
    const pg = await server.createPlayground({ seed: 3 });
    kubeServer = pg.kubeServer;
    k = k8sClient(kubeServer);
    // The root-CA publisher adds one configmap per namespace right after creation; let it settle first.
    await until(async () => names((await k('GET', '/api/v1/configmaps')).body).length === 4, 'kube-root-ca.crt in every namespace');
  });

  const allConfigMaps = async () => names((await k('GET', '/api/v1/configmaps')).body);
  afterAll(() => server?.close());

  /** Sends the request and checks the answer is the expected Status, the server still answers, and no
   * configmap appeared anywhere. */
  async function rejects(method: string, path: string, body: unknown, headers: Record<string, string>, code: number, reason: string) {
    const before = await allConfigMaps();
    const res = await k(method, path, body, headers);
    expect(res.status, res.text.slice(0, 300)).toBe(code);
    expect(res.body).toMatchObject({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, code });
    const version = await k('GET', '/version');
    expect(version.status).toBe(200);
    expect(await allConfigMaps()).toEqual(before);
    return res.body as { message: string; details?: { causes?: { field: string; reason: string }[] } };
  }

  it('rejects malformed JSON', async () => {
    const s = await rejects('POST', CM_PATH, '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"', { 'content-type': 'application/json' }, 400, 'BadRequest');
    expect(s.message).toMatch(/json/i);
    await rejects('POST', CM_PATH, '', { 'content-type': 'application/json' }, 400, 'BadRequest');
    await rejects('POST', CM_PATH, '[1,2,3]', { 'content-type': 'application/json' }, 400, 'BadRequest');
    await rejects('POST', CM_PATH, '{"metadata":"oops"}', { 'content-type': 'application/json' }, 400, 'BadRequest');
    await rejects('POST', CM_PATH, '{"metadata":{"name":"x"},"data":"nope"}', { 'content-type': 'application/json' }, 400, 'BadRequest');
  });

  it('rejects malformed YAML', async () => {
    const s = await rejects('POST', CM_PATH, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n  data: :\n', { 'content-type': 'application/yaml' }, 400, 'BadRequest');
    expect(s.message).toMatch(/yaml/i);
    await rejects('POST', CM_PATH, '\t- a\n-b: : :\n  ]]', { 'content-type': 'application/yaml' }, 400, 'BadRequest');
  });

  it('rejects malformed protobuf whatever the bytes', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const body = protobuf(noise(16 + seed * 7, seed));
      await rejects('POST', CM_PATH, body, { 'content-type': 'application/vnd.kubernetes.protobuf' }, 400, 'BadRequest');
    }
    await rejects('POST', CM_PATH, new Uint8Array([0x6b, 0x38, 0x73]), { 'content-type': 'application/vnd.kubernetes.protobuf' }, 400, 'BadRequest');
    await rejects('POST', CM_PATH, noise(64, 99), { 'content-type': 'application/vnd.kubernetes.protobuf' }, 400, 'BadRequest');
  });

  it('rejects an unknown media type with 415', async () => {
    await rejects('POST', CM_PATH, '<configmap/>', { 'content-type': 'application/xml' }, 415, 'UnsupportedMediaType');
  });

  it('rejects a kind or apiVersion that does not match the path', async () => {
    const s = await rejects('POST', CM_PATH, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'sneaky' } }, {}, 400, 'BadRequest');
    expect(s.message).toContain('Secret');
    await rejects('POST', CM_PATH, { apiVersion: 'apps/v1', kind: 'ConfigMap', metadata: { name: 'sneaky' } }, {}, 400, 'BadRequest');
  });

  it('rejects a 10 MB body with 413, declared or streamed', async () => {
    const big = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'huge' }, data: { blob: 'x'.repeat(10 * 1024 * 1024) } });
    await rejects('POST', CM_PATH, big, { 'content-type': 'application/json' }, 413, 'RequestEntityTooLarge');
    const before = await allConfigMaps();
    const bytes = new TextEncoder().encode(big);
    const streamed = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.byteLength; i += 1 << 20) c.enqueue(bytes.subarray(i, i + (1 << 20)));
        c.close();
      },
    });
    const res = await fetch(`${kubeServer}${CM_PATH}`, {
      method: 'POST',
      body: streamed,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ kind: 'Status', reason: 'RequestEntityTooLarge' });
    expect(await allConfigMaps()).toEqual(before);
  });

  it('rejects 100k nested arrays in JSON and YAML', async () => {
    const depth = 100_000;
    const nestedJson = `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"deep"},"data":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    await rejects('POST', CM_PATH, nestedJson, { 'content-type': 'application/json' }, 400, 'BadRequest');
    const nestedYaml = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    await rejects('POST', CM_PATH, nestedYaml, { 'content-type': 'application/yaml' }, 400, 'BadRequest');
    const patch = `{"data":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    await k('POST', CM_PATH, { metadata: { name: 'target' } });
    const res = await k('PATCH', `${CM_PATH}/target`, patch, { 'content-type': 'application/merge-patch+json' });
    expect(res.status).toBe(400);
    expect((await k('GET', `${CM_PATH}/target`)).body.data).toBeUndefined();
    await k('DELETE', `${CM_PATH}/target`);
  });

  it('rejects a YAML alias bomb (billion laughs)', async () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: lol', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
    lines.push('data: *a9');
    const started = Date.now();
    await rejects('POST', CM_PATH, lines.join('\n') + '\n', { 'content-type': 'application/yaml' }, 400, 'BadRequest');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects invalid names with 422 naming metadata.name', async () => {
    for (const name of ['UpperCase', 'a'.repeat(254), 'bad_name!', '-leading', 'trailing.', 'sp ace']) {
      const s = await rejects('POST', CM_PATH, { metadata: { name } }, {}, 422, 'Invalid');
      expect(s.details?.causes?.map((c) => c.field)).toContain('metadata.name');
    }
    const ns = await k('POST', '/api/v1/namespaces', { metadata: { name: 'Not.A.Label' } });
    expect(ns.status).toBe(422);
    expect(ns.body.message).toContain('a lowercase RFC 1123 label must consist of lower case alphanumeric characters');
    // Service names are DNS-1035 labels: no dots, and a letter first.
    for (const name of ['has.dots', '1st']) {
      const svc = await k('POST', '/api/v1/namespaces/default/services', { metadata: { name }, spec: { ports: [{ port: 80 }] } });
      expect(svc.status).toBe(422);
      expect(svc.body.message).toContain('a DNS-1035 label must consist of lower case alphanumeric characters');
    }
    expect(names((await k('GET', '/api/v1/namespaces/default/services')).body)).toEqual(['kubernetes']);
  });

  it('rejects invalid label keys and values with 422 naming the label', async () => {
    const s = await rejects('POST', CM_PATH, { metadata: { name: 'labelled', labels: { app: 'has space' } } }, {}, 422, 'Invalid');
    expect(s.details?.causes?.map((c) => c.field)).toContain('metadata.labels');
    expect(s.message).toContain('Invalid value: "has space"');
    await rejects('POST', CM_PATH, { metadata: { name: 'labelled', labels: { app: 'v'.repeat(64) } } }, {}, 422, 'Invalid');
    await rejects('POST', CM_PATH, { metadata: { name: 'labelled', labels: { 'bad key!': 'v' } } }, {}, 422, 'Invalid');
    await rejects('POST', CM_PATH, { metadata: { name: 'labelled', labels: { app: 5 } } }, {}, 400, 'BadRequest');
  });

  it('answers 404 for a namespace that does not exist', async () => {
    const s = await rejects('POST', '/api/v1/namespaces/nowhere/configmaps', { metadata: { name: 'lost' } }, {}, 404, 'NotFound');
    expect(s.message).toBe('namespaces "nowhere" not found');
  });

  it('answers 404 for unknown resources and paths', async () => {
    await rejects('POST', '/api/v1/namespaces/default/widgets', { metadata: { name: 'w' } }, {}, 404, 'NotFound');
    await rejects('GET', '/apis/example.com/v1/widgets', undefined, {}, 404, 'NotFound');
    await rejects('GET', '/api/v1/namespaces/default/configmaps/x/y/z', undefined, {}, 404, 'NotFound');
    await rejects('GET', '/api/v1/namespaces/default/pods/p/nosuchsub', undefined, {}, 404, 'NotFound');
  });

  it('rejects malformed patches without changing the object', async () => {
    await k('POST', CM_PATH, { metadata: { name: 'patchme' }, data: { a: '1' } });
    const bad = [
      { type: 'application/json-patch+json', body: '[{"op":"explode","path":"/data/a"}]' },
      { type: 'application/json-patch+json', body: '{"op":"add"}' },
      { type: 'application/merge-patch+json', body: '{"data":' },
      { type: 'application/strategic-merge-patch+json', body: '"just a string"' },
      { type: 'application/apply-patch+yaml', body: 'kind: [' },
      { type: 'application/merge-patch+json', body: '{"metadata":{"name":"Renamed"}}' },
    ];
    for (const b of bad) {
      const res = await k('PATCH', `${CM_PATH}/patchme?fieldManager=t`, b.body, { 'content-type': b.type });
      expect(res.status, `${b.type} ${b.body}: ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.kind).toBe('Status');
    }
    expect((await k('GET', `${CM_PATH}/patchme`)).body.data).toEqual({ a: '1' });
    await k('DELETE', `${CM_PATH}/patchme`);
  });

  it('rejects bad query parameters', async () => {
    await rejects('GET', `${CM_PATH}?labelSelector=${encodeURIComponent('a in (')}`, undefined, {}, 400, 'BadRequest');
    await rejects('GET', `${CM_PATH}?fieldSelector=${encodeURIComponent('spec.unknown=1')}`, undefined, {}, 400, 'BadRequest');
    await rejects('GET', `${CM_PATH}?limit=-3`, undefined, {}, 400, 'BadRequest');
    await rejects('GET', `${CM_PATH}?continue=garbage!!`, undefined, {}, 400, 'BadRequest');
    await rejects('POST', `${CM_PATH}?dryRun=Some`, { metadata: { name: 'q' } }, {}, 400, 'BadRequest');
    await rejects('POST', `${CM_PATH}?fieldValidation=Loose`, { metadata: { name: 'q' } }, {}, 400, 'BadRequest');
    await rejects('GET', `${CM_PATH}?watch=true&resourceVersion=abc`, undefined, {}, 400, 'BadRequest');
  });

  it('answers garbage sent to subresources and deletes with a 4xx Status', async () => {
    await k('POST', '/apis/apps/v1/namespaces/default/deployments', {
      metadata: { name: 'sub' },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    await k('POST', '/api/v1/namespaces/default/pods', { metadata: { name: 'subpod' }, spec: { schedulerName: 'none', containers: [{ name: 'c', image: 'nginx' }] } });
    const bodies: [string, string][] = [
      ['{', 'application/json'],
      ['[]', 'application/json'],
      ['"text"', 'application/json'],
      ['{"spec":"x","status":7,"metadata":[]}', 'application/json'],
      ['{"spec":{"replicas":"many"}}', 'application/merge-patch+json'],
      ['{"target":{"name":7}}', 'application/json'],
      ['null', 'application/json'],
    ];
    const targets: [string, string][] = [
      ['PUT', '/apis/apps/v1/namespaces/default/deployments/sub/status'],
      ['PATCH', '/apis/apps/v1/namespaces/default/deployments/sub/status'],
      ['PUT', '/apis/apps/v1/namespaces/default/deployments/sub/scale'],
      ['PATCH', '/apis/apps/v1/namespaces/default/deployments/sub/scale'],
      ['POST', '/api/v1/namespaces/default/pods/subpod/binding'],
      ['POST', '/api/v1/namespaces/default/pods/subpod/eviction'],
      ['PUT', '/api/v1/namespaces/default/finalize'],
      ['PUT', '/apis/apps/v1/namespaces/default/deployments/sub'],
      ['PATCH', '/apis/apps/v1/namespaces/default/deployments/sub'],
    ];
    for (const [method, path] of targets) {
      for (const [body, type] of bodies) {
        const contentType = method === 'PATCH' && type === 'application/json' ? 'application/merge-patch+json' : type;
        // Strict, as kubectl sends it: unknown fields are errors too, not warnings.
        const res = await k(method, `${path}?fieldValidation=Strict`, body, { 'content-type': contentType });
        expect(res.status, `${method} ${path} ${body}: ${res.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${method} ${path} ${body}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
        expect(res.body.kind).toBe('Status');
      }
    }
    // DeleteOptions are decoded leniently (unknown fields ignored), but must still be a well-typed object.
    for (const body of ['{', '[]', '"text"', '{"gracePeriodSeconds":"soon"}', '{"propagationPolicy":7}', '{"dryRun":"All"}', '{"kind":"Pod"}']) {
      const res = await k('DELETE', '/apis/apps/v1/namespaces/default/deployments/sub', body, { 'content-type': 'application/json' });
      expect(res.status, `DELETE ${body}: ${res.text.slice(0, 200)}`).toBe(400);
      expect(res.body).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    }
    const dep = (await k('GET', '/apis/apps/v1/namespaces/default/deployments/sub')).body;
    expect(dep.metadata.generation).toBe(1);
    expect(dep.spec.replicas).toBe(1);
    expect((await k('GET', '/api/v1/namespaces/default/pods/subpod')).body.spec.nodeName).toBeUndefined();
    expect((await k('GET', '/api/v1/namespaces/default')).body.status.phase).toBe('Active');
  });

  it('answers a malformed percent-escape in the path with 400', async () => {
    await rejects('GET', '/api/v1/namespaces/%E0%A4%A/configmaps', undefined, {}, 400, 'BadRequest');
    await rejects('POST', '/api/v1/namespaces/default/configmaps/%ZZ', '{}', { 'content-type': 'application/json' }, 400, 'BadRequest');
  });

  it('rejects times that do not parse and access reviews without attributes', async () => {
    const lease = await k('POST', '/apis/coordination.k8s.io/v1/namespaces/default/leases', { metadata: { name: 'l' }, spec: { renewTime: 'yesterday' } });
    expect(lease.status).toBe(400);
    expect(lease.body.message).toContain('parsing time');
    expect((await k('GET', '/apis/coordination.k8s.io/v1/namespaces/default/leases/l')).status).toBe(404);
    await rejects('POST', CM_PATH, { metadata: { name: 'stamped', creationTimestamp: 'garbage' } }, {}, 400, 'BadRequest');
    const review = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
    expect((await k('POST', review, '[]', { 'content-type': 'application/json' })).status).toBe(400);
    expect((await k('POST', review, { spec: 7 })).status).toBe(400);
    const empty = await k('POST', review, { spec: {} });
    expect(empty.status).toBe(422);
    expect(empty.body.message).toContain('exactly one of nonResourceAttributes or resourceAttributes must be specified');
    const ok = await k('POST', review, { spec: { resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'default' } } });
    expect(ok.status).toBe(201);
    expect(ok.body.status.allowed).toBe(true);
  });

  it('stores nulls as Go would decode them: absent, or empty strings in string maps', async () => {
    const r = await k('POST', CM_PATH, { metadata: { name: 'nulls', labels: null, annotations: { a: null, b: 'x' } }, data: { k: null } });
    expect(r.status).toBe(201);
    expect(r.body.metadata.labels).toBeUndefined();
    expect(r.body.metadata.annotations).toEqual({ a: '', b: 'x' });
    expect(r.body.data).toEqual({ k: '' });
    const listed = await k('GET', `${CM_PATH}?labelSelector=a`);
    expect(listed.status).toBe(200);
    await k('DELETE', `${CM_PATH}/nulls`);
  });
});
