/** Protobuf message descriptors for the kinds kubectl sends as `application/vnd.kubernetes.protobuf`.
 *
 * Field numbers come from the Kubernetes API's generated.proto files (k8s.io/api, k8s.io/apimachinery). Each
 * message is written as one line: `N jsonName[:type][[]][*|!]` per field, in the Go struct's field order (which
 * becomes the JSON key order).
 * - type: string (default), bool, int32, int64, bytes, Time, Quantity, IntOrString, FieldsV1, map<V> (string
 *   keys; V one of string, bytes, Quantity, Time) or another message's name.
 * - `[]`: repeated.
 * - `*`: Go pointer field — present on the wire only when set, so a zero value is meaningful and kept.
 * - `!`: JSON tag without omitempty — zero values are kept because kubectl's JSON would carry them too (an
 *   absent list becomes null, as Go marshals a nil slice).
 * - jsonName `...`: an embedded Go struct whose fields are inlined into the parent JSON object.
 * Without `*` or `!`, Go writes zero values on the wire although JSON would omit them, so the decoder drops them.
 */

export type FieldKind =
  | 'string'
  | 'bool'
  | 'int32'
  | 'int64'
  | 'bytes'
  | 'Time'
  | 'Quantity'
  | 'IntOrString'
  | 'FieldsV1'
  | 'map'
  | 'message';

export interface FieldDescriptor {
  number: number;
  /** JSON key; empty for an inlined embedded struct. */
  json: string;
  kind: FieldKind;
  /** Message name when kind is 'message'. */
  message?: string;
  repeated: boolean;
  /** Value kind when kind is 'map' (keys are always strings). */
  mapValue?: 'string' | 'bytes' | 'Quantity' | 'Time';
  pointer: boolean;
  required: boolean;
  inline: boolean;
}

export interface MessageDescriptor {
  name: string;
  fields: FieldDescriptor[];
  byNumber: Map<number, FieldDescriptor>;
}

const OBJECT = '1 metadata:ObjectMeta';

