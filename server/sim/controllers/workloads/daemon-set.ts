/** The DaemonSet controller (pkg/controller/daemon): one pod on every eligible node, pinned there by node
 * affinity and carrying the automatic daemon tolerations, replaced node by node on a RollingUpdate. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { type Controller, type SimContext, ownerKeys, splitKey } from '../../controller.js';
import { podTemplateHash } from '../../hash.js';
import { podMatchesNodeSelectorAndAffinity } from '../../scheduler/plugins/node-affinity.js';
import { type Toleration, untoleratedTaint } from '../../scheduler/plugins/taint-toleration.js';
import { claim, isPodAvailable, isPodReady, isTerminating, omitZero, podFromTemplate, scaledValue, selectorMatcher, untilAvailable, updateStatusIfChanged } from './pods.js';
import { claimCandidates, ownedBy } from './owner-index.js';

const DS = 'daemonsets.apps';
const HASH_LABEL = 'controller-revision-hash';

/** The DaemonSet controller (kube-controller-manager's daemonset-controller). */
export function daemonSetController(): Controller {
  return {
    name: 'daemonset-controller',
    watches: [
      { resource: DS },
      { resource: 'pods', keys: ownerKeys('DaemonSet') },
      // A node joining, leaving or changing labels or taints may change where daemons belong.
      { resource: 'nodes', keys: (node, change) => (nodePlacementChanged(change.previous, change.type === 'DELETED' ? undefined : node) ? ['*'] : []) },
    ],
    reconcile(key, ctx) {
      if (key === '*') {
        for (const ds of ctx.cluster.store.values(DS)) ctx.enqueue(`${ds.metadata.namespace}/${ds.metadata.name}`);
        return;
      }
      const { namespace, name } = splitKey(key);
      const ds = ctx.get(DS, namespace, name);
      if (!ds) return;
      const ms = syncDaemonSet(ctx, ds);
      return ms !== undefined ? { requeueAfter: ms } : undefined;
    },
  };
}

/** The tolerations every daemon pod gets (util.AddOrUpdateDaemonPodTolerations). */
function daemonTolerations(hostNetwork: boolean): Toleration[] {
  const t: Toleration[] = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
  ];
  if (hostNetwork) t.push({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
  return t;
}

function withDaemonTolerations(spec: KObject['spec']): Toleration[] {
  const own = (spec?.tolerations ?? []) as Toleration[];
  const extra = daemonTolerations(!!spec?.hostNetwork).filter((d) => !own.some((o) => o.key === d.key && o.effect === d.effect));
  return [...own, ...extra];
}

/** The node a daemon pod is bound or pinned to. */
function nodeOf(pod: KObject): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const term of terms) for (const f of term.matchFields ?? []) if (f.key === 'metadata.name' && f.operator === 'In') return f.values?.[0];
  return undefined;
}

/** NodeShouldRunDaemonPod: the template's selector, affinity and tolerations admit the node. */
function shouldRun(template: KObject['spec'], tolerations: Toleration[], node: KObject): boolean {
  const probe = { apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: template?.spec ?? {} } as KObject;
  if (!podMatchesNodeSelectorAndAffinity(probe, node)) return false;
  return !untoleratedTaint(node.spec?.taints ?? [], tolerations);
}

