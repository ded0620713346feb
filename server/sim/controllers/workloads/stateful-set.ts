/** The StatefulSet controller (stateful_set_control.go): pods with stable names `<set>-<ordinal>` and
 * claims `<template>-<set>-<ordinal>`, created in order and removed in reverse (OrderedReady) or all at once
 * (Parallel), rolled from the highest ordinal down to the partition. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { type Controller, type SimContext, ownerKeys, splitKey } from '../../controller.js';
import { podTemplateHash } from '../../hash.js';
import { claim, isPodAvailable, isPodReady, isTerminating, omitZero, podFromTemplate, selectorMatcher, untilAvailable, updateStatusIfChanged } from './pods.js';
import { claimCandidates, ownedBy } from './owner-index.js';

const STS = 'statefulsets.apps';
const PVCS = 'persistentvolumeclaims';
const REVISION_LABEL = 'controller-revision-hash';
/** Templates of the revisions still in use, since old pods are recreated from the revision they had. */
const STATE = 'workloads.statefulSetRevisions';

/** The StatefulSet controller (kube-controller-manager's statefulset-controller). */
export function statefulSetController(): Controller {
  return {
    name: 'statefulset-controller',
    watches: [{ resource: STS }, { resource: 'pods', keys: ownerKeys('StatefulSet') }],
    reconcile(key, ctx) {
      const { namespace, name } = splitKey(key);
      const sts = ctx.get(STS, namespace, name);
      if (!sts) {
        forgetRevisions(ctx, key);
        return;
      }
      const ms = syncStatefulSet(ctx, sts, key);
      return ms !== undefined ? { requeueAfter: ms } : undefined;
    },
  };
}

/** The ordinal of a pod named `<set>-<n>`, or -1. */
function ordinalOf(sts: KObject, pod: KObject): number {
  const prefix = `${sts.metadata.name}-`;
  const name = pod.metadata.name ?? '';
  if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) return -1;
  return Number(name.slice(prefix.length));
}

const healthy = (pod: KObject) => pod.status?.phase === 'Running' && isPodReady(pod) && !isTerminating(pod);

function syncStatefulSet(ctx: SimContext, sts: KObject, key: string): number | undefined {
  const replicas: number = sts.spec?.replicas ?? 1;
  const updateRevision = `${sts.metadata.name}-${podTemplateHash(sts.spec.template)}`;
  const currentRevision: string = sts.status?.currentRevision ?? updateRevision;
  const revisions = rememberRevisions(ctx, key, sts, currentRevision, updateRevision);
  const matches = selectorMatcher(sts.spec?.selector);
  const owned = claim(ctx, 'pods', sts, claimCandidates(ctx, 'pods', sts), matches).owned.filter((p) => ordinalOf(sts, p) >= 0);
  const byOrdinal = new Map(owned.map((p) => [ordinalOf(sts, p), p]));
  if (!sts.metadata.deletionTimestamp) step(ctx, sts, byOrdinal, replicas, currentRevision, updateRevision, revisions);
  const pods = ownedBy(ctx, 'pods', sts.metadata.uid).filter((p) => ordinalOf(sts, p) >= 0);
  return writeStatus(ctx, sts, pods, replicas, currentRevision, updateRevision);
}

