/** What a kubelet reports when it registers its node: a Node created through the API (kubectl create -f
 * node.yaml) has no capacity, addresses or nodeInfo until its kubelet fills them in, and until then nothing
 * can be scheduled on it. The simulated kubelet registers such nodes with a worker's shape. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Rng } from '../../rng.js';
import { buildNode, nodeIP } from '../../bootstrap/nodes.js';
import { TEMPLATES } from '../../bootstrap/templates.js';

const WORKER_SHAPE = TEMPLATES[0].nodes.find((n) => !n.controlPlane)!;

/** Whether a node still lacks the status its kubelet reports on registration. */
export function needsRegistration(node: KObject): boolean {
  return !node.status?.capacity;
}

/** The node with the labels and status a kubelet registers (capacity, allocatable, addresses, nodeInfo),
 * its InternalIP the first one no other node uses. Conditions are left to the status loop. */
export function registeredNode(node: KObject, nodes: KObject[], now: number, rng: Rng): KObject {
  const used = new Set(nodes.flatMap((n) => (n.status?.addresses ?? []).filter((a: { type: string }) => a.type === 'InternalIP').map((a: { address: string }) => a.address)));
  let index = 0;
  while (used.has(nodeIP(index))) index++;
  const reported = buildNode({ ...WORKER_SHAPE, name: node.metadata.name! }, index, now, rng);
  const { capacity, allocatable, addresses, daemonEndpoints, nodeInfo, images } = reported.status;
  return {
    ...node,
    metadata: { ...node.metadata, labels: { ...reported.metadata.labels, ...node.metadata.labels } },
    status: { ...node.status, capacity, allocatable, addresses, daemonEndpoints, nodeInfo, images },
  };
}
