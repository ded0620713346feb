/** In-process publish/subscribe for the live streams: `teacher:<classroom id>` and `student:<student id>`. */

export type Listener = (event: string, data: unknown) => void;

export class Channels {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Listens to a channel; returns the unsubscribe function. */
  subscribe(channel: string, fn: Listener): () => void {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.listeners.delete(channel);
    };
  }

  /** Delivers an event to every listener of a channel; a failing listener does not stop the others. */
  publish(channel: string, event: string, data: unknown): void {
    for (const fn of this.listeners.get(channel) ?? []) {
      try {
        fn(event, data);
      } catch {
        /* a closed stream: its own abort handler unsubscribes it */
      }
    }
  }

  /** Whether anyone listens (no listener: nothing to compute). */
  has(channel: string): boolean {
    return this.listeners.has(channel);
  }
}
