/** One simulated cluster in memory: its objects, clock, RNG and watchers, persisted through the storage
 * port. Every write goes through `write`, which commits atomically before anyone observes it. */
import type { KObject } from '../../shared/k8s/types.js';
import type { ClockState } from '../../shared/api/ws.js';
import type { ClusterMeta, ClusterStorage, StoredChange } from '../storage/port.js';
import { ObjectStore, type Change } from './store.js';
import { WatchHub } from './watch-hub.js';
import { Rng } from './rng.js';
import { createInterner } from './intern.js';
import type { LogSource, MetricsSource } from './sources.js';

/** Wall-clock time, injected by the runtime (the simulation itself never reads the real clock). */
export interface RealClock {
  now(): number;
}

/** Simulation state that is not a Kubernetes object; controllers extend it, it is persisted as JSON. */
export interface SimState {
  rng?: number;
  [key: string]: unknown;
}

export class Cluster {
  readonly store: ObjectStore;
  readonly hub = new WatchHub();
  readonly rng: Rng;
  sim: SimState;
  /** Set by the tick loop so changes made while processing a timer carry that timer's time. */
  private simNowOverride: number | undefined;
  private metaDirty: Partial<ClusterMeta> = {};
  private batchDepth = 0;
  /** Called after every commit with the committed changes (the tick engine enqueues controllers). */
  onCommit: ((changes: Change[]) => void) | undefined;
  /** Container logs and metrics, provided by the simulation once it is attached. */
  logs: LogSource | undefined;
  metrics: MetricsSource | undefined;
  /** Called when the clock state changes (pause, speed, step), for UI clients. */
  onClock: ((clock: ClockState) => void) | undefined;

  constructor(
    public meta: ClusterMeta,
    private readonly storage: ClusterStorage,
    private readonly real: RealClock,
  ) {
    this.store = new ObjectStore(meta.resourceVersion, () => this.now());
    this.sim = JSON.parse(meta.simState || '{}') as SimState;
    this.rng = new Rng(this.sim.rng ?? meta.seed);
  }

  /** Loads a cluster and its objects from storage. */
  static load(storage: ClusterStorage, id: string, real: RealClock): Cluster | undefined {
    const meta = storage.loadMeta(id);
    if (!meta) return undefined;
    const cluster = new Cluster(meta, storage, real);
    const intern = createInterner();
    for (const row of storage.loadObjects(id)) cluster.store.load(row.resource, intern(JSON.parse(row.body)) as KObject);
    return cluster;
  }

  get id(): string {
    return this.meta.id;
  }

  /** Simulated time in ms. */
  now(): number {
    if (this.simNowOverride !== undefined) return this.simNowOverride;
    return this.clockAt(this.real.now());
  }

  /** Simulated time at a given wall-clock time. */
  clockAt(realMs: number): number {
    const m = this.meta;
    if (m.clockPaused) return m.clockSim;
    return Math.floor(m.clockSim + Math.max(0, realMs - m.clockAnchor) * m.clockSpeed);
  }

  clock(): ClockState {
    return { now: this.now(), paused: this.meta.clockPaused, speed: this.meta.clockSpeed };
  }

  /** Runs `fn` as one atomic write: its changes are committed in one transaction, then published. Inside
   * `batch` (a tick) the commit is left to the end of the batch; a throwing `fn` still undoes its own part. */
  write<T>(fn: () => T): T {
    const mark = this.store.mark();
    let result: T;
    try {
      result = fn();
    } catch (err) {
      this.store.rollbackTo(mark);
      throw err;
    }
    if (this.batchDepth === 0) this.commit();
    return result;
  }

  /** Runs `fn` with every write inside it committed together at the end (one transaction per tick). */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) this.commit();
    }
  }

  /** Commits pending changes and dirty metadata; on storage failure reverts memory and rethrows. */
  commit(): Change[] {
    if (!this.store.hasPending() && Object.keys(this.metaDirty).length === 0) return [];
    const pending = this.store.pendingChanges();
    const meta: Partial<ClusterMeta> = { ...this.metaDirty, resourceVersion: this.store.resourceVersion };
    if (pending.length > 0 || this.metaDirty.simState !== undefined) {
      this.sim.rng = this.rng.state;
      meta.simState = JSON.stringify(this.sim);
    }
    const rows: StoredChange[] = pending.map((c) => ({
      resourceVersion: c.resourceVersion,
      type: c.type,
      resource: c.resource,
      namespace: c.object.metadata.namespace ?? '',
      name: c.object.metadata.name!,
      time: c.time,
      body: JSON.stringify(c.object),
    }));
    try {
      this.storage.commit(this.id, { changes: rows, meta });
    } catch (err) {
      this.store.rollback();
      throw err;
    }
    this.store.acknowledge();
    Object.assign(this.meta, meta);
    this.metaDirty = {};
    this.hub.publish(pending);
    this.onCommit?.(pending);
    return pending;
  }

  /** Marks simulation state as changed so the next commit persists it. */
  touchSim(): void {
    this.metaDirty.simState = '';
  }

  /** Pins the simulated clock (tick loop), or releases it with undefined. */
  pinClock(ms: number | undefined): void {
    this.simNowOverride = ms;
  }

  /** Changes after `rv`, oldest first, or 'expired' when the history no longer reaches back that far. */
  changesSince(rv: number): Change[] | 'expired' {
    if (rv >= this.store.resourceVersion) return [];
    const recent = this.hub.recentSince(rv);
    if (recent) return recent;
    const oldest = this.storage.oldestChange(this.id);
    if (oldest === 0 || rv < oldest - 1) return 'expired';
    return this.storage.changesSince(this.id, rv, 1_000_000).map((c) => ({
      resourceVersion: c.resourceVersion,
      type: c.type,
      resource: c.resource,
      object: JSON.parse(c.body) as KObject,
      time: c.time,
    }));
  }

  /** Pauses, resumes or changes the speed of the simulated clock, re-anchoring it to the wall clock. */
  setClock(change: { paused?: boolean; speed?: number; advanceMs?: number }): ClockState {
    const realNow = this.real.now();
    const sim = this.clockAt(realNow) + (change.advanceMs ?? 0);
    const next: Partial<ClusterMeta> = { clockSim: sim, clockAnchor: realNow };
    if (change.paused !== undefined) next.clockPaused = change.paused;
    if (change.speed !== undefined) next.clockSpeed = change.speed;
    Object.assign(this.meta, next);
    Object.assign(this.metaDirty, next);
    this.commit();
    const clock = this.clock();
    this.onClock?.(clock);
    return clock;
  }
}
