/** Builds large converged clusters directly in memory (nodes, Deployments, ReplicaSets and Running pods),
 * for the simulation benchmarks. */
import { seedChanges } from '../../server/storage/seed.js';
import type { KObject } from '../../shared/k8s/types.js';
import { Cluster } from '../../server/sim/cluster.js';
import { Rng } from '../../server/sim/rng.js';
import { memoryStorage } from '../../server/storage/memory-storage.js';
import { bootstrapCluster } from '../../server/sim/bootstrap/index.js';
import { buildNode, nodeIP } from '../../server/sim/bootstrap/nodes.js';
import { runningSystemPod, meta } from '../../server/sim/bootstrap/system.js';
import { podTemplateHash } from '../../server/sim/hash.js';
import { findTemplate } from '../../server/sim/bootstrap/templates.js';
import { applyDefaults } from '../../server/api/defaults/index.js';

export const T0 = Date.parse('2026-01-01T00:00:00Z');

/** A cluster with `nodes` workers and `deployments` × `replicas` Running pods, paused at T0. */
export function buildBigCluster(nodes: number, deployments: number, replicas: number, seed = 1): Cluster {
  const rng = new Rng(seed);
  const objects: { resource: string; object: KObject }[] = bootstrapCluster(findTemplate('empty')!, T0, rng);
  const nodeNames: string[] = [];
  for (let i = 1; i <= nodes; i++) {
    const node = buildNode({ name: `worker-${i}`, controlPlane: false, tainted: false, cpu: 64, memoryKi: 256 * 1024 * 1024 }, i, T0, rng);
    node.spec.podCIDR = `10.${100 + Math.floor(i / 256)}.${i % 256}.0/24`;
    node.spec.podCIDRs = [node.spec.podCIDR];
    node.status.allocatable.pods = '250';
    node.status.capacity.pods = '250';
    objects.push({ resource: 'nodes', object: node });
    nodeNames.push(node.metadata.name!);
  }
  let podIndex = 0;
  for (let d = 0; d < deployments; d++) {
    const name = `app-${d}`;
    const labels = { app: name };
    const deployment = applyDefaults(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: meta(name, 'default', T0, rng, { generation: 1, labels, annotations: { 'deployment.kubernetes.io/revision': '1' } }),
        spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx:1.25', resources: { requests: { cpu: '10m', memory: '16Mi' } } }] } } },
      },
      { resource: 'deployments', group: 'apps' },
    );
    const hash = podTemplateHash(deployment.spec.template);
    const rsLabels = { ...labels, 'pod-template-hash': hash };
    const rs = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: meta(`${name}-${hash}`, 'default', T0, rng, {
        generation: 1,
        labels: rsLabels,
        annotations: { 'deployment.kubernetes.io/revision': '1', 'deployment.kubernetes.io/desired-replicas': String(replicas), 'deployment.kubernetes.io/max-replicas': String(replicas + Math.ceil(replicas / 4)) },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name, uid: deployment.metadata.uid!, controller: true, blockOwnerDeletion: true }],
      }),
      spec: { replicas, selector: { matchLabels: rsLabels }, template: { ...deployment.spec.template, metadata: { labels: rsLabels } } },
      status: { replicas, fullyLabeledReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas, observedGeneration: 1 },
    };
    objects.push({ resource: 'deployments.apps', object: deployment }, { resource: 'replicasets.apps', object: rs });
    for (let r = 0; r < replicas; r++) {
      const nodeIdx = podIndex % nodes;
      const node = nodeNames[nodeIdx];
      const pod = runningSystemPod(
        {
          name: `${name}-${hash}-${rng.suffix(5)}`,
          namespace: 'default',
          labels: rsLabels,
          node,
          hostIP: nodeIP(nodeIdx + 1),
          podIP: `10.${100 + Math.floor((nodeIdx + 1) / 256)}.${(nodeIdx + 1) % 256}.${2 + Math.floor(podIndex / nodes)}`,
          hostNetwork: false,
          image: 'nginx:1.25',
          container: 'web',
          requests: { cpu: '10m', memory: '16Mi' },
          owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true },
          priorityClassName: '',
          tolerations: [],
        },
        T0,
        rng,
      );
      pod.spec = { ...applyDefaults({ apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: rs.spec.template.spec }, { resource: 'pods', group: '' }).spec, nodeName: node };
      objects.push({ resource: 'pods', object: pod });
      podIndex++;
    }
  }
  const storage = memoryStorage();
  const changes = seedChanges(objects, T0);
  const rv = changes.length;
  storage.createCluster(
    { id: 'big', name: 'big', template: 'custom', seed, editKeyHash: 'e', viewKeyHash: 'v', createdAt: T0, clockSim: T0, clockAnchor: 0, clockPaused: true, clockSpeed: 1, resourceVersion: rv, simState: JSON.stringify({ rng: rng.state }), exercise: null },
    { changes, meta: {} },
  );
  return Cluster.load(storage, 'big', { now: () => 0 })!;
}
