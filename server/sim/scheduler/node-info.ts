/** NodeInfo construction and pod resource requests as the scheduler counts them (resource.PodRequests). */
import type { KObject } from '../../../shared/k8s/types.js';
import { cpuMillis, memoryBytes } from '../../../shared/k8s/quantity.js';
import type { NodeInfo, Resources } from './types.js';

/** Requests the scheduler assumes for a container that requests no cpu / memory (for scoring only). */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

type Quantities = Record<string, string | number> | undefined;

function emptyResources(): Resources {
  return { milliCPU: 0, memory: 0, ephemeralStorage: 0, scalar: {} };
}

function safe(parse: (q: string | number) => number, q: string | number): number {
  try {
    return parse(q);
  } catch {
    return 0;
  }
}

/** Converts a ResourceList (requests or allocatable) to scheduler units. */
export function toResources(list: Quantities): Resources {
  const r = emptyResources();
  for (const [name, q] of Object.entries(list ?? {})) {
    if (name === 'cpu') r.milliCPU = safe(cpuMillis, q);
    else if (name === 'memory') r.memory = safe(memoryBytes, q);
    else if (name === 'ephemeral-storage') r.ephemeralStorage = safe(memoryBytes, q);
    else if (name !== 'pods') r.scalar[name] = safe(memoryBytes, q);
  }
  return r;
}

function add(into: Resources, r: Resources): void {
  into.milliCPU += r.milliCPU;
  into.memory += r.memory;
  into.ephemeralStorage += r.ephemeralStorage;
  for (const [k, v] of Object.entries(r.scalar)) into.scalar[k] = (into.scalar[k] ?? 0) + v;
}

function max(into: Resources, r: Resources): void {
  into.milliCPU = Math.max(into.milliCPU, r.milliCPU);
  into.memory = Math.max(into.memory, r.memory);
  into.ephemeralStorage = Math.max(into.ephemeralStorage, r.ephemeralStorage);
  for (const [k, v] of Object.entries(r.scalar)) into.scalar[k] = Math.max(into.scalar[k] ?? 0, v);
}

function sum(a: Resources, b: Resources): Resources {
  const out = emptyResources();
  add(out, a);
  add(out, b);
  return out;
}

interface ContainerLike {
  resources?: { requests?: Quantities };
  restartPolicy?: string;
}

/** Effective requests of a pod: app containers and sidecars run together, a plain init container runs
 * alone (beside the sidecars started before it), so the pod needs the larger of the two; plus overhead. */
export function podRequests(pod: KObject, mapRequests: (c: ContainerLike) => Resources = (c) => toResources(c.resources?.requests)): Resources {
  const containers = emptyResources();
  for (const c of (pod.spec?.containers ?? []) as ContainerLike[]) add(containers, mapRequests(c));
  const sidecars = emptyResources();
  const initMax = emptyResources();
  for (const c of (pod.spec?.initContainers ?? []) as ContainerLike[]) {
    const req = mapRequests(c);
    if (c.restartPolicy === 'Always') {
      add(sidecars, req);
      max(initMax, sidecars);
    } else {
      max(initMax, sum(req, sidecars));
    }
  }
  const total = sum(containers, sidecars);
  max(total, initMax);
  add(total, toResources(pod.spec?.overhead));
  return total;
}

/** Requests with the 100m / 200Mi defaults filled in for containers that request nothing (computed once per
 * pod object: scoring asks for every node). */
export function nonZeroRequests(pod: KObject): { milliCPU: number; memory: number } {
  return memoized(pod).nonZero;
}

function computeNonZeroRequests(pod: KObject): { milliCPU: number; memory: number } {
  const r = podRequests(pod, (c) => {
    const req = toResources(c.resources?.requests);
    const requests = c.resources?.requests ?? {};
    if (requests.cpu === undefined) req.milliCPU = DEFAULT_MILLI_CPU_REQUEST;
    if (requests.memory === undefined) req.memory = DEFAULT_MEMORY_REQUEST;
    return req;
  });
  return { milliCPU: r.milliCPU, memory: r.memory };
}

// Pods are immutable values, so their requests can be computed once per object.
const requestsMemo = new WeakMap<KObject, { requests: Resources; nonZero: { milliCPU: number; memory: number } }>();

function memoized(pod: KObject) {
  let m = requestsMemo.get(pod);
  if (!m) requestsMemo.set(pod, (m = { requests: podRequests(pod), nonZero: computeNonZeroRequests(pod) }));
  return m;
}

/** Whether a pod has finished (the scheduler's informer leaves Succeeded and Failed pods out). */
export function isTerminal(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

/** Whether a pod declares pod affinity or anti-affinity. */
export function hasPodAffinity(pod: KObject): boolean {
  const a = pod.spec?.affinity;
  return Boolean(a?.podAffinity || a?.podAntiAffinity);
}

/** Builds the NodeInfo of a node from the non-terminal pods bound to it. */
export function buildNodeInfo(node: KObject, pods: KObject[]): NodeInfo {
  const live = pods.filter((p) => !isTerminal(p));
  const requested = emptyResources();
  const nonZeroRequested = { milliCPU: 0, memory: 0 };
  for (const p of live) {
    const { requests, nonZero: nz } = memoized(p);
    add(requested, requests);
    nonZeroRequested.milliCPU += nz.milliCPU;
    nonZeroRequested.memory += nz.memory;
  }
  const allocatable = node.status?.allocatable ?? node.status?.capacity ?? {};
  return {
    name: node.metadata.name!,
    node,
    labels: node.metadata.labels ?? {},
    pods: live,
    podsWithAffinity: live.filter(hasPodAffinity),
    allocatable: toResources(allocatable),
    allowedPodNumber: allocatable.pods !== undefined ? safe(memoryBytes, allocatable.pods) : 0,
    requested,
    nonZeroRequested,
  };
}
