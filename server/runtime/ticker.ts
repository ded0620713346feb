/** Drives one cluster's engine in real time: ticks only while work is due (queued keys or a timer on the
 * simulated clock), so a converged cluster costs nothing. The timer primitive is injected (setTimeout on
 * Node, a Durable Object alarm on Workers). */
import type { Cluster } from '../sim/cluster.js';
import type { Engine } from '../sim/engine.js';

export interface TimerPort {
  /** Arms (replacing any armed one) a wake-up after `ms` real milliseconds. */
  arm(ms: number): void;
  cancel(): void;
}

/** Minimum real time between ticks while work keeps coming (simulated time still advances exactly). */
const MIN_INTERVAL_MS = 50;
/** Longest real wait armed at once; long waits re-arm (speed changes take effect soon enough). */
const MAX_WAIT_MS = 60_000;

export class Ticker {
  private armedAt: number | undefined;
  ticks = 0;

  constructor(
    readonly cluster: Cluster,
    readonly engine: Engine,
    private readonly timer: TimerPort,
    private readonly realNow: () => number,
  ) {}

  /** Something changed (an API write, a clock change): run soon if there is work. */
  kick(): void {
    this.schedule();
  }

  /** Runs one tick up to the current simulated time and arms the next wake-up. */
  run(): void {
    this.armedAt = undefined;
    this.engine.tick(this.cluster.now());
    this.ticks++;
    this.schedule();
  }

  /** Steps the (usually paused) clock forward by `ms` simulated milliseconds, processing everything due. */
  step(ms: number): void {
    this.engine.step(ms);
    this.ticks++;
    this.schedule();
  }

  /** Whether this cluster has nothing to do right now (it may be evicted from memory). */
  idle(): boolean {
    return !this.engine.hasQueued() && this.armedAt === undefined;
  }

  stop(): void {
    this.timer.cancel();
    this.armedAt = undefined;
  }

  private schedule(): void {
    let delay: number | undefined;
    if (this.engine.hasQueued()) delay = MIN_INTERVAL_MS;
    else {
      const next = this.engine.nextTimer();
      const m = this.cluster.meta;
      if (next !== undefined && !m.clockPaused) {
        const simWait = Math.max(0, next - this.cluster.now());
        delay = Math.min(MAX_WAIT_MS, Math.max(MIN_INTERVAL_MS, simWait / m.clockSpeed));
      }
    }
    if (delay === undefined) {
      if (this.armedAt !== undefined) this.timer.cancel();
      this.armedAt = undefined;
      return;
    }
    const at = this.realNow() + delay;
    if (this.armedAt !== undefined && this.armedAt <= at) return;
    this.armedAt = at;
    this.timer.arm(delay);
  }
}
