/** Kinds of the smaller groups: networking, discovery, coordination, policy, authorization, metrics. */

import { kindFields, pkg } from './dsl.js';

export const networkingTypes = pkg('io.k8s.api.networking.v1', {
  Ingress: ['Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend.', kindFields('IngressSpec', 'IngressStatus')],
  IngressSpec: ['IngressSpec describes the Ingress the user wishes to exist.', [
    'ingressClassName string | ingressClassName is the name of an IngressClass cluster resource.',
    'defaultBackend IngressBackend | defaultBackend is the backend that should handle requests that don\'t match any rule.',
    'tls []IngressTLS list=atomic | tls represents the TLS configuration.',
    'rules []IngressRule list=atomic | rules is a list of host rules used to configure the Ingress.',
  ]],
  IngressBackend: ['IngressBackend describes all endpoints for a given service and port.', [
    'service IngressServiceBackend | service references a service as a backend. This is a mutually exclusive setting with "Resource".',
    'resource TypedLocalObjectReference | resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object.',
  ]],
  IngressServiceBackend: ['IngressServiceBackend references a Kubernetes Service as a Backend.', [
    'name! string | name is the referenced service. The service must exist in the same namespace as the Ingress object.',
    'port ServiceBackendPort | port of the referenced service. A port name or port number is required for a IngressServiceBackend.',
  ]],
  ServiceBackendPort: ['ServiceBackendPort is the service port being referenced.', [
    'name string | name is the name of the port on the Service. This is a mutually exclusive setting with "Number".',
    'number int32 | number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with "Name".',
  ]],
  IngressTLS: ['IngressTLS describes the transport layer security associated with an ingress.', [
    'hosts []string list=atomic | hosts is a list of hosts included in the TLS certificate.',
    'secretName string | secretName is the name of the secret used to terminate TLS traffic on port 443.',
  ]],
  IngressRule: ['IngressRule represents the rules mapping the paths under a specified host to the related backend services.', [
    'host string | host is the fully qualified domain name of a network host, as defined by RFC 3986.',
    'http HTTPIngressRuleValue | http is a list of http selectors pointing to backends.',
  ]],
  HTTPIngressRuleValue: ['HTTPIngressRuleValue is a list of http selectors pointing to backends.', [
    'paths! []HTTPIngressPath list=atomic | paths is a collection of paths that map requests to backends.',
  ]],
  HTTPIngressPath: ['HTTPIngressPath associates a path with a backend.', [
    'path string | path is matched against the path of an incoming request.',
    'pathType! string enum=Exact,ImplementationSpecific,Prefix | pathType determines the interpretation of the path matching.',
    'backend! IngressBackend | backend defines the referenced service endpoint to which the traffic will be forwarded to.',
  ]],
  IngressStatus: ['IngressStatus describe the current state of the Ingress.', [
    'loadBalancer IngressLoadBalancerStatus | loadBalancer contains the current status of the load-balancer.',
  ]],
  IngressLoadBalancerStatus: ['IngressLoadBalancerStatus represents the status of a load-balancer.', [
    'ingress []IngressLoadBalancerIngress list=atomic | ingress is a list containing ingress points for the load-balancer.',
  ]],
  IngressLoadBalancerIngress: ['IngressLoadBalancerIngress represents the status of a load-balancer ingress point.', [
    'ip string | ip is set for load-balancer ingress points that are IP based.',
    'hostname string | hostname is set for load-balancer ingress points that are DNS based.',
    'ports []IngressPortStatus list=atomic | ports provides information about the ports exposed by this LoadBalancer.',
  ]],
  IngressPortStatus: ['IngressPortStatus represents the error condition of a service port', [
    'port! int32 | port is the port number of the ingress port.',
    'protocol! string enum=SCTP,TCP,UDP | protocol is the protocol of the ingress port.',
    'error string | error is to record the problem with the service port',
  ]],
});

