/** The node lifecycle controller: a node whose kubelet the control plane no longer hears from turns
 * Unknown after node-monitor-grace-period, gets the unreachable taints (NoExecute for eviction, NoSchedule by
 * condition) and its pods are marked not ready; when it reports again the taints go. It also keeps the
 * condition taints (not-ready, memory-pressure) in line with the node's conditions, and posts the
 * MemoryPressure condition the kubelet reports under the memory exhaustion fault. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller, SimContext } from '../../controller.js';
import type { Cluster } from '../../cluster.js';
import { kubeletReachable, nodeFaults } from '../../faults-state.js';
import { isoTime } from '../../time.js';
import { isPodTerminated, podsOnNode, withPodCondition } from './pod-status.js';
import { MEMORY_PRESSURE, NOT_READY, UNREACHABLE, UNSCHEDULABLE, sameTaint, type Taint } from './taints.js';

export const NODE_LIFECYCLE = 'node-lifecycle';
/** kube-controller-manager --node-monitor-grace-period (50 s since 1.32). */
export const NODE_MONITOR_GRACE_MS = 50_000;

const SOURCE = { component: 'node-controller' };
const UNKNOWN_REASON = 'NodeStatusUnknown';
const UNKNOWN_MESSAGE = 'Kubelet stopped posting node status.';
const MONITORED = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'];
/** What a kubelet posts for a healthy node. */
const HEALTHY: Record<string, [string, string, string]> = {
  MemoryPressure: ['False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  DiskPressure: ['False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  PIDPressure: ['False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
  Ready: ['True', 'KubeletReady', 'kubelet is posting ready status'],
};
const MANAGED_TAINTS = new Set([UNREACHABLE, NOT_READY, MEMORY_PRESSURE, UNSCHEDULABLE]);

interface NodeCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastHeartbeatTime?: string;
  lastTransitionTime?: string;
}

/** Simulated time each node's kubelet was last heard from, for nodes currently unheard. */
function lostSince(cluster: Cluster): Record<string, number> {
  const s = cluster.sim as { nodeLifecycle?: Record<string, number> };
  return (s.nodeLifecycle ??= {});
}

/** Records that the control plane stopped hearing from a node's kubelet at `at` (the fault's time), so the
 * grace period counts from then however late the controller runs. */
export function noteKubeletLost(cluster: Cluster, node: string, at: number): void {
  const lost = lostSince(cluster);
  if (lost[node] !== undefined) return;
  lost[node] = at;
  cluster.touchSim();
}

/** The status of a node condition ('' when absent). */
export function nodeCondition(node: KObject, type: string): string {
  return (node.status?.conditions ?? []).find((c: NodeCondition) => c.type === type)?.status ?? '';
}

/** Creates the node lifecycle controller. */
export function nodeLifecycleController(): Controller {
  return {
    name: NODE_LIFECYCLE,
    watches: [{ resource: 'nodes' }],
    reconcile(name, ctx) {
      const cluster = ctx.cluster;
      const lost = lostSince(cluster);
      const node = ctx.get('nodes', undefined, name);
      if (!node) {
        if (lost[name] !== undefined) {
          delete lost[name];
          cluster.touchSim();
        }
        return;
      }
      const now = ctx.now();
      if (!kubeletReachable(cluster, name)) {
        if (lost[name] === undefined) {
          lost[name] = now;
          cluster.touchSim();
        }
        const due = lost[name] + NODE_MONITOR_GRACE_MS;
        if (now < due) return { requeueAfter: due - now };
        syncTaints(ctx, markUnknown(ctx, node, now), now);
        return;
      }
      let current = node;
      if (lost[name] !== undefined) {
        delete lost[name];
        cluster.touchSim();
        current = postHealthyStatus(ctx, current, now);
      }
      current = syncMemoryPressure(ctx, current, now);
      syncTaints(ctx, current, now);
    },
  };
}

/** Sets every monitored condition to Unknown; on the Ready transition records NodeNotReady and marks the
 * node's pods not ready, as the real controller does. */
function markUnknown(ctx: SimContext, node: KObject, now: number): KObject {
  const conditions: NodeCondition[] = node.status?.conditions ?? [];
  const wasReady = nodeCondition(node, 'Ready') === 'True';
  let changed = false;
  const next = conditions.map((c) => {
    if (!MONITORED.includes(c.type) || c.status === 'Unknown') return c;
    changed = true;
    return { ...c, status: 'Unknown', reason: UNKNOWN_REASON, message: UNKNOWN_MESSAGE, lastTransitionTime: isoTime(now) };
  });
  if (!changed) return node;
  const stored = ctx.client.updateStatus('nodes', { ...node, status: { ...node.status, conditions: next } });
  if (wasReady) {
    ctx.event(stored, 'Normal', 'NodeNotReady', `Node ${node.metadata.name} status is now: NodeNotReady`, SOURCE);
    markPodsNotReady(ctx, node.metadata.name!, now);
  }
  return stored;
}

function markPodsNotReady(ctx: SimContext, nodeName: string, now: number): void {
  for (const pod of podsOnNode(ctx, nodeName)) {
    if (isPodTerminated(pod)) continue;
    const ready = (pod.status?.conditions ?? []).find((c: NodeCondition) => c.type === 'Ready');
    if (!ready || ready.status === 'False') continue;
    const next = withPodCondition(pod, { type: 'Ready', status: 'False', reason: ready.reason, message: ready.message }, now);
    if (!next) continue;
    const stored = ctx.client.updateStatus('pods', next);
    ctx.event(stored, 'Warning', 'NodeNotReady', 'Node is not ready', SOURCE);
  }
}

/** The first status a kubelet posts when it is heard again: the healthy conditions, fresh heartbeats. */
function postHealthyStatus(ctx: SimContext, node: KObject, now: number): KObject {
  const conditions: NodeCondition[] = node.status?.conditions ?? [];
  if (!conditions.some((c) => c.status === 'Unknown')) return node;
  const t = isoTime(now);
  const next = conditions.map((c) => {
    const healthy = HEALTHY[c.type];
    if (!healthy) return c;
    const [status, reason, message] = healthy;
    return { ...c, status, reason, message, lastHeartbeatTime: t, lastTransitionTime: c.status === status ? c.lastTransitionTime : t };
  });
  return ctx.client.updateStatus('nodes', { ...node, status: { ...node.status, conditions: next } });
}

/** MemoryPressure as the kubelet reports it while the memory exhaustion fault is on. */
function syncMemoryPressure(ctx: SimContext, node: KObject, now: number): KObject {
  const name = node.metadata.name!;
  const exhausted = !!nodeFaults(ctx.cluster, name).memoryExhausted;
  const current = nodeCondition(node, 'MemoryPressure');
  if (current === '' || (current === 'True') === exhausted) return node;
  const [status, reason, message] = exhausted
    ? ['True', 'KubeletHasInsufficientMemory', 'kubelet has insufficient memory available']
    : HEALTHY.MemoryPressure;
  const t = isoTime(now);
  const conditions = (node.status.conditions as NodeCondition[]).map((c) =>
    c.type === 'MemoryPressure' ? { ...c, status, reason, message, lastHeartbeatTime: t, lastTransitionTime: t } : c,
  );
  const stored = ctx.client.updateStatus('nodes', { ...node, status: { ...node.status, conditions } });
  const event = exhausted ? 'NodeHasInsufficientMemory' : 'NodeHasSufficientMemory';
  ctx.event(stored, 'Normal', event, `Node ${name} status is now: ${event}`, { component: 'kubelet', host: name });
  return stored;
}

/** The taints the controller owns for a node's conditions. */
function desiredTaints(node: KObject): Taint[] {
  const out: Taint[] = [];
  const ready = nodeCondition(node, 'Ready');
  if (ready === 'Unknown') out.push({ key: UNREACHABLE, effect: 'NoExecute' }, { key: UNREACHABLE, effect: 'NoSchedule' });
  if (ready === 'False') out.push({ key: NOT_READY, effect: 'NoExecute' }, { key: NOT_READY, effect: 'NoSchedule' });
  if (nodeCondition(node, 'MemoryPressure') === 'True') out.push({ key: MEMORY_PRESSURE, effect: 'NoSchedule' });
  // A cordoned node carries the unschedulable taint too (TaintNodesByCondition), as `describe node` shows.
  if (node.spec?.unschedulable) out.push({ key: UNSCHEDULABLE, effect: 'NoSchedule' });
  return out;
}

/** Adds and removes the condition taints, keeping every other taint and the timeAdded of kept ones. */
function syncTaints(ctx: SimContext, node: KObject, now: number): void {
  const existing: Taint[] = node.spec?.taints ?? [];
  const desired = desiredTaints(node);
  const others = existing.filter((t) => !MANAGED_TAINTS.has(t.key));
  const managed = desired.map((d) => existing.find((t) => sameTaint(t, d)) ?? { ...d, timeAdded: isoTime(now) });
  const next = [...others, ...managed];
  const same = next.length === existing.length && next.every((t) => existing.some((e) => sameTaint(e, t)));
  if (same) return;
  const spec = { ...node.spec, taints: next };
  if (next.length === 0) delete spec.taints;
  ctx.client.update('nodes', { ...node, spec });
}
