/** Pure views of cluster objects for the map: node capacity, roles, and the workload graph. */
import type { KObject } from '../../../shared/k8s/types.js';
import { parseQuantity } from '../lib/quantity.js';
import { objectKey } from '../lib/object-key.js';

export const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

/** Whether a node is a control-plane node (kubeadm's role label). */
export function isControlPlane(node: KObject): boolean {
  const labels = node.metadata.labels ?? {};
  return CONTROL_PLANE_LABEL in labels || 'node-role.kubernetes.io/master' in labels;
}

export interface Resources {
  cpu: number;
  memory: number;
}

/** A pod's effective requests: the larger of its containers' sum and its largest init container. */
export function podRequests(pod: KObject): Resources {
  const sum = (list: { resources?: { requests?: Record<string, string> } }[] | undefined) => {
    const out = { cpu: 0, memory: 0 };
    for (const c of list ?? []) {
      out.cpu += parseQuantity(c.resources?.requests?.cpu);
      out.memory += parseQuantity(c.resources?.requests?.memory);
    }
    return out;
  };
  const main = sum(pod.spec?.containers);
  let initCpu = 0;
  let initMem = 0;
  for (const c of pod.spec?.initContainers ?? []) {
    initCpu = Math.max(initCpu, parseQuantity(c.resources?.requests?.cpu));
    initMem = Math.max(initMem, parseQuantity(c.resources?.requests?.memory));
  }
  return { cpu: Math.max(main.cpu, initCpu), memory: Math.max(main.memory, initMem) };
}

/** Whether a pod still holds its node's resources (kubectl describe node counts non-terminated pods). */
export function holdsResources(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

export interface NodeUsage {
  requested: Resources;
  allocatable: Resources;
}

/** Requested versus allocatable CPU and memory of a node, from the pods bound to it. */
export function nodeUsage(node: KObject, pods: Iterable<KObject>): NodeUsage {
  const requested = { cpu: 0, memory: 0 };
  for (const pod of pods) {
    if (!holdsResources(pod)) continue;
    const r = podRequests(pod);
    requested.cpu += r.cpu;
    requested.memory += r.memory;
  }
  const alloc = node.status?.allocatable ?? node.status?.capacity ?? {};
  return { requested, allocatable: { cpu: parseQuantity(alloc.cpu), memory: parseQuantity(alloc.memory) } };
}

export type NodeHealth = 'Ready' | 'NotReady' | 'Unknown';

/** The node's Ready condition, and whether it is cordoned, as `kubectl get nodes` shows it. */
export function nodeStatus(node: KObject): { health: NodeHealth; unschedulable: boolean; text: string } {
  const ready = (node.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');
  const health: NodeHealth = !ready ? 'Unknown' : ready.status === 'True' ? 'Ready' : ready.status === 'False' ? 'NotReady' : 'Unknown';
  const unschedulable = !!node.spec?.unschedulable;
  const base = health === 'Unknown' ? 'NotReady' : health;
  return { health, unschedulable, text: unschedulable ? `${base},SchedulingDisabled` : base };
}

/** The zone a node sits in, if labelled. */
export function nodeZone(node: KObject): string | undefined {
  return node.metadata.labels?.['topology.kubernetes.io/zone'];
}

/** Sorts nodes control plane first, then by zone and name. */
export function sortNodes(nodes: KObject[]): KObject[] {
  return [...nodes].sort((a, b) => {
    const cp = Number(isControlPlane(b)) - Number(isControlPlane(a));
    if (cp) return cp;
    return `${nodeZone(a) ?? ''}/${a.metadata.name}`.localeCompare(`${nodeZone(b) ?? ''}/${b.metadata.name}`);
  });
}

/** Whether a label selector's matchLabels match an object's labels. */
export function matchesSelector(selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return false;
  const l = labels ?? {};
  const isStructured = 'matchLabels' in selector || 'matchExpressions' in selector;
  const matchLabels = (isStructured ? (selector as { matchLabels?: Record<string, string> }).matchLabels : selector) as Record<string, string> | undefined;
  const exprs = isStructured ? ((selector as { matchExpressions?: { key: string; operator: string; values?: string[] }[] }).matchExpressions ?? []) : [];
  if (Object.keys(matchLabels ?? {}).length === 0 && exprs.length === 0) return false;
  for (const [k, v] of Object.entries(matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of exprs) {
    const has = e.key in l;
    if (e.operator === 'In' && !(has && (e.values ?? []).includes(l[e.key]))) return false;
    if (e.operator === 'NotIn' && has && (e.values ?? []).includes(l[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** Objects whose controller owner is `owner` (by uid). */
export function ownedBy(objects: Iterable<KObject>, owner: KObject): KObject[] {
  const uid = owner.metadata.uid;
  const out: KObject[] = [];
  for (const o of objects) if (uid && o.metadata.ownerReferences?.some((r) => r.uid === uid && r.controller !== false)) out.push(o);
  return out.sort((a, b) => objectKey(a).localeCompare(objectKey(b)));
}

/** The pods a Service selects in its namespace. */
export function serviceBackends(service: KObject, pods: Iterable<KObject>): KObject[] {
  const out: KObject[] = [];
  for (const p of pods) {
    if (p.metadata.namespace === service.metadata.namespace && matchesSelector(service.spec?.selector, p.metadata.labels)) out.push(p);
  }
  return out.sort((a, b) => objectKey(a).localeCompare(objectKey(b)));
}

/** Service names an Ingress routes to (default backend and every rule path). */
export function ingressServices(ingress: KObject): string[] {
  const names = new Set<string>();
  const def = ingress.spec?.defaultBackend?.service?.name;
  if (def) names.add(def);
  for (const rule of ingress.spec?.rules ?? []) {
    for (const path of rule.http?.paths ?? []) {
      const n = path.backend?.service?.name;
      if (n) names.add(n);
    }
  }
  return [...names].sort();
}

/** Nodes grouped by zone, in zone order (one unnamed group when no node is labelled with a zone). */
export function groupByZone(nodes: KObject[]): { zone: string; nodes: KObject[] }[] {
  const groups = new Map<string, KObject[]>();
  for (const n of nodes) {
    const z = nodeZone(n) ?? '';
    groups.set(z, [...(groups.get(z) ?? []), n]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([zone, list]) => ({ zone, nodes: list }));
}
