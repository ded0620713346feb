/** Attaches the kubelet simulation's read-side sources (logs, metrics) to a cluster. */
import type { Cluster } from '../../cluster.js';
import { SimulatedLogs } from './logs.js';
import { metricsSource } from './metrics.js';

export function attachSources(cluster: Cluster): void {
  cluster.logs = new SimulatedLogs(cluster);
  cluster.metrics = metricsSource(cluster);
}
