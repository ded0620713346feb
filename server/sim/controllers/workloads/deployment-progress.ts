/** Rollout progress (progress.go): the Progressing condition, the progress deadline and pause/resume. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { DeploymentSync } from './deployment-sync.js';
import {
  type Condition,
  REASON,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  getCondition,
  hasProgressDeadline,
  newCondition,
  removeCondition,
  setCondition,
} from './deployment-util.js';

/** syncRolloutStatus: writes the status with the Progressing condition; returns ms until the progress
 * deadline must be checked again (undefined when nothing is pending). */
export function syncRolloutStatus(s: DeploymentSync, all: KObject[], newRS: KObject | undefined): number | undefined {
  const d = s.d;
  const now = s.now();
  const status = s.calculateStatus(all, newRS);
  if (!hasProgressDeadline(d)) removeCondition(status, 'Progressing');
  const current = getCondition(s.status(), 'Progressing');
  const complete = status.replicas === status.updatedReplicas && current?.reason === REASON.newRSAvailable;
  if (hasProgressDeadline(d) && !complete) {
    const name = newRS?.metadata.name;
    if (deploymentComplete(d, status)) {
      setCondition(status, newCondition('Progressing', 'True', REASON.newRSAvailable, name ? `ReplicaSet "${name}" has successfully progressed.` : `Deployment "${d.metadata.name}" has successfully progressed.`, now));
    } else if (deploymentProgressing(d, status)) {
      const c = newCondition('Progressing', 'True', REASON.rsUpdated, name ? `ReplicaSet "${name}" is progressing.` : `Deployment "${d.metadata.name}" is progressing.`, now);
      // Progress refreshes lastUpdateTime even when the reason stays the same.
      if (current?.status === 'True') c.lastTransitionTime = current.lastTransitionTime;
      removeCondition(status, 'Progressing');
      setCondition(status, c);
    } else if (deploymentTimedOut(d, status, now)) {
      setCondition(status, newCondition('Progressing', 'False', REASON.timedOut, name ? `ReplicaSet "${name}" has timed out progressing.` : `Deployment "${d.metadata.name}" has timed out progressing.`, now));
    }
  }
  const failure = replicaFailure(all, newRS);
  if (failure) setCondition(status, failure);
  else removeCondition(status, 'ReplicaFailure');
  s.commitStatus(status);
  return requeueStuck(s);
}

/** getReplicaFailures: a ReplicaSet's ReplicaFailure condition (the new one's first) surfaces on the Deployment. */
function replicaFailure(all: KObject[], newRS: KObject | undefined): Condition | undefined {
  const ordered = newRS ? [newRS, ...all.filter((rs) => rs !== newRS)] : all;
  for (const rs of ordered) {
    const c = (rs.status?.conditions ?? []).find((x: { type: string }) => x.type === 'ReplicaFailure');
    if (c) return { type: 'ReplicaFailure', status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message };
  }
  return undefined;
}

/** requeueStuckDeployment: when to look again so a stalled rollout times out at its deadline. */
function requeueStuck(s: DeploymentSync): number | undefined {
  const d = s.d;
  const cond = getCondition(s.status(), 'Progressing');
  if (!hasProgressDeadline(d) || !cond || d.spec.paused) return undefined;
  if (deploymentComplete(d, s.status()) || cond.reason === REASON.timedOut || cond.reason === REASON.newRSAvailable) return undefined;
  const after = Date.parse(cond.lastUpdateTime ?? '') + d.spec.progressDeadlineSeconds * 1000 - s.now();
  return Math.max(1000, after + 1000);
}

/** checkPausedConditions: Progressing Unknown DeploymentPaused / DeploymentResumed. */
export function checkPausedConditions(s: DeploymentSync): void {
  const d = s.d;
  if (!hasProgressDeadline(d)) return;
  const cond = getCondition(s.status(), 'Progressing');
  if (cond?.reason === REASON.timedOut) return;
  const pausedShown = cond?.reason === REASON.paused;
  if (d.spec.paused && !pausedShown) setCondition(s.status(), newCondition('Progressing', 'Unknown', REASON.paused, 'Deployment is paused', s.now()));
  else if (!d.spec.paused && pausedShown) setCondition(s.status(), newCondition('Progressing', 'Unknown', REASON.resumed, 'Deployment is resumed', s.now()));
  else return;
  s.writeStatus();
}
