/** Deployment helpers (pkg/controller/deployment/util): fenceposts, revisions, annotations, replica sums and
 * the conditions' reasons and messages. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { stableJson } from '../../hash.js';
import { isoTime } from '../../time.js';
import { scaledValue } from './pods.js';

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const ROLLBACK_TO = 'deprecated.deployment.rollback.to';
const NOT_COPIED = new Set([LAST_APPLIED, REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS, ROLLBACK_TO]);

export const REASON = {
  newRSCreated: 'NewReplicaSetCreated',
  foundNewRS: 'FoundNewReplicaSet',
  rsUpdated: 'ReplicaSetUpdated',
  newRSAvailable: 'NewReplicaSetAvailable',
  timedOut: 'ProgressDeadlineExceeded',
  paused: 'DeploymentPaused',
  resumed: 'DeploymentResumed',
  minAvailable: 'MinimumReplicasAvailable',
  minUnavailable: 'MinimumReplicasUnavailable',
} as const;

export interface Condition {
  type: string;
  status: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/** The desired replica count (defaulted to 1). */
export function replicasOf(obj: KObject): number {
  return obj.spec?.replicas ?? 1;
}

export function isRollingUpdate(d: KObject): boolean {
  return (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
}

/** ResolveFenceposts: surge rounds up, unavailable rounds down, and both zero means one unavailable. */
export function resolveFenceposts(d: KObject): { maxSurge: number; maxUnavailable: number } {
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  const desired = replicasOf(d);
  const maxSurge = scaledValue(ru.maxSurge ?? '25%', desired, true);
  let maxUnavailable = scaledValue(ru.maxUnavailable ?? '25%', desired, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

export function maxSurge(d: KObject): number {
  return isRollingUpdate(d) ? resolveFenceposts(d).maxSurge : 0;
}

export function maxUnavailable(d: KObject): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  return Math.min(resolveFenceposts(d).maxUnavailable, replicas);
}

/** The revision annotation as a number (0 when absent). */
export function revisionOf(obj: KObject): number {
  const v = Number(obj.metadata.annotations?.[REVISION] ?? '0');
  return Number.isFinite(v) ? v : 0;
}

export function maxRevision(rss: KObject[]): number {
  return rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
}

/** EqualIgnoreHash: pod templates equal once the pod-template-hash label is dropped. */
export function equalIgnoreHash(a: KObject['spec'], b: KObject['spec']): boolean {
  return stableJson(withoutHash(a)) === stableJson(withoutHash(b));
}

function withoutHash(t: KObject['spec']): unknown {
  const labels = { ...(t?.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  const metadata = { ...(t?.metadata ?? {}), labels };
  if (Object.keys(labels).length === 0) delete (metadata as { labels?: unknown }).labels;
  return { ...(t ?? {}), metadata };
}

export const specReplicas = (rss: KObject[]): number => rss.reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0);
export const actualReplicas = (rss: KObject[]): number => rss.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
export const readyReplicas = (rss: KObject[]): number => rss.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0);
export const availableReplicas = (rss: KObject[]): number => rss.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
export const activeReplicaSets = (rss: KObject[]): KObject[] => rss.filter((rs) => (rs.spec?.replicas ?? 0) > 0);

/** Oldest first, then by name (controller.ReplicaSetsByCreationTimestamp). */
export function byCreation(a: KObject, b: KObject): number {
  const at = a.metadata.creationTimestamp ?? '';
  const bt = b.metadata.creationTimestamp ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
}

/** Copies the deployment's annotations to a ReplicaSet (except the controller's own); true when changed. */
export function copyAnnotations(d: KObject, annotations: Record<string, string>): boolean {
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (NOT_COPIED.has(k) || annotations[k] === v) continue;
    annotations[k] = v;
    changed = true;
  }
  return changed;
}

/** SetNewReplicaSetAnnotations: copied annotations, the new revision (keeping the history of a reused
 * ReplicaSet's earlier revisions) and, for a new ReplicaSet, the replicas annotations. */
export function setNewReplicaSetAnnotations(d: KObject, annotations: Record<string, string>, newRevision: number, exists: boolean): boolean {
  let changed = copyAnnotations(d, annotations);
  const old = annotations[REVISION];
  const oldRevision = old ? Number(old) : 0;
  if (oldRevision < newRevision) {
    annotations[REVISION] = String(newRevision);
    changed = true;
    if (old) annotations[REVISION_HISTORY] = annotations[REVISION_HISTORY] ? `${annotations[REVISION_HISTORY]},${old}` : old;
  }
  if (!exists && setReplicasAnnotations(annotations, replicasOf(d), replicasOf(d) + maxSurge(d))) changed = true;
  return changed;
}

/** Sets desired-replicas and max-replicas; true when changed. */
export function setReplicasAnnotations(annotations: Record<string, string>, desired: number, max: number): boolean {
  if (annotations[DESIRED_REPLICAS] === String(desired) && annotations[MAX_REPLICAS] === String(max)) return false;
  annotations[DESIRED_REPLICAS] = String(desired);
  annotations[MAX_REPLICAS] = String(max);
  return true;
}

export function hasProgressDeadline(d: KObject): boolean {
  const s = d.spec?.progressDeadlineSeconds;
  return s !== undefined && s !== null && s !== 2147483647;
}

export function getCondition(status: { conditions?: Condition[] }, type: string): Condition | undefined {
  return status.conditions?.find((c) => c.type === type);
}

export function newCondition(type: string, status: string, reason: string, message: string, now: number): Condition {
  const t = isoTime(now);
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message };
}

