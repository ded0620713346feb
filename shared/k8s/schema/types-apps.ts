/** apps/v1 workload kinds. */

import { kindFields, pkg } from './dsl.js';

const COND = (what: string, lastUpdate = false): string[] => [
  `type! string | Type of ${what} condition.`,
  'status! string | Status of the condition, one of True, False, Unknown.',
  ...(lastUpdate ? ['lastUpdateTime time | The last time this condition was updated.'] : []),
  'lastTransitionTime time | Last time the condition transitioned from one status to another.',
  'reason string | The reason for the condition\'s last transition.',
  'message string | A human readable message indicating details about the transition.',
];
const SELECTOR = 'selector! LabelSelector | Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.';
const TEMPLATE = 'template! PodTemplateSpec | Template describes the pods that will be created.';
const MIN_READY = 'minReadySeconds int32 | Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available.';
const HISTORY = 'revisionHistoryLimit int32 | The number of old history to retain to allow rollback. Defaults to 10.';

export const appsTypes = pkg('io.k8s.api.apps.v1', {
  Deployment: ['Deployment enables declarative updates for Pods and ReplicaSets.', kindFields('DeploymentSpec', 'DeploymentStatus')],
  DeploymentSpec: ['DeploymentSpec is the specification of the desired behavior of the Deployment.', [
    'replicas int32 | Number of desired pods. Defaults to 1.',
    SELECTOR,
    TEMPLATE,
    'strategy DeploymentStrategy strategy=retainKeys | The deployment strategy to use to replace existing pods with new ones.',
    MIN_READY,
    HISTORY,
    'paused boolean | Indicates that the deployment is paused.',
    'progressDeadlineSeconds int32 | The maximum time in seconds for a deployment to make progress before it is considered to be failed. Defaults to 600s.',
  ]],
  DeploymentStrategy: ['DeploymentStrategy describes how to replace existing pods with new ones.', [
    'type string enum=Recreate,RollingUpdate | Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.',
    'rollingUpdate RollingUpdateDeployment | Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.',
  ]],
  RollingUpdateDeployment: ['Spec to control the desired behavior of rolling update.', [
    'maxUnavailable ios | The maximum number of pods that can be unavailable during the update. Defaults to 25%.',
    'maxSurge ios | The maximum number of pods that can be scheduled above the desired number of pods. Defaults to 25%.',
  ]],
  DeploymentStatus: ['DeploymentStatus is the most recently observed status of the Deployment.', [
    'observedGeneration int64 | The generation observed by the deployment controller.',
    'replicas int32 | Total number of non-terminated pods targeted by this deployment (their labels match the selector).',
    'updatedReplicas int32 | Total number of non-terminated pods targeted by this deployment that have the desired template spec.',
    'readyReplicas int32 | readyReplicas is the number of pods targeted by this Deployment with a Ready Condition.',
    'availableReplicas int32 | Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.',
    'unavailableReplicas int32 | Total number of unavailable pods targeted by this deployment.',
    'conditions []DeploymentCondition merge=type list=map keys=type | Represents the latest available observations of a deployment\'s current state.',
    'collisionCount int32 | Count of hash collisions for the Deployment.',
  ]],
  DeploymentCondition: ['DeploymentCondition describes the state of a deployment at a certain point.', COND('deployment', true)],
  ReplicaSet: ['ReplicaSet ensures that a specified number of pod replicas are running at any given time.', kindFields('ReplicaSetSpec', 'ReplicaSetStatus')],
  ReplicaSetSpec: ['ReplicaSetSpec is the specification of a ReplicaSet.', [
    'replicas int32 | Replicas is the number of desired pods. Defaults to 1.',
    MIN_READY,
    'selector! LabelSelector | Selector is a label query over pods that should match the replica count.',
    'template PodTemplateSpec | Template is the object that describes the pod that will be created if insufficient replicas are detected.',
  ]],
  ReplicaSetStatus: ['ReplicaSetStatus represents the current status of a ReplicaSet.', [
    'replicas! int32 | Replicas is the most recently observed number of non-terminating pods.',
    'fullyLabeledReplicas int32 | The number of non-terminating pods that have labels matching the labels of the pod template of the replicaset.',
    'readyReplicas int32 | The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.',
    'availableReplicas int32 | The number of available non-terminating pods (ready for at least minReadySeconds) for this replica set.',
    'observedGeneration int64 | ObservedGeneration reflects the generation of the most recently observed ReplicaSet.',
    'conditions []ReplicaSetCondition merge=type list=map keys=type | Represents the latest available observations of a replica set\'s current state.',
  ]],
  ReplicaSetCondition: ['ReplicaSetCondition describes the state of a replica set at a certain point.', COND('replica set')],
  DaemonSet: ['DaemonSet represents the configuration of a daemon set.', kindFields('DaemonSetSpec', 'DaemonSetStatus')],
  DaemonSetSpec: ['DaemonSetSpec is the specification of a daemon set.', [
    'selector! LabelSelector | A label query over pods that are managed by the daemon set.',
    'template! PodTemplateSpec | An object that describes the pod that will be created.',
    'updateStrategy DaemonSetUpdateStrategy | An update strategy to replace existing DaemonSet pods with new pods.',
    MIN_READY,
    HISTORY,
  ]],
  DaemonSetUpdateStrategy: ['DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.', [
    'type string enum=OnDelete,RollingUpdate | Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.',
    'rollingUpdate RollingUpdateDaemonSet | Rolling update config params. Present only if type = "RollingUpdate".',
  ]],
  RollingUpdateDaemonSet: ['Spec to control the desired behavior of daemon set rolling update.', [
    'maxUnavailable ios | The maximum number of DaemonSet pods that can be unavailable during the update.',
    'maxSurge ios | The maximum number of nodes with an existing available DaemonSet pod that can have an updated DaemonSet pod during during an update.',
  ]],
  DaemonSetStatus: ['DaemonSetStatus represents the current status of a daemon set.', [
    'currentNumberScheduled! int32 | The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.',
    'numberMisscheduled! int32 | The number of nodes that are running the daemon pod, but are not supposed to run the daemon pod.',
    'desiredNumberScheduled! int32 | The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod).',
    'numberReady! int32 | numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.',
    'observedGeneration int64 | The most recent generation observed by the daemon set controller.',
    'updatedNumberScheduled int32 | The total number of nodes that are running updated daemon pod',
    'numberAvailable int32 | The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available.',
    'numberUnavailable int32 | The number of nodes that should be running the daemon pod and have none of the daemon pod running and available.',
    'collisionCount int32 | Count of hash collisions for the DaemonSet.',
    'conditions []DaemonSetCondition merge=type list=map keys=type | Represents the latest available observations of a DaemonSet\'s current state.',
  ]],
  DaemonSetCondition: ['DaemonSetCondition describes the state of a DaemonSet at a certain point.', COND('DaemonSet')],
  StatefulSet: ['StatefulSet represents a set of pods with consistent identities.', kindFields('StatefulSetSpec', 'StatefulSetStatus')],
  StatefulSetSpec: ['A StatefulSetSpec is the specification of a StatefulSet.', [
    'replicas int32 | replicas is the desired number of replicas of the given Template. Defaults to 1.',
    'selector! LabelSelector | selector is a label query over pods that should match the replica count.',
    'template! PodTemplateSpec | template is the object that describes the pod that will be created if insufficient replicas are detected.',
    'volumeClaimTemplates []PersistentVolumeClaim list=atomic | volumeClaimTemplates is a list of claims that pods are allowed to reference.',
    'serviceName string | serviceName is the name of the service that governs this StatefulSet.',
    'podManagementPolicy string enum=OrderedReady,Parallel | podManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down.',
    'updateStrategy StatefulSetUpdateStrategy | updateStrategy indicates the StatefulSetUpdateStrategy that will be employed to update Pods in the StatefulSet when a revision is made to Template.',
    'revisionHistoryLimit int32 | revisionHistoryLimit is the maximum number of revisions that will be maintained in the StatefulSet\'s revision history.',
    MIN_READY,
    'persistentVolumeClaimRetentionPolicy StatefulSetPersistentVolumeClaimRetentionPolicy | persistentVolumeClaimRetentionPolicy describes the lifecycle of persistent volume claims created from volumeClaimTemplates.',
    'ordinals StatefulSetOrdinals | ordinals controls the numbering of replica indices in a StatefulSet.',
  ]],
  StatefulSetUpdateStrategy: ['StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates.', [
    'type string enum=OnDelete,RollingUpdate | Type indicates the type of the StatefulSetUpdateStrategy. Default is RollingUpdate.',
    'rollingUpdate RollingUpdateStatefulSetStrategy | RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.',
  ]],
  RollingUpdateStatefulSetStrategy: ['RollingUpdateStatefulSetStrategy is used to communicate parameter for RollingUpdateStatefulSetStrategyType.', [
    'partition int32 | Partition indicates the ordinal at which the StatefulSet should be partitioned for updates.',
    'maxUnavailable ios | The maximum number of pods that can be unavailable during the update.',
  ]],
  StatefulSetPersistentVolumeClaimRetentionPolicy: ['StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.', [
    'whenDeleted string | WhenDeleted specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is deleted.',
    'whenScaled string | WhenScaled specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is scaled down.',
  ]],
  StatefulSetOrdinals: ['StatefulSetOrdinals describes the policy used for replica ordinal assignment in this StatefulSet.', [
    'start int32 | start is the number representing the first replica\'s index.',
  ]],
  StatefulSetStatus: ['StatefulSetStatus represents the current state of a StatefulSet.', [
    'observedGeneration int64 | observedGeneration is the most recent generation observed for this StatefulSet.',
    'replicas! int32 | replicas is the number of Pods created by the StatefulSet controller.',
    'readyReplicas int32 | readyReplicas is the number of pods created for this StatefulSet with a Ready Condition.',
    'currentReplicas int32 | currentReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by currentRevision.',
    'updatedReplicas int32 | updatedReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by updateRevision.',
    'currentRevision string | currentRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [0,currentReplicas).',
    'updateRevision string | updateRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [replicas-updatedReplicas,replicas)',
    'collisionCount int32 | collisionCount is the count of hash collisions for the StatefulSet.',
    'conditions []StatefulSetCondition merge=type list=map keys=type | Represents the latest available observations of a statefulset\'s current state.',
    'availableReplicas int32 | Total number of available pods (ready for at least minReadySeconds) targeted by this statefulset.',
  ]],
  StatefulSetCondition: ['StatefulSetCondition describes the state of a statefulset at a certain point.', COND('statefulset')],
});