const DEFS: Record<string, string> = {
  // meta/v1
  ObjectMeta:
    '1 name, 2 generateName, 3 namespace, 4 selfLink, 5 uid, 6 resourceVersion, 7 generation:int64, 8 creationTimestamp:Time, ' +
    '9 deletionTimestamp:Time*, 10 deletionGracePeriodSeconds:int64*, 11 labels:map<string>, 12 annotations:map<string>, ' +
    '13 ownerReferences:OwnerReference[], 14 finalizers:string[], 17 managedFields:ManagedFieldsEntry[]',
  OwnerReference: '5 apiVersion!, 1 kind!, 3 name!, 4 uid!, 6 controller:bool*, 7 blockOwnerDeletion:bool*',
  ManagedFieldsEntry: '1 manager, 2 operation, 3 apiVersion, 4 time:Time*, 6 fieldsType, 7 fieldsV1:FieldsV1*, 8 subresource',
  LabelSelector: '1 matchLabels:map<string>, 2 matchExpressions:LabelSelectorRequirement[]',
  LabelSelectorRequirement: '1 key!, 2 operator!, 3 values:string[]',
  Condition: '1 type!, 2 status!, 3 observedGeneration:int64, 4 lastTransitionTime:Time!, 5 reason!, 6 message!',

  // core/v1 objects
  Namespace: `${OBJECT}, 2 spec:NamespaceSpec, 3 status:NamespaceStatus`,
  NamespaceSpec: '1 finalizers:string[]',
  NamespaceStatus: '1 phase, 2 conditions:NamespaceCondition[]',
  NamespaceCondition: '1 type!, 2 status!, 4 lastTransitionTime:Time, 5 reason, 6 message',
  ConfigMap: `${OBJECT}, 4 immutable:bool*, 2 data:map<string>, 3 binaryData:map<bytes>`,
  Secret: `${OBJECT}, 5 immutable:bool*, 2 data:map<bytes>, 4 stringData:map<string>, 3 type`,
  ServiceAccount: `${OBJECT}, 2 secrets:ObjectReference[], 3 imagePullSecrets:LocalObjectReference[], 4 automountServiceAccountToken:bool*`,
  ObjectReference: '1 kind, 2 namespace, 3 name, 4 uid, 5 apiVersion, 6 resourceVersion, 7 fieldPath',
  LocalObjectReference: '1 name',
  TypedLocalObjectReference: '1 apiGroup*, 2 kind!, 3 name!',
  ResourceQuota: `${OBJECT}, 2 spec:ResourceQuotaSpec, 3 status:ResourceQuotaStatus`,
  ResourceQuotaSpec: '1 hard:map<Quantity>, 2 scopes:string[], 3 scopeSelector:ScopeSelector*',
  ResourceQuotaStatus: '1 hard:map<Quantity>, 2 used:map<Quantity>',
  ScopeSelector: '1 matchExpressions:ScopedResourceSelectorRequirement[]',
  ScopedResourceSelectorRequirement: '1 scopeName!, 2 operator!, 3 values:string[]',
  Service: `${OBJECT}, 2 spec:ServiceSpec, 3 status:ServiceStatus`,
  ServiceSpec:
    '1 ports:ServicePort[], 2 selector:map<string>, 3 clusterIP, 18 clusterIPs:string[], 4 type, 5 externalIPs:string[], ' +
    '7 sessionAffinity, 8 loadBalancerIP, 9 loadBalancerSourceRanges:string[], 10 externalName, 11 externalTrafficPolicy, ' +
    '12 healthCheckNodePort:int32, 13 publishNotReadyAddresses:bool, 14 sessionAffinityConfig:SessionAffinityConfig*, ' +
    '19 ipFamilies:string[], 17 ipFamilyPolicy*, 20 allocateLoadBalancerNodePorts:bool*, 21 loadBalancerClass*, ' +
    '22 internalTrafficPolicy*, 23 trafficDistribution*',
  ServicePort: '1 name, 2 protocol, 6 appProtocol*, 3 port:int32!, 4 targetPort:IntOrString, 5 nodePort:int32',
  SessionAffinityConfig: '1 clientIP:ClientIPConfig*',
  ClientIPConfig: '1 timeoutSeconds:int32*',
  ServiceStatus: '1 loadBalancer:LoadBalancerStatus, 2 conditions:Condition[]',
  LoadBalancerStatus: '1 ingress:LoadBalancerIngress[]',
  LoadBalancerIngress: '1 ip, 2 hostname, 3 ipMode*, 4 ports:PortStatus[]',
  PortStatus: '1 port:int32!, 2 protocol!, 3 error*',

  // core/v1 pod template
  PodTemplateSpec: `${OBJECT}, 2 spec:PodSpec`,
  PodSpec:
    '1 volumes:Volume[], 20 initContainers:Container[], 2 containers:Container[]!, 3 restartPolicy, ' +
    '4 terminationGracePeriodSeconds:int64*, 5 activeDeadlineSeconds:int64*, 6 dnsPolicy, 7 nodeSelector:map<string>, ' +
    '8 serviceAccountName, 9 serviceAccount, 21 automountServiceAccountToken:bool*, 10 nodeName, 11 hostNetwork:bool, ' +
    '12 hostPID:bool, 13 hostIPC:bool, 27 shareProcessNamespace:bool*, 14 securityContext:PodSecurityContext*, ' +
    '15 imagePullSecrets:LocalObjectReference[], 16 hostname, 17 subdomain, 19 schedulerName, 22 tolerations:Toleration[], ' +
    '23 hostAliases:HostAlias[], 24 priorityClassName, 25 priority:int32*, 26 dnsConfig:PodDNSConfig*, ' +
    '28 readinessGates:PodReadinessGate[], 29 runtimeClassName*, 30 enableServiceLinks:bool*, 31 preemptionPolicy*, ' +
    '32 overhead:map<Quantity>, 33 topologySpreadConstraints:TopologySpreadConstraint[], 35 setHostnameAsFQDN:bool*, ' +
    '36 os:PodOS*, 37 hostUsers:bool*',
  PodSecurityContext:
    '1 seLinuxOptions:SELinuxOptions*, 2 runAsUser:int64*, 6 runAsGroup:int64*, 3 runAsNonRoot:bool*, ' +
    '4 supplementalGroups:int64[], 5 fsGroup:int64*, 7 sysctls:Sysctl[], 9 fsGroupChangePolicy*, 10 seccompProfile:SeccompProfile*',
  SELinuxOptions: '1 user, 2 role, 3 type, 4 level',
  SeccompProfile: '1 type!, 2 localhostProfile*',
  Sysctl: '1 name!, 2 value!',
  Toleration: '1 key, 2 operator, 3 value, 4 effect, 5 tolerationSeconds:int64*',
  HostAlias: '1 ip!, 2 hostnames:string[]',
  PodDNSConfig: '1 nameservers:string[], 2 searches:string[], 3 options:PodDNSConfigOption[]',
  PodDNSConfigOption: '1 name, 2 value*',
  PodReadinessGate: '1 conditionType!',
  TopologySpreadConstraint:
    '1 maxSkew:int32!, 2 topologyKey!, 3 whenUnsatisfiable!, 4 labelSelector:LabelSelector*, 5 minDomains:int32*, ' +
    '6 nodeAffinityPolicy*, 7 nodeTaintsPolicy*, 8 matchLabelKeys:string[]',
  PodOS: '1 name!',
  Container:
    '1 name!, 2 image, 3 command:string[], 4 args:string[], 5 workingDir, 6 ports:ContainerPort[], 19 envFrom:EnvFromSource[], ' +
    '7 env:EnvVar[], 8 resources:ResourceRequirements, 23 resizePolicy:ContainerResizePolicy[], 24 restartPolicy*, ' +
    '9 volumeMounts:VolumeMount[], 21 volumeDevices:VolumeDevice[], 10 livenessProbe:Probe*, 11 readinessProbe:Probe*, ' +
    '22 startupProbe:Probe*, 12 lifecycle:Lifecycle*, 13 terminationMessagePath, 20 terminationMessagePolicy, ' +
    '14 imagePullPolicy, 15 securityContext:SecurityContext*, 16 stdin:bool, 17 stdinOnce:bool, 18 tty:bool',
  ContainerPort: '1 name, 2 hostPort:int32, 3 containerPort:int32!, 4 protocol, 5 hostIP',
  ContainerResizePolicy: '1 resourceName!, 2 restartPolicy!',
  EnvFromSource: '1 prefix, 2 configMapRef:ConfigMapEnvSource*, 3 secretRef:SecretEnvSource*',
  ConfigMapEnvSource: '1 ...:LocalObjectReference, 2 optional:bool*',
  SecretEnvSource: '1 ...:LocalObjectReference, 2 optional:bool*',
  EnvVar: '1 name!, 2 value, 3 valueFrom:EnvVarSource*',
  EnvVarSource:
    '1 fieldRef:ObjectFieldSelector*, 2 resourceFieldRef:ResourceFieldSelector*, 3 configMapKeyRef:ConfigMapKeySelector*, ' +
    '4 secretKeyRef:SecretKeySelector*',
  ObjectFieldSelector: '1 apiVersion, 2 fieldPath!',
  ResourceFieldSelector: '1 containerName, 2 resource!, 3 divisor:Quantity',
  ConfigMapKeySelector: '1 ...:LocalObjectReference, 2 key!, 3 optional:bool*',
  SecretKeySelector: '1 ...:LocalObjectReference, 2 key!, 3 optional:bool*',
  ResourceRequirements: '1 limits:map<Quantity>, 2 requests:map<Quantity>, 3 claims:ResourceClaim[]',
  ResourceClaim: '1 name!, 2 request',
  VolumeMount: '1 name!, 2 readOnly:bool, 7 recursiveReadOnly*, 3 mountPath!, 4 subPath, 5 mountPropagation*, 6 subPathExpr',
  VolumeDevice: '1 name!, 2 devicePath!',
  Probe:
    '1 ...:ProbeHandler, 2 initialDelaySeconds:int32, 3 timeoutSeconds:int32, 4 periodSeconds:int32, ' +
    '5 successThreshold:int32, 6 failureThreshold:int32, 7 terminationGracePeriodSeconds:int64*',
  ProbeHandler: '1 exec:ExecAction*, 2 httpGet:HTTPGetAction*, 3 tcpSocket:TCPSocketAction*, 4 grpc:GRPCAction*',
  Lifecycle: '1 postStart:LifecycleHandler*, 2 preStop:LifecycleHandler*',
  LifecycleHandler: '1 exec:ExecAction*, 2 httpGet:HTTPGetAction*, 3 tcpSocket:TCPSocketAction*, 4 sleep:SleepAction*',
  ExecAction: '1 command:string[]',
  HTTPGetAction: '1 path, 2 port:IntOrString!, 3 host, 4 scheme, 5 httpHeaders:HTTPHeader[]',
  HTTPHeader: '1 name!, 2 value!',
  TCPSocketAction: '1 port:IntOrString!, 2 host',
  GRPCAction: '1 port:int32!, 2 service*',
  SleepAction: '1 seconds:int64!',
  SecurityContext:
    '1 capabilities:Capabilities*, 2 privileged:bool*, 3 seLinuxOptions:SELinuxOptions*, 4 runAsUser:int64*, ' +
    '8 runAsGroup:int64*, 5 runAsNonRoot:bool*, 6 readOnlyRootFilesystem:bool*, 7 allowPrivilegeEscalation:bool*, ' +
    '9 procMount*, 11 seccompProfile:SeccompProfile*',
  Capabilities: '1 add:string[], 2 drop:string[]',
  Volume: '1 name!, 2 ...:VolumeSource',
  VolumeSource:
    '1 hostPath:HostPathVolumeSource*, 2 emptyDir:EmptyDirVolumeSource*, 6 secret:SecretVolumeSource*, ' +
    '10 persistentVolumeClaim:PersistentVolumeClaimVolumeSource*, 16 downwardAPI:DownwardAPIVolumeSource*, ' +
    '19 configMap:ConfigMapVolumeSource*',
  HostPathVolumeSource: '1 path!, 2 type*',
  EmptyDirVolumeSource: '1 medium, 2 sizeLimit:Quantity*',
  SecretVolumeSource: '1 secretName, 2 items:KeyToPath[], 3 defaultMode:int32*, 4 optional:bool*',
  ConfigMapVolumeSource: '1 ...:LocalObjectReference, 2 items:KeyToPath[], 3 defaultMode:int32*, 4 optional:bool*',
  PersistentVolumeClaimVolumeSource: '1 claimName!, 2 readOnly:bool',
  DownwardAPIVolumeSource: '1 items:DownwardAPIVolumeFile[], 2 defaultMode:int32*',
  DownwardAPIVolumeFile: '1 path!, 2 fieldRef:ObjectFieldSelector*, 3 resourceFieldRef:ResourceFieldSelector*, 4 mode:int32*',
  KeyToPath: '1 key!, 2 path!, 3 mode:int32*',

  // apps/v1
  Deployment: `${OBJECT}, 2 spec:DeploymentSpec, 3 status:DeploymentStatus`,
  DeploymentSpec:
    '1 replicas:int32*, 2 selector:LabelSelector*, 3 template:PodTemplateSpec!, 4 strategy:DeploymentStrategy, ' +
    '5 minReadySeconds:int32, 6 revisionHistoryLimit:int32*, 7 paused:bool, 9 progressDeadlineSeconds:int32*',
  DeploymentStrategy: '1 type, 2 rollingUpdate:RollingUpdateDeployment*',
  RollingUpdateDeployment: '1 maxUnavailable:IntOrString*, 2 maxSurge:IntOrString*',
  DeploymentStatus:
    '1 observedGeneration:int64, 2 replicas:int32, 3 updatedReplicas:int32, 7 readyReplicas:int32, 4 availableReplicas:int32, ' +
    '5 unavailableReplicas:int32, 6 conditions:DeploymentCondition[], 8 collisionCount:int32*',
  DeploymentCondition: '1 type!, 2 status!, 6 lastUpdateTime:Time, 7 lastTransitionTime:Time, 4 reason, 5 message',

  // batch/v1
  Job: `${OBJECT}, 2 spec:JobSpec, 3 status:JobStatus`,
  JobSpec:
    '1 parallelism:int32*, 2 completions:int32*, 3 activeDeadlineSeconds:int64*, 7 backoffLimit:int32*, ' +
    '12 backoffLimitPerIndex:int32*, 13 maxFailedIndexes:int32*, 4 selector:LabelSelector*, 5 manualSelector:bool*, ' +
    '6 template:PodTemplateSpec!, 8 ttlSecondsAfterFinished:int32*, 9 completionMode*, 10 suspend:bool*, ' +
    '14 podReplacementPolicy*, 15 managedBy*',
  JobStatus:
    '1 conditions:JobCondition[], 2 startTime:Time*, 3 completionTime:Time*, 4 active:int32, 5 succeeded:int32, ' +
    '6 failed:int32, 7 completedIndexes',
  JobCondition: '1 type!, 2 status!, 3 lastProbeTime:Time, 4 lastTransitionTime:Time, 5 reason, 6 message',
  JobTemplateSpec: `${OBJECT}, 2 spec:JobSpec`,
  CronJob: `${OBJECT}, 2 spec:CronJobSpec, 3 status:CronJobStatus`,
  CronJobSpec:
    '1 schedule!, 8 timeZone*, 2 startingDeadlineSeconds:int64*, 3 concurrencyPolicy, 4 suspend:bool*, ' +
    '5 jobTemplate:JobTemplateSpec!, 6 successfulJobsHistoryLimit:int32*, 7 failedJobsHistoryLimit:int32*',
  CronJobStatus: '1 active:ObjectReference[], 4 lastScheduleTime:Time*, 5 lastSuccessfulTime:Time*',

  // autoscaling/v1 (suffixed V1 where the shape differs from v2)
  HorizontalPodAutoscalerV1: `${OBJECT}, 2 spec:HorizontalPodAutoscalerSpecV1, 3 status:HorizontalPodAutoscalerStatusV1`,
  HorizontalPodAutoscalerSpecV1:
    '1 scaleTargetRef:CrossVersionObjectReference!, 2 minReplicas:int32*, 3 maxReplicas:int32!, 4 targetCPUUtilizationPercentage:int32*',
  HorizontalPodAutoscalerStatusV1:
    '1 observedGeneration:int64*, 2 lastScaleTime:Time*, 3 currentReplicas:int32!, 4 desiredReplicas:int32!, ' +
    '5 currentCPUUtilizationPercentage:int32*',
  CrossVersionObjectReference: '1 kind!, 2 name!, 3 apiVersion',

  // autoscaling/v2
  HorizontalPodAutoscaler: `${OBJECT}, 2 spec:HorizontalPodAutoscalerSpec, 3 status:HorizontalPodAutoscalerStatus`,
  HorizontalPodAutoscalerSpec:
    '1 scaleTargetRef:CrossVersionObjectReference!, 2 minReplicas:int32*, 3 maxReplicas:int32!, 4 metrics:MetricSpec[], ' +
    '5 behavior:HorizontalPodAutoscalerBehavior*',
  HorizontalPodAutoscalerStatus:
    '1 observedGeneration:int64*, 2 lastScaleTime:Time*, 3 currentReplicas:int32, 4 desiredReplicas:int32!, ' +
    '5 currentMetrics:MetricStatus[]!, 6 conditions:HorizontalPodAutoscalerCondition[]',
  MetricStatus:
    '1 type!, 2 object:ObjectMetricStatus*, 3 pods:PodsMetricStatus*, 4 resource:ResourceMetricStatus*, ' +
    '7 containerResource:ContainerResourceMetricStatus*, 5 external:ExternalMetricStatus*',
  ObjectMetricStatus: '1 metric:MetricIdentifier!, 2 current:MetricValueStatus!, 3 describedObject:CrossVersionObjectReference!',
  PodsMetricStatus: '1 metric:MetricIdentifier!, 2 current:MetricValueStatus!',
  ResourceMetricStatus: '1 name!, 2 current:MetricValueStatus!',
  ContainerResourceMetricStatus: '1 name!, 2 current:MetricValueStatus!, 3 container!',
  ExternalMetricStatus: '1 metric:MetricIdentifier!, 2 current:MetricValueStatus!',
  MetricValueStatus: '1 value:Quantity*, 2 averageValue:Quantity*, 3 averageUtilization:int32*',
  HorizontalPodAutoscalerCondition: '1 type!, 2 status!, 3 lastTransitionTime:Time, 4 reason, 5 message',
  MetricSpec:
    '1 type!, 2 object:ObjectMetricSource*, 3 pods:PodsMetricSource*, 4 resource:ResourceMetricSource*, ' +
    '7 containerResource:ContainerResourceMetricSource*, 5 external:ExternalMetricSource*',
  ObjectMetricSource: '1 describedObject:CrossVersionObjectReference!, 2 target:MetricTarget!, 3 metric:MetricIdentifier!',
  PodsMetricSource: '1 metric:MetricIdentifier!, 2 target:MetricTarget!',
  ResourceMetricSource: '1 name!, 2 target:MetricTarget!',
  ContainerResourceMetricSource: '1 name!, 2 target:MetricTarget!, 3 container!',
  ExternalMetricSource: '1 metric:MetricIdentifier!, 2 target:MetricTarget!',
  MetricIdentifier: '1 name!, 2 selector:LabelSelector*',
  MetricTarget: '1 type!, 2 value:Quantity*, 3 averageValue:Quantity*, 4 averageUtilization:int32*',
  HorizontalPodAutoscalerBehavior: '1 scaleUp:HPAScalingRules*, 2 scaleDown:HPAScalingRules*',
  HPAScalingRules: '3 stabilizationWindowSeconds:int32*, 1 selectPolicy*, 2 policies:HPAScalingPolicy[], 4 tolerance:Quantity*',
  HPAScalingPolicy: '1 type!, 2 value:int32!, 3 periodSeconds:int32!',

  // networking/v1
  Ingress: `${OBJECT}, 2 spec:IngressSpec, 3 status:IngressStatus`,
  IngressSpec: '4 ingressClassName*, 1 defaultBackend:IngressBackend*, 2 tls:IngressTLS[], 3 rules:IngressRule[]',
  IngressBackend: '4 service:IngressServiceBackend*, 3 resource:TypedLocalObjectReference*',
  IngressServiceBackend: '1 name!, 2 port:ServiceBackendPort',
  ServiceBackendPort: '1 name, 2 number:int32',
  IngressTLS: '1 hosts:string[], 2 secretName',
  IngressRule: '1 host, 2 ...:IngressRuleValue',
  IngressRuleValue: '1 http:HTTPIngressRuleValue*',
  HTTPIngressRuleValue: '1 paths:HTTPIngressPath[]!',
  HTTPIngressPath: '1 path, 3 pathType*, 2 backend:IngressBackend!',
  IngressStatus: '1 loadBalancer:IngressLoadBalancerStatus',
  IngressLoadBalancerStatus: '1 ingress:IngressLoadBalancerIngress[]',
  IngressLoadBalancerIngress: '1 ip, 2 hostname, 4 ports:IngressPortStatus[]',
  IngressPortStatus: '1 port:int32!, 2 protocol!, 3 error*',

  // policy/v1
  PodDisruptionBudget: `${OBJECT}, 2 spec:PodDisruptionBudgetSpec, 3 status:PodDisruptionBudgetStatus`,
  PodDisruptionBudgetSpec:
    '1 minAvailable:IntOrString*, 2 selector:LabelSelector*, 3 maxUnavailable:IntOrString*, 4 unhealthyPodEvictionPolicy*',
  PodDisruptionBudgetStatus:
    '1 observedGeneration:int64, 2 disruptedPods:map<Time>, 3 disruptionsAllowed:int32!, 4 currentHealthy:int32!, ' +
    '5 desiredHealthy:int32!, 6 expectedPods:int32!, 7 conditions:Condition[]',

  // authorization/v1
  SelfSubjectAccessReview: `${OBJECT}, 2 spec:SelfSubjectAccessReviewSpec!, 3 status:SubjectAccessReviewStatus`,
  SelfSubjectAccessReviewSpec: '1 resourceAttributes:ResourceAttributes*, 2 nonResourceAttributes:NonResourceAttributes*',
  ResourceAttributes:
    '1 namespace, 2 verb, 3 group, 4 version, 5 resource, 6 subresource, 7 name, ' +
    '8 fieldSelector:FieldSelectorAttributes*, 9 labelSelector:LabelSelectorAttributes*',
  FieldSelectorAttributes: '1 rawSelector, 2 requirements:FieldSelectorRequirement[]',
  FieldSelectorRequirement: '1 key!, 2 operator!, 3 values:string[]',
  LabelSelectorAttributes: '1 rawSelector, 2 requirements:LabelSelectorRequirement[]',
  NonResourceAttributes: '1 path, 2 verb',
  SubjectAccessReviewStatus: '1 allowed:bool!, 4 denied:bool, 2 reason, 3 evaluationError',
  SelfSubjectRulesReview: `${OBJECT}, 2 spec:SelfSubjectRulesReviewSpec!, 3 status:SubjectRulesReviewStatus`,
  SelfSubjectRulesReviewSpec: '1 namespace',
  SubjectRulesReviewStatus:
    '1 resourceRules:ResourceRule[]!, 2 nonResourceRules:NonResourceRule[]!, 3 incomplete:bool!, 4 evaluationError',
  ResourceRule: '1 verbs:string[]!, 2 apiGroups:string[], 3 resources:string[], 4 resourceNames:string[]',
  NonResourceRule: '1 verbs:string[]!, 2 nonResourceURLs:string[]',

  // authentication/v1
  TokenRequest: `${OBJECT}, 2 spec:TokenRequestSpec!, 3 status:TokenRequestStatus`,
  TokenRequestSpec: '1 audiences:string[]!, 4 expirationSeconds:int64*, 3 boundObjectRef:BoundObjectReference*',
  BoundObjectReference: '1 kind, 2 apiVersion, 3 name, 4 uid',
  TokenRequestStatus: '1 token!, 2 expirationTimestamp:Time!',
  SelfSubjectReview: `${OBJECT}, 2 status:SelfSubjectReviewStatus`,
  SelfSubjectReviewStatus: '1 userInfo:UserInfo',
  UserInfo: '1 username, 2 uid, 3 groups:string[]',

  // rbac.authorization.k8s.io/v1
  Role: `${OBJECT}, 2 rules:PolicyRule[]`,
  ClusterRole: `${OBJECT}, 2 rules:PolicyRule[], 3 aggregationRule:AggregationRule*`,
  AggregationRule: '1 clusterRoleSelectors:LabelSelector[]',
  PolicyRule: '1 verbs:string[]!, 2 apiGroups:string[], 3 resources:string[], 4 resourceNames:string[], 5 nonResourceURLs:string[]',
  RoleBinding: `${OBJECT}, 2 subjects:Subject[], 3 roleRef:RoleRef!`,
  ClusterRoleBinding: `${OBJECT}, 2 subjects:Subject[], 3 roleRef:RoleRef!`,
  Subject: '1 kind!, 2 apiGroup, 3 name!, 4 namespace',
  RoleRef: '1 apiGroup!, 2 kind!, 3 name!',

  // scheduling.k8s.io/v1
  PriorityClass: `${OBJECT}, 2 value:int32!, 3 globalDefault:bool, 4 description, 5 preemptionPolicy*`,
};