/** One step of the ordered state machine: create, replace failed, scale down, then roll. */
function step(ctx: SimContext, sts: KObject, pods: Map<number, KObject>, replicas: number, currentRevision: string, updateRevision: string, templates: Record<string, unknown>): void {
  const ordered = (sts.spec?.podManagementPolicy ?? 'OrderedReady') !== 'Parallel';
  const partition: number = sts.spec?.updateStrategy?.type === 'OnDelete' ? replicas : (sts.spec?.updateStrategy?.rollingUpdate?.partition ?? 0);
  for (let ord = 0; ord < replicas; ord++) {
    const pod = pods.get(ord);
    if (!pod) {
      const revision = ord < partition && templates[currentRevision] ? currentRevision : updateRevision;
      createPod(ctx, sts, ord, revision, (templates[revision] ?? sts.spec.template) as KObject['spec']);
      if (ordered) return;
      continue;
    }
    if (pod.status?.phase === 'Failed' && !isTerminating(pod)) {
      deletePod(ctx, sts, pod);
      if (ordered) return;
      continue;
    }
    // Like the real controller, each predecessor must be Running and Available (Ready for minReadySeconds).
    if (ordered && !(healthy(pod) && isPodAvailable(pod, sts.spec?.minReadySeconds ?? 0, ctx.now()))) return;
  }
  const condemned = [...pods.keys()].filter((o) => o >= replicas).sort((a, b) => b - a);
  for (const ord of condemned) {
    const pod = pods.get(ord)!;
    if (isTerminating(pod)) {
      if (ordered) return;
      continue;
    }
    if (sts.spec.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete') handClaimsToPod(ctx, sts, pod);
    deletePod(ctx, sts, pod);
    if (ordered) return;
  }
  if (sts.spec?.updateStrategy?.type === 'OnDelete') return;
  for (let ord = replicas - 1; ord >= partition; ord--) {
    const pod = pods.get(ord);
    if (!pod || isTerminating(pod)) return;
    if (pod.metadata.labels?.[REVISION_LABEL] !== updateRevision) {
      deletePod(ctx, sts, pod);
      return;
    }
    if (!healthy(pod)) return;
  }
}

function createPod(ctx: SimContext, sts: KObject, ord: number, revision: string, template: KObject['spec']): void {
  const name = `${sts.metadata.name}-${ord}`;
  const pod = podFromTemplate(template, sts, {
    name,
    labels: { [REVISION_LABEL]: revision, 'statefulset.kubernetes.io/pod-name': name, 'apps.kubernetes.io/pod-index': String(ord) },
  });
  pod.spec.hostname = name;
  if (sts.spec.serviceName) pod.spec.subdomain = sts.spec.serviceName;
  const claims = (sts.spec.volumeClaimTemplates ?? []) as KObject[];
  if (claims.length) {
    const mine = new Set(claims.map((c) => c.metadata?.name));
    pod.spec.volumes = [
      ...claims.map((c) => ({ name: c.metadata.name, persistentVolumeClaim: { claimName: `${c.metadata.name}-${name}` } })),
      ...((pod.spec.volumes ?? []) as { name: string }[]).filter((v) => !mine.has(v.name)),
    ];
    for (const c of claims) ensureClaim(ctx, sts, c, name);
  }
  ctx.client.create('pods', pod);
  ctx.event(sts, 'Normal', 'SuccessfulCreate', `create Pod ${name} in StatefulSet ${sts.metadata.name} successful`);
}

/** Creates the pod's claim if missing, bound at once to a simulated volume of the requested size. */
function ensureClaim(ctx: SimContext, sts: KObject, template: KObject, podName: string): void {
  const name = `${template.metadata.name}-${podName}`;
  if (ctx.get(PVCS, sts.metadata.namespace, name)) return;
  const retain = sts.spec.persistentVolumeClaimRetentionPolicy ?? {};
  const owned = retain.whenDeleted === 'Delete';
  const created = ctx.client.create(PVCS, {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name,
      namespace: sts.metadata.namespace,
      labels: { ...(template.metadata.labels ?? {}), ...(sts.spec.selector?.matchLabels ?? {}) },
      annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes', 'volume.beta.kubernetes.io/storage-provisioner': 'rancher.io/local-path', 'volume.kubernetes.io/storage-provisioner': 'rancher.io/local-path' },
      finalizers: ['kubernetes.io/pvc-protection'],
      ...(owned ? { ownerReferences: [plainRef(sts)] } : {}),
    },
    spec: { storageClassName: 'standard', ...structuredClone(template.spec ?? {}), volumeName: `pvc-${ctx.rng.uuid()}` },
  });
  ctx.client.updateStatus(PVCS, {
    ...created,
    status: { phase: 'Bound', accessModes: created.spec.accessModes ?? ['ReadWriteOnce'], capacity: { storage: created.spec.resources?.requests?.storage ?? '1Gi' } },
  });
  ctx.event(sts, 'Normal', 'SuccessfulCreate', `create Claim ${name} Pod ${podName} in StatefulSet ${sts.metadata.name} success`);
}

