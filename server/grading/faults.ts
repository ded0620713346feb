/** Faults injected by exercise setups and behaviour checks, through the same actions as the faults API. */
import type { Cluster } from '../sim/cluster.js';
import { applyFault, type FaultType } from '../sim/controllers/lifecycle/fault-actions.js';
import { faultState } from '../sim/faults-state.js';
import { systemClient } from '../api/registry/system-client.js';

/** Applies a fault now, or schedules it `atSeconds` ahead on the simulated clock. Call inside a write. */
export function injectFault(cluster: Cluster, fault: { type: string; target: string; namespace?: string }, atSeconds?: number): void {
  if (atSeconds) {
    faultState(cluster).scheduled.push({ id: `setup-${faultState(cluster).scheduled.length + 1}`, at: cluster.now() + atSeconds * 1000, ...fault });
    cluster.touchSim();
    return;
  }
  applyFault(cluster, { ...fault, type: fault.type as FaultType }, {
    client: systemClient(cluster, 'grader'),
    // Rewriting the node unchanged wakes every controller that watches nodes (lifecycle, kubelet).
    nodeChanged: (node) => {
      const obj = cluster.store.get('nodes', undefined, node);
      if (obj) cluster.store.put('nodes', obj);
    },
  });
}
