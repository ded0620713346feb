/** URLs and the kubeconfig handed out for a playground. */
import type { Cluster } from '../../sim/cluster.js';
import type { PlaygroundInfo, Role } from '../../../shared/api/product.js';
import { stringify } from 'yaml';

export function kubeServer(origin: string, key: string): string {
  return `${origin}/clusters/${key}`;
}

export function pageUrl(origin: string, key: string): string {
  return `${origin}/p/${key}`;
}

/** A ready-to-use kubeconfig (the key in the URL for plain http, and as a token for https proxies). */
export function kubeconfig(origin: string, key: string, name: string): string {
  const context = (name.startsWith('playground') ? name : `playground-${name}`).replace(/[^a-zA-Z0-9._-]/g, '-');
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: context, cluster: { server: kubeServer(origin, key) } }],
    users: [{ name: context, user: { token: key } }],
    contexts: [{ name: context, context: { cluster: context, user: context, namespace: 'default' } }],
    'current-context': context,
    preferences: {},
  });
}

export function playgroundInfo(origin: string, cluster: Cluster, role: Role, key: string, viewKey: string | undefined): PlaygroundInfo {
  const m = cluster.meta;
  return {
    id: m.id,
    name: m.name,
    template: m.template,
    role,
    createdAt: new Date(m.createdAt).toISOString(),
    kubeServer: kubeServer(origin, key),
    url: pageUrl(origin, key),
    viewKubeServer: viewKey ? kubeServer(origin, viewKey) : '',
    viewUrl: viewKey ? pageUrl(origin, viewKey) : '',
    clock: cluster.clock(),
  };
}
