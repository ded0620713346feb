/** The kubelets' own state in `cluster.sim.kubelet`: per-pod runtime records (what the container runtime
 * would know: pull progress, backoffs, probe counters), images present per node, serialized image pulls per
 * node and the pod IP allocator per node. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Cluster } from '../../cluster.js';

export interface TerminatedInfo {
  exitCode: number;
  reason: string;
  startedAt: number;
  finishedAt: number;
  containerID: string;
}

export interface ProbeRecord {
  /** Time of the next probe. */
  next: number;
  ok: number;
  fail: number;
}

export type ContainerStage =
  /** Waiting for its turn (sandbox, earlier init containers). */
  | 'pending'
  | 'pulling'
  | 'pullErr'
  | 'pullBackOff'
  /** Cannot start and will not retry by itself (invalid name, Never policy). */
  | 'stuck'
  | 'running'
  /** Just exited; a restart follows at `until` (CrashLoopBackOff shown from `backoffAt`). */
  | 'exited'
  /** Exited for good (completed init container, restartPolicy Never/OnFailure). */
  | 'terminated';

export interface ContainerRecord {
  st: ContainerStage;
  /** Time of the next transition of this stage. */
  until?: number;
  /** When the CrashLoopBackOff waiting state starts (stage exited). */
  backoffAt?: number;
  /** Current run's start. */
  start?: number;
  restarts: number;
  /** Restart backoff that the next crash will wait, ms. */
  bo?: number;
  pullBo?: number;
  pullFailedAt?: number;
  pullMs?: number;
  pullWaitMs?: number;
  /** Error text of the last failed pull, or the waiting reason's message. */
  err?: string;
  reason?: string;
  /** The image the current run uses (a changed spec restarts the container). */
  image?: string;
  imageID?: string;
  imageFull?: string;
  cid?: string;
  ready: boolean;
  started: boolean;
  exit?: TerminatedInfo;
  last?: TerminatedInfo;
  /** The running program will exit (or be OOM killed) at this time. */
  oom?: boolean;
  probes?: { startup?: ProbeRecord; liveness?: ProbeRecord; readiness?: ProbeRecord };
}

export interface PodRecord {
  uid: string;
  /** When the kubelet admitted the pod (status.startTime). */
  seen: number;
  /** When the pod sandbox is ready (IP assigned, containers may start). */
  sandbox: number;
  ip?: string;
  /** Services of the namespace that existed when the pod started (their env vars). */
  services?: string[];
  c: Record<string, ContainerRecord>;
  /** Graceful termination: when each container stops. */
  stopping?: Record<string, number>;
}

export interface PullQueue {
  /** When the node's (serialized) image puller is free. */
  free: number;
  /** Images being pulled: full reference → completion time. */
  inflight: Record<string, number>;
}

export interface Ipam {
  last: number;
  used: number[];
}

export interface KubeletState {
  pods: Record<string, PodRecord>;
  images: Record<string, string[]>;
  pulls: Record<string, PullQueue>;
  ipam: Record<string, Ipam>;
}

/** The kubelet state of a cluster (created on first use). */
export function kubeletState(cluster: Cluster): KubeletState {
  const s = cluster.sim as { kubelet?: KubeletState };
  s.kubelet ??= { pods: {}, images: {}, pulls: {}, ipam: {} };
  return s.kubelet;
}

/** Whether a node already holds an image (pulled before). */
export function nodeHasImage(cluster: Cluster, node: string, full: string): boolean {
  return kubeletState(cluster).images[node]?.includes(full) ?? false;
}

export function addNodeImage(cluster: Cluster, node: string, full: string): void {
  const st = kubeletState(cluster);
  const list = (st.images[node] ??= []);
  if (!list.includes(full)) {
    list.push(full);
    list.sort();
    cluster.touchSim();
  }
}

/** The first address of a node's pod CIDR prefix (`10.244.1.`), or undefined. */
export function cidrPrefix(node: KObject): string | undefined {
  const cidr: string | undefined = node.spec?.podCIDR;
  const m = cidr && /^(\d+\.\d+\.\d+)\.0\/24$/.exec(cidr);
  return m ? `${m[1]}.` : undefined;
}

/** The node's InternalIP. */
export function nodeInternalIP(node: KObject): string {
  const a = (node.status?.addresses ?? []).find((x: { type: string }) => x.type === 'InternalIP');
  return a?.address ?? '';
}

/** Allocates the next free pod IP of the node's /24, as host-local IPAM does (sequential, wraps). */
export function allocatePodIP(cluster: Cluster, node: KObject, existingIPs: () => string[]): string | undefined {
  const prefix = cidrPrefix(node);
  if (!prefix) return undefined;
  const st = kubeletState(cluster);
  const name = node.metadata.name!;
  let ipam = st.ipam[name];
  if (!ipam) {
    // First allocation on this node: reserve what pods already use (bootstrap pods).
    const used = existingIPs()
      .filter((ip) => ip.startsWith(prefix))
      .map((ip) => Number(ip.slice(prefix.length)));
    ipam = st.ipam[name] = { last: Math.max(1, ...used), used: used.sort((a, b) => a - b) };
  }
  for (let i = 1; i <= 253; i++) {
    const n = ((ipam.last - 2 + i) % 253) + 2;
    if (!ipam.used.includes(n)) {
      ipam.used.push(n);
      ipam.used.sort((a, b) => a - b);
      ipam.last = n;
      cluster.touchSim();
      return prefix + n;
    }
  }
  return undefined;
}

/** Returns a pod IP to its node's pool. */
export function releasePodIP(cluster: Cluster, nodeName: string, ip: string | undefined): void {
  const ipam = kubeletState(cluster).ipam[nodeName];
  if (!ipam || !ip) return;
  const n = Number(ip.slice(ip.lastIndexOf('.') + 1));
  const i = ipam.used.indexOf(n);
  if (i >= 0) {
    ipam.used.splice(i, 1);
    cluster.touchSim();
  }
}

/** Nodes whose kubelet was found unreachable and has not resynced since. */
export function downNodes(cluster: Cluster): string[] {
  const s = cluster.sim as { kubeletDown?: string[] };
  s.kubeletDown ??= [];
  return s.kubeletDown;
}

/** Notes an unreachable kubelet so its pods resync when it comes back. */
export function markKubeletDown(cluster: Cluster, node: string): void {
  const down = downNodes(cluster);
  if (down.includes(node)) return;
  down.push(node);
  down.sort();
  cluster.touchSim();
}
