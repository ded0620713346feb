/** The simulated clock as the browser shows it: the server sends the clock when it changes, and between
 * messages the UI advances it locally at the cluster's speed so ages and the clock face keep moving. */
import type { ClockState } from '../../../shared/api/ws.js';

/** Interpolates simulated time between server clock messages. */
export class SimClock {
  /** Bumped by the page's ticker so readers of `now` re-evaluate. */
  tick = $state(0);
  #base: ClockState | null = null;
  #receivedAt = 0;

  constructor(private readonly monotonic: () => number) {}

  /** Takes a clock message from the server. */
  update(clock: ClockState): void {
    this.#base = clock;
    this.#receivedAt = this.monotonic();
    this.tick++;
  }

  /** The simulated time now (ms since epoch), or null before the first clock message. */
  get now(): number | null {
    void this.tick;
    if (!this.#base) return null;
    if (this.#base.paused) return this.#base.now;
    return this.#base.now + (this.monotonic() - this.#receivedAt) * this.#base.speed;
  }
}
