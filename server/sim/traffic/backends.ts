/** What kube-proxy knows of a Service: its ready endpoints for one port, read from the EndpointSlices
 * the endpointslice controller maintains (terminating and unready endpoints get no new traffic). */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Cluster } from '../cluster.js';

const SLICES = 'endpointslices.discovery.k8s.io';

export interface ServicePortRef {
  name?: string;
  number?: number;
}

/** The Service port a reference names (by name or port number); the first port when unspecified. */
export function servicePort(svc: KObject, ref: ServicePortRef | undefined): { name?: string; port: number } | undefined {
  const ports: { name?: string; port: number }[] = svc.spec?.ports ?? [];
  if (!ref || (ref.name === undefined && ref.number === undefined)) return ports[0];
  return ports.find((p) => (ref.name !== undefined ? p.name === ref.name : p.port === ref.number));
}

/** Names of the ready pods behind a Service port, sorted. */
export function readyBackends(cluster: Cluster, namespace: string, service: string, portName: string | undefined): string[] {
  const out = new Set<string>();
  for (const slice of cluster.store.values(SLICES)) {
    if (slice.metadata.namespace !== namespace || slice.metadata.labels?.['kubernetes.io/service-name'] !== service) continue;
    const ports: { name?: string }[] = slice.ports ?? [];
    if (!ports.some((p) => (p.name ?? '') === (portName ?? ''))) continue;
    for (const ep of slice.endpoints ?? []) {
      if (ep.conditions?.ready !== false && ep.targetRef?.kind === 'Pod' && ep.targetRef.name) out.add(ep.targetRef.name);
    }
  }
  return [...out].sort();
}
