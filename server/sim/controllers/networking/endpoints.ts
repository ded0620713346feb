/** The Endpoints controller: one Endpoints object per Service with a selector, listing the selected pods
 * as ready or not-ready addresses, repacked into subsets of pods that expose the same ports. Services
 * without a selector keep their user-managed Endpoints untouched. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller, SimContext } from '../../controller.js';
import { splitKey } from '../../controller.js';
import { isoTime } from '../../time.js';
import {
  POD_KEY_PREFIX,
  endpointLabels,
  fanOutPod,
  hasSelector,
  isPodReady,
  jsonEqual,
  podBelongsInEndpoints,
  podFanOutKey,
  podRef,
  portsKey,
  resolvedPorts,
  selectedPods,
  type ResolvedPort,
} from './service-pods.js';

const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';

interface Address {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef: ReturnType<typeof podRef>;
}

interface Subset {
  addresses?: Address[];
  notReadyAddresses?: Address[];
  ports?: ResolvedPort[];
}

function byIP(a: Address, b: Address): number {
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  return a.targetRef.uid < b.targetRef.uid ? -1 : a.targetRef.uid > b.targetRef.uid ? 1 : 0;
}

/** The subsets the Service's pods make, grouped by identical port sets like RepackSubsets. */
export function buildSubsets(svc: KObject, pods: KObject[]): Subset[] {
  const publishNotReady = svc.spec?.publishNotReadyAddresses === true;
  const headlessNoPorts = svc.spec?.clusterIP === 'None' && (svc.spec?.ports ?? []).length === 0;
  const groups = new Map<string, { ports: ResolvedPort[]; ready: Address[]; notReady: Address[] }>();
  for (const pod of pods) {
    if (!podBelongsInEndpoints(pod, publishNotReady)) continue;
    const ports = headlessNoPorts ? [] : resolvedPorts(pod, svc);
    if (!headlessNoPorts && ports.length === 0) continue;
    const address: Address = {
      ip: pod.status.podIP,
      ...(pod.spec?.hostname && pod.spec?.subdomain === svc.metadata.name ? { hostname: pod.spec.hostname } : {}),
      ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
      targetRef: podRef(pod),
    };
    const key = portsKey(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports: [...ports].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.port - b.port)), ready: [], notReady: [] }));
    (publishNotReady || isPodReady(pod) ? g.ready : g.notReady).push(address);
  }
  return [...groups.keys()].sort().map((k) => {
    const g = groups.get(k)!;
    return {
      ...(g.ready.length ? { addresses: g.ready.sort(byIP) } : {}),
      ...(g.notReady.length ? { notReadyAddresses: g.notReady.sort(byIP) } : {}),
      ...(g.ports.length ? { ports: g.ports } : {}),
    };
  });
}

function referencesPod(ctx: SimContext) {
  return (svc: KObject, podName: string): boolean => {
    const ep = ctx.get('endpoints', svc.metadata.namespace, svc.metadata.name!);
    return (ep?.subsets ?? []).some((s: Subset) => [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])].some((a) => a.targetRef?.name === podName));
  };
}

function reconcile(key: string, ctx: SimContext): void {
  if (key.startsWith(POD_KEY_PREFIX)) return fanOutPod(ctx, key, referencesPod(ctx));
  const { namespace, name } = splitKey(key);
  const svc = ctx.get('services', namespace, name);
  const existing = ctx.get('endpoints', namespace, name);
  if (!svc) {
    if (existing) ctx.client.delete('endpoints', namespace, name);
    return;
  }
  if (!hasSelector(svc)) return;
  const subsets = buildSubsets(svc, selectedPods(ctx, svc));
  const labels = endpointLabels(svc);
  if (existing && jsonEqual(existing.subsets ?? [], subsets) && jsonEqual(existing.metadata.labels ?? {}, labels)) return;
  const annotations = { ...(existing?.metadata.annotations ?? {}), [TRIGGER_TIME]: isoTime(ctx.now()) };
  const body: KObject = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: existing ? { ...existing.metadata, labels, annotations } : { name, namespace, labels, annotations },
    ...(subsets.length ? { subsets } : {}),
  };
  if (existing) ctx.client.update('endpoints', body);
  else ctx.client.create('endpoints', body);
}

/** The Endpoints controller (kube-controller-manager's endpoint-controller). */
export function endpointsController(): Controller {
  return {
    name: 'endpoint-controller',
    watches: [
      { resource: 'services' },
      { resource: 'pods', keys: podFanOutKey },
      // A managed Endpoints deleted by hand is recreated; user-managed ones are never enqueued.
      { resource: 'endpoints', keys: (obj, change) => (change.type === 'DELETED' ? [`${obj.metadata.namespace}/${obj.metadata.name}`] : []) },
    ],
    reconcile,
  };
}
