/** Subresources: status, scale, log, eviction, binding and namespace finalize. */
import type { Context } from 'hono';
import type { KObject } from '../../../shared/k8s/types.js';
import type { Cluster } from '../../sim/cluster.js';
import type { Scope } from '../registry/context.js';
import { getObject } from '../registry/read.js';
import { updateObject, store } from '../registry/write.js';
import { patchObject } from '../registry/patch.js';
import { checkFields, checkSubresourceBody, checkTypeMeta, storageOf } from '../registry/prepare.js';
import { jsonMergePatch } from '../patch/json-merge.js';
import { applyJsonPatch } from '../patch/json-patch.js';
import { strategicMergePatch } from '../patch/strategic-merge.js';
import { errors, StatusError } from './status.js';
import { decodeBody, readBody } from './body.js';
import { json, objectResponse } from './respond.js';
import { writeOptions } from './request.js';
import { logResponse } from './logs.js';
import { evictPod } from './eviction.js';

export async function subresourceResponse(c: Context, cluster: Cluster, scope: Scope): Promise<Response> {
  const method = c.req.method;
  const now = cluster.now();
  switch (scope.subresource) {
    case 'status':
    case 'finalize': {
      const statusScope = { ...scope, subresource: 'status' };
      if (method === 'GET') return objectResponse(c, scope.info, getObject(cluster, scope), now);
      const body = decodeBody(await readBody(c.req.raw), contentTypeForDecode(c));
      if (method === 'PUT') {
        if (scope.subresource === 'finalize') {
          const input = checkTypeMeta(scope, body);
          checkFields(scope, input, writeOptions(c));
          return json(c, finalizeNamespace(cluster, scope, input));
        }
        return objectResponse(c, scope.info, updateObject(cluster, statusScope, body, writeOptions(c)).object, now);
      }
      if (method === 'PATCH') return objectResponse(c, scope.info, patchObject(cluster, statusScope, c.req.header('content-type') ?? '', body, writeOptions(c)).object, now);
      throw errors.methodNotAllowed();
    }
    case 'scale':
      return scaleResponse(c, cluster, scope);
    case 'log':
      if (method !== 'GET') throw errors.methodNotAllowed();
      return logResponse(c, cluster, scope);
    case 'eviction': {
      if (method !== 'POST') throw errors.methodNotAllowed();
      const opts = writeOptions(c);
      const body = checkSubresourceBody(['policy/v1', 'policy/v1beta1'], 'Eviction', decodeBody(await readBody(c.req.raw), c.req.header('content-type') ?? null), opts);
      return json(c, evictPod(cluster, scope, body, opts.dryRun ?? false), 201);
    }
    case 'binding': {
      if (method !== 'POST') throw errors.methodNotAllowed();
      const body = checkSubresourceBody(['v1'], 'Binding', decodeBody(await readBody(c.req.raw), c.req.header('content-type') ?? null), writeOptions(c));
      return json(c, bindPod(cluster, scope, body), 201);
    }
    default:
      throw errors.notFoundPath();
  }
}

function contentTypeForDecode(c: Context): string {
  const t = c.req.header('content-type') ?? 'application/json';
  return t.includes('yaml') ? 'application/yaml' : 'application/json';
}

/** autoscaling/v1 Scale view of a Deployment, ReplicaSet or StatefulSet. */
export function scaleOf(obj: KObject): KObject {
  const sel = obj.spec?.selector;
  const selector = sel ? formatSelectorString(sel) : '';
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      creationTimestamp: obj.metadata.creationTimestamp,
    },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: { replicas: obj.status?.replicas ?? 0, selector },
  };
}

function formatSelectorString(sel: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] }): string {
  const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

async function scaleResponse(c: Context, cluster: Cluster, scope: Scope): Promise<Response> {
  const current = getObject(cluster, scope);
  if (c.req.method === 'GET') return json(c, scaleOf(current));
  const body = decodeBody(await readBody(c.req.raw), contentTypeForDecode(c));
  let scale: KObject;
  const type = (c.req.header('content-type') ?? '').split(';')[0];
  if (c.req.method === 'PUT') scale = body as KObject;
  else if (c.req.method === 'PATCH') {
    if (type === 'application/json-patch+json') scale = applyJsonPatch(scaleOf(current), body) as KObject;
    else if (type === 'application/strategic-merge-patch+json') scale = strategicMergePatch(scaleOf(current), body, 'Scale') as KObject;
    else scale = jsonMergePatch(scaleOf(current), body) as KObject;
  } else throw errors.methodNotAllowed();
  const opts = writeOptions(c);
  scale = checkSubresourceBody(['autoscaling/v1'], 'Scale', scale, opts);
  const replicas = scale.spec?.replicas;
  const rv = scale.metadata?.resourceVersion;
  if (rv && rv !== current.metadata.resourceVersion) {
    throw errors.conflict(scope.info.resource, scope.info.group, scope.name!, 'the object has been modified; please apply your changes to the latest version and try again');
  }
  if (!Number.isInteger(replicas) || replicas < 0) {
    const message = `Scale.autoscaling "${scope.name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas ?? null)}: must be greater than or equal to 0`;
    throw new StatusError(422, 'Invalid', message, { name: scope.name, group: 'autoscaling', kind: 'Scale', causes: [{ reason: 'FieldValueInvalid', field: 'spec.replicas', message: `Invalid value: ${JSON.stringify(replicas ?? null)}: must be greater than or equal to 0` }] });
  }
  const next = { ...current, spec: { ...current.spec, replicas } };
  const r = store(cluster, { ...scope, subresource: undefined }, current, next, opts, opts.fieldManager ?? 'unknown', []);
  return json(c, scaleOf(r.object));
}

/** PUT namespaces/x/finalize: replaces spec.finalizers (the namespace controller's last step). */
function finalizeNamespace(cluster: Cluster, scope: Scope, body: KObject): KObject {
  const current = getObject(cluster, scope);
  const finalizers = body.spec?.finalizers ?? [];
  const next = { ...current, spec: { ...current.spec, finalizers } };
  return cluster.write(() => cluster.store.put(storageOf(scope), next));
}

/** POST pods/x/binding: what the scheduler does to place a pod on a node. */
function bindPod(cluster: Cluster, scope: Scope, binding: KObject): KObject {
  const pod = getObject(cluster, scope);
  const node = binding?.target?.name;
  if (!node) throw errors.badRequest('binding target name is required');
  if (pod.spec?.nodeName) {
    throw errors.conflict('pods', '', scope.name!, `pod ${scope.name} is already assigned to node "${pod.spec.nodeName}"`);
  }
  if (!cluster.store.get('nodes', undefined, node)) throw errors.notFound('nodes', '', node);
  cluster.write(() => cluster.store.put('pods', { ...pod, spec: { ...pod.spec, nodeName: node } }));
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 } as unknown as KObject;
}
