/** Turning results and errors into Kubernetes API responses. */
import type { Context } from 'hono';
import type { KObject } from '../../../shared/k8s/types.js';
import type { ResourceInfo } from '../../../shared/k8s/resources.js';
import { apiVersionOf } from '../../../shared/k8s/resources.js';
import { toTable } from '../tables/index.js';
import { toServedVersion } from '../registry/hpa-convert.js';
import { StatusError, errors } from './status.js';
import { includeObject, wantsTable, warningHeader } from './request.js';

/** JSON response with the Kubernetes content type. */
export function json(c: Context, body: unknown, code = 200, warnings: string[] = []): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const w = warningHeader(warnings);
  if (w) headers.warning = w;
  return new Response(JSON.stringify(body), { status: code, headers });
}

/** Any thrown error as a Status; unexpected ones become a 500 InternalError without leaking a stack. */
export function errorResponse(err: unknown): Response {
  const status = err instanceof StatusError ? err : errors.internal((err as Error)?.message ?? String(err));
  if (!(err instanceof StatusError)) console.error('internal error on the Kubernetes API:', err);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const retry = status.details?.retryAfterSeconds;
  if (retry !== undefined) headers['retry-after'] = String(retry);
  return new Response(JSON.stringify(status.toStatus()), { status: status.code, headers });
}

/** A single object, or a one-row Table when kubectl asks for one. */
export function objectResponse(c: Context, info: ResourceInfo, obj: KObject, now: number, code = 200, warnings: string[] = []): Response {
  if (wantsTable(c)) return json(c, toTable(info, [obj], { now, includeObject: includeObject(c) }), code, warnings);
  return json(c, toServedVersion(info, obj), code, warnings);
}

/** A List object (`PodList`) with its resourceVersion and paging metadata. */
export function listBody(info: ResourceInfo, items: KObject[], meta: { resourceVersion: string; continue?: string; remainingItemCount?: number }) {
  return { kind: `${info.kind}List`, apiVersion: apiVersionOf(info), metadata: meta, items: items.map((o) => toServedVersion(info, o)) };
}
