/** Node objects as a kubeadm-installed kubelet registers them. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Rng } from '../rng.js';
import { isoTime, microTime } from '../time.js';
import type { NodeShape } from './templates.js';

export const KUBELET_VERSION = 'v1.32.0';

/** The node's InternalIP: 172.18.0.2, .3, ... in template order. */
export function nodeIP(index: number): string {
  return `172.18.0.${index + 2}`;
}

export function podCIDR(index: number): string {
  return `10.244.${index}.0/24`;
}

/** A Ready node with the usual labels, capacity, conditions and nodeInfo. */
export function buildNode(shape: NodeShape, index: number, now: number, rng: Rng): KObject {
  const t = isoTime(now);
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': shape.name,
    'kubernetes.io/os': 'linux',
  };
  if (shape.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  if (shape.zone) {
    labels['topology.kubernetes.io/zone'] = shape.zone;
    labels['topology.kubernetes.io/region'] = 'playground';
  }
  const capacity = {
    cpu: String(shape.cpu),
    'ephemeral-storage': '61202244Ki',
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: `${shape.memoryKi}Ki`,
    pods: '110',
  };
  const condition = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    lastHeartbeatTime: t,
    lastTransitionTime: t,
    reason,
    message,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: shape.name,
      uid: rng.uuid(),
      creationTimestamp: t,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: podCIDR(index),
      podCIDRs: [podCIDR(index)],
      providerID: `playground://${shape.name}`,
      ...(shape.tainted ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      capacity,
      allocatable: { ...capacity },
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: nodeIP(index) },
        { type: 'Hostname', address: shape.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: hex(rng, 32),
        systemUUID: rng.uuid(),
        bootID: rng.uuid(),
        kernelVersion: '6.1.0-28-amd64',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        containerRuntimeVersion: 'containerd://1.7.24',
        kubeletVersion: KUBELET_VERSION,
        kubeProxyVersion: KUBELET_VERSION,
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
      images: [],
    },
  };
}

/** The node's heartbeat Lease in kube-node-lease. */
export function buildNodeLease(node: KObject, now: number, rng: Rng): KObject {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name: node.metadata.name,
      namespace: 'kube-node-lease',
      uid: rng.uuid(),
      creationTimestamp: isoTime(now),
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.metadata.name!, uid: node.metadata.uid! }],
    },
    spec: { holderIdentity: node.metadata.name, leaseDurationSeconds: 40, renewTime: microTime(now) },
  };
}

function hex(rng: Rng, n: number): string {
  return Array.from({ length: n }, () => rng.int(16).toString(16)).join('');
}