/** apiVersion/kind of every top-level object we can decode → its message name. */
const ROOTS: Record<string, string> = {
  'v1/Namespace': 'Namespace',
  'v1/ConfigMap': 'ConfigMap',
  'v1/Secret': 'Secret',
  'v1/Service': 'Service',
  'v1/ServiceAccount': 'ServiceAccount',
  'v1/ResourceQuota': 'ResourceQuota',
  'apps/v1/Deployment': 'Deployment',
  'batch/v1/Job': 'Job',
  'batch/v1/CronJob': 'CronJob',
  'autoscaling/v1/HorizontalPodAutoscaler': 'HorizontalPodAutoscalerV1',
  'autoscaling/v2/HorizontalPodAutoscaler': 'HorizontalPodAutoscaler',
  'networking.k8s.io/v1/Ingress': 'Ingress',
  'policy/v1/PodDisruptionBudget': 'PodDisruptionBudget',
  'authorization.k8s.io/v1/SelfSubjectAccessReview': 'SelfSubjectAccessReview',
  'authorization.k8s.io/v1/SelfSubjectRulesReview': 'SelfSubjectRulesReview',
  'authentication.k8s.io/v1/TokenRequest': 'TokenRequest',
  'authentication.k8s.io/v1/SelfSubjectReview': 'SelfSubjectReview',
  'rbac.authorization.k8s.io/v1/Role': 'Role',
  'rbac.authorization.k8s.io/v1/ClusterRole': 'ClusterRole',
  'rbac.authorization.k8s.io/v1/RoleBinding': 'RoleBinding',
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': 'ClusterRoleBinding',
  'scheduling.k8s.io/v1/PriorityClass': 'PriorityClass',
};

