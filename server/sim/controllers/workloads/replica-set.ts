/** The ReplicaSet controller: keeps `spec.replicas` active pods matching the selector, adopting orphans,
 * releasing pods that stopped matching, and reporting replica counts and the ReplicaFailure condition. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { type Controller, type SimContext, ownerKeys, splitKey } from '../../controller.js';
import { isoTime } from '../../time.js';
import { claim, controllerRef, inNamespace, isPodActive, isPodAvailable, isPodReady, podFromTemplate, omitZero, selectorMatcher, untilAvailable, updateStatusIfChanged } from './pods.js';
import { claimCandidates, ownedBy } from './owner-index.js';
import { rankForDeletion } from './pod-ranking.js';

const RS = 'replicasets.apps';

/** The ReplicaSet controller (kube-controller-manager's replicaset-controller). */
export function replicaSetController(): Controller {
  return {
    name: 'replicaset-controller',
    watches: [
      { resource: RS },
      { resource: 'pods', keys: podKeys },
    ],
    reconcile: (key, ctx) => syncReplicaSet(key, ctx),
  };
}

/** The ReplicaSets a pod event concerns: its controller, or for an orphan every ReplicaSet selecting it. */
function podKeys(pod: KObject): string[] {
  const owners = ownerKeys('ReplicaSet')(pod);
  if (owners.length > 0 || controllerRef(pod)) return owners;
  return [`${pod.metadata.namespace}/*`];
}

function syncReplicaSet(key: string, ctx: SimContext): { requeueAfter: number } | void {
  const { namespace, name } = splitKey(key);
  // An orphan pod changed: let every ReplicaSet of the namespace look at it.
  if (name === '*') {
    for (const rs of inNamespace(ctx, RS, namespace)) ctx.enqueue(`${namespace}/${rs.metadata.name}`);
    return;
  }
  let rs = ctx.get(RS, namespace, name);
  if (!rs) return;
  const matches = selectorMatcher(rs.spec?.selector);
  const active = claimCandidates(ctx, 'pods', rs).filter(isPodActive);
  let owned = claim(ctx, 'pods', rs, active, matches).owned;
  let failure: string | undefined;
  if (!rs.metadata.deletionTimestamp) {
    const diff = owned.length - (rs.spec?.replicas ?? 1);
    if (diff < 0) failure = createPods(ctx, rs, -diff);
    else if (diff > 0) deletePods(ctx, rs, owned, diff);
    owned = ownedBy(ctx, 'pods', rs.metadata.uid).filter(isPodActive);
  }
  rs = ctx.get(RS, namespace, name)!;
  const { status, wait } = calculateStatus(rs, owned, failure, ctx.now());
  updateStatusIfChanged(ctx, RS, rs, status);
  return wait !== undefined ? { requeueAfter: wait } : undefined;
}

/** Creates `count` pods from the template; returns the error message of a failed create. */
function createPods(ctx: SimContext, rs: KObject, count: number): string | undefined {
  for (let i = 0; i < count; i++) {
    try {
      const pod = ctx.client.create('pods', podFromTemplate(rs.spec.template, rs));
      ctx.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`);
    } catch (err) {
      const message = (err as Error).message;
      ctx.event(rs, 'Warning', 'FailedCreate', `Error creating: ${message}`);
      return message;
    }
  }
  return undefined;
}

function deletePods(ctx: SimContext, rs: KObject, owned: KObject[], count: number): void {
  for (const pod of rankForDeletion(owned, ctx.now()).slice(0, count)) {
    ctx.client.delete('pods', pod.metadata.namespace, pod.metadata.name!);
    ctx.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
  }
}

/** The ReplicaSet status for its current pods, and when a pending minReadySeconds window ends. */
function calculateStatus(rs: KObject, pods: KObject[], failure: string | undefined, now: number): { status: Record<string, unknown>; wait?: number } {
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const templateLabels: Record<string, string> = rs.spec?.template?.metadata?.labels ?? {};
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  let wait: number | undefined;
  for (const p of pods) {
    const labels = p.metadata.labels ?? {};
    if (Object.entries(templateLabels).every(([k, v]) => labels[k] === v)) fullyLabeled++;
    if (isPodReady(p)) ready++;
    if (isPodAvailable(p, minReady, now)) available++;
    const until = untilAvailable(p, minReady, now);
    if (until !== undefined) wait = Math.min(wait ?? until, until);
  }
  const prev = (rs.status?.conditions ?? []) as { type: string; status: string; reason?: string; message?: string; lastTransitionTime?: string }[];
  let conditions = prev.filter((c) => c.type !== 'ReplicaFailure');
  if (failure) {
    const cur = prev.find((c) => c.type === 'ReplicaFailure');
    const same = cur && cur.status === 'True' && cur.reason === 'FailedCreate' && cur.message === failure;
    conditions = [...conditions, same ? cur : { type: 'ReplicaFailure', status: 'True', lastTransitionTime: isoTime(now), reason: 'FailedCreate', message: failure }];
  }
  const status = omitZero({
    replicas: pods.length,
    fullyLabeledReplicas: fullyLabeled,
    readyReplicas: ready,
    availableReplicas: available,
    observedGeneration: rs.metadata.generation ?? 1,
  }, ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas']);
  if (conditions.length) status.conditions = conditions;
  return { status, wait };
}
