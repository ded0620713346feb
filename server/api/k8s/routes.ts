/** The Kubernetes API of one cluster under /clusters/:key — discovery, CRUD, watch and subresources. */
import { Hono, type Context } from 'hono';
import type { Cluster } from '../../sim/cluster.js';
import type { Role } from '../../../shared/api/product.js';
import { parseApiPath } from './path.js';
import { errors, StatusError } from './status.js';
import { errorResponse, json, listBody, objectResponse } from './respond.js';
import { intQuery, writeOptions, wantsTable, includeObject } from './request.js';
import { decodeBody, readBody } from './body.js';
import { discoveryResponse } from './discovery-routes.js';
import { watchResponse } from './watch.js';
import { subresourceResponse } from './subresources.js';
import { toTable } from '../tables/index.js';
import { getObject, listObjects } from '../registry/read.js';
import { createObject, updateObject } from '../registry/write.js';
import { patchObject } from '../registry/patch.js';
import { deleteObject, type DeleteOptions } from '../registry/delete.js';
import type { Scope } from '../registry/context.js';
import { virtualResourceResponse } from './virtual.js';
import { ClusterRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit.js';
import { toServedVersion } from '../registry/hpa-convert.js';
import type { KObject } from '../../../shared/k8s/types.js';

export interface ClusterAccess {
  cluster: Cluster;
  role: Role;
}

/** Resolves the capability in the path (or a Bearer token naming the cluster id) to a cluster. */
export interface ClusterResolver {
  resolve(pathKey: string, bearer: string | undefined): Promise<ClusterAccess | undefined>;
}

const READ_VERBS = new Set(['GET', 'HEAD']);

/** Mounts the Kubernetes API routes. */
export function kubernetesRoutes(resolver: ClusterResolver, rateLimit: RateLimit = DEFAULT_RATE_LIMIT): Hono {
  const app = new Hono();
  const limiter = new ClusterRateLimiter(rateLimit, () => Date.now());
  app.all('/clusters/:key/*', async (c) => {
    try {
      const bearer = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
      const access = await resolver.resolve(c.req.param('key'), bearer);
      if (!access) throw errors.unauthorized();
      limiter.take(access.cluster.id);
      const prefix = `/clusters/${c.req.param('key')}`;
      const rest = new URL(c.req.url).pathname.slice(prefix.length);
      const segments = decodeSegments(rest);
      return await handle(c, access, segments, prefix);
    } catch (err) {
      return errorResponse(err);
    }
  });
  return app;
}

/** Path segments, decoded; a malformed percent-escape is the client's error, not ours. */
function decodeSegments(rest: string): string[] {
  try {
    return rest.split('/').map((s) => decodeURIComponent(s));
  } catch {
    throw errors.badRequest(`invalid URL escape in path: ${rest}`);
  }
}

async function handle(c: Context, access: ClusterAccess, segments: string[], prefix: string): Promise<Response> {
  const { cluster, role } = access;
  const path = parseApiPath(segments);
  const method = c.req.method;
  if (path.type === 'resource' && !path.info.virtual && !READ_VERBS.has(method) && role !== 'edit') {
    throw errors.forbidden(verbOf(method, path.name), path.info.resource, path.info.group, path.namespace);
  }
  if (path.type !== 'resource') {
    if (path.type === 'unknown-resource') throw errors.notFoundPath();
    if (method !== 'GET') throw errors.methodNotAllowed();
    const doc = discoveryResponse(path, prefix, new URL(c.req.url).origin, c.req.header('accept') ?? '');
    if (!doc) throw errors.notFoundPath();
    if (doc instanceof Response) return doc;
    return json(c, doc);
  }
  const scope: Scope = { info: path.info, namespace: path.namespace, name: path.name, subresource: path.subresource };
  if (path.info.virtual) return virtualResourceResponse(c, cluster, role, scope);
  if (scope.subresource) return subresourceResponse(c, cluster, scope);
  const now = cluster.now();
  switch (method) {
    case 'GET': {
      if (c.req.query('watch') === 'true' || c.req.query('watch') === '1') return watchResponse(c, cluster, scope);
      if (scope.name) return objectResponse(c, scope.info, getObject(cluster, scope), now);
      const result = listObjects(cluster, scope, {
        labelSelector: c.req.query('labelSelector'),
        fieldSelector: c.req.query('fieldSelector'),
        limit: intQuery(c, 'limit'),
        continue: c.req.query('continue'),
      });
      const meta = { resourceVersion: result.resourceVersion, continue: result.continue, remainingItemCount: result.remainingItemCount };
      if (wantsTable(c)) return json(c, toTable(scope.info, result.items, { now, includeObject: includeObject(c), ...meta }));
      return json(c, listBody(scope.info, result.items, meta));
    }
    case 'POST': {
      if (scope.name) throw errors.methodNotAllowed();
      const body = decodeBody(await readBody(c.req.raw), c.req.header('content-type') ?? null);
      const r = createObject(cluster, scope, body, writeOptions(c));
      return objectResponse(c, scope.info, r.object, now, 201, r.warnings);
    }
    case 'PUT': {
      if (!scope.name) throw errors.methodNotAllowed();
      const body = decodeBody(await readBody(c.req.raw), c.req.header('content-type') ?? null);
      const r = updateObject(cluster, scope, body, writeOptions(c));
      return objectResponse(c, scope.info, r.object, now, 200, r.warnings);
    }
    case 'PATCH': {
      if (!scope.name) throw errors.methodNotAllowed();
      const type = c.req.header('content-type') ?? '';
      const body = decodeBody(await readBody(c.req.raw), type.includes('yaml') ? 'application/yaml' : 'application/json');
      const r = patchObject(cluster, scope, type, body, writeOptions(c));
      return objectResponse(c, scope.info, r.object, now, r.created ? 201 : 200, r.warnings);
    }
    case 'DELETE': {
      const opts = await deleteOptions(c);
      if (!scope.name) return deleteCollection(c, cluster, scope, opts);
      const r = deleteObject(cluster, scope, opts);
      return json(c, r.body.kind === 'Status' ? r.body : toServedVersion(scope.info, r.body as KObject), r.code);
    }
    default:
      throw errors.methodNotAllowed();
  }
}

function verbOf(method: string, name: string | undefined): string {
  switch (method) {
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return name ? 'delete' : 'deletecollection';
    default:
      return 'get';
  }
}

/** DeleteOptions from the body (kubectl) or the query string (client libraries). */
async function deleteOptions(c: Context): Promise<DeleteOptions> {
  const raw = await readBody(c.req.raw);
  let body: Record<string, unknown> = {};
  if (raw.byteLength > 0) {
    const decoded = decodeBody(raw, c.req.header('content-type') ?? 'application/json');
    if (decoded !== null) body = checkDeleteOptionsBody(decoded);
  }
  const grace = body.gracePeriodSeconds ?? intQuery(c, 'gracePeriodSeconds');
  const policy = (body.propagationPolicy ?? c.req.query('propagationPolicy')) as DeleteOptions['propagationPolicy'];
  if (policy !== undefined && !['Background', 'Foreground', 'Orphan'].includes(policy)) {
    throw new StatusError(422, 'Invalid', `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"`);
  }
  const dry = (body.dryRun as string[] | undefined) ?? c.req.queries('dryRun') ?? [];
  return {
    gracePeriodSeconds: typeof grace === 'number' ? grace : undefined,
    propagationPolicy: policy ?? (body.orphanDependents === true ? 'Orphan' : undefined),
    preconditions: body.preconditions as DeleteOptions['preconditions'],
    dryRun: dry.length > 0,
  };
}

/** DeleteOptions as Go decodes them: unknown fields are ignored, known ones must have their types. */
function checkDeleteOptionsBody(decoded: unknown): Record<string, unknown> {
  if (typeof decoded !== 'object' || Array.isArray(decoded) || decoded === null) {
    throw errors.badRequest(`json: cannot unmarshal ${Array.isArray(decoded) ? 'array' : typeof decoded} into Go value of type v1.DeleteOptions`);
  }
  const body = decoded as Record<string, unknown>;
  if (body.kind !== undefined && body.kind !== 'DeleteOptions') {
    throw errors.badRequest(`the kind in the data (${String(body.kind)}) does not match the expected kind (DeleteOptions)`);
  }
  const fieldTypes: [string, (v: unknown) => boolean, string][] = [
    ['gracePeriodSeconds', (v) => typeof v === 'number' && Number.isInteger(v), 'int64'],
    ['propagationPolicy', (v) => typeof v === 'string', 'v1.DeletionPropagation'],
    ['orphanDependents', (v) => typeof v === 'boolean', 'bool'],
    ['dryRun', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), '[]string'],
    ['preconditions', (v) => typeof v === 'object' && !Array.isArray(v), 'v1.Preconditions'],
  ];
  for (const [field, ok, goType] of fieldTypes) {
    const v = body[field];
    if (v !== undefined && v !== null && !ok(v)) {
      throw errors.badRequest(`json: cannot unmarshal ${Array.isArray(v) ? 'array' : typeof v} into Go struct field DeleteOptions.${field} of type ${goType}`);
    }
  }
  return body;
}

function deleteCollection(c: Context, cluster: Cluster, scope: Scope, opts: DeleteOptions): Response {
  const result = listObjects(cluster, scope, { labelSelector: c.req.query('labelSelector'), fieldSelector: c.req.query('fieldSelector') });
  const deleted = [];
  for (const obj of result.items) {
    try {
      deleted.push(deleteObject(cluster, { ...scope, namespace: obj.metadata.namespace, name: obj.metadata.name }, opts).body);
    } catch (err) {
      if (!(err instanceof StatusError && err.code === 404)) throw err;
    }
  }
  return json(c, listBody(scope.info, deleted as never[], { resourceVersion: String(cluster.store.resourceVersion) }));
}
