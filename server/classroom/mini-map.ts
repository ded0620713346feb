/** A student's cluster reduced to what a teacher's grid shows: pods per node as coloured dots, and whether a
 * change looks like the student's own work (for "last activity"). */
import type { KObject } from '../../shared/k8s/types.js';
import type { MiniMap, MiniPod, MiniPodState } from '../../shared/api/classroom.js';
import type { Cluster } from '../sim/cluster.js';
import type { Change } from '../sim/store.js';

const FAILING_WAIT_REASONS = new Set(['CrashLoopBackOff', 'ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);

/** The colour family of one pod. */
export function miniPodState(pod: KObject): MiniPodState {
  if (pod.metadata.deletionTimestamp) return 'terminating';
  const phase = pod.status?.phase as string | undefined;
  if (phase === 'Failed') return 'failed';
  if (phase === 'Succeeded') return 'succeeded';
  const statuses = (pod.status?.containerStatuses ?? []) as { ready?: boolean; state?: { waiting?: { reason?: string }; terminated?: unknown } }[];
  if (statuses.some((s) => FAILING_WAIT_REASONS.has(s.state?.waiting?.reason ?? '') || s.state?.terminated)) return 'failed';
  if (phase === 'Running' && statuses.length > 0 && statuses.every((s) => s.ready)) return 'running';
  return 'pending';
}

function isReady(node: KObject): boolean {
  const conditions = (node.status?.conditions ?? []) as { type: string; status: string }[];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Pods outside kube-system grouped by node (system pods would drown out the student's own workloads). */
export function miniMap(cluster: Cluster): MiniMap {
  const nodes = cluster.store
    .list('nodes')
    .map((n) => ({
      name: n.metadata.name!,
      ready: isReady(n),
      controlPlane: n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined,
      pods: [] as MiniPod[],
    }))
    .sort((a, b) => Number(b.controlPlane) - Number(a.controlPlane) || a.name.localeCompare(b.name));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const unscheduled: MiniPod[] = [];
  for (const pod of cluster.store.list('pods')) {
    const namespace = pod.metadata.namespace ?? 'default';
    if (namespace === 'kube-system') continue;
    const dot = { name: pod.metadata.name!, namespace, state: miniPodState(pod) };
    const node = byName.get((pod.spec?.nodeName as string | undefined) ?? '');
    (node ? node.pods : unscheduled).push(dot);
  }
  for (const n of nodes) n.pods.sort((a, b) => a.name.localeCompare(b.name));
  return { nodes, unscheduled };
}

/** Resources controllers rewrite on their own (heartbeats, endpoints, events): never a sign of the student. */
const BACKGROUND = new Set(['events', 'events.events.k8s.io', 'leases.coordination.k8s.io', 'endpoints', 'endpointslices.discovery.k8s.io']);

/** Whether a committed change looks like something a person did: a top-level object created or deleted, or
 * a spec change the object's controller has not observed yet. Controllers' own writes (owned pods, status
 * updates, lease renewals) do not count. An approximation: changes carry no author. */
export function isUserActivity(change: Change): boolean {
  if (BACKGROUND.has(change.resource)) return false;
  const m = change.object.metadata;
  if (change.type !== 'MODIFIED') return !m.ownerReferences?.length;
  const observed = change.object.status?.observedGeneration as number | undefined;
  return m.generation !== undefined && observed !== undefined && m.generation > observed;
}
