/** The Deployment controller's shared machinery (sync.go): finding or creating the new ReplicaSet,
 * scaling ReplicaSets with events, proportional scaling, history cleanup and the status. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { SimContext } from '../../controller.js';
import { podTemplateHash } from '../../hash.js';
import { ownerRefTo, sameJson } from './pods.js';
import {
  type Condition,
  type DeploymentStatus,
  REASON,
  REVISION,
  MAX_REPLICAS,
  DESIRED_REPLICAS,
  activeReplicaSets,
  actualReplicas,
  availableReplicas,
  byCreation,
  equalIgnoreHash,
  getCondition,
  hasProgressDeadline,
  maxRevision,
  maxSurge,
  maxUnavailable,
  newCondition,
  readyReplicas,
  replicasOf,
  revisionOf,
  setCondition,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  specReplicas,
  isRollingUpdate,
} from './deployment-util.js';

export const DEPLOYMENTS = 'deployments.apps';
export const REPLICASETS = 'replicasets.apps';

/** One reconcile of one Deployment: the deployment (a private copy whose status and annotations the steps
 * edit) and the ReplicaSets it owns, kept current as the steps write. */
export class DeploymentSync {
  constructor(
    readonly ctx: SimContext,
    public d: KObject,
    public rsList: KObject[],
  ) {
    this.d = privateCopy(d);
  }

  now(): number {
    return this.ctx.now();
  }

  /** Splits the owned ReplicaSets into the new one (template equal to the deployment's) and the old ones. */
  split(): { newRS: KObject | undefined; oldRSs: KObject[] } {
    const sorted = [...this.rsList].sort(byCreation);
    const newRS = sorted.find((rs) => equalIgnoreHash(rs.spec?.template, this.d.spec.template));
    return { newRS, oldRSs: sorted.filter((rs) => rs !== newRS) };
  }

  /** getAllReplicaSetsAndSyncRevision: syncs the new ReplicaSet's revision, creating it when asked. */
  newAndOld(create: boolean): { newRS: KObject | undefined; oldRSs: KObject[] } {
    const { newRS: existing, oldRSs } = this.split();
    const newRevision = maxRevision(oldRSs) + 1;
    if (existing) return { newRS: this.syncExisting(existing, newRevision), oldRSs };
    if (!create) return { newRS: undefined, oldRSs };
    return { newRS: this.createNew(oldRSs, newRevision), oldRSs };
  }

  private syncExisting(rs: KObject, newRevision: number): KObject {
    const annotations = { ...(rs.metadata.annotations ?? {}) };
    const changed = setNewReplicaSetAnnotations(this.d, annotations, newRevision, true);
    const minReady = this.d.spec.minReadySeconds ?? 0;
    if (changed || (rs.spec.minReadySeconds ?? 0) !== minReady) {
      const spec = { ...rs.spec };
      if (minReady) spec.minReadySeconds = minReady;
      else delete spec.minReadySeconds;
      rs = this.writeRS({ ...rs, metadata: { ...rs.metadata, annotations }, spec });
    }
    const revisionChanged = this.setRevision(rs.metadata.annotations?.[REVISION] ?? '');
    let statusChanged = false;
    if (hasProgressDeadline(this.d) && !getCondition(this.status(), 'Progressing')) {
      setCondition(this.status(), newCondition('Progressing', 'True', REASON.foundNewRS, `Found new replica set "${rs.metadata.name}"`, this.now()));
      statusChanged = true;
    }
    if (revisionChanged || statusChanged) this.writeStatus();
    return rs;
  }

