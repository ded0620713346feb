/** apimachinery meta/v1 types shared by every kind. */

import { pkg } from './dsl.js';

export const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';

export const metaTypes = pkg(META, {
  ObjectMeta: ['ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.', [
    'name string | Name must be unique within a namespace.',
    'generateName string | An optional prefix, used by the server, to generate a unique name if name is not provided.',
    'namespace string | Namespace defines the space within which each name must be unique.',
    'selfLink string | Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.',
    'uid string | UID is the unique in time and space value for this object.',
    'resourceVersion string | An opaque value that represents the internal version of this object.',
    'generation int64 | A sequence number representing a specific generation of the desired state.',
    'creationTimestamp time | CreationTimestamp is a timestamp representing the server time when this object was created.',
    'deletionTimestamp time | DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted.',
    'deletionGracePeriodSeconds int64 | Number of seconds allowed for this object to gracefully terminate before it will be removed from the system.',
    'labels map | Map of string keys and values that can be used to organize and categorize objects.',
    'annotations map | Annotations is an unstructured key value map stored with a resource.',
    'ownerReferences []OwnerReference merge=uid list=map keys=uid | List of objects depended by this object.',
    'finalizers []string strategy=merge list=set | Must be empty before the object is deleted from the registry.',
    'managedFields []ManagedFieldsEntry list=atomic | Maps workflow-id and version to the set of fields that are managed by that workflow.',
  ]],
  OwnerReference: ['OwnerReference contains enough information to let you identify an owning object.', [
    'apiVersion! string | API version of the referent.',
    'kind! string | Kind of the referent.',
    'name! string | Name of the referent.',
    'uid! string | UID of the referent.',
    'controller boolean | If true, this reference points to the managing controller.',
    'blockOwnerDeletion boolean | If true, the owner cannot be deleted from the key-value store until this reference is removed.',
  ]],
  ManagedFieldsEntry: ['ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.', [
    'manager string | Manager is an identifier of the workflow managing these fields.',
    'operation string | Operation is the type of operation which lead to this ManagedFieldsEntry being created.',
    'apiVersion string | APIVersion defines the version of this resource that this field set applies to.',
    'time time | Time is the timestamp of when the ManagedFields entry was added.',
    'fieldsType string | FieldsType is the discriminator for the different fields format and version.',
    'fieldsV1 object | FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.',
    'subresource string | Subresource is the name of the subresource used to update that object.',
  ]],
  ListMeta: ['ListMeta describes metadata that synthetic resources must have, including lists and various status objects.', [
    'selfLink string | Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.',
    'resourceVersion string | String that identifies the server\'s internal version of this object.',
    'continue string | continue may be set if the user set a limit on the number of items returned.',
    'remainingItemCount int64 | The number of subsequent items in the list which are not included in this list response.',
  ]],
  LabelSelector: ['A label selector is a label query over a set of resources.', [
    'matchLabels map | matchLabels is a map of {key,value} pairs.',
    'matchExpressions []LabelSelectorRequirement list=atomic | matchExpressions is a list of label selector requirements. The requirements are ANDed.',
  ]],
  LabelSelectorRequirement: ['A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.', [
    'key! string | key is the label key that the selector applies to.',
    'operator! string | operator represents a key\'s relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.',
    'values []string list=atomic | values is an array of string values.',
  ]],
  Condition: ['Condition contains details for one aspect of the current state of this API Resource.', [
    'type! string | type of condition in CamelCase or in foo.example.com/CamelCase.',
    'status! string enum=False,True,Unknown | status of the condition, one of True, False, Unknown.',
    'observedGeneration int64 | observedGeneration represents the .metadata.generation that the condition was set based upon.',
    'lastTransitionTime! time | lastTransitionTime is the last time the condition transitioned from one status to another.',
    'reason! string | reason contains a programmatic identifier indicating the reason for the condition\'s last transition.',
    'message! string | message is a human readable message indicating details about the transition.',
  ]],
  DeleteOptions: ['DeleteOptions may be provided when deleting an API object.', [
    'apiVersion string | APIVersion defines the versioned schema of this representation of an object.',
    'kind string | Kind is a string value representing the REST resource this object represents.',
    'gracePeriodSeconds int64 | The duration in seconds before the object should be deleted.',
    'preconditions Preconditions | Must be fulfilled before a deletion is carried out.',
    'orphanDependents boolean | Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7.',
    'propagationPolicy string | Whether and how garbage collection will be performed: Orphan, Background or Foreground.',
    'dryRun []string list=atomic | When present, indicates that modifications should not be persisted.',
    'ignoreStoreReadErrorWithClusterBreakingPotential boolean | if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error.',
  ]],
  Status: ['Status is a return value for calls that don\'t return other objects.', [
    'apiVersion string | APIVersion defines the versioned schema of this representation of an object.',
    'kind string | Kind is a string value representing the REST resource this object represents.',
    'metadata ListMeta | Standard list metadata.',
    'status string | Status of the operation. One of: "Success" or "Failure".',
    'message string | A human-readable description of the status of this operation.',
    'reason string | A machine-readable description of why this operation is in the "Failure" status.',
    'details StatusDetails | Extended data associated with the reason.',
    'code int32 | Suggested HTTP return code for this status, 0 if not set.',
  ]],
  StatusDetails: ['StatusDetails is a set of additional properties that MAY be set by the server to provide additional information about a response.', [
    'name string | The name attribute of the resource associated with the status StatusReason (when there is a single name which can be described).',
    'group string | The group attribute of the resource associated with the status StatusReason.',
    'kind string | The kind attribute of the resource associated with the status StatusReason.',
    'uid string | UID of the resource.',
    'causes []StatusCause list=atomic | The Causes array includes more details associated with the StatusReason failure.',
    'retryAfterSeconds int32 | If specified, the time in seconds before the operation should be retried.',
  ]],
  StatusCause: ['StatusCause provides more information about an api.Status failure, including cases when multiple errors are encountered.', [
    'reason string | A machine-readable description of the cause of the error.',
    'message string | A human-readable description of the cause of the error.',
    'field string | The field of the resource that has caused this error, as named by its JSON serialization.',
  ]],
  Preconditions: ['Preconditions must be fulfilled before an operation (update, delete, etc.) is carried out.', [
    'uid string | Specifies the target UID.',
    'resourceVersion string | Specifies the target ResourceVersion',
  ]],
});