export const discoveryTypes = pkg('io.k8s.api.discovery.v1', {
  EndpointSlice: ['EndpointSlice represents a subset of the endpoints that implement a service.', [
    ...kindFields(),
    'addressType! string enum=FQDN,IPv4,IPv6 | addressType specifies the type of address carried by this EndpointSlice.',
    'endpoints! []Endpoint list=atomic | endpoints is a list of unique endpoints in this slice.',
    'ports []EndpointPort list=atomic | ports specifies the list of network ports exposed by each endpoint in this slice.',
  ]],
  Endpoint: ['Endpoint represents a single logical "backend" implementing a service.', [
    'addresses! []string list=set | addresses of this endpoint.',
    'conditions EndpointConditions | conditions contains information about the current status of the endpoint.',
    'hostname string | hostname of this endpoint.',
    'targetRef ObjectReference | targetRef is a reference to a Kubernetes object that represents this endpoint.',
    'deprecatedTopology map | deprecatedTopology contains topology information part of the v1beta1 API.',
    'nodeName string | nodeName represents the name of the Node hosting this endpoint.',
    'zone string | zone is the name of the Zone this endpoint exists in.',
    'hints EndpointHints | hints contains information associated with how an endpoint should be consumed.',
  ]],
  EndpointConditions: ['EndpointConditions represents the current condition of an endpoint.', [
    'ready boolean | ready indicates that this endpoint is prepared to receive traffic, according to whatever system is managing the endpoint.',
    'serving boolean | serving is identical to ready except that it is set regardless of the terminating state of endpoints.',
    'terminating boolean | terminating indicates that this endpoint is terminating.',
  ]],
  EndpointHints: ['EndpointHints provides hints describing how an endpoint should be consumed.', [
    'forZones []ForZone list=atomic | forZones indicates the zone(s) this endpoint should be consumed by to enable topology aware routing.',
  ]],
  ForZone: ['ForZone provides information about which zones should consume this endpoint.', [
    'name! string | name represents the name of the zone.',
  ]],
  EndpointPort: ['EndpointPort represents a Port used by an EndpointSlice', [
    'name string | name represents the name of this port.',
    'protocol string enum=SCTP,TCP,UDP | protocol represents the IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.',
    'port int32 | port represents the port number of the endpoint.',
    'appProtocol string | The application protocol for this port.',
  ]],
});

export const coordinationTypes = pkg('io.k8s.api.coordination.v1', {
  Lease: ['Lease defines a lease concept.', kindFields('LeaseSpec')],
  LeaseSpec: ['LeaseSpec is a specification of a Lease.', [
    'holderIdentity string | holderIdentity contains the identity of the holder of a current lease.',
    'leaseDurationSeconds int32 | leaseDurationSeconds is a duration that candidates for a lease need to wait to force acquire it.',
    'acquireTime time | acquireTime is a time when the current lease was acquired.',
    'renewTime time | renewTime is a time when the current holder of a lease has last updated the lease.',
    'leaseTransitions int32 | leaseTransitions is the number of transitions of a lease between holders.',
    'strategy string | Strategy indicates the strategy for picking the leader for coordinated leader election.',
    'preferredHolder string | PreferredHolder signals to a lease holder that the lease has a more optimal holder and should be given up.',
  ]],
});

export const policyTypes = pkg('io.k8s.api.policy.v1', {
  PodDisruptionBudget: ['PodDisruptionBudget is an object to define the max disruption that can be caused to a collection of pods', kindFields('PodDisruptionBudgetSpec', 'PodDisruptionBudgetStatus')],
  PodDisruptionBudgetSpec: ['PodDisruptionBudgetSpec is a description of a PodDisruptionBudget.', [
    'minAvailable ios | An eviction is allowed if at least "minAvailable" pods selected by "selector" will still be available after the eviction.',
    'selector LabelSelector strategy=replace | Label query over pods whose evictions are managed by the disruption budget.',
    'maxUnavailable ios | An eviction is allowed if at most "maxUnavailable" pods selected by "selector" are unavailable after the eviction.',
    'unhealthyPodEvictionPolicy string enum=AlwaysAllow,IfHealthyBudget | UnhealthyPodEvictionPolicy defines the criteria for when unhealthy pods should be considered for eviction.',
  ]],
  PodDisruptionBudgetStatus: ['PodDisruptionBudgetStatus represents information about the status of a PodDisruptionBudget.', [
    'observedGeneration int64 | Most recent generation observed when updating this PDB status.',
    'disruptedPods {}time | DisruptedPods contains information about pods whose eviction was processed by the API server eviction subresource handler but has not yet been observed by the PodDisruptionBudget controller.',
    'disruptionsAllowed! int32 | Number of pod disruptions that are currently allowed.',
    'currentHealthy! int32 | current number of healthy pods',
    'desiredHealthy! int32 | minimum desired number of healthy pods',
    'expectedPods! int32 | total number of pods counted by this disruption budget',
    'conditions []Condition merge=type list=map keys=type | Conditions contain conditions for PDB.',
  ]],
  Eviction: ['Eviction evicts a pod from its node subject to certain policies and safety constraints.', [
    ...kindFields(),
    'deleteOptions DeleteOptions | DeleteOptions may be provided',
  ]],
});

