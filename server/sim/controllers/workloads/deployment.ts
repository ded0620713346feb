/** The Deployment controller (deployment_controller.go): claims ReplicaSets, then pauses, scales or rolls
 * out with the configured strategy and reports the rollout's status. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { type Controller, type SimContext, ownerKeys, splitKey } from '../../controller.js';
import { claim, controllerRef, inNamespace, selectorMatcher } from './pods.js';
import { claimCandidates, ownedBy } from './owner-index.js';
import { DEPLOYMENTS, DeploymentSync, REPLICASETS } from './deployment-sync.js';
import { DESIRED_REPLICAS, activeReplicaSets, replicasOf } from './deployment-util.js';
import { rolloutRolling } from './deployment-rolling.js';
import { rolloutRecreate } from './deployment-recreate.js';
import { checkPausedConditions } from './deployment-progress.js';

/** Key prefix for "the Deployment owning this ReplicaSet" (a pod of it went away). */
const VIA_RS = 'rs:';

/** The Deployment controller (kube-controller-manager's deployment-controller). */
export function deploymentController(): Controller {
  return {
    name: 'deployment-controller',
    watches: [
      { resource: DEPLOYMENTS },
      { resource: REPLICASETS, keys: (rs) => (controllerRef(rs) ? ownerKeys('Deployment')(rs) : [`${rs.metadata.namespace}/*`]) },
      // Recreate waits for old pods to be gone, so their deletion must wake the Deployment.
      { resource: 'pods', keys: (pod, change) => (change.type === 'DELETED' ? ownerKeys('ReplicaSet')(pod).map((k) => k.replace('/', `/${VIA_RS}`)) : []) },
    ],
    reconcile: (key, ctx) => {
      const { namespace, name } = splitKey(key);
      if (name === '*') {
        for (const d of inNamespace(ctx, DEPLOYMENTS, namespace)) ctx.enqueue(`${namespace}/${d.metadata.name}`);
        return;
      }
      if (name.startsWith(VIA_RS)) {
        const rs = ctx.get(REPLICASETS, namespace, name.slice(VIA_RS.length));
        const owner = rs && controllerRef(rs);
        if (owner?.kind === 'Deployment') ctx.enqueue(`${namespace}/${owner.name}`);
        return;
      }
      const d = ctx.get(DEPLOYMENTS, namespace, name);
      if (!d) return;
      const ms = syncDeployment(ctx, d);
      return ms !== undefined ? { requeueAfter: ms } : undefined;
    },
  };
}

function syncDeployment(ctx: SimContext, d: KObject): number | undefined {
  const selector = d.spec?.selector;
  if (selector && Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0) {
    ctx.event(d, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.');
    if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 1)) ctx.client.updateStatus(DEPLOYMENTS, { ...d, status: { ...d.status, observedGeneration: d.metadata.generation } });
    return undefined;
  }
  const matches = selectorMatcher(selector);
  const rsList = claim(ctx, REPLICASETS, d, claimCandidates(ctx, REPLICASETS, d), matches).owned;
  const s = new DeploymentSync(ctx, d, rsList);
  if (d.metadata.deletionTimestamp) {
    const { newRS, oldRSs } = s.newAndOld(false);
    s.syncStatus(newRS, oldRSs);
    return undefined;
  }
  checkPausedConditions(s);
  if (d.spec.paused || isScalingEvent(s)) {
    const { newRS, oldRSs } = s.newAndOld(false);
    s.scale(newRS, oldRSs);
    if (d.spec.paused) s.cleanup(s.fresh(oldRSs));
    s.syncStatus(newRS && s.fresh([newRS])[0], s.fresh(oldRSs));
    return undefined;
  }
  if (d.spec.strategy?.type === 'Recreate') {
    return rolloutRecreate(s, (rs) => ownedBy(ctx, 'pods', rs.metadata.uid));
  }
  return rolloutRolling(s);
}

/** isScalingEvent: an active ReplicaSet was sized for a different replica count. */
function isScalingEvent(s: DeploymentSync): boolean {
  const { newRS, oldRSs } = s.split();
  const replicas = String(replicasOf(s.d));
  return activeReplicaSets(newRS ? [...oldRSs, newRS] : oldRSs).some((rs) => {
    const desired = rs.metadata.annotations?.[DESIRED_REPLICAS];
    return desired !== undefined && desired !== replicas;
  });
}
