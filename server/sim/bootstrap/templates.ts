/** Cluster shapes a playground can start from. */

export interface NodeShape {
  name: string;
  controlPlane: boolean;
  /** Taint the control plane like kubeadm does (false for single-node clusters). */
  tainted: boolean;
  zone?: string;
  cpu: number;
  memoryKi: number;
}

export interface Template {
  id: string;
  title: string;
  description: string;
  nodes: NodeShape[];
}

const CP_CPU = 4;
const WORKER_CPU = 4;
const MEMORY_KI = 8148204;

function worker(name: string, zone?: string): NodeShape {
  return { name, controlPlane: false, tainted: false, zone, cpu: WORKER_CPU, memoryKi: MEMORY_KI };
}

export const TEMPLATES: Template[] = [
  {
    id: 'default',
    title: '3-node cluster',
    description: 'One control-plane node and two workers, like kubeadm or kind.',
    nodes: [{ name: 'control-plane', controlPlane: true, tainted: true, cpu: CP_CPU, memoryKi: MEMORY_KI }, worker('worker-1'), worker('worker-2')],
  },
  {
    id: 'single-node',
    title: 'Single node',
    description: 'One node that is both control plane and worker, like minikube.',
    nodes: [{ name: 'node-1', controlPlane: true, tainted: false, cpu: 8, memoryKi: MEMORY_KI * 2 }],
  },
  {
    id: 'multi-zone',
    title: '5 workers across 3 zones',
    description: 'A control plane and five workers spread over zones a, b and c, for topology spread and failure drills.',
    nodes: [
      { name: 'control-plane', controlPlane: true, tainted: true, zone: 'zone-a', cpu: CP_CPU, memoryKi: MEMORY_KI },
      worker('worker-1', 'zone-a'),
      worker('worker-2', 'zone-b'),
      worker('worker-3', 'zone-c'),
      worker('worker-4', 'zone-a'),
      worker('worker-5', 'zone-b'),
    ],
  },
  {
    id: 'empty',
    title: 'Bare control plane',
    description: 'Only the tainted control-plane node: add your own nodes with kubectl.',
    nodes: [{ name: 'control-plane', controlPlane: true, tainted: true, cpu: CP_CPU, memoryKi: MEMORY_KI }],
  },
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