export const authorizationTypes = pkg('io.k8s.api.authorization.v1', {
  SelfSubjectAccessReview: ['SelfSubjectAccessReview checks whether or the current user can perform an action.', [
    ...kindFields(),
    'spec! SelfSubjectAccessReviewSpec | Spec holds information about the request being evaluated.',
    'status SubjectAccessReviewStatus | Status is filled in by the server and indicates whether the request is allowed or not',
  ]],
  SelfSubjectAccessReviewSpec: ['SelfSubjectAccessReviewSpec is a description of the access request.', [
    'resourceAttributes ResourceAttributes | ResourceAuthorizationAttributes describes information for a resource access request',
    'nonResourceAttributes NonResourceAttributes | NonResourceAttributes describes information for a non-resource access request',
  ]],
  ResourceAttributes: ['ResourceAttributes includes the authorization attributes available for resource requests to the Authorizer interface', [
    'namespace string | Namespace is the namespace of the action being requested.',
    'verb string | Verb is a kubernetes resource API verb, like: get, list, watch, create, update, delete, proxy.  "*" means all.',
    'group string | Group is the API Group of the Resource.  "*" means all.',
    'version string | Version is the API Version of the Resource.  "*" means all.',
    'resource string | Resource is one of the existing resource types.  "*" means all.',
    'subresource string | Subresource is one of the existing resource types.  "" means none.',
    'name string | Name is the name of the resource being requested for a "get" or deleted for a "delete". "" (empty) means all.',
    'fieldSelector object | fieldSelector describes the limitation on access based on field.',
    'labelSelector object | labelSelector describes the limitation on access based on labels.',
  ]],
  NonResourceAttributes: ['NonResourceAttributes includes the authorization attributes available for non-resource requests to the Authorizer interface', [
    'path string | Path is the URL path of the request',
    'verb string | Verb is the standard HTTP verb',
  ]],
  SubjectAccessReviewStatus: ['SubjectAccessReviewStatus', [
    'allowed! boolean | Allowed is required. True if the action would be allowed, false otherwise.',
    'denied boolean | Denied is optional. True if the action would be denied, otherwise false.',
    'reason string | Reason is optional.  It indicates why a request was allowed or denied.',
    'evaluationError string | EvaluationError is an indication that some error occurred during the authorization check.',
  ]],
});

export const metricsTypes = pkg('io.k8s.metrics.pkg.apis.metrics.v1beta1', {
  NodeMetrics: ['NodeMetrics sets resource usage metrics of a node.', [
    ...kindFields(),
    'timestamp! time | The following fields define time interval from which metrics were collected from the interval [Timestamp-Window, Timestamp].',
    'window! string | The time window over which usage was computed.',
    'usage! {}quantity | The memory usage is the memory working set.',
  ]],
  PodMetrics: ['PodMetrics sets resource usage metrics of a pod.', [
    ...kindFields(),
    'timestamp! time | The following fields define time interval from which metrics were collected from the interval [Timestamp-Window, Timestamp].',
    'window! string | The time window over which usage was computed.',
    'containers! []ContainerMetrics list=atomic | Metrics for all containers are collected within the same time window.',
  ]],
  ContainerMetrics: ['ContainerMetrics sets resource usage metrics of a container.', [
    'name! string | Container name corresponding to the one from pod.spec.containers.',
    'usage! {}quantity | The memory usage is the memory working set.',
  ]],
});
