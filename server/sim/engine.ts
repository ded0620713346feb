/** The tick engine of one cluster: a work queue of (controller, key), timers on the simulated clock, and
 * ticks that process due timers in time order, drain the queue and commit everything in one transaction. */
import type { Cluster } from './cluster.js';
import type { Change } from './store.js';
import { type Controller, type SimContext, type SystemClient, keyOf } from './controller.js';
import { recordEvent } from './events.js';
import { TimerQueue } from './timer-queue.js';

/** Reconciles per tick before the rest waits for the next tick (keeps one tick's work bounded). */
const RECONCILE_BUDGET = 200_000;

export interface TickReport {
  reconciles: number;
  changes: number;
  /** Simulated time the tick ended at. */
  now: number;
}

export class Engine {
  private readonly queue = new Map<string, Set<string>>();
  private queued = 0;
  private readonly timers = new TimerQueue();
  private readonly byName = new Map<string, Controller>();
  private current: Controller | undefined;
  private inTick = false;
  readonly ctx: SimContext;
  /** Errors thrown by reconcilers (kept for tests and diagnostics; the tick carries on). */
  readonly errors: { controller: string; key: string; message: string }[] = [];

  constructor(
    readonly cluster: Cluster,
    readonly controllers: Controller[],
    client: SystemClient,
  ) {
    for (const c of controllers) {
      this.byName.set(c.name, c);
      this.queue.set(c.name, new Set());
    }
    const engine = this;
    this.ctx = {
      cluster,
      client,
      rng: cluster.rng,
      now: () => cluster.now(),
      get: (r, ns, n) => cluster.store.get(r, ns, n),
      list: (r, ns) => cluster.store.list(r, ns),
      put: (r, o) => cluster.write(() => cluster.store.put(r, o)),
      remove: (r, ns, n) => cluster.write(() => cluster.store.remove(r, ns, n)),
      event: (obj, type, reason, message, source) =>
        void recordEvent(cluster, obj, type, reason, message, source ?? { component: engine.current?.name ?? 'simulator' }),
      enqueue: (key, afterMs, controller) => engine.enqueue(controller ?? engine.current?.name ?? '', key, afterMs),
    };
    // Changes made inside a tick were observed as they happened; only outside writes (API calls) remain.
    cluster.onCommit = (changes) => {
      if (!this.inTick) this.observe(changes);
    };
  }

  /** Enqueues every object for every controller: the resync after loading a cluster. */
  resyncAll(): void {
    for (const c of this.controllers) {
      for (const w of c.watches) {
        for (const obj of this.cluster.store.values(w.resource)) {
          const keys = w.keys ? w.keys(obj, { resourceVersion: 0, type: 'ADDED', resource: w.resource, object: obj, time: 0 }) : [keyOf(obj)];
          for (const k of keys) this.enqueue(c.name, k);
        }
      }
    }
  }

  enqueue(controller: string, key: string, afterMs = 0): void {
    if (!this.byName.has(controller)) throw new Error(`unknown controller ${controller}`);
    if (afterMs > 0) {
      this.timers.add(this.cluster.now() + afterMs, controller, key);
      return;
    }
    const set = this.queue.get(controller)!;
    if (!set.has(key)) {
      set.add(key);
      this.queued++;
    }
  }

  /** Whether reconciles are waiting right now. */
  hasQueued(): boolean {
    return this.queued > 0;
  }

  /** Simulated time of the next timer, if any. */
  nextTimer(): number | undefined {
    return this.timers.peek();
  }

  /** Steps the clock forward by `ms`: work already queued runs first at the current time (so the timers it
   * arms fall inside the step), then time advances with every timer firing at its own time. */
  step(ms: number): TickReport {
    if (this.hasQueued()) this.tick(this.cluster.now());
    const target = this.cluster.now() + ms;
    this.cluster.setClock({ advanceMs: ms });
    return this.tick(target);
  }

  /** Advances to simulated time `until`: timers fire at their own times, the queue drains, one commit. */
  tick(until: number): TickReport {
    let reconciles = 0;
    let changes = 0;
    const cluster = this.cluster;
    this.inTick = true;
    // The clock has already moved to `until` when a tick starts; timers run at their own (earlier) times.
    let pinned = -Infinity;
    try {
      cluster.batch(() => {
        for (;;) {
          const due = this.timers.peek();
          if (due !== undefined && due <= until) {
            pinned = Math.max(due, pinned);
            cluster.pinClock(pinned);
            for (const t of this.timers.popDue(due)) this.enqueue(t.controller, t.key);
          } else {
            cluster.pinClock(until);
          }
          reconciles += this.drain(RECONCILE_BUDGET - reconciles);
          if (reconciles >= RECONCILE_BUDGET) break;
          if (due === undefined || due > until) break;
        }
        changes = cluster.store.pendingChanges().length;
      });
    } finally {
      this.inTick = false;
      cluster.pinClock(undefined);
    }
    return { reconciles, changes, now: until };
  }

  /** Runs queued reconciles (and what they enqueue) until the queue is empty or the budget is spent. The first
   * controller (in order) with work runs every key queued for it as one batch, then the pass starts over: like
   * a workqueue that dedups a key while other controllers work, so a DaemonSet whose 1,000 pods are bound one
   * after another is synced once per batch, not once per bind. */
  private drain(budget: number): number {
    let n = 0;
    while (this.queued > 0 && n < budget) {
      for (const c of this.controllers) {
        const set = this.queue.get(c.name)!;
        if (set.size === 0) continue;
        const batch = [...set];
        set.clear();
        this.queued -= batch.length;
        for (let i = 0; i < batch.length; i++) {
          if (n >= budget) {
            for (const key of batch.slice(i)) this.enqueue(c.name, key);
            break;
          }
          n++;
          this.runOne(c, batch[i]);
        }
        break;
      }
    }
    return n;
  }

  private runOne(c: Controller, key: string) {
    const mark = this.cluster.store.mark();
    const before = this.cluster.store.pendingChanges().length;
    this.current = c;
    try {
      const result = c.reconcile(key, this.ctx);
      if (result?.requeueAfter !== undefined) this.enqueue(c.name, key, Math.max(1, result.requeueAfter));
    } catch (err) {
      this.cluster.store.rollbackTo(mark);
      this.errors.push({ controller: c.name, key, message: (err as Error).message });
      if (this.errors.length > 100) this.errors.shift();
      // Retry later, like a controller's rate-limited requeue.
      this.enqueue(c.name, key, 5000);
    } finally {
      this.current = undefined;
    }
    // Inside a tick nothing is committed yet, so feed this reconcile's changes to the watchers now.
    const made = this.cluster.store.pendingChanges().slice(before);
    if (made.length) this.observe(made);
  }

  /** Enqueues the keys a batch of changes concerns for every controller watching them. */
  observe(changes: Change[]): void {
    for (const ch of changes) {
      for (const c of this.controllers) {
        for (const w of c.watches) {
          if (w.resource !== ch.resource) continue;
          const keys = w.keys ? w.keys(ch.object, ch) : [keyOf(ch.object)];
          for (const k of keys) this.enqueue(c.name, k);
        }
      }
    }
  }
}
