/** An in-memory Kubernetes API for kubectl tests: serves canned objects as the real apiserver would (Tables
 * included, via the server's own table printers) and records every request for assertions. */
import { apiVersionOf, findResource, resourceForKind, type ResourceInfo } from '../../k8s/resources';
import { matchesFieldSelector, matchesRequirements, parseFieldSelector, parseLabelSelector } from '../../k8s/selectors';
import type { KObject } from '../../k8s/types';
import { toTable } from '../../../server/api/tables/index';
import type { KubeClient, KubeRequest, KubeResponse, WatchEventMessage } from '../client';
import type { KubectlIO } from '../invocation';
import { runKubectl } from '../run';
import { NOW, fixtureObjects } from './fixture-objects';

interface Route {
  info: ResourceInfo;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/** Parses a Kubernetes REST path into resource, namespace, name and subresource. */
export function parsePath(path: string): Route | undefined {
  const segs = path.split('/').filter(Boolean);
  let group = '';
  let version: string;
  let rest: string[];
  if (segs[0] === 'api') [version, rest] = [segs[1], segs.slice(2)];
  else if (segs[0] === 'apis') [group, version, rest] = [segs[1], segs[2], segs.slice(3)];
  else return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const info = findResource(group, version, rest[0]);
  if (!info) return undefined;
  return { info, namespace, name: rest[1], subresource: rest[2] };
}

function notFound(info: ResourceInfo, name: string): KubeResponse {
  const res = info.group ? `${info.resource}.${info.group}` : info.resource;
  return {
    status: 404,
    body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `${res} "${name}" not found`, reason: 'NotFound', details: { name, group: info.group || undefined, kind: info.resource }, code: 404 },
  };
}

export class FakeApi implements KubeClient {
  objects: KObject[];
  readonly requests: KubeRequest[] = [];
  /** Pod logs by 'namespace/pod/container'. */
  logs: Record<string, string> = {
    'default/web-7d4b9c8f6d-abcde/nginx': '10.244.0.1 - - "GET / HTTP/1.1" 200 615\n10.244.0.1 - - "GET /healthz HTTP/1.1" 200 2\n10.244.0.1 - - "GET /missing HTTP/1.1" 404 153\n',
  };
  /** Events replayed to the next watch, then the stream closes. */
  watchEvents: WatchEventMessage[] = [];
  /** Canned answers that take precedence: key 'METHOD path'. */
  overrides = new Map<string, KubeResponse>();
  private rv = 2000;

  constructor(objects: KObject[] = fixtureObjects()) {
    this.objects = objects;
  }

  private infoOf(obj: KObject): ResourceInfo | undefined {
    return resourceForKind(obj.apiVersion, obj.kind);
  }

  private matching(route: Route, query: Record<string, string>): KObject[] {
    const label = query.labelSelector ? parseLabelSelector(query.labelSelector) : [];
    const field = query.fieldSelector ? parseFieldSelector(query.fieldSelector) : [];
    return this.objects.filter((o) => {
      const info = this.infoOf(o);
      if (!info || info.resource !== route.info.resource || info.group !== route.info.group) return false;
      if (route.namespace && o.metadata.namespace !== route.namespace) return false;
      return matchesRequirements(label, o.metadata.labels) && matchesFieldSelector(field, o);
    });
  }

