/** The storage port: what the simulation and API need from persistence, independent of the runtime. All
 * methods are synchronous because both SQLite drivers (better-sqlite3, Durable Object SQLite) are. */

export interface ClusterMeta {
  id: string;
  name: string;
  template: string;
  seed: number;
  editKeyHash: string;
  viewKeyHash: string;
  createdAt: number;
  clockSim: number;
  clockAnchor: number;
  clockPaused: boolean;
  clockSpeed: number;
  resourceVersion: number;
  simState: string;
  exercise: string | null;
}

export interface StoredObject {
  resource: string;
  namespace: string;
  name: string;
  resourceVersion: number;
  body: string;
}

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoredChange {
  resourceVersion: number;
  type: ChangeType;
  resource: string;
  namespace: string;
  name: string;
  time: number;
  body: string;
}

/** One atomic write: the changes of an API request or of a whole tick, plus the cluster row's new state. */
export interface CommitBatch {
  changes: StoredChange[];
  meta: Partial<Omit<ClusterMeta, 'id'>>;
}

export interface ClusterStorage {
  /** Creates the cluster row and its initial objects in one transaction. */
  createCluster(meta: ClusterMeta, batch: CommitBatch): void;
  loadMeta(id: string): ClusterMeta | undefined;
  loadObjects(id: string): StoredObject[];
  findByKeyHash(hash: string): { meta: ClusterMeta; role: 'edit' | 'view' } | undefined;
  /** Applies the batch in one transaction; throws (and writes nothing) on failure. */
  commit(id: string, batch: CommitBatch): void;
  /** Changes after `afterRv`, oldest first, at most `limit`. */
  changesSince(id: string, afterRv: number, limit: number): StoredChange[];
  /** The oldest resourceVersion still in the change log (0 when none). */
  oldestChange(id: string): number;
  /** Drops change-log rows at or below `rv` (watch history compaction). */
  compact(id: string, rv: number): void;
  deleteCluster(id: string): void;
  listClusterIds(): string[];
}