function syncDaemonSet(ctx: SimContext, ds: KObject): number | undefined {
  const now = ctx.now();
  const hash = podTemplateHash(ds.spec.template);
  const minReady: number = ds.spec?.minReadySeconds ?? 0;
  const tolerations = withDaemonTolerations(ds.spec.template?.spec);
  const nodes = ctx.list('nodes');
  const pods = claim(ctx, 'pods', ds, claimCandidates(ctx, 'pods', ds), selectorMatcher(ds.spec?.selector)).owned;
  const byNode = new Map<string, KObject[]>();
  for (const p of pods) {
    const n = nodeOf(p);
    if (n) byNode.set(n, [...(byNode.get(n) ?? []), p]);
  }
  const eligible = new Set(nodes.filter((n) => shouldRun(ds.spec.template, tolerations, n)).map((n) => n.metadata.name!));
  if (!ds.metadata.deletionTimestamp) {
    for (const node of nodes) {
      const name = node.metadata.name!;
      const live = (byNode.get(name) ?? []).filter((p) => !isTerminating(p));
      for (const p of live.filter((p) => p.status?.phase === 'Failed')) {
        ctx.event(ds, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${p.metadata.namespace}/${p.metadata.name} on node ${name}, will try to kill it`);
        deletePod(ctx, ds, p);
      }
      const running = live.filter((p) => p.status?.phase !== 'Failed');
      if (eligible.has(name)) {
        if (running.length === 0 && !(byNode.get(name) ?? []).some(isTerminating)) createPod(ctx, ds, name, hash, tolerations);
        const sorted = [...running].sort((a, b) => (a.metadata.creationTimestamp! < b.metadata.creationTimestamp! ? -1 : a.metadata.creationTimestamp! > b.metadata.creationTimestamp! ? 1 : 0));
        for (const extra of sorted.slice(1)) deletePod(ctx, ds, extra);
      } else {
        for (const p of running) deletePod(ctx, ds, p);
      }
    }
    if ((ds.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') rollingUpdate(ctx, ds, eligible, byNode, hash, now);
  }
  return writeStatus(ctx, ds, nodes, eligible, hash, minReady, now);
}

/** Deletes old-revision pods while no more than maxUnavailable eligible nodes lack an available daemon. */
function rollingUpdate(ctx: SimContext, ds: KObject, eligible: Set<string>, byNode: Map<string, KObject[]>, hash: string, now: number): void {
  const minReady: number = ds.spec?.minReadySeconds ?? 0;
  const maxUnavailable = Math.max(1, scaledValue(ds.spec?.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1, eligible.size, true));
  const live = (node: string) => (byNode.get(node) ?? []).filter((p) => !isTerminating(p) && p.status?.phase !== 'Failed');
  let unavailable = 0;
  const old: { pod: KObject; available: boolean }[] = [];
  for (const node of [...eligible].sort()) {
    const pod = live(node)[0];
    const available = !!pod && isPodAvailable(pod, minReady, now);
    if (!available) unavailable++;
    if (pod && pod.metadata.labels?.[HASH_LABEL] !== hash) old.push({ pod, available });
  }
  for (const { pod, available } of old) {
    if (!available) deletePod(ctx, ds, pod);
    else if (unavailable < maxUnavailable) {
      deletePod(ctx, ds, pod);
      unavailable++;
    }
  }
}

function createPod(ctx: SimContext, ds: KObject, node: string, hash: string, tolerations: Toleration[]): void {
  const pod = podFromTemplate(ds.spec.template, ds, { labels: { [HASH_LABEL]: hash, 'pod-template-generation': String(ds.metadata.generation ?? 1) } });
  pod.spec.tolerations = tolerations;
  pod.spec.affinity = {
    ...(pod.spec.affinity ?? {}),
    nodeAffinity: {
      ...(pod.spec.affinity?.nodeAffinity ?? {}),
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }] },
    },
  };
  try {
    const created = ctx.client.create('pods', pod);
    ctx.event(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
  } catch (err) {
    ctx.event(ds, 'Warning', 'FailedCreate', `Error creating: ${(err as Error).message}`);
  }
}

function deletePod(ctx: SimContext, ds: KObject, pod: KObject): void {
  ctx.client.delete('pods', pod.metadata.namespace, pod.metadata.name!);
  ctx.event(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
}

function writeStatus(ctx: SimContext, ds: KObject, nodes: KObject[], eligible: Set<string>, hash: string, minReady: number, now: number): number | undefined {
  const pods = ownedBy(ctx, 'pods', ds.metadata.uid).filter((p) => !isTerminating(p));
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let available = 0;
  let updated = 0;
  let wait: number | undefined;
  const onNode = new Map<string, KObject>();
  for (const p of pods) {
    const n = nodeOf(p);
    if (n && !onNode.has(n)) onNode.set(n, p);
  }
  for (const node of nodes) {
    const name = node.metadata.name!;
    const pod = onNode.get(name);
    if (!pod) continue;
    if (!eligible.has(name)) {
      misscheduled++;
      continue;
    }
    current++;
    if (pod.metadata.labels?.[HASH_LABEL] === hash) updated++;
    if (isPodReady(pod)) ready++;
    if (isPodAvailable(pod, minReady, now)) available++;
    const u = untilAvailable(pod, minReady, now);
    if (u !== undefined) wait = Math.min(wait ?? u, u);
  }
  const status = omitZero(
    {
      currentNumberScheduled: current,
      numberMisscheduled: misscheduled,
      desiredNumberScheduled: eligible.size,
      numberReady: ready,
      observedGeneration: ds.metadata.generation ?? 1,
      updatedNumberScheduled: updated,
      numberAvailable: available,
      numberUnavailable: Math.max(0, eligible.size - available),
      ...(ds.status?.collisionCount !== undefined ? { collisionCount: ds.status.collisionCount } : {}),
      ...(ds.status?.conditions ? { conditions: ds.status.conditions } : {}),
    },
    ['updatedNumberScheduled', 'numberAvailable', 'numberUnavailable'],
  );
  updateStatusIfChanged(ctx, DS, ds, status);
  return wait;
}

/** Whether a node change can move daemons: added or removed, or its labels, taints, cordon or Ready changed. */
function nodePlacementChanged(before: KObject | undefined, after: KObject | undefined): boolean {
  if (!before || !after) return true;
  const ready = (n: KObject) => n.status?.conditions?.find((c: { type: string }) => c.type === 'Ready')?.status;
  return (
    JSON.stringify(before.metadata.labels) !== JSON.stringify(after.metadata.labels) ||
    JSON.stringify(before.spec?.taints) !== JSON.stringify(after.spec?.taints) ||
    before.spec?.unschedulable !== after.spec?.unschedulable ||
    ready(before) !== ready(after)
  );
}
