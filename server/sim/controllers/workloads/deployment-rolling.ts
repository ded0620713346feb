/** RollingUpdate (rolling.go): grow the new ReplicaSet within maxSurge, shrink old ones within
 * maxUnavailable, one step per reconcile. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { DeploymentSync } from './deployment-sync.js';
import { newRSNewReplicas } from './deployment-sync.js';
import { activeReplicaSets, availableReplicas, byCreation, deploymentComplete, maxUnavailable, replicasOf, specReplicas } from './deployment-util.js';
import { syncRolloutStatus } from './deployment-progress.js';

/** One step of a rolling update, then the rollout status. */
export function rolloutRolling(s: DeploymentSync): number | undefined {
  const { newRS, oldRSs } = s.newAndOld(true);
  const all = () => s.fresh(newRS ? [...oldRSs, newRS] : oldRSs);
  if (newRS && reconcileNewReplicaSet(s, all(), s.fresh([newRS])[0])) return syncRolloutStatus(s, all(), s.fresh([newRS])[0]);
  if (newRS && reconcileOldReplicaSets(s, all(), activeReplicaSets(s.fresh(oldRSs)), s.fresh([newRS])[0])) return syncRolloutStatus(s, all(), s.fresh([newRS])[0]);
  if (deploymentComplete(s.d, s.d.status ?? {})) s.cleanup(s.fresh(oldRSs));
  return syncRolloutStatus(s, all(), newRS && s.fresh([newRS])[0]);
}

function reconcileNewReplicaSet(s: DeploymentSync, all: KObject[], newRS: KObject): boolean {
  const replicas = replicasOf(s.d);
  const cur = newRS.spec?.replicas ?? 0;
  if (cur === replicas) return false;
  const target = cur > replicas ? replicas : newRSNewReplicas(s.d, all, newRS);
  if (target === cur) return false;
  s.scaleRS(newRS, target);
  return true;
}

function reconcileOldReplicaSets(s: DeploymentSync, all: KObject[], oldRSs: KObject[], newRS: KObject): boolean {
  if (specReplicas(oldRSs) === 0) return false;
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  const newUnavailable = (newRS.spec?.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = specReplicas(all) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(s, oldRSs, maxScaledDown);
  const scaled = scaleDownOldReplicaSets(s, s.fresh([...oldRSs, newRS]), s.fresh(oldRSs));
  return cleaned + scaled > 0;
}

/** Scales down old ReplicaSets' unavailable pods first: they cost no availability. */
function cleanupUnhealthyReplicas(s: DeploymentSync, oldRSs: KObject[], maxCleanup: number): number {
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= maxCleanup) break;
    const replicas = rs.spec?.replicas ?? 0;
    const available = rs.status?.availableReplicas ?? 0;
    if (replicas === 0 || replicas === available) continue;
    const count = Math.min(maxCleanup - total, replicas - available);
    s.scaleRS(rs, replicas - count);
    total += count;
  }
  return total;
}

/** Scales down old ReplicaSets as far as availability above replicas − maxUnavailable allows. */
function scaleDownOldReplicaSets(s: DeploymentSync, all: KObject[], oldRSs: KObject[]): number {
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  const available = availableReplicas(all);
  if (available <= minAvailable) return 0;
  const want = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= want) break;
    const replicas = rs.spec?.replicas ?? 0;
    if (replicas === 0) continue;
    const count = Math.min(replicas, want - total);
    s.scaleRS(rs, replicas - count);
    total += count;
  }
  return total;
}
