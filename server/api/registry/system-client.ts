/** The SystemClient the simulation's controllers write through: the same registry code as the HTTP API,
 * with full privileges and the controller's name as field manager. */
import type { KObject } from '../../../shared/k8s/types.js';
import { RESOURCES, storageKey, type ResourceInfo } from '../../../shared/k8s/resources.js';
import type { Cluster } from '../../sim/cluster.js';
import type { DeleteRequest, SystemClient } from '../../sim/controller.js';
import { createObject, updateObject } from './write.js';
import { deleteObject } from './delete.js';
import { StatusError } from '../k8s/status.js';
import type { Scope } from './context.js';

const byStorage = new Map<string, ResourceInfo>();
for (const info of RESOURCES) {
  if (info.virtual) continue;
  const key = storageKey(info);
  if (!byStorage.has(key)) byStorage.set(key, info);
}

/** The resource info served for a storage key (its group's preferred version). */
export function infoForStorage(resource: string): ResourceInfo {
  const info = byStorage.get(resource);
  if (!info) throw new Error(`unknown resource ${resource}`);
  return info;
}

export function systemClient(cluster: Cluster, manager = 'kube-controller-manager'): SystemClient {
  const scope = (resource: string, obj: { namespace?: string; name?: string }, subresource?: string): Scope => ({
    info: infoForStorage(resource),
    namespace: obj.namespace,
    name: obj.name,
    subresource,
  });
  const opts = { fieldManager: manager, fieldValidation: 'Ignore' as const };
  return {
    create(resource, obj) {
      return createObject(cluster, scope(resource, { namespace: obj.metadata.namespace }), obj, opts).object;
    },
    update(resource, obj) {
      return updateObject(cluster, scope(resource, obj.metadata), obj, opts).object;
    },
    updateStatus(resource, obj) {
      return updateObject(cluster, scope(resource, obj.metadata, 'status'), obj, opts).object;
    },
    delete(resource, namespace, name, req?: DeleteRequest): KObject | undefined {
      try {
        const r = deleteObject(cluster, scope(resource, { namespace, name }), req ?? {});
        const body = r.body as KObject;
        return body.kind === 'Status' ? undefined : cluster.store.get(resource, namespace, name);
      } catch (err) {
        if (err instanceof StatusError && err.code === 404) return undefined;
        throw err;
      }
    },
  };
}
