/** The EndpointSlice controller: `<service>-<suffix>` slices labelled with the Service name and the
 * controller's manager label, one slice per distinct port set (at most 100 endpoints each), endpoints
 * carrying ready/serving/terminating, nodeName, zone and a pod reference. A Service without pods keeps a
 * placeholder slice with no endpoints, as the real controller does. */
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

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const MANAGED_BY = 'endpointslice-controller.k8s.io';
const MAX_ENDPOINTS_PER_SLICE = 100;
const SLICES = 'endpointslices.discovery.k8s.io';
const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';

export interface SliceEndpoint {
  addresses: string[];
  conditions: { ready: boolean; serving: boolean; terminating: boolean };
  hostname?: string;
  nodeName?: string;
  zone?: string;
  targetRef: ReturnType<typeof podRef>;
}

interface DesiredSlice {
  key: string;
  ports: ResolvedPort[] | undefined;
  endpoints: SliceEndpoint[];
}

/** The managed slices of a Service, sorted by name. */
export function serviceSlices(ctx: SimContext, namespace: string, service: string): KObject[] {
  const out: KObject[] = [];
  for (const s of ctx.cluster.store.values(SLICES)) {
    const l = s.metadata.labels ?? {};
    if (s.metadata.namespace === namespace && l[SERVICE_NAME_LABEL] === service && l[MANAGED_BY_LABEL] === MANAGED_BY) out.push(s);
  }
  return out.sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
}

function zoneOf(ctx: SimContext, nodeName: string | undefined, cache: Map<string, string | undefined>): string | undefined {
  if (!nodeName) return undefined;
  if (!cache.has(nodeName)) cache.set(nodeName, ctx.get('nodes', undefined, nodeName)?.metadata.labels?.['topology.kubernetes.io/zone']);
  return cache.get(nodeName);
}

/** The slices the Service's pods make: grouped by port set, chunked by 100, a placeholder when empty. */
export function desiredSlices(ctx: SimContext, svc: KObject, pods: KObject[]): DesiredSlice[] {
  const publishNotReady = svc.spec?.publishNotReadyAddresses === true;
  const headlessNoPorts = svc.spec?.clusterIP === 'None' && (svc.spec?.ports ?? []).length === 0;
  const zones = new Map<string, string | undefined>();
  const groups = new Map<string, { ports: ResolvedPort[]; endpoints: SliceEndpoint[] }>();
  for (const pod of pods) {
    if (!podBelongsInEndpoints(pod, true)) continue;
    const ports = headlessNoPorts ? [] : resolvedPorts(pod, svc);
    if (!headlessNoPorts && ports.length === 0) continue;
    const terminating = !!pod.metadata.deletionTimestamp;
    const serving = publishNotReady || isPodReady(pod);
    const zone = zoneOf(ctx, pod.spec?.nodeName, zones);
    const endpoint: SliceEndpoint = {
      addresses: [pod.status.podIP],
      conditions: { ready: serving && !terminating, serving, terminating },
      ...(pod.spec?.hostname && pod.spec?.subdomain === svc.metadata.name ? { hostname: pod.spec.hostname } : {}),
      ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
      ...(zone ? { zone } : {}),
      targetRef: podRef(pod),
    };
    const key = portsKey(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, endpoints: [] }));
    g.endpoints.push(endpoint);
  }
  const out: DesiredSlice[] = [];
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    for (let i = 0; i < g.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ key, ports: g.ports, endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  if (out.length === 0) out.push({ key: '', ports: undefined, endpoints: [] });
  return out;
}

function slicePortsKey(slice: KObject): string {
  return slice.ports ? portsKey(slice.ports) : '';
}

/** The generated name `<service>-<5 chars>` (the base is cut so the whole stays within 63 characters). */
function sliceName(ctx: SimContext, service: string, taken: Set<string>): string {
  for (;;) {
    const name = `${service.slice(0, 57)}-${ctx.rng.suffix(5)}`;
    if (!taken.has(name)) return name;
  }
}

function reconcile(key: string, ctx: SimContext): void {
  if (key.startsWith(POD_KEY_PREFIX)) {
    return fanOutPod(ctx, key, (svc, podName) =>
      serviceSlices(ctx, svc.metadata.namespace!, svc.metadata.name!).some((s) => (s.endpoints ?? []).some((e: SliceEndpoint) => e.targetRef?.name === podName)),
    );
  }
  const { namespace, name } = splitKey(key);
  const svc = ctx.get('services', namespace, name);
  const existing = serviceSlices(ctx, namespace!, name);
  if (!svc || !hasSelector(svc)) {
    // Slices are owned by the Service; without one (or without a selector) they go.
    for (const s of existing) ctx.client.delete(SLICES, namespace, s.metadata.name!);
    return;
  }
  const labels = { ...endpointLabels(svc), [SERVICE_NAME_LABEL]: name, [MANAGED_BY_LABEL]: MANAGED_BY };
  const desired = desiredSlices(ctx, svc, selectedPods(ctx, svc));
  const unused = [...existing];
  const taken = new Set(existing.map((s) => s.metadata.name!));
  const trigger = isoTime(ctx.now());
  for (const want of desired) {
    // Reuse a slice with the same ports (keeps names stable across endpoint changes), else any spare one.
    let i = unused.findIndex((s) => slicePortsKey(s) === want.key);
    if (i < 0) i = unused.findIndex(() => true);
    const current = i >= 0 ? unused.splice(i, 1)[0] : undefined;
    const body: KObject = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: current
        ? { ...current.metadata, labels, annotations: { ...(current.metadata.annotations ?? {}), [TRIGGER_TIME]: trigger } }
        : {
            name: sliceName(ctx, name, taken),
            namespace,
            labels,
            annotations: { [TRIGGER_TIME]: trigger },
            ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata.uid!, controller: true, blockOwnerDeletion: true }],
            generateName: `${name.slice(0, 57)}-`,
          },
      addressType: 'IPv4',
      endpoints: want.endpoints,
      ...(want.ports ? { ports: want.ports } : {}),
    };
    if (!current) {
      taken.add(body.metadata.name!);
      ctx.client.create(SLICES, body);
    } else if (!jsonEqual(current.endpoints ?? [], want.endpoints) || !jsonEqual(current.ports, want.ports) || !jsonEqual(current.metadata.labels, labels)) {
      ctx.client.update(SLICES, body);
    }
  }
  for (const s of unused) ctx.client.delete(SLICES, namespace, s.metadata.name!);
}

/** The EndpointSlice controller (kube-controller-manager's endpointslice-controller). */
export function endpointSliceController(): Controller {
  return {
    name: 'endpointslice-controller',
    watches: [
      { resource: 'services' },
      { resource: 'pods', keys: podFanOutKey },
      {
        resource: SLICES,
        // A managed slice deleted or edited by hand is reconciled back.
        keys: (obj) => {
          const l = obj.metadata.labels ?? {};
          return l[MANAGED_BY_LABEL] === MANAGED_BY && l[SERVICE_NAME_LABEL] ? [`${obj.metadata.namespace}/${l[SERVICE_NAME_LABEL]}`] : [];
        },
      },
    ],
    reconcile,
  };
}
