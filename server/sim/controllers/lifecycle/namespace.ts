/** The namespace controller: a Terminating namespace has all its content deleted (pods terminate
 * gracefully), reports what remains in its status conditions, and once empty loses its `kubernetes`
 * finalizer and is removed. Every active namespace also gets its `default` ServiceAccount and the
 * `kube-root-ca.crt` ConfigMap, as the serviceaccount and root-ca-cert-publisher controllers ensure. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { RESOURCES, storageKey } from '../../../../shared/k8s/resources.js';
import type { Controller, SimContext } from '../../controller.js';
import { isoTime } from '../../time.js';

export const NAMESPACE_CONTROLLER = 'namespace-controller';

const ROOT_CA = 'kube-root-ca.crt';
const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';
const ROOT_CA_DATA = '-----BEGIN CERTIFICATE-----\n(simulated cluster CA)\n-----END CERTIFICATE-----\n';

/** Namespaced stored resources with the group suffix the status messages use (`pods.`, `replicasets.apps`). */
const CONTENT = (() => {
  const seen = new Set<string>();
  const out: { storage: string; label: string }[] = [];
  for (const info of RESOURCES) {
    if (!info.namespaced || info.virtual) continue;
    const storage = storageKey(info);
    if (seen.has(storage)) continue;
    seen.add(storage);
    out.push({ storage, label: `${info.resource}.${info.group}` });
  }
  return out;
})();

const OK: Record<string, [string, string]> = {
  NamespaceDeletionDiscoveryFailure: ['ResourcesDiscovered', 'All resources successfully discovered'],
  NamespaceDeletionGroupVersionParsingFailure: ['ParsedGroupVersions', 'All legacy kube types successfully parsed'],
  NamespaceDeletionContentFailure: ['ContentDeleted', 'All content successfully deleted, may be waiting on finalization'],
  NamespaceContentRemaining: ['ContentRemoved', 'All content successfully removed'],
  NamespaceFinalizersRemaining: ['ContentHasNoFinalizers', 'All content-preserving finalizers finished'],
};

interface NamespaceCondition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/** Creates the namespace controller. */
export function namespaceController(): Controller {
  const contentWatches = CONTENT.filter((c) => c.storage !== 'events').map((c) => ({
    resource: c.storage,
    // Deletions finish a terminating namespace, or remove an object an active namespace must have.
    keys: (obj: KObject, change: { type: string }) => (change.type === 'DELETED' && obj.metadata.namespace ? [obj.metadata.namespace] : []),
  }));
  return {
    name: NAMESPACE_CONTROLLER,
    watches: [{ resource: 'namespaces' }, ...contentWatches],
    reconcile(name, ctx) {
      const ns = ctx.get('namespaces', undefined, name);
      if (!ns) return;
      if (ns.metadata.deletionTimestamp) finalizeNamespace(ctx, ns);
      else ensureDefaults(ctx, name);
    },
  };
}

function ensureDefaults(ctx: SimContext, ns: string): void {
  if (!ctx.get('serviceaccounts', ns, 'default')) {
    ctx.client.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } });
  }
  if (!ctx.get('configmaps', ns, ROOT_CA)) {
    ctx.client.create('configmaps', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: ROOT_CA, namespace: ns, annotations: { 'kubernetes.io/description': ROOT_CA_DESCRIPTION } },
      data: { 'ca.crt': ROOT_CA_DATA },
    });
  }
}

function finalizeNamespace(ctx: SimContext, ns: KObject): void {
  const name = ns.metadata.name!;
  for (const { storage } of CONTENT) {
    for (const obj of ctx.list(storage, name)) {
      if (!obj.metadata.deletionTimestamp) ctx.client.delete(storage, name, obj.metadata.name!);
    }
  }
  const remaining: string[] = [];
  const finalizers = new Map<string, number>();
  for (const { storage, label } of CONTENT) {
    const left = ctx.list(storage, name);
    if (left.length === 0) continue;
    remaining.push(`${label} has ${left.length} resource instances`);
    for (const obj of left) for (const f of obj.metadata.finalizers ?? []) finalizers.set(f, (finalizers.get(f) ?? 0) + 1);
  }
  if (remaining.length === 0) {
    // Content is gone: the finalize step drops the `kubernetes` finalizer and the API server removes the namespace.
    const finalized = ctx.put('namespaces', { ...ns, metadata: { ...ns.metadata, finalizers: undefined }, spec: { ...ns.spec, finalizers: [] } });
    ctx.remove('namespaces', undefined, finalized.metadata.name!);
    return;
  }
  const byFinalizer = [...finalizers].map(([f, n]) => `${f} in ${n} resource instances`).sort();
  const failing: Record<string, [string, string]> = {
    NamespaceContentRemaining: ['SomeResourcesRemain', `Some resources are remaining: ${remaining.sort().join(', ')}`],
  };
  if (byFinalizer.length) failing.NamespaceFinalizersRemaining = ['SomeFinalizersRemain', `Some content in the namespace has finalizers remaining: ${byFinalizer.join(', ')}`];
  const conditions = updateConditions(ns.status?.conditions ?? [], failing, isoTime(ctx.now()));
  if (conditions) ctx.client.updateStatus('namespaces', { ...ns, status: { ...ns.status, conditions } });
}

/** The namespace's deletion conditions with `failing` ones True and the rest at their OK values, or
 * undefined when nothing changed. */
function updateConditions(old: NamespaceCondition[], failing: Record<string, [string, string]>, now: string): NamespaceCondition[] | undefined {
  const out = [...old];
  let changed = false;
  for (const type of Object.keys(OK)) {
    const [reason, message] = failing[type] ?? OK[type];
    const status = failing[type] ? 'True' : 'False';
    const i = out.findIndex((c) => c.type === type);
    const prev = i >= 0 ? out[i] : undefined;
    if (prev && prev.status === status && prev.reason === reason && prev.message === message) continue;
    const next = { type, status, lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime : now, reason, message };
    if (i >= 0) out[i] = next;
    else out.push(next);
    changed = true;
  }
  return changed ? out : undefined;
}