/** SetDeploymentCondition: same status and reason is a no-op; same status keeps lastTransitionTime; the
 * condition moves to the end of the list. */
export function setCondition(status: { conditions?: Condition[] }, c: Condition): void {
  const cur = getCondition(status, c.type);
  if (cur && cur.status === c.status && cur.reason === c.reason) return;
  const next = cur && cur.status === c.status ? { ...c, lastTransitionTime: cur.lastTransitionTime } : c;
  status.conditions = [...(status.conditions ?? []).filter((x) => x.type !== c.type), next];
}

export function removeCondition(status: { conditions?: Condition[] }, type: string): void {
  status.conditions = (status.conditions ?? []).filter((c) => c.type !== type);
}

export interface DeploymentStatus {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  collisionCount?: number;
  conditions?: Condition[];
}

/** DeploymentComplete: every replica updated and available, and the latest spec observed. */
export function deploymentComplete(d: KObject, s: DeploymentStatus): boolean {
  const r = replicasOf(d);
  return (s.updatedReplicas ?? 0) === r && (s.replicas ?? 0) === r && (s.availableReplicas ?? 0) === r && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 1);
}

/** DeploymentProgressing: more updated, fewer old, more ready or more available replicas than before. */
export function deploymentProgressing(d: KObject, s: DeploymentStatus): boolean {
  const o: DeploymentStatus = d.status ?? {};
  const oldOld = (o.replicas ?? 0) - (o.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (s.updatedReplicas ?? 0) > (o.updatedReplicas ?? 0) || newOld < oldOld || (s.readyReplicas ?? 0) > (o.readyReplicas ?? 0) || (s.availableReplicas ?? 0) > (o.availableReplicas ?? 0);
}

/** DeploymentTimedOut: no progress reported within progressDeadlineSeconds of the last update. */
export function deploymentTimedOut(d: KObject, s: DeploymentStatus, now: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const c = getCondition(s, 'Progressing');
  if (!c || c.reason === REASON.newRSAvailable) return false;
  if (c.reason === REASON.timedOut) return true;
  return Date.parse(c.lastUpdateTime ?? '') + d.spec.progressDeadlineSeconds * 1000 < now;
}
