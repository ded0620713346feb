/** Creates, finds, caches and evicts clusters, and resolves capability keys to them. */
import { snapshotCluster, type ClusterSnapshot } from '../sim/snapshot.js';
import { seedChanges } from '../storage/seed.js';
import type { ClusterStorage, ClusterMeta } from '../storage/port.js';
import { Cluster, type RealClock } from '../sim/cluster.js';
import { Rng } from '../sim/rng.js';
import { bootstrapCluster } from '../sim/bootstrap/index.js';
import { findTemplate } from '../sim/bootstrap/templates.js';
import type { Role } from '../../shared/api/product.js';
import type { ClusterAccess, ClusterResolver } from './k8s/routes.js';
import { deriveViewKey, hashKey, idOfKey, newId, newKey, safeEqual } from './keys.js';

export interface ManagerHooks {
  /** Called once when a cluster enters memory (the runtime attaches the simulation and its ticking). */
  onLoad?(cluster: Cluster): void;
  /** Called when a cluster leaves memory. */
  onUnload?(cluster: Cluster): void;
}

export interface CreateOptions {
  /** Chosen by the caller when the runtime routes by id (Workers: the Durable Object's name). */
  id?: string;
  name?: string;
  template?: string;
  seed?: number;
  exercise?: string;
  /** A caller-derived edit key for `id` (classrooms derive it so it never has to be stored in clear). */
  editKey?: string;
}

export class TemplateError extends Error {}

export type { ClusterSnapshot };

export class ClusterManager implements ClusterResolver {
  private readonly loaded = new Map<string, { cluster: Cluster; lastUsed: number }>();
  private readonly keys = new Map<string, { id: string; role: Role }>();

  constructor(
    readonly storage: ClusterStorage,
    readonly real: RealClock,
    private readonly hooks: ManagerHooks = {},
  ) {}

  /** Creates a playground's cluster from a template; returns it with its two capability keys. */
  async create(opts: CreateOptions): Promise<{ cluster: Cluster; editKey: string; viewKey: string }> {
    const template = findTemplate(opts.template ?? 'default');
    if (!template) throw new TemplateError(`unknown template "${opts.template}"`);
    const id = opts.id ?? newId();
    if (opts.editKey !== undefined && idOfKey(opts.editKey) !== id) throw new Error('an edit key must carry its playground id');
    const editKey = opts.editKey ?? newKey(id);
    const viewKey = await deriveViewKey(editKey);
    const [editKeyHash, viewKeyHash] = await Promise.all([hashKey(editKey), hashKey(viewKey)]);
    const now = this.real.now();
    const seed = opts.seed ?? crypto.getRandomValues(new Uint32Array(1))[0];
    const rng = new Rng(seed);
    const objects = bootstrapCluster(template, now, rng);
    const changes = seedChanges(objects, now);
    const rv = changes.length;
    const meta: ClusterMeta = {
      id,
      name: opts.name?.trim() || `playground-${rng.suffix(4)}`,
      template: template.id,
      seed,
      editKeyHash,
      viewKeyHash,
      createdAt: now,
      clockSim: now,
      clockAnchor: now,
      clockPaused: false,
      clockSpeed: 1,
      resourceVersion: rv,
      simState: JSON.stringify({ rng: rng.state }),
      exercise: opts.exercise ?? null,
    };
    this.storage.createCluster(meta, { changes, meta: {} });
    this.keys.set(editKeyHash, { id: meta.id, role: 'edit' });
    this.keys.set(viewKeyHash, { id: meta.id, role: 'view' });
    const cluster = this.get(meta.id)!;
    return { cluster, editKey, viewKey };
  }

  /** Snapshots a cluster (objects, resourceVersions, clock, simulation state) into a new playground. */
  async fork(source: Cluster, name?: string): Promise<{ cluster: Cluster; editKey: string; viewKey: string }> {
    return this.adopt(this.snapshot(source), { name });
  }

  /** Everything a fork needs, as plain data (it may travel to another runtime instance). */
  snapshot(source: Cluster): ClusterSnapshot {
    return snapshotCluster(source);
  }

  /** Stores a snapshot as a new playground with fresh keys (its clock resumes from the snapshot's time). */
  async adopt(snapshot: ClusterSnapshot, opts: { id?: string; name?: string } = {}): Promise<{ cluster: Cluster; editKey: string; viewKey: string }> {
    const id = opts.id ?? newId();
    const editKey = newKey(id);
    const viewKey = await deriveViewKey(editKey);
    const [editKeyHash, viewKeyHash] = await Promise.all([hashKey(editKey), hashKey(viewKey)]);
    const now = this.real.now();
    const meta: ClusterMeta = {
      ...snapshot.meta,
      id,
      name: opts.name?.trim() || `${snapshot.meta.name}-fork`,
      editKeyHash,
      viewKeyHash,
      createdAt: now,
      clockAnchor: now,
    };
    this.storage.createCluster(meta, { changes: snapshot.changes, meta: {} });
    return { cluster: this.get(meta.id)!, editKey, viewKey };
  }

  /** The loaded cluster with this id, loading it from storage on demand. */
  get(id: string): Cluster | undefined {
    const entry = this.loaded.get(id);
    if (entry) {
      entry.lastUsed = this.real.now();
      return entry.cluster;
    }
    const cluster = Cluster.load(this.storage, id, this.real);
    if (!cluster) return undefined;
    this.loaded.set(id, { cluster, lastUsed: this.real.now() });
    this.hooks.onLoad?.(cluster);
    return cluster;
  }

  /** Resolves a capability key to its cluster and role. */
  async access(key: string): Promise<ClusterAccess | undefined> {
    if (key.length < 30 || key.length > 64 || !idOfKey(key)) return undefined;
    const hash = await hashKey(key);
    let found = this.keys.get(hash);
    if (!found) {
      const row = this.storage.findByKeyHash(hash);
      if (!row) return undefined;
      found = { id: row.meta.id, role: row.role };
      this.keys.set(hash, found);
    }
    const cluster = this.get(found.id);
    if (!cluster) return undefined;
    const expected = found.role === 'edit' ? cluster.meta.editKeyHash : cluster.meta.viewKeyHash;
    return safeEqual(expected, hash) ? { cluster, role: found.role } : undefined;
  }

  /** Path key first; else a Bearer token for the cluster whose id is in the path. */
  async resolve(pathKey: string, bearer: string | undefined): Promise<ClusterAccess | undefined> {
    const direct = await this.access(pathKey);
    if (direct) return direct;
    if (!bearer) return undefined;
    const viaToken = await this.access(bearer);
    return viaToken && viaToken.cluster.id === pathKey ? viaToken : undefined;
  }

  /** Deletes a playground and everything in it. */
  delete(id: string): void {
    const entry = this.loaded.get(id);
    if (entry) {
      this.loaded.delete(id);
      this.hooks.onUnload?.(entry.cluster);
    }
    for (const [hash, v] of this.keys) if (v.id === id) this.keys.delete(hash);
    this.storage.deleteCluster(id);
  }

  /** Unloads clusters unused for `idleMs` for which `canEvict` agrees (no watchers, no due work). */
  evictIdle(idleMs: number, canEvict: (c: Cluster) => boolean): number {
    const now = this.real.now();
    let n = 0;
    for (const [id, entry] of this.loaded) {
      if (now - entry.lastUsed < idleMs || !canEvict(entry.cluster)) continue;
      this.loaded.delete(id);
      this.hooks.onUnload?.(entry.cluster);
      n++;
    }
    return n;
  }

  loadedClusters(): Cluster[] {
    return [...this.loaded.values()].map((e) => e.cluster);
  }
}
