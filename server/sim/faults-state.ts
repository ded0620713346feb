/** Fault state of a cluster's nodes and pods, shared by the fault API, the kubelet and node lifecycle. It
 * lives in the cluster's persisted simulation state (`cluster.sim.faults`). */
import type { Cluster } from './cluster.js';

export interface NodeFaults {
  /** The kubelet is stopped: no heartbeats, no pod updates (node goes NotReady, then Unknown). */
  kubeletStopped?: boolean;
  /** The node is cut off from the control plane: same symptoms as a stopped kubelet, pods keep running. */
  partitioned?: boolean;
  /** Node memory is exhausted: MemoryPressure, and pods over their requests get OOMKilled/evicted. */
  memoryExhausted?: boolean;
}

export interface FaultState {
  nodes: Record<string, NodeFaults>;
  /** Image references made unpullable (`nginx:1.25` or a bare repository `nginx`). */
  unpullableImages: string[];
  /** Faults scheduled on the simulated clock, applied by the fault controller when due. */
  scheduled: ScheduledFault[];
  /** One-shot container crashes requested by the `crash-pod` fault. The kubelet consumes each request:
   * the named container (or the pod's first container) exits once with `exitCode` (reason `Error` for 1,
   * `OOMKilled`/`Error` for 137), then is restarted per restartPolicy; the kubelet removes the request. */
  crashRequests: CrashRequest[];
}

export interface CrashRequest {
  namespace: string;
  pod: string;
  container?: string;
  exitCode: number;
  /** Simulated time the crash was requested (the container's finishedAt). */
  at: number;
}

export interface ScheduledFault {
  id: string;
  /** Simulated time (ms) the fault is due. */
  at: number;
  type: string;
  target: string;
  namespace?: string;
}

export function faultState(cluster: Cluster): FaultState {
  const s = cluster.sim as { faults?: FaultState };
  if (!s.faults) s.faults = { nodes: {}, unpullableImages: [], scheduled: [], crashRequests: [] };
  // State persisted before crash requests existed lacks the list.
  s.faults.crashRequests ??= [];
  return s.faults;
}

export function nodeFaults(cluster: Cluster, node: string): NodeFaults {
  return faultState(cluster).nodes[node] ?? {};
}

/** Whether the control plane hears from this node's kubelet. */
export function kubeletReachable(cluster: Cluster, node: string): boolean {
  const f = nodeFaults(cluster, node);
  return !f.kubeletStopped && !f.partitioned;
}

export function setNodeFault(cluster: Cluster, node: string, fault: keyof NodeFaults, on: boolean): void {
  const state = faultState(cluster);
  const f = { ...(state.nodes[node] ?? {}) };
  if (on) f[fault] = true;
  else delete f[fault];
  state.nodes[node] = f;
  cluster.touchSim();
}

export function isImageUnpullable(cluster: Cluster, image: string): boolean {
  const list = faultState(cluster).unpullableImages;
  const repo = image.split('@')[0].replace(/:[^/:]+$/, '');
  return list.includes(image) || list.includes(repo);
}
