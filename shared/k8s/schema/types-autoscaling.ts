/** autoscaling/v1 (HPA, Scale) and autoscaling/v2 (HPA with metrics and behavior). */

import { kindFields, pkg } from './dsl.js';

const TARGET_REF = 'scaleTargetRef! CrossVersionObjectReference | reference to scaled resource; horizontal pod autoscaler will learn the current resource consumption and will set the desired number of pods by using its Scale subresource.';
const MIN = 'minReplicas int32 | minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down. It defaults to 1 pod.';
const MAX = 'maxReplicas! int32 | maxReplicas is the upper limit for the number of pods that can be set by the autoscaler; cannot be smaller than MinReplicas.';
const XREF: [string, string[]] = ['CrossVersionObjectReference contains enough information to let you identify the referred resource.', [
  'kind! string | kind is the kind of the referent.',
  'name! string | name is the name of the referent.',
  'apiVersion string | apiVersion is the API version of the referent',
]];
const HPA = 'HorizontalPodAutoscaler is the configuration for a horizontal pod autoscaler, which automatically manages the replica count of any resource implementing the scale subresource based on the metrics specified.';

export const autoscalingV1Types = pkg('io.k8s.api.autoscaling.v1', {
  HorizontalPodAutoscaler: ['configuration of a horizontal pod autoscaler.', kindFields('HorizontalPodAutoscalerSpec', 'HorizontalPodAutoscalerStatus')],
  HorizontalPodAutoscalerSpec: ['specification of a horizontal pod autoscaler.', [
    TARGET_REF,
    MIN,
    MAX,
    'targetCPUUtilizationPercentage int32 | targetCPUUtilizationPercentage is the target average CPU utilization (represented as a percentage of requested CPU) over all the pods.',
  ]],
  CrossVersionObjectReference: XREF,
  HorizontalPodAutoscalerStatus: ['current status of a horizontal pod autoscaler', [
    'observedGeneration int64 | observedGeneration is the most recent generation observed by this autoscaler.',
    'lastScaleTime time | lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods.',
    'currentReplicas! int32 | currentReplicas is the current number of replicas of pods managed by this autoscaler.',
    'desiredReplicas! int32 | desiredReplicas is the desired number of replicas of pods managed by this autoscaler.',
    'currentCPUUtilizationPercentage int32 | currentCPUUtilizationPercentage is the current average CPU utilization over all pods.',
  ]],
  Scale: ['Scale represents a scaling request for a resource.', kindFields('ScaleSpec', 'ScaleStatus')],
  ScaleSpec: ['ScaleSpec describes the attributes of a scale subresource.', [
    'replicas int32 | replicas is the desired number of instances for the scaled object.',
  ]],
  ScaleStatus: ['ScaleStatus represents the current status of a scale subresource.', [
    'replicas! int32 | replicas is the actual number of observed instances of the scaled object.',
    'selector string | selector is the label query over pods that should match the replicas count.',
  ]],
});

const SOURCE_METRIC = 'metric! MetricIdentifier | metric identifies the target metric by name and selector';
const TARGET = 'target! MetricTarget | target specifies the target value for the given metric';
const CURRENT = 'current! MetricValueStatus | current contains the current value for the given metric';
const RES_NAME = 'name! string | name is the name of the resource in question.';
const CONTAINER = 'container! string | container is the name of the container in the pods of the scaling target';
const DESCRIBED = 'describedObject! CrossVersionObjectReference | describedObject specifies the descriptions of a object,such as kind,name apiVersion';

