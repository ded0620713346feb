/** core/v1 defaults of the smaller kinds: Namespace, Secret, PersistentVolumeClaim, Node, Endpoints. */
import type { KObject } from '../../../shared/k8s/types.js';

/** Namespace: the kubernetes finalizer, Active phase and the kubernetes.io/metadata.name label. */
export function defaultNamespace(ns: KObject): void {
  ns.spec ??= {};
  ns.spec.finalizers ??= ['kubernetes'];
  ns.status ??= {};
  ns.status.phase ||= 'Active';
  if (ns.metadata.name) ns.metadata.labels = { ...(ns.metadata.labels ?? {}), 'kubernetes.io/metadata.name': ns.metadata.name };
}

/** Secret: type Opaque. */
export function defaultSecret(secret: KObject): void {
  secret.type ||= 'Opaque';
}

/** PersistentVolumeClaim: Filesystem volumes, Pending until bound. */
export function defaultPersistentVolumeClaim(pvc: KObject): void {
  pvc.spec ??= {};
  pvc.spec.volumeMode ||= 'Filesystem';
  pvc.status ??= {};
  pvc.status.phase ||= 'Pending';
}

/** Node: allocatable defaults to capacity. */
export function defaultNode(node: KObject): void {
  node.spec ??= {};
  node.status ??= {};
  if (node.status.capacity && !node.status.allocatable) node.status.allocatable = { ...node.status.capacity };
  node.status.daemonEndpoints ??= { kubeletEndpoint: { Port: 0 } };
}

/** Endpoints and EndpointSlices: ports are TCP unless stated. */
export function defaultEndpoints(obj: KObject): void {
  for (const subset of obj.subsets ?? []) for (const port of subset.ports ?? []) port.protocol ||= 'TCP';
}

/** EndpointSlice ports: TCP and an empty name unless stated. */
export function defaultEndpointSlice(obj: KObject): void {
  for (const port of obj.ports ?? []) {
    port.protocol ||= 'TCP';
    port.name ??= '';
  }
}
