/** Identity helpers for Kubernetes objects held in the browser. */
import type { KObject } from '../../../shared/k8s/types.js';

/** `namespace/name` for namespaced objects, `name` for cluster-scoped ones (the key `kubectl` users recognise). */
export function objectKey(obj: Pick<KObject, 'metadata'>): string {
  const { namespace, name = '' } = obj.metadata;
  return namespace ? `${namespace}/${name}` : name;
}

/** Splits a key made by objectKey back into namespace and name. */
export function splitKey(key: string): { namespace?: string; name: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { name: key } : { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}

/** A reference to one object of one resource (storage key such as `pods` or `deployments.apps`). */
export interface ObjectRef {
  resource: string;
  key: string;
}

/** Whether two refs point at the same object. */
export function sameRef(a: ObjectRef | null | undefined, b: ObjectRef | null | undefined): boolean {
  return !!a && !!b && a.resource === b.resource && a.key === b.key;
}