/** A plain (non-controller) owner reference, as the claim retention policy sets it. */
function plainRef(owner: KObject) {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid! };
}

/** whenScaled: Delete — a condemned pod's claims become its dependents, so they go with it. */
function handClaimsToPod(ctx: SimContext, sts: KObject, pod: KObject): void {
  for (const t of (sts.spec.volumeClaimTemplates ?? []) as KObject[]) {
    const pvc = ctx.get(PVCS, sts.metadata.namespace, `${t.metadata.name}-${pod.metadata.name}`);
    if (!pvc || pvc.metadata.ownerReferences?.some((o) => o.uid === pod.metadata.uid)) continue;
    ctx.client.update(PVCS, { ...pvc, metadata: { ...pvc.metadata, ownerReferences: [...(pvc.metadata.ownerReferences ?? []), plainRef(pod)] } });
  }
}

function deletePod(ctx: SimContext, sts: KObject, pod: KObject): void {
  ctx.client.delete('pods', pod.metadata.namespace, pod.metadata.name!);
  ctx.event(sts, 'Normal', 'SuccessfulDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`);
}

function writeStatus(ctx: SimContext, sts: KObject, pods: KObject[], replicas: number, currentRevision: string, updateRevision: string): number | undefined {
  const now = ctx.now();
  const minReady: number = sts.spec?.minReadySeconds ?? 0;
  const live = pods.filter((p) => !isTerminating(p));
  const count = (f: (p: KObject) => boolean) => live.filter(f).length;
  const ready = count(healthy);
  const updated = count((p) => p.metadata.labels?.[REVISION_LABEL] === updateRevision);
  let current = count((p) => p.metadata.labels?.[REVISION_LABEL] === currentRevision);
  let revision = currentRevision;
  // The rollout is complete once every replica runs the update revision and is ready.
  if (updated === live.length && ready === live.length && live.length === replicas) {
    revision = updateRevision;
    current = updated;
  }
  let wait: number | undefined;
  for (const p of live) {
    const u = untilAvailable(p, minReady, now);
    if (u !== undefined) wait = Math.min(wait ?? u, u);
  }
  const status = omitZero(
    {
      observedGeneration: sts.metadata.generation ?? 1,
      replicas: live.length,
      readyReplicas: ready,
      currentReplicas: current,
      updatedReplicas: updated,
      currentRevision: revision,
      updateRevision,
      collisionCount: sts.status?.collisionCount ?? 0,
      availableReplicas: count((p) => healthy(p) && isPodAvailable(p, minReady, now)),
    },
    ['readyReplicas', 'currentReplicas', 'updatedReplicas'],
  );
  updateStatusIfChanged(ctx, STS, sts, status);
  return wait;
}

/** Keeps the templates of the current and update revisions in simulation state; returns them. */
function rememberRevisions(ctx: SimContext, key: string, sts: KObject, current: string, update: string): Record<string, unknown> {
  const all = ((ctx.cluster.sim[STATE] as Record<string, Record<string, unknown>> | undefined) ??= {});
  const mine = all[key] ?? {};
  const next: Record<string, unknown> = {};
  if (mine[current] !== undefined && current !== update) next[current] = mine[current];
  next[update] = sts.spec.template;
  const changed = Object.keys(next).join() !== Object.keys(mine).join() || (mine[update] === undefined);
  if (changed) {
    all[key] = next;
    ctx.cluster.touchSim();
  }
  return next;
}

function forgetRevisions(ctx: SimContext, key: string): void {
  const all = ctx.cluster.sim[STATE] as Record<string, unknown> | undefined;
  if (all && key in all) {
    delete all[key];
    ctx.cluster.touchSim();
  }
}
