/** NodeResourcesFit: the pod's requests must fit the node's allocatable minus what its pods request, and
 * the node must have a pod slot left. Scores with the LeastAllocated strategy (cpu and memory, weight 1 each). */
import type { KObject } from '../../../../shared/k8s/types.js';
import { nonZeroRequests, podRequests } from '../node-info.js';
import { MAX_NODE_SCORE } from '../normalize.js';
import type { Cycle, NodeInfo, Plugin, Resources } from '../types.js';

const STATE_KEY = 'NodeResourcesFit';

function requestsOf(cycle: Cycle): Resources {
  let r = cycle.state.get(STATE_KEY) as Resources | undefined;
  if (!r) cycle.state.set(STATE_KEY, (r = podRequests(cycle.pod)));
  return r;
}

/** The reasons a pod does not fit a node's free resources, in the scheduler's order; empty when it fits. */
export function insufficientResources(req: Resources, node: NodeInfo): string[] {
  const reasons: string[] = [];
  if (node.pods.length + 1 > node.allowedPodNumber) reasons.push('Too many pods');
  const free = (alloc: number, used: number) => alloc - used;
  if (req.milliCPU > 0 && req.milliCPU > free(node.allocatable.milliCPU, node.requested.milliCPU)) reasons.push('Insufficient cpu');
  if (req.memory > 0 && req.memory > free(node.allocatable.memory, node.requested.memory)) reasons.push('Insufficient memory');
  if (req.ephemeralStorage > 0 && req.ephemeralStorage > free(node.allocatable.ephemeralStorage, node.requested.ephemeralStorage)) {
    reasons.push('Insufficient ephemeral-storage');
  }
  for (const name of Object.keys(req.scalar).sort()) {
    const q = req.scalar[name];
    if (q > 0 && q > free(node.allocatable.scalar[name] ?? 0, node.requested.scalar[name] ?? 0)) reasons.push(`Insufficient ${name}`);
  }
  return reasons;
}

/** LeastAllocated: the share of cpu and memory left free after placing the pod, averaged, 0–100. */
export function leastAllocatedScore(pod: KObject, node: NodeInfo): number {
  const req = nonZeroRequests(pod);
  const one = (capacity: number, requested: number) => (capacity === 0 || requested > capacity ? 0 : Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity));
  const cpu = one(node.allocatable.milliCPU, node.nonZeroRequested.milliCPU + req.milliCPU);
  const memory = one(node.allocatable.memory, node.nonZeroRequested.memory + req.memory);
  return Math.trunc((cpu + memory) / 2);
}

export const nodeResourcesFitPlugin: Plugin = {
  name: 'NodeResourcesFit',
  weight: 1,
  preFilter(cycle) {
    requestsOf(cycle);
  },
  filter(cycle, node) {
    const reasons = insufficientResources(requestsOf(cycle), node);
    return reasons.length ? { code: 'Unschedulable', reasons } : undefined;
  },
  score(cycle, feasible) {
    return feasible.map((n) => leastAllocatedScore(cycle.pod, n));
  },
};
