/** Admission-time allocation the real API server does on create/update: Service ClusterIPs and NodePorts. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Cluster } from '../../sim/cluster.js';
import { StatusError } from '../k8s/status.js';

const SERVICE_CIDR_BASE = [10, 96, 0, 0];
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

function usedClusterIPs(cluster: Cluster): Set<string> {
  const used = new Set<string>();
  for (const s of cluster.store.values('services')) for (const ip of s.spec?.clusterIPs ?? [s.spec?.clusterIP]) if (ip) used.add(ip);
  return used;
}

function usedNodePorts(cluster: Cluster): Set<number> {
  const used = new Set<number>();
  for (const s of cluster.store.values('services')) for (const p of s.spec?.ports ?? []) if (p.nodePort) used.add(p.nodePort);
  return used;
}

function ipFromOffset(offset: number): string {
  const n = ((SERVICE_CIDR_BASE[0] << 24) | (SERVICE_CIDR_BASE[1] << 16)) + offset;
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Allocates a free ClusterIP from 10.96.0.0/12 (seeded, like the real random allocator). */
function allocateClusterIP(cluster: Cluster): string {
  const used = usedClusterIPs(cluster);
  for (let i = 0; i < 1000; i++) {
    const ip = ipFromOffset(11 + cluster.rng.int((1 << 20) - 20));
    if (!used.has(ip)) return ip;
  }
  throw new StatusError(500, 'InternalError', 'Internal error occurred: failed to allocate a serviceIP: range is full');
}

function allocateNodePort(cluster: Cluster, used: Set<number>): number {
  for (let i = 0; i < 5000; i++) {
    const port = NODE_PORT_MIN + cluster.rng.int(NODE_PORT_MAX - NODE_PORT_MIN + 1);
    if (!used.has(port)) {
      used.add(port);
      return port;
    }
  }
  throw new StatusError(500, 'InternalError', 'Internal error occurred: failed to allocate a nodePort: range is full');
}

/** Fills clusterIP(s) and nodePorts of a Service, keeping what the old object or the user already chose. */
export function allocateService(cluster: Cluster, svc: KObject, old: KObject | undefined): KObject {
  const spec = { ...(svc.spec ?? {}) };
  const type = spec.type ?? 'ClusterIP';
  if (type === 'ExternalName') {
    delete spec.clusterIP;
    delete spec.clusterIPs;
  } else {
    const oldIP = old?.spec?.clusterIP;
    if (!spec.clusterIP && oldIP) spec.clusterIP = oldIP;
    if (!spec.clusterIP) spec.clusterIP = allocateClusterIP(cluster);
    else if (spec.clusterIP !== 'None' && spec.clusterIP !== oldIP && usedClusterIPs(cluster).has(spec.clusterIP)) {
      throw new StatusError(422, 'Invalid', `Service "${svc.metadata.name}" is invalid: spec.clusterIPs: Invalid value: []string{"${spec.clusterIP}"}: failed to allocate IP ${spec.clusterIP}: provided IP is already allocated`, {
        name: svc.metadata.name,
        kind: 'Service',
        causes: [{ reason: 'FieldValueInvalid', field: 'spec.clusterIPs', message: `Invalid value: []string{"${spec.clusterIP}"}: failed to allocate IP ${spec.clusterIP}: provided IP is already allocated` }],
      });
    }
    spec.clusterIPs = [spec.clusterIP];
  }
  if (type === 'NodePort' || type === 'LoadBalancer') {
    const used = usedNodePorts(cluster);
    const oldPorts: { port: number; nodePort?: number }[] = old?.spec?.ports ?? [];
    for (const p of oldPorts) if (p.nodePort) used.delete(p.nodePort);
    spec.ports = (spec.ports ?? []).map((p: { port: number; nodePort?: number }) => {
      if (p.nodePort) {
        used.add(p.nodePort);
        return p;
      }
      const kept = oldPorts.find((o) => o.port === p.port)?.nodePort;
      return { ...p, nodePort: kept ?? allocateNodePort(cluster, used) };
    });
  } else if (spec.ports) {
    spec.ports = spec.ports.map((p: { nodePort?: number }) => {
      const { nodePort: _drop, ...rest } = p;
      return rest;
    });
  }
  return { ...svc, spec };
}

/** When a Service's type changes, fields only its old type allows are cleared before validation, as the
 * real strategy's dropTypeDependentFields does (e.g. LoadBalancer → ClusterIP drops nodePorts and
 * externalTrafficPolicy). */
export function dropTypeDependentFields(old: KObject, svc: KObject): KObject {
  const before = old.spec?.type ?? 'ClusterIP';
  const after = svc.spec?.type ?? 'ClusterIP';
  if (before === after) return svc;
  const spec = { ...(svc.spec ?? {}) };
  const external = (t: string) => t === 'NodePort' || t === 'LoadBalancer';
  if (external(before) && !external(after)) {
    delete spec.externalTrafficPolicy;
    if (Array.isArray(spec.ports)) spec.ports = spec.ports.map(({ nodePort: _n, ...p }: { nodePort?: number }) => p);
  }
  if (before === 'LoadBalancer' && after !== 'LoadBalancer') {
    delete spec.healthCheckNodePort;
    delete spec.allocateLoadBalancerNodePorts;
    delete spec.loadBalancerClass;
  }
  return { ...svc, spec };
}
