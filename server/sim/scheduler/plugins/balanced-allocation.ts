/** NodeResourcesBalancedAllocation: favours nodes whose cpu and memory would be used in equal shares
 * after placing the pod (1 − standard deviation of the requested fractions). */
import { podRequests } from '../node-info.js';
import { MAX_NODE_SCORE } from '../normalize.js';
import type { NodeInfo, Plugin, Resources } from '../types.js';

/** The balance score of a node once `req` is added to what its pods request, 0–100. */
export function balancedAllocationScore(req: Resources, node: NodeInfo): number {
  const fractions: number[] = [];
  const pairs: [number, number][] = [
    [node.requested.milliCPU + req.milliCPU, node.allocatable.milliCPU],
    [node.requested.memory + req.memory, node.allocatable.memory],
  ];
  for (const [requested, allocatable] of pairs) {
    if (allocatable === 0) continue;
    fractions.push(Math.min(1, requested / allocatable));
  }
  let std = 0;
  if (fractions.length === 2) std = Math.abs((fractions[0] - fractions[1]) / 2);
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

export const balancedAllocationPlugin: Plugin = {
  name: 'NodeResourcesBalancedAllocation',
  weight: 1,
  score(cycle, feasible) {
    const req = podRequests(cycle.pod);
    return feasible.map((n) => balancedAllocationScore(req, n));
  },
};