  private createNew(oldRSs: KObject[], newRevision: number): KObject {
    const d = this.d;
    const collisions = d.status?.collisionCount ?? 0;
    const hash = podTemplateHash(d.spec.template, collisions);
    const tmpl = d.spec.template ?? {};
    const labels = { ...(tmpl.metadata?.labels ?? {}), 'pod-template-hash': hash };
    const selector = { ...d.spec.selector, matchLabels: { ...(d.spec.selector?.matchLabels ?? {}), 'pod-template-hash': hash } };
    const draft: KObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, labels, annotations: {}, ownerReferences: [ownerRefTo(d)] },
      spec: { replicas: 0, ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}), selector, template: { ...tmpl, metadata: { ...(tmpl.metadata ?? {}), labels } } },
    };
    const replicas = newRSNewReplicas(d, [...oldRSs, draft], draft);
    draft.spec.replicas = replicas;
    setNewReplicaSetAnnotations(d, draft.metadata.annotations!, newRevision, false);
    const taken = this.ctx.get(REPLICASETS, d.metadata.namespace, draft.metadata.name!);
    if (taken) {
      // A hash collision with a ReplicaSet whose template differs: perturb the hash like the real controller.
      this.status().collisionCount = collisions + 1;
      this.writeStatus();
      return this.createNew(oldRSs, newRevision);
    }
    const created = this.ctx.client.create(REPLICASETS, draft);
    this.rsList = [...this.rsList, created];
    if (replicas > 0) this.ctx.event(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`);
    this.setRevision(String(newRevision));
    if (hasProgressDeadline(d)) setCondition(this.status(), newCondition('Progressing', 'True', REASON.newRSCreated, `Created new replica set "${created.metadata.name}"`, this.now()));
    this.writeStatus();
    return created;
  }

  private setRevision(revision: string): boolean {
    const annotations = (this.d.metadata.annotations ??= {});
    if (annotations[REVISION] === revision) return false;
    annotations[REVISION] = revision;
    return true;
  }

  /** Scales a ReplicaSet (and refreshes its replicas annotations), recording ScalingReplicaSet. */
  scaleRS(rs: KObject, to: number): KObject {
    const from = rs.spec?.replicas ?? 0;
    const annotations = { ...(rs.metadata.annotations ?? {}) };
    const annotationsChanged = setReplicasAnnotations(annotations, replicasOf(this.d), replicasOf(this.d) + maxSurge(this.d));
    if (from === to && !annotationsChanged) return rs;
    const updated = this.writeRS({ ...rs, metadata: { ...rs.metadata, annotations }, spec: { ...rs.spec, replicas: to } });
    if (from !== to) this.ctx.event(this.d, 'Normal', 'ScalingReplicaSet', `Scaled ${from < to ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`);
    return updated;
  }

  private writeRS(rs: KObject): KObject {
    const stored = this.ctx.client.update(REPLICASETS, rs);
    this.rsList = this.rsList.map((x) => (x.metadata.uid === stored.metadata.uid ? stored : x));
    return stored;
  }

  /** The mutable status of the private deployment copy. */
  status(): DeploymentStatus {
    return (this.d.status ??= {});
  }

  /** Writes the private copy's status and annotations. */
  writeStatus(): void {
    this.d = privateCopy(this.ctx.client.updateStatus(DEPLOYMENTS, this.d));
  }

  /** scale(): a replicas change — one active ReplicaSet takes it all, several share it proportionally. */
  scale(newRS: KObject | undefined, oldRSs: KObject[]): void {
    const d = this.d;
    const replicas = replicasOf(d);
    const only = activeOrLatest(newRS, oldRSs);
    if (only) {
      if ((only.spec?.replicas ?? 0) !== replicas) this.scaleRS(only, replicas);
      return;
    }
    if (newRS && isSaturated(d, newRS)) {
      for (const old of activeReplicaSets(oldRSs)) this.scaleRS(old, 0);
      return;
    }
    if (!isRollingUpdate(d)) return;
    const all = activeReplicaSets(newRS ? [...oldRSs, newRS] : oldRSs);
    const allowed = replicas > 0 ? replicas + maxSurge(d) : 0;
    const toAdd = allowed - specReplicas(all);
    if (toAdd > 0) all.sort((a, b) => (b.spec.replicas - a.spec.replicas) || -byCreation(a, b));
    else if (toAdd < 0) all.sort((a, b) => (b.spec.replicas - a.spec.replicas) || byCreation(a, b));
    let added = 0;
    const sizes = all.map((rs) => {
      if (toAdd === 0) return rs.spec.replicas as number;
      const p = proportion(rs, d, toAdd, added);
      added += p;
      return rs.spec.replicas + p;
    });
    if (all.length > 0 && added !== toAdd) sizes[0] += toAdd - added;
    all.forEach((rs, i) => this.scaleRS(rs, sizes[i]));
  }

  /** cleanupDeployment: deletes the oldest scaled-down ReplicaSets beyond revisionHistoryLimit. */
  cleanup(oldRSs: KObject[]): void {
    const limit = this.d.spec.revisionHistoryLimit;
    if (limit === undefined || limit === null) return;
    const alive = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
    const diff = alive.length - limit;
    if (diff <= 0) return;
    alive.sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
    for (const rs of alive.slice(0, diff)) {
      if ((rs.status?.replicas ?? 0) !== 0 || (rs.spec?.replicas ?? 0) !== 0) continue;
      if ((rs.metadata.generation ?? 1) > (rs.status?.observedGeneration ?? 0)) continue;
      this.ctx.client.delete(REPLICASETS, rs.metadata.namespace, rs.metadata.name!);
      this.rsList = this.rsList.filter((x) => x.metadata.uid !== rs.metadata.uid);
    }
  }

  /** calculateStatus: replica sums over the ReplicaSets and the Available condition. */
  calculateStatus(all: KObject[], newRS: KObject | undefined): DeploymentStatus {
    const d = this.d;
    const available = availableReplicas(all);
    const status: DeploymentStatus = {
      observedGeneration: d.metadata.generation ?? 1,
      replicas: actualReplicas(all),
      updatedReplicas: newRS ? actualReplicas([newRS]) : 0,
      readyReplicas: readyReplicas(all),
      availableReplicas: available,
      unavailableReplicas: Math.max(0, specReplicas(all) - available),
      collisionCount: d.status?.collisionCount,
      conditions: [...((d.status?.conditions ?? []) as Condition[])],
    };
    if (available >= replicasOf(d) - maxUnavailable(d)) {
      setCondition(status, newCondition('Available', 'True', REASON.minAvailable, 'Deployment has minimum availability.', this.now()));
    } else {
      setCondition(status, newCondition('Available', 'False', REASON.minUnavailable, 'Deployment does not have minimum availability.', this.now()));
    }
    return status;
  }

  /** Writes `status` when it differs from the current one. */
  commitStatus(status: DeploymentStatus): boolean {
    const next = wireStatus(status);
    if (sameJson(next, this.d.status ?? {})) return false;
    this.d.status = next;
    this.writeStatus();
    return true;
  }

  /** syncDeploymentStatus: the status for a scaling event or a paused deployment. */
  syncStatus(newRS: KObject | undefined, oldRSs: KObject[]): void {
    this.commitStatus(this.calculateStatus(newRS ? [...oldRSs, newRS] : oldRSs, newRS));
  }

  /** Current copies of ReplicaSets (after writes in this reconcile). */
  fresh(rss: KObject[]): KObject[] {
    return rss.map((rs) => this.rsList.find((x) => x.metadata.uid === rs.metadata.uid) ?? rs);
  }
}

/** The status as the API serialises it: omitempty counters dropped, conditions omitted when none. */
function wireStatus(s: DeploymentStatus): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined || v === 0) continue;
    if (k === 'conditions' && (v as unknown[]).length === 0) continue;
    out[k] = v;
  }
  return out;
}

function privateCopy(d: KObject): KObject {
  return {
    ...d,
    metadata: { ...d.metadata, ...(d.metadata.annotations ? { annotations: { ...d.metadata.annotations } } : {}) },
    status: { ...(d.status ?? {}), ...(d.status?.conditions ? { conditions: [...d.status.conditions] } : {}) },
  };
}

/** NewRSNewReplicas: the new ReplicaSet's size for the next step of a rollout. */
export function newRSNewReplicas(d: KObject, all: KObject[], newRS: KObject): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d)) return replicas;
  const maxTotal = replicas + maxSurge(d);
  const current = specReplicas(all);
  const cur = newRS.spec?.replicas ?? 0;
  if (current >= maxTotal) return cur;
  return cur + Math.min(maxTotal - current, replicas - cur);
}

function activeOrLatest(newRS: KObject | undefined, oldRSs: KObject[]): KObject | undefined {
  const olds = [...oldRSs].sort((a, b) => -byCreation(a, b));
  const active = activeReplicaSets(newRS ? [...olds, newRS] : olds);
  if (active.length === 0) return newRS ?? olds[0];
  return active.length === 1 ? active[0] : undefined;
}

function isSaturated(d: KObject, rs: KObject): boolean {
  const r = replicasOf(d);
  return rs.metadata.annotations?.[DESIRED_REPLICAS] === String(r) && rs.spec?.replicas === r && (rs.status?.availableReplicas ?? 0) === r;
}

function proportion(rs: KObject, d: KObject, toAdd: number, added: number): number {
  if (!rs.spec?.replicas || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

function replicaSetFraction(rs: KObject, d: KObject): number {
  const replicas = replicasOf(d);
  if (replicas === 0) return -rs.spec.replicas;
  const deploymentReplicas = replicas + maxSurge(d);
  const annotated = Number(rs.metadata.annotations?.[MAX_REPLICAS] ?? NaN);
  const base = Number.isFinite(annotated) && annotated > 0 ? annotated : (d.status?.replicas ?? 0);
  if (!base) return 0;
  return Math.round((rs.spec.replicas * deploymentReplicas) / base) - rs.spec.replicas;
}
