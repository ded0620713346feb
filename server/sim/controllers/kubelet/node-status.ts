/** The kubelet's node status loop: while its kubelet is reachable a node reports Ready (and memory pressure
 * when memory is exhausted); while someone watches the cluster it renews its Lease every 10 s. A kubelet that
 * comes back resyncs its pods. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller, SimContext } from '../../controller.js';
import { kubeletReachable, nodeFaults } from '../../faults-state.js';
import { isoTime, microTime, parseTime } from '../../time.js';
import { DOWN_POLL_MS, NODE_STATUS, POD_WORKER } from './names.js';
import { downNodes } from './state.js';
import { needsRegistration, registeredNode } from './node-registration.js';
import { buildNodeLease } from '../../bootstrap/nodes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Lease renewal interval (nodeLeaseDurationSeconds 40 × 0.25). */
export const LEASE_RENEW_MS = 10_000;

function desiredConditions(ctx: SimContext, node: string): [string, string, string, string][] {
  const pressure = !!nodeFaults(ctx.cluster, node).memoryExhausted;
  return [
    pressure ? ['MemoryPressure', 'True', 'KubeletHasInsufficientMemory', 'kubelet has insufficient memory available'] : ['MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
    ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
    ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
    ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'],
  ];
}

function syncConditions(ctx: SimContext, node: KObject): void {
  const now = isoTime(ctx.now());
  const current: Json[] = node.status?.conditions ?? [];
  const wanted = desiredConditions(ctx, node.metadata.name!);
  const same = wanted.every(([type, status, reason]) => current.some((c) => c.type === type && c.status === status && c.reason === reason));
  if (same) return;
  const conditions = wanted.map(([type, status, reason, message]) => {
    const before = current.find((c) => c.type === type);
    return { type, status, lastHeartbeatTime: now, lastTransitionTime: before && before.status === status ? before.lastTransitionTime : now, reason, message };
  });
  ctx.client.updateStatus('nodes', { ...node, status: { ...node.status, conditions } });
}

/** Registers a node created through the API as its kubelet would: labels, capacity, addresses, its Lease. */
function register(ctx: SimContext, node: KObject): KObject {
  const next = registeredNode(node, ctx.list('nodes'), ctx.now(), ctx.rng);
  let current = node;
  if (JSON.stringify(next.metadata.labels) !== JSON.stringify(node.metadata.labels)) current = ctx.client.update('nodes', { ...node, metadata: next.metadata });
  if (!ctx.get('leases.coordination.k8s.io', 'kube-node-lease', node.metadata.name!)) {
    ctx.client.create('leases.coordination.k8s.io', buildNodeLease(current, ctx.now(), ctx.rng));
  }
  return ctx.client.updateStatus('nodes', { ...current, status: next.status });
}

function renewLease(ctx: SimContext, name: string): number | undefined {
  if (ctx.cluster.hub.size === 0) return undefined;
  const lease = ctx.get('leases.coordination.k8s.io', 'kube-node-lease', name);
  if (!lease) return undefined;
  const now = ctx.now();
  const age = now - parseTime(lease.spec?.renewTime);
  if (!(age < LEASE_RENEW_MS)) {
    ctx.client.update('leases.coordination.k8s.io', { ...lease, spec: { ...lease.spec, holderIdentity: name, renewTime: microTime(now) } });
    return LEASE_RENEW_MS;
  }
  return LEASE_RENEW_MS - age;
}

function reconcile(name: string, ctx: SimContext) {
  const node = ctx.get('nodes', undefined, name);
  const down = downNodes(ctx.cluster);
  if (!node) {
    if (down.includes(name)) {
      down.splice(down.indexOf(name), 1);
      ctx.cluster.touchSim();
    }
    return;
  }
  if (!kubeletReachable(ctx.cluster, name)) {
    if (!down.includes(name)) {
      down.push(name);
      down.sort();
      ctx.cluster.touchSim();
    }
    return { requeueAfter: DOWN_POLL_MS };
  }
  if (down.includes(name)) {
    down.splice(down.indexOf(name), 1);
    ctx.cluster.touchSim();
    for (const pod of ctx.cluster.store.onNode('pods', name)) ctx.enqueue(`${pod.metadata.namespace}/${pod.metadata.name}`, 0, POD_WORKER);
  }
  syncConditions(ctx, needsRegistration(node) ? register(ctx, node) : node);
  const next = renewLease(ctx, name);
  return next === undefined ? undefined : { requeueAfter: next };
}

/** The kubelet node status controller. */
export const nodeStatusController: Controller = {
  name: NODE_STATUS,
  watches: [
    { resource: 'nodes' },
    // Any pod activity on a node wakes its kubelet loop (so heartbeats resume once someone watches).
    { resource: 'pods', keys: (pod) => (pod.spec?.nodeName ? [pod.spec.nodeName] : []) },
  ],
  reconcile,
};
