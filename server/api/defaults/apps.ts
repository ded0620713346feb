/** apps/v1 defaults: Deployment, ReplicaSet, DaemonSet, StatefulSet (SetDefaults_* of apps/v1). */
import type { KObject } from '../../../shared/k8s/types.js';
import { defaultPodTemplate } from './pod-spec.js';
import { defaultPersistentVolumeClaim } from './core.js';

/** Deployment: one replica, RollingUpdate 25%/25%, ten old ReplicaSets kept, 600s progress deadline. */
export function defaultDeployment(obj: KObject): void {
  const spec = (obj.spec ??= {});
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplate((spec.template ??= {}));
}

/** ReplicaSet: one replica. */
export function defaultReplicaSet(obj: KObject): void {
  const spec = (obj.spec ??= {});
  spec.replicas ??= 1;
  defaultPodTemplate((spec.template ??= {}));
}

/** DaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0, ten revisions kept. */
export function defaultDaemonSet(obj: KObject): void {
  const spec = (obj.spec ??= {});
  const strategy = (spec.updateStrategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= 1;
    ru.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplate((spec.template ??= {}));
}

/** StatefulSet: OrderedReady, RollingUpdate from partition 0, claims retained, one replica. */
export function defaultStatefulSet(obj: KObject): void {
  const spec = (obj.spec ??= {});
  spec.podManagementPolicy ||= 'OrderedReady';
  const strategy = (spec.updateStrategy ??= {});
  if (!strategy.type) {
    strategy.type = 'RollingUpdate';
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate) strategy.rollingUpdate.partition ??= 0;
  const retention = (spec.persistentVolumeClaimRetentionPolicy ??= {});
  retention.whenDeleted ||= 'Retain';
  retention.whenScaled ||= 'Retain';
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplate((spec.template ??= {}));
  for (const claim of spec.volumeClaimTemplates ?? []) {
    claim.apiVersion ||= 'v1';
    claim.kind ||= 'PersistentVolumeClaim';
    claim.metadata ??= {};
    defaultPersistentVolumeClaim(claim);
  }
}
