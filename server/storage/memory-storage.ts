/** The storage port kept in memory: for tests and for throwaway forks (grading's behaviour checks). */
import type { ClusterMeta, ClusterStorage, StoredChange, StoredObject } from './port.js';

export function memoryStorage(): ClusterStorage {
  const metas = new Map<string, ClusterMeta>();
  const objects = new Map<string, Map<string, StoredObject>>();
  const changes = new Map<string, StoredChange[]>();
  const key = (o: { resource: string; namespace: string; name: string }) => `${o.resource}\u0000${o.namespace}\u0000${o.name}`;
  const apply = (id: string, batch: { changes: StoredChange[]; meta: Partial<ClusterMeta> }) => {
    const objs = objects.get(id)!;
    const log = changes.get(id)!;
    for (const c of batch.changes) {
      log.push(c);
      if (c.type === 'DELETED') objs.delete(key(c));
      else objs.set(key(c), { resource: c.resource, namespace: c.namespace, name: c.name, resourceVersion: c.resourceVersion, body: c.body });
    }
    Object.assign(metas.get(id)!, batch.meta);
  };
  return {
    createCluster(meta, batch) {
      metas.set(meta.id, { ...meta });
      objects.set(meta.id, new Map());
      changes.set(meta.id, []);
      apply(meta.id, batch);
    },
    loadMeta: (id) => (metas.has(id) ? { ...metas.get(id)! } : undefined),
    loadObjects: (id) => [...(objects.get(id)?.values() ?? [])],
    findByKeyHash(hash) {
      for (const meta of metas.values()) {
        if (meta.editKeyHash === hash) return { meta: { ...meta }, role: 'edit' };
        if (meta.viewKeyHash === hash) return { meta: { ...meta }, role: 'view' };
      }
      return undefined;
    },
    commit(id, batch) {
      if (!metas.has(id)) throw new Error(`cluster ${id} does not exist`);
      apply(id, batch);
    },
    changesSince: (id, afterRv, limit) => (changes.get(id) ?? []).filter((c) => c.resourceVersion > afterRv).slice(0, limit),
    oldestChange: (id) => changes.get(id)?.[0]?.resourceVersion ?? 0,
    compact(id, rv) {
      changes.set(id, (changes.get(id) ?? []).filter((c) => c.resourceVersion > rv));
    },
    deleteCluster(id) {
      metas.delete(id);
      objects.delete(id);
      changes.delete(id);
    },
    listClusterIds: () => [...metas.keys()],
  };
}
