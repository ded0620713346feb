/** What each fault does to a cluster, shared by the faults API (immediate faults) and the fault controller
 * (scheduled ones), so a fault has the same effect whenever and however it is applied. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Cluster } from '../../cluster.js';
import type { SystemClient } from '../../controller.js';
import { faultState, kubeletReachable, setNodeFault, type NodeFaults } from '../../faults-state.js';
import { noteKubeletLost } from './node-lifecycle.js';

export const FAULT_TYPES = [
  'stop-kubelet',
  'start-kubelet',
  'crash-pod',
  'partition-node',
  'heal-node',
  'unpullable-image',
  'delete-node',
  'exhaust-memory',
  'restore-memory',
] as const;

export type FaultType = (typeof FAULT_TYPES)[number];

export interface FaultSpec {
  type: FaultType;
  /** A node name, a pod name (or `<prefix>` matching the first pod named `<prefix>-...`), or an image. */
  target: string;
  namespace?: string;
}

/** An active fault as the faults API lists it. */
export interface ActiveFault {
  type: FaultType;
  target: string;
  namespace?: string;
}

/** How a fault wakes the controllers that must react to it. */
export interface FaultEffects {
  client: SystemClient;
  /** A node's fault state changed: its lifecycle (and kubelet) must look at it again. */
  nodeChanged(node: string): void;
}

export class FaultTargetError extends Error {}

const NODE_FLAGS: Partial<Record<FaultType, [keyof NodeFaults, boolean]>> = {
  'stop-kubelet': ['kubeletStopped', true],
  'start-kubelet': ['kubeletStopped', false],
  'partition-node': ['partitioned', true],
  'heal-node': ['partitioned', false],
  'exhaust-memory': ['memoryExhausted', true],
  'restore-memory': ['memoryExhausted', false],
};

/** Whether a fault type targets a node. */
export function targetsNode(type: FaultType): boolean {
  return type === 'delete-node' || NODE_FLAGS[type] !== undefined;
}

/** The pod a crash-pod fault targets: the exact name, else the first pod (by name) named `<target>-...`. */
export function findTargetPod(cluster: Cluster, namespace: string, target: string): KObject | undefined {
  const exact = cluster.store.get('pods', namespace, target);
  if (exact) return exact;
  return cluster.store.list('pods', namespace).find((p) => p.metadata.name!.startsWith(`${target}-`) && !p.metadata.deletionTimestamp);
}

/** Checks that a fault's target exists now; returns the reason it cannot apply, if any. */
export function checkFaultTarget(cluster: Cluster, fault: FaultSpec): string | undefined {
  if (targetsNode(fault.type)) {
    return cluster.store.get('nodes', undefined, fault.target) ? undefined : `node "${fault.target}" not found`;
  }
  if (fault.type === 'crash-pod') {
    const ns = fault.namespace ?? 'default';
    return findTargetPod(cluster, ns, fault.target) ? undefined : `pod "${fault.target}" not found in namespace "${ns}"`;
  }
  return undefined;
}

/** Applies a fault now (call inside a cluster write so its state persists). Throws FaultTargetError when
 * the target is missing. */
export function applyFault(cluster: Cluster, fault: FaultSpec, effects: FaultEffects): void {
  const problem = checkFaultTarget(cluster, fault);
  if (problem) throw new FaultTargetError(problem);
  const flag = NODE_FLAGS[fault.type];
  if (flag) {
    setNodeFault(cluster, fault.target, flag[0], flag[1]);
    if (!kubeletReachable(cluster, fault.target)) noteKubeletLost(cluster, fault.target, cluster.now());
    effects.nodeChanged(fault.target);
    return;
  }
  const state = faultState(cluster);
  switch (fault.type) {
    case 'unpullable-image':
      if (!state.unpullableImages.includes(fault.target)) state.unpullableImages.push(fault.target);
      cluster.touchSim();
      return;
    case 'delete-node':
      effects.client.delete('nodes', undefined, fault.target);
      return;
    case 'crash-pod': {
      const pod = findTargetPod(cluster, fault.namespace ?? 'default', fault.target)!;
      state.crashRequests.push({ namespace: pod.metadata.namespace!, pod: pod.metadata.name!, exitCode: 1, at: cluster.now() });
      cluster.touchSim();
      // The crash happens inside the container: nothing in the API changes until the kubelet reports it, so
      // the pod is rewritten unchanged to wake the kubelet's pod watch.
      cluster.store.put('pods', pod);
      return;
    }
  }
}

/** The faults currently in effect, in a stable order. */
export function activeFaults(cluster: Cluster): ActiveFault[] {
  const state = faultState(cluster);
  const out: ActiveFault[] = [];
  for (const node of Object.keys(state.nodes).sort()) {
    const f = state.nodes[node];
    if (f.kubeletStopped) out.push({ type: 'stop-kubelet', target: node });
    if (f.partitioned) out.push({ type: 'partition-node', target: node });
    if (f.memoryExhausted) out.push({ type: 'exhaust-memory', target: node });
  }
  for (const image of state.unpullableImages) out.push({ type: 'unpullable-image', target: image });
  for (const c of state.crashRequests) out.push({ type: 'crash-pod', target: c.pod, namespace: c.namespace });
  return out;
}
