/** What the Endpoints and EndpointSlice controllers share: which pods a Service selects, whether a pod
 * belongs in its endpoints, how a Service port resolves against a pod's container ports, and the fan-out
 * from a changed pod to the Services that must be recomputed. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Cluster } from '../../cluster.js';
import type { SimContext } from '../../controller.js';

/** Prefix of the keys a pod change enqueues; the reconcile turns them into Service keys. */
export const POD_KEY_PREFIX = 'pod:';

/** Watch-key function: a changed pod becomes one `pod:<ns>/<name>` key. */
export function podFanOutKey(pod: KObject): string[] {
  return [`${POD_KEY_PREFIX}${pod.metadata.namespace}/${pod.metadata.name}`];
}

/** A Service with a non-empty selector is managed by the endpoint controllers (not `default/kubernetes`). */
export function hasSelector(svc: KObject): boolean {
  if (svc.metadata.namespace === 'default' && svc.metadata.name === 'kubernetes') return false;
  if (svc.spec?.type === 'ExternalName') return false;
  return Object.keys(svc.spec?.selector ?? {}).length > 0;
}

/** Equality-based selector match, as a Service's map selector is. */
export function selectorMatches(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  for (const [k, v] of Object.entries(selector)) if (labels?.[k] !== v) return false;
  return true;
}

/** The pods of a namespace, sorted by name (the store's namespace index). */
export function podsInNamespace(cluster: Cluster, namespace: string): KObject[] {
  return cluster.store.list('pods', namespace);
}

/** Pods of the Service's namespace matched by its selector, sorted by name. */
export function selectedPods(ctx: SimContext, svc: KObject): KObject[] {
  const selector = svc.spec.selector as Record<string, string>;
  return podsInNamespace(ctx.cluster, svc.metadata.namespace!).filter((pod) => selectorMatches(selector, pod.metadata.labels));
}

/** Whether the pod's Ready condition is True. */
export function isPodReady(pod: KObject): boolean {
  return (pod.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
}

/** ShouldPodBeInEndpoints: an IP, not terminated for good, and (unless asked) not terminating. */
export function podBelongsInEndpoints(pod: KObject, includeTerminating: boolean): boolean {
  if (!pod.status?.podIP) return false;
  if (!includeTerminating && pod.metadata.deletionTimestamp) return false;
  const phase = pod.status?.phase;
  const policy = pod.spec?.restartPolicy;
  if (policy === 'Never') return phase !== 'Failed' && phase !== 'Succeeded';
  if (policy === 'OnFailure') return phase !== 'Succeeded';
  return true;
}

interface ServicePort {
  name?: string;
  port: number;
  protocol?: string;
  targetPort?: number | string;
  appProtocol?: string;
}

/** FindPort: the container port a Service port's targetPort names in this pod (undefined when absent). */
export function findPort(pod: KObject, sp: ServicePort): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = sp.protocol ?? 'TCP';
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) {
      if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
    }
  }
  return undefined;
}

export interface ResolvedPort {
  name: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

/** The endpoint ports of a pod for every Service port that resolves in it. */
export function resolvedPorts(pod: KObject, svc: KObject): ResolvedPort[] {
  const out: ResolvedPort[] = [];
  for (const sp of (svc.spec?.ports ?? []) as ServicePort[]) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    out.push({ name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
  }
  return out;
}

/** A stable key for a set of ports (pods whose ports resolve alike share a subset or slice). */
export function portsKey(ports: ResolvedPort[]): string {
  return ports
    .map((p) => `${p.name}/${p.port}/${p.protocol}/${p.appProtocol ?? ''}`)
    .sort()
    .join(',');
}

/** A reference to a pod as endpoints carry it. */
export function podRef(pod: KObject): { kind: string; namespace: string; name: string; uid: string } {
  return { kind: 'Pod', namespace: pod.metadata.namespace!, name: pod.metadata.name!, uid: pod.metadata.uid! };
}

/** Labels of the Service copied onto its endpoints, plus the headless marker. */
export function endpointLabels(svc: KObject): Record<string, string> {
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  return labels;
}

/**
 * Turns a `pod:<ns>/<name>` key into reconciles of the Services it concerns: those whose selector matches
 * the pod now, plus those whose current endpoints still reference it (`references` decides).
 */
export function fanOutPod(ctx: SimContext, key: string, references: (svc: KObject, podName: string) => boolean): void {
  const rest = key.slice(POD_KEY_PREFIX.length);
  const slash = rest.indexOf('/');
  const ns = rest.slice(0, slash);
  const name = rest.slice(slash + 1);
  const pod = ctx.get('pods', ns, name);
  const keys: string[] = [];
  for (const svc of ctx.cluster.store.values('services')) {
    if (svc.metadata.namespace !== ns || !hasSelector(svc)) continue;
    if ((pod && selectorMatches(svc.spec.selector, pod.metadata.labels)) || references(svc, name)) keys.push(`${ns}/${svc.metadata.name}`);
  }
  for (const k of keys.sort()) ctx.enqueue(k);
}

/** Deep equality of JSON values (objects compared key by key, order-insensitive). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => jsonEqual(ao[k], bo[k]));
}