export const autoscalingV2Types = pkg('io.k8s.api.autoscaling.v2', {
  HorizontalPodAutoscaler: [HPA, kindFields('HorizontalPodAutoscalerSpec', 'HorizontalPodAutoscalerStatus')],
  HorizontalPodAutoscalerSpec: ['HorizontalPodAutoscalerSpec describes the desired functionality of the HorizontalPodAutoscaler.', [
    TARGET_REF,
    MIN,
    MAX,
    'metrics []MetricSpec list=atomic | metrics contains the specifications for which to use to calculate the desired replica count.',
    'behavior HorizontalPodAutoscalerBehavior | behavior configures the scaling behavior of the target in both Up and Down directions.',
  ]],
  CrossVersionObjectReference: XREF,
  MetricSpec: ['MetricSpec specifies how to scale based on a single metric (only `type` and one other matching field should be set at once).', [
    'type! string | type is the type of metric source. It should be one of "ContainerResource", "External", "Object", "Pods" or "Resource".',
    'object ObjectMetricSource | object refers to a metric describing a single kubernetes object.',
    'pods PodsMetricSource | pods refers to a metric describing each pod in the current scale target.',
    'resource ResourceMetricSource | resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes.',
    'containerResource ContainerResourceMetricSource | containerResource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod of the current scale target.',
    'external ExternalMetricSource | external refers to a global metric that is not associated with any Kubernetes object.',
  ]],
  ObjectMetricSource: ['ObjectMetricSource indicates how to scale on a metric describing a kubernetes object.', [DESCRIBED, TARGET, SOURCE_METRIC]],
  PodsMetricSource: ['PodsMetricSource indicates how to scale on a metric describing each pod in the current scale target.', [SOURCE_METRIC, TARGET]],
  ResourceMetricSource: ['ResourceMetricSource indicates how to scale on a resource metric known to Kubernetes.', [RES_NAME, TARGET]],
  ContainerResourceMetricSource: ['ContainerResourceMetricSource indicates how to scale on a resource metric known to Kubernetes.', [RES_NAME, TARGET, CONTAINER]],
  ExternalMetricSource: ['ExternalMetricSource indicates how to scale on a metric not associated with any Kubernetes object.', [SOURCE_METRIC, TARGET]],
  MetricIdentifier: ['MetricIdentifier defines the name and optionally selector for a metric', [
    'name! string | name is the name of the given metric',
    'selector LabelSelector | selector is the string-encoded form of a standard kubernetes label selector for the given metric.',
  ]],
  MetricTarget: ['MetricTarget defines the target value, average value, or average utilization of a specific metric', [
    'type! string | type represents whether the metric type is Utilization, Value, or AverageValue',
    'value quantity | value is the target value of the metric (as a quantity).',
    'averageValue quantity | averageValue is the target value of the average of the metric across all relevant pods (as a quantity)',
    'averageUtilization int32 | averageUtilization is the target value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods.',
  ]],
  HorizontalPodAutoscalerBehavior: ['HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).', [
    'scaleUp HPAScalingRules | scaleUp is scaling policy for scaling Up.',
    'scaleDown HPAScalingRules | scaleDown is scaling policy for scaling Down.',
  ]],
  HPAScalingRules: ['HPAScalingRules configures the scaling behavior for one direction.', [
    'stabilizationWindowSeconds int32 | stabilizationWindowSeconds is the number of seconds for which past recommendations should be considered while scaling up or scaling down.',
    'selectPolicy string | selectPolicy is used to specify which policy should be used. If not set, the default value Max is used.',
    'policies []HPAScalingPolicy list=atomic | policies is a list of potential scaling polices which can be used during scaling.',
  ]],
  HPAScalingPolicy: ['HPAScalingPolicy is a single policy which must hold true for a specified past interval.', [
    'type! string | type is used to specify the scaling policy.',
    'value! int32 | value contains the amount of change which is permitted by the policy. It must be greater than zero',
    'periodSeconds! int32 | periodSeconds specifies the window of time for which the policy should hold true.',
  ]],
  HorizontalPodAutoscalerStatus: ['HorizontalPodAutoscalerStatus describes the current status of a horizontal pod autoscaler.', [
    'observedGeneration int64 | observedGeneration is the most recent generation observed by this autoscaler.',
    'lastScaleTime time | lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods.',
    'currentReplicas int32 | currentReplicas is current number of replicas of pods managed by this autoscaler.',
    'desiredReplicas! int32 | desiredReplicas is the desired number of replicas of pods managed by this autoscaler.',
    'currentMetrics []MetricStatus list=atomic | currentMetrics is the last read state of the metrics used by this autoscaler.',
    'conditions []HorizontalPodAutoscalerCondition merge=type list=map keys=type | conditions is the set of conditions required for this autoscaler to scale its target.',
  ]],
  MetricStatus: ['MetricStatus describes the last-read state of a single metric.', [
    'type! string | type is the type of metric source.',
    'object ObjectMetricStatus | object refers to a metric describing a single kubernetes object.',
    'pods PodsMetricStatus | pods refers to a metric describing each pod in the current scale target.',
    'resource ResourceMetricStatus | resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes.',
    'containerResource ContainerResourceMetricStatus | container resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod in the current scale target.',
    'external ExternalMetricStatus | external refers to a global metric that is not associated with any Kubernetes object.',
  ]],
  ObjectMetricStatus: ['ObjectMetricStatus indicates the current value of a metric describing a kubernetes object.', [SOURCE_METRIC, CURRENT, DESCRIBED]],
  PodsMetricStatus: ['PodsMetricStatus indicates the current value of a metric describing each pod in the current scale target.', [SOURCE_METRIC, CURRENT]],
  ResourceMetricStatus: ['ResourceMetricStatus indicates the current value of a resource metric known to Kubernetes.', [RES_NAME, CURRENT]],
  ContainerResourceMetricStatus: ['ContainerResourceMetricStatus indicates the current value of a resource metric known to Kubernetes.', [RES_NAME, CURRENT, CONTAINER]],
  ExternalMetricStatus: ['ExternalMetricStatus indicates the current value of a global metric not associated with any Kubernetes object.', [SOURCE_METRIC, CURRENT]],
  MetricValueStatus: ['MetricValueStatus holds the current value for a metric', [
    'value quantity | value is the current value of the metric (as a quantity).',
    'averageValue quantity | averageValue is the current value of the average of the metric across all relevant pods (as a quantity)',
    'averageUtilization int32 | currentAverageUtilization is the current value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods.',
  ]],
  HorizontalPodAutoscalerCondition: ['HorizontalPodAutoscalerCondition describes the state of a HorizontalPodAutoscaler at a certain point.', [
    'type! string | type describes the current condition',
    'status! string | status is the status of the condition (True, False, Unknown)',
    'lastTransitionTime time | lastTransitionTime is the last time the condition transitioned from one status to another',
    'reason string | reason is the reason for the condition\'s last transition.',
    'message string | message is a human-readable explanation containing details about the transition',
  ]],
});
