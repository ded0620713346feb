/** Attaches the kubelet simulation's read-side sources (logs, metrics) to a cluster. */
import type { Cluster } from '../../cluster.js';

export function attachSources(_cluster: Cluster): void {}