const SCALARS = new Set<FieldKind>(['string', 'bool', 'int32', 'int64', 'bytes', 'Time', 'Quantity', 'IntOrString', 'FieldsV1']);
const MAP_VALUES = new Set(['string', 'bytes', 'Quantity', 'Time']);
const FIELD_RE = /^(\d+) (\.\.\.|[A-Za-z][A-Za-z0-9]*)(?::([A-Za-z0-9]+|map<[A-Za-z]+>))?(\[\])?([*!]?)$/;

function parseField(message: string, spec: string): FieldDescriptor {
  const m = FIELD_RE.exec(spec.trim());
  if (!m) throw new Error(`bad field spec in ${message}: ${spec}`);
  const [, num, name, type = 'string', repeated, mod] = m as unknown as [string, string, string, string | undefined, string | undefined, string];
  const field: FieldDescriptor = {
    number: Number(num),
    json: name === '...' ? '' : name,
    kind: 'message',
    repeated: repeated === '[]',
    pointer: mod === '*',
    required: mod === '!',
    inline: name === '...',
  };
  const map = /^map<(.+)>$/.exec(type);
  if (map) {
    if (!MAP_VALUES.has(map[1]!)) throw new Error(`bad map value in ${message}: ${spec}`);
    field.kind = 'map';
    field.mapValue = map[1] as FieldDescriptor['mapValue'];
  } else if (SCALARS.has(type as FieldKind)) {
    field.kind = type as FieldKind;
  } else {
    field.message = type;
  }
  return field;
}

function build(): Map<string, MessageDescriptor> {
  const out = new Map<string, MessageDescriptor>();
  for (const [name, def] of Object.entries(DEFS)) {
    const fields = def.split(',').map((s) => parseField(name, s));
    out.set(name, { name, fields, byNumber: new Map(fields.map((f) => [f.number, f])) });
  }
  return out;
}

export const MESSAGES: ReadonlyMap<string, MessageDescriptor> = build();

/** Descriptor of a named message; throws on a name missing from the schema (a programming error). */
export function message(name: string): MessageDescriptor {
  const d = MESSAGES.get(name);
  if (!d) throw new Error(`protobuf schema has no message ${name}`);
  return d;
}

/** The message describing a top-level object of this apiVersion and kind, if we know it. */
export function rootMessage(apiVersion: string, kind: string): MessageDescriptor | undefined {
  const name = ROOTS[`${apiVersion}/${kind}`];
  return name ? MESSAGES.get(name) : undefined;
}

/** Every apiVersion/kind pair with a protobuf schema, as "apiVersion/kind". */
export function protobufKinds(): string[] {
  return Object.keys(ROOTS);
}
