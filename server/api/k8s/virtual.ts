/** Resources that are computed, not stored: SelfSubjectAccessReview and metrics.k8s.io. */
import type { Context } from 'hono';
import type { Role } from '../../../shared/api/product.js';
import type { Cluster } from '../../sim/cluster.js';
import type { Scope } from '../registry/context.js';
import { selectorFilter } from '../registry/read.js';
import { checkTypeMeta } from '../registry/prepare.js';
import { decodeBody, readBody } from './body.js';
import { errors } from './status.js';
import { json } from './respond.js';

const READ = new Set(['get', 'list', 'watch']);

export async function virtualResourceResponse(c: Context, cluster: Cluster, role: Role, scope: Scope): Promise<Response> {
  if (scope.info.resource === 'selfsubjectaccessreviews') {
    if (c.req.method !== 'POST') throw errors.methodNotAllowed();
    const review = checkTypeMeta(scope, decodeBody(await readBody(c.req.raw), c.req.header('content-type') ?? null));
    const spec = review.spec ?? {};
    if (!spec.resourceAttributes === !spec.nonResourceAttributes) {
      const message = 'exactly one of nonResourceAttributes or resourceAttributes must be specified';
      throw errors.invalid('SelfSubjectAccessReview.authorization.k8s.io', '', `SelfSubjectAccessReview.authorization.k8s.io "" is invalid: spec.resourceAttributes: Invalid value: "null": ${message}`, [
        { reason: 'FieldValueInvalid', field: 'spec.resourceAttributes', message: `Invalid value: "null": ${message}` },
      ], 'authorization.k8s.io', 'SelfSubjectAccessReview');
    }
    const attrs = spec.resourceAttributes ?? spec.nonResourceAttributes;
    const verb = String(attrs.verb ?? '');
    const allowed = role === 'edit' || READ.has(verb);
    return json(c, {
      ...review,
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      metadata: { ...review.metadata, creationTimestamp: null },
      status: allowed ? { allowed: true, reason: role === 'edit' ? 'playground edit link' : 'playground view link allows reads' } : { allowed: false, reason: 'playground view link is read-only' },
    }, 201);
  }
  if (scope.info.group === 'metrics.k8s.io') {
    if (c.req.method !== 'GET') throw errors.methodNotAllowed();
    const source = cluster.metrics;
    const all = !source ? [] : scope.info.resource === 'nodes' ? source.nodes() : source.pods(scope.namespace);
    const filter = selectorFilter({ labelSelector: c.req.query('labelSelector'), fieldSelector: c.req.query('fieldSelector') });
    if (scope.name) {
      const one = all.find((m) => m.metadata.name === scope.name && (!scope.namespace || m.metadata.namespace === scope.namespace));
      if (!one) throw errors.notFound(scope.info.resource, scope.info.group, scope.name);
      return json(c, one);
    }
    return json(c, { kind: `${scope.info.kind}List`, apiVersion: 'metrics.k8s.io/v1beta1', metadata: {}, items: all.filter(filter) });
  }
  throw errors.notFoundPath();
}
