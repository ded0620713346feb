/** The few Kubernetes API calls the UI makes itself (the terminal goes through the kubectl emulation). */
import type { KObject, Status, Table } from '../../../shared/k8s/types.js';
import { resolveResource, resourceForKind, type ResourceInfo } from '../../../shared/k8s/resources.js';

export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

/** A failed Kubernetes call, with the Status the server answered. */
export class KubeFailure extends Error {
  constructor(readonly status: Status) {
    super(status.message ?? status.reason ?? `HTTP ${status.code}`);
  }
}

/** The REST path of a resource's collection or of one object under the cluster base `/clusters/<key>`. */
export function resourcePath(base: string, info: ResourceInfo, namespace?: string, name?: string): string {
  const prefix = info.group ? `${base}/apis/${info.group}/${info.version}` : `${base}/api/${info.version}`;
  const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${prefix}${ns}/${info.resource}${name ? `/${encodeURIComponent(name)}` : ''}`;
}

/** Resolves a storage key ('pods', 'deployments.apps') to its served resource. */
export function infoForStorage(resource: string): ResourceInfo | undefined {
  const [plural, ...group] = resource.split('.');
  return resolveResource(group.length ? `${plural}.${group.join('.')}` : plural);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  const res = await fetch(url, init);
  if (!res.ok) {
    const text = await res.text();
    let status: Status;
    try {
      status = JSON.parse(text) as Status;
      if (status.kind !== 'Status') throw new Error('not a Status');
    } catch {
      status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: res.status, reason: 'InternalError', message: text || res.statusText };
    }
    throw new KubeFailure(status);
  }
  return res;
}

/** Kubernetes calls against one cluster base (`/clusters/<key>`). */
export function kubeApi(base: string) {
  return {
    /** A `kubectl get`-style Table for a resource, optionally one namespace and a label selector. */
    async table(info: ResourceInfo, namespace?: string, labelSelector?: string): Promise<Table> {
      const q = new URLSearchParams({ limit: '500' });
      if (labelSelector) q.set('labelSelector', labelSelector);
      const res = await send(`${resourcePath(base, info, namespace)}?${q}`, { headers: { Accept: TABLE_ACCEPT } });
      return (await res.json()) as Table;
    },
    /** Server-side applies one manifest (creates it when missing); with dryRun nothing is persisted. */
    async apply(doc: KObject, opts: { dryRun?: boolean; namespace?: string } = {}): Promise<{ object: KObject; created: boolean }> {
      const info = resourceForKind(doc.apiVersion ?? '', doc.kind ?? '');
      if (!info) {
        throw new KubeFailure({
          kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 400, reason: 'BadRequest',
          message: `no matches for kind "${doc.kind}" in version "${doc.apiVersion}"`,
        });
      }
      const ns = info.namespaced ? (doc.metadata?.namespace ?? opts.namespace ?? 'default') : undefined;
      const q = new URLSearchParams({ fieldManager: 'web', force: 'true' });
      if (opts.dryRun) q.set('dryRun', 'All');
      const res = await send(`${resourcePath(base, info, ns, doc.metadata?.name)}?${q}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/apply-patch+yaml', Accept: 'application/json' },
        body: JSON.stringify(doc),
      });
      return { object: (await res.json()) as KObject, created: res.status === 201 };
    },
    /** Deletes one object (background propagation, like kubectl). */
    async remove(apiVersion: string, kind: string, name: string, namespace?: string, dryRun = false): Promise<void> {
      const info = resourceForKind(apiVersion, kind);
      if (!info) throw new Error(`unknown kind ${kind}`);
      const q = dryRun ? '?dryRun=All' : '';
      await send(`${resourcePath(base, info, namespace ?? 'default', name)}${q}`, {
        method: 'DELETE',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Background', ...(dryRun ? { dryRun: ['All'] } : {}) }),
      });
    },
    /** A pod's (simulated) log text. */
    async logs(namespace: string, pod: string, container?: string): Promise<string> {
      const info = resolveResource('pods')!;
      const q = new URLSearchParams({ tailLines: '500' });
      if (container) q.set('container', container);
      const res = await send(`${resourcePath(base, info, namespace, pod)}/log?${q}`, {});
      return res.text();
    },
  };
}

/** The `kind/name` a person recognises for an object, e.g. 'deployment.apps/web'. */
export function displayName(obj: KObject): string {
  const info = resourceForKind(obj.apiVersion, obj.kind);
  const group = info?.group ? `.${info.group}` : '';
  return `${obj.kind.toLowerCase()}${group}/${obj.metadata.name}`;
}
