/** Resource usage of a pod as the HPA reads it from the resource metrics API: the image's resting use
 * plus CPU per request of the simulated traffic reaching the pod. Mirrors the kubelet's metrics model
 * (image behaviour hints + traffic-state) so `kubectl top` and the HPA agree. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Cluster } from '../../cluster.js';
import { resolveImage } from '../../images/registry.js';
import { podTraffic } from '../../traffic-state.js';

export interface PodUsage {
  cpuMillis: number;
  memoryBytes: number;
}

/** Usage of a running pod; undefined when the metrics API would have no sample for it. */
export function podUsage(cluster: Cluster, pod: KObject): PodUsage | undefined {
  if (pod.status?.phase !== 'Running') return undefined;
  const traffic = podTraffic(cluster, pod.metadata.namespace!, pod.metadata.name!);
  let cpu = 0;
  let memory = 0;
  let perRequest = 0;
  for (const c of pod.spec?.containers ?? []) {
    const resolved = resolveImage(undefined, c.image ?? '');
    if (!resolved.ok) continue;
    cpu += resolved.behavior.cpuMilli;
    memory += resolved.behavior.memoryMi * 1024 * 1024;
    perRequest = Math.max(perRequest, resolved.behavior.cpuPerRequestMilli ?? 0);
  }
  return { cpuMillis: Math.round(cpu + traffic.rps * perRequest), memoryBytes: memory };
}
