/** Resource usage of a pod as the HPA reads it from the resource metrics API, taken from the kubelet
 * simulation's metrics so `kubectl top` and the HPA agree. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Cluster } from '../../cluster.js';
import { podContainerUsage } from '../kubelet/metrics.js';

export interface PodUsage {
  cpuMillis: number;
  memoryBytes: number;
}

/** Usage of a pod's running containers; undefined when the metrics API would have no sample for it. */
export function podUsage(cluster: Cluster, pod: KObject): PodUsage | undefined {
  const containers = podContainerUsage(cluster, pod);
  if (containers.length === 0) return undefined;
  let cpu = 0;
  let memory = 0;
  for (const c of containers) {
    cpu += c.cpuMilli;
    memory += c.memoryBytes;
  }
  // The metrics API reports whole nanocores and kibibytes; the HPA works in milli-units.
  return { cpuMillis: Math.round(cpu), memoryBytes: Math.round(memory) };
}
