/** The networking controllers' own simulation state, persisted in `cluster.sim.networking`: the load
 * balancer IP allocator, which Ingress generations ingress-nginx has synced, and the HPA controller's
 * in-memory history (recommendations and scale events) that the real controller keeps in RAM. */
import type { Cluster } from '../../cluster.js';

export interface LoadBalancerAllocation {
  uid: string;
  ip?: string;
  /** Simulated time the provisioning finishes (set while EnsuringLoadBalancer). */
  readyAt?: number;
}

export interface HpaHistory {
  uid: string;
  recommendations: { replicas: number; at: number }[];
  scaleUp: { change: number; at: number }[];
  scaleDown: { change: number; at: number }[];
}

export interface NetworkingState {
  loadBalancers: Record<string, LoadBalancerAllocation>;
  /** `uid/generation` of the last Ingress spec ingress-nginx announced a sync for. */
  ingressSynced: Record<string, string>;
  hpa: Record<string, HpaHistory>;
}

/** The networking state of a cluster, created on first use (call cluster.touchSim() after changing it). */
export function networkingState(cluster: Cluster): NetworkingState {
  const sim = cluster.sim as { networking?: Partial<NetworkingState> };
  const s = (sim.networking ??= {});
  s.loadBalancers ??= {};
  s.ingressSynced ??= {};
  s.hpa ??= {};
  return s as NetworkingState;
}
