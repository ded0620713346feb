/** Simulated traffic per pod, written by the kube-proxy/load-generator simulation and read by the kubelet
 * (CPU use, access logs) and metrics. Lives in `cluster.sim.traffic`. */
import type { Cluster } from './cluster.js';

export interface PodTraffic {
  /** Requests per second currently reaching the pod. */
  rps: number;
  /** Total requests served since the pod started. */
  requests: number;
}

export function podTraffic(cluster: Cluster, namespace: string, pod: string): PodTraffic {
  const t = (cluster.sim as { traffic?: Record<string, PodTraffic> }).traffic;
  return t?.[`${namespace}/${pod}`] ?? { rps: 0, requests: 0 };
}

export function setPodTraffic(cluster: Cluster, namespace: string, pod: string, traffic: PodTraffic): void {
  const s = cluster.sim as { traffic?: Record<string, PodTraffic> };
  s.traffic ??= {};
  s.traffic[`${namespace}/${pod}`] = traffic;
  cluster.touchSim();
}
