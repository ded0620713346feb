/** The storage port over drizzle's synchronous SQLite drivers: one body for better-sqlite3 and Durable Objects. */
import { and, asc, eq, gt, lte, min, or } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { changes, objects, playgrounds } from './schema.js';
import type { ClusterMeta, ClusterStorage, CommitBatch, StoredChange, StoredObject } from './port.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SyncDb = BaseSQLiteDatabase<'sync', any, any>;

/** Creates the storage port over a migrated drizzle database. */
export function drizzleStorage(db: SyncDb): ClusterStorage {
  function applyBatch(tx: SyncDb, id: string, batch: CommitBatch) {
    for (const c of batch.changes) {
      tx.insert(changes)
        .values({ clusterId: id, ...c })
        .run();
      if (c.type === 'DELETED') {
        tx.delete(objects)
          .where(and(eq(objects.clusterId, id), eq(objects.resource, c.resource), eq(objects.namespace, c.namespace), eq(objects.name, c.name)))
          .run();
      } else {
        tx.insert(objects)
          .values({ clusterId: id, resource: c.resource, namespace: c.namespace, name: c.name, resourceVersion: c.resourceVersion, body: c.body })
          .onConflictDoUpdate({
            target: [objects.clusterId, objects.resource, objects.namespace, objects.name],
            set: { resourceVersion: c.resourceVersion, body: c.body },
          })
          .run();
      }
    }
    if (Object.keys(batch.meta).length > 0) {
      tx.update(playgrounds).set(batch.meta).where(eq(playgrounds.id, id)).run();
    }
  }

  return {
    createCluster(meta, batch) {
      db.transaction((tx) => {
        tx.insert(playgrounds).values(meta).run();
        applyBatch(tx as unknown as SyncDb, meta.id, batch);
      });
    },
    loadMeta(id) {
      return db.select().from(playgrounds).where(eq(playgrounds.id, id)).get() as ClusterMeta | undefined;
    },
    loadObjects(id): StoredObject[] {
      return db
        .select({ resource: objects.resource, namespace: objects.namespace, name: objects.name, resourceVersion: objects.resourceVersion, body: objects.body })
        .from(objects)
        .where(eq(objects.clusterId, id))
        .all();
    },
    findByKeyHash(hash) {
      const meta = db
        .select()
        .from(playgrounds)
        .where(or(eq(playgrounds.editKeyHash, hash), eq(playgrounds.viewKeyHash, hash)))
        .get() as ClusterMeta | undefined;
      if (!meta) return undefined;
      return { meta, role: meta.editKeyHash === hash ? 'edit' : 'view' };
    },
    commit(id, batch) {
      db.transaction((tx) => applyBatch(tx as unknown as SyncDb, id, batch));
    },
    changesSince(id, afterRv, limit): StoredChange[] {
      return db
        .select({
          resourceVersion: changes.resourceVersion,
          type: changes.type,
          resource: changes.resource,
          namespace: changes.namespace,
          name: changes.name,
          time: changes.time,
          body: changes.body,
        })
        .from(changes)
        .where(and(eq(changes.clusterId, id), gt(changes.resourceVersion, afterRv)))
        .orderBy(asc(changes.resourceVersion))
        .limit(limit)
        .all() as StoredChange[];
    },
    oldestChange(id) {
      const row = db.select({ rv: min(changes.resourceVersion) }).from(changes).where(eq(changes.clusterId, id)).get();
      return row?.rv ?? 0;
    },
    compact(id, rv) {
      db.delete(changes).where(and(eq(changes.clusterId, id), lte(changes.resourceVersion, rv))).run();
    },
    deleteCluster(id) {
      db.transaction((tx) => {
        tx.delete(objects).where(eq(objects.clusterId, id)).run();
        tx.delete(changes).where(eq(changes.clusterId, id)).run();
        tx.delete(playgrounds).where(eq(playgrounds.id, id)).run();
      });
    },
    listClusterIds() {
      return db.select({ id: playgrounds.id }).from(playgrounds).all().map((r) => r.id);
    },
  };
}