  async request(req: KubeRequest): Promise<KubeResponse> {
    this.requests.push(req);
    const override = this.overrides.get(`${req.method} ${req.path}`);
    if (override) return structuredClone(override);
    const route = parsePath(req.path);
    if (!route) return { status: 404, body: '404 page not found' };
    const { info } = route;
    const wantsTable = (req.accept ?? '').includes('as=Table');
    const query = req.query ?? {};
    const tableOf = (objs: KObject[]) =>
      toTable(info, objs, { now: NOW, includeObject: (query.includeObject as 'Object') ?? 'Metadata', resourceVersion: String(this.rv) });
    if (req.method === 'GET' && route.subresource === 'log') {
      const key = `${route.namespace}/${route.name}/${query.container ?? ''}`;
      const text = this.logs[key] ?? this.logs[`${route.namespace}/${route.name}/`];
      if (text === undefined) return notFound(info, route.name!);
      const lines = text.split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
      const tail = query.tailLines ? lines.slice(-Number(query.tailLines)) : lines;
      return { status: 200, body: tail.map((l) => `${l}\n`).join('') };
    }
    const existing = route.name ? this.matching({ ...route, name: undefined }, {}).find((o) => o.metadata.name === route.name) : undefined;
    switch (req.method) {
      case 'GET': {
        if (route.name) {
          if (!existing) return notFound(info, route.name);
          return { status: 200, body: wantsTable ? tableOf([existing]) : structuredClone(existing) };
        }
        const items = this.matching(route, query);
        if (wantsTable) return { status: 200, body: tableOf(items) };
        return { status: 200, body: { kind: `${info.kind}List`, apiVersion: apiVersionOf(info), metadata: { resourceVersion: String(this.rv) }, items: structuredClone(items).map(stripTypeMeta) } };
      }
      case 'POST': {
        const body = structuredClone(req.body as KObject);
        if (route.subresource === 'eviction') {
          this.objects = this.objects.filter((o) => o !== existing);
          return { status: 201, body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 } };
        }
        const name = body.metadata?.name;
        if (this.matching(route, {}).some((o) => o.metadata.name === name)) {
          const res = info.group ? `${info.resource}.${info.group}` : info.resource;
          return { status: 409, body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `${res} "${name}" already exists`, reason: 'AlreadyExists', details: { name, group: info.group || undefined, kind: info.resource }, code: 409 } };
        }
        if (query.dryRun !== 'All') {
          body.metadata = { ...body.metadata, namespace: info.namespaced ? route.namespace : undefined, uid: `uid-${name}`, resourceVersion: String(++this.rv), creationTimestamp: new Date(NOW).toISOString().replace('.000Z', 'Z') };
          this.objects.push(body);
        }
        return { status: 201, body };
      }
      case 'PUT':
      case 'PATCH': {
        if (!existing) return notFound(info, route.name!);
        if (route.subresource === 'scale') {
          const patch = req.body as { spec?: { replicas?: number } };
          existing.spec.replicas = patch.spec?.replicas;
          return { status: 200, body: { kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: existing.metadata, spec: { replicas: existing.spec.replicas } } };
        }
        const updated = req.method === 'PUT' ? structuredClone(req.body as KObject) : mergePatch(existing, req.body);
        updated.metadata.resourceVersion = String(++this.rv);
        this.objects[this.objects.indexOf(existing)] = updated;
        return { status: 200, body: updated };
      }
      case 'DELETE': {
        if (!existing) return notFound(info, route.name!);
        this.objects = this.objects.filter((o) => o !== existing);
        if (info.resource === 'pods') return { status: 200, body: existing };
        return { status: 200, body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name: route.name, group: info.group, kind: info.resource, uid: existing.metadata.uid } } };
      }
    }
  }

  async watch(req: KubeRequest, onEvent: (ev: WatchEventMessage) => void, signal: AbortSignal): Promise<void> {
    this.requests.push({ ...req, query: { ...(req.query ?? {}), watch: 'true' } });
    const route = parsePath(req.path);
    const wantsTable = (req.accept ?? '').includes('as=Table');
    for (const ev of this.watchEvents.splice(0)) {
      if (signal.aborted) return;
      const object = wantsTable && route && ev.type !== 'ERROR' ? toTable(route.info, [ev.object], { now: NOW }) : ev.object;
      onEvent({ type: ev.type, object });
    }
  }

  /** Runs a kubectl command line against this API and captures its output. */
  async run(line: string | string[], stdin?: string, editor?: KubectlIO['openEditor']): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const argv = typeof line === 'string' ? line.split(/\s+/).filter(Boolean) : line;
    const code = await runKubectl(
      argv[0] === 'kubectl' ? argv.slice(1) : argv,
      this,
      { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stdin, now: () => NOW, openEditor: editor },
      { namespace: 'default', serverUrl: 'http://localhost:8080/clusters/test' },
    );
    return { code, stdout, stderr };
  }
}

function stripTypeMeta(o: KObject): KObject {
  const { apiVersion: _a, kind: _k, ...rest } = o;
  return rest as KObject;
}

/** JSON merge patch (RFC 7386), close enough to strategic merge for the fixture's assertions. */
function mergePatch(target: KObject, patch: unknown): KObject {
  const apply = (t: unknown, p: unknown): unknown => {
    if (!p || typeof p !== 'object' || Array.isArray(p)) return p;
    const out: Record<string, unknown> = t && typeof t === 'object' && !Array.isArray(t) ? { ...(t as Record<string, unknown>) } : {};
    for (const [k, v] of Object.entries(p)) {
      if (k.startsWith('$')) continue;
      if (v === null) delete out[k];
      else out[k] = apply(out[k], v);
    }
    return out;
  };
  return apply(structuredClone(target), patch) as KObject;
}
