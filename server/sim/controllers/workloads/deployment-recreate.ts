/** Recreate (recreate.go): scale every old ReplicaSet to zero, wait until their pods are gone, then
 * create or scale up the new ReplicaSet. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { DeploymentSync } from './deployment-sync.js';
import { activeReplicaSets, actualReplicas, deploymentComplete, replicasOf } from './deployment-util.js';
import { syncRolloutStatus } from './deployment-progress.js';

/** One step of a Recreate rollout, then the rollout status. */
export function rolloutRecreate(s: DeploymentSync, podsOf: (rs: KObject) => KObject[]): number | undefined {
  let { newRS, oldRSs } = s.newAndOld(false);
  const all = () => s.fresh(newRS ? [...oldRSs, newRS] : oldRSs);
  let scaledDown = false;
  for (const rs of activeReplicaSets(oldRSs)) {
    s.scaleRS(rs, 0);
    scaledDown = true;
  }
  if (scaledDown) return syncRolloutStatus(s, all(), newRS);
  if (oldPodsRunning(s.fresh(oldRSs), podsOf)) return syncRolloutStatus(s, all(), newRS);
  if (!newRS) ({ newRS, oldRSs } = s.newAndOld(true));
  if (newRS && (newRS.spec?.replicas ?? 0) !== replicasOf(s.d)) s.scaleRS(newRS, replicasOf(s.d));
  if (deploymentComplete(s.d, s.d.status ?? {})) s.cleanup(s.fresh(oldRSs));
  return syncRolloutStatus(s, all(), newRS && s.fresh([newRS])[0]);
}

/** Whether any pod of an old ReplicaSet still runs or terminates. */
function oldPodsRunning(oldRSs: KObject[], podsOf: (rs: KObject) => KObject[]): boolean {
  if (actualReplicas(oldRSs) > 0) return true;
  return oldRSs.some((rs) => podsOf(rs).some((p) => p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded'));
}
