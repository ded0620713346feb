/** Turns a fresh cluster's objects into the initial change batch: resourceVersions 1..n in order. */
import type { KObject } from '../../shared/k8s/types.js';
import type { StoredChange } from './port.js';

export function seedChanges(objects: { resource: string; object: KObject }[], time: number): StoredChange[] {
  return objects.map((o, i) => {
    const rv = i + 1;
    const body = { ...o.object, metadata: { ...o.object.metadata, resourceVersion: String(rv) } };
    return { resourceVersion: rv, type: 'ADDED', resource: o.resource, namespace: body.metadata.namespace ?? '', name: body.metadata.name!, time, body: JSON.stringify(body) };
  });
}
