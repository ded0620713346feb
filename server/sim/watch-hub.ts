/** Fans committed changes out to watchers and keeps the most recent ones for cheap watch resumption. */
import type { Change } from './store.js';

export interface Watcher {
  /** Storage key (`pods`, `deployments.apps`) or undefined for every resource. */
  resource?: string;
  namespace?: string;
  send(change: Change): void;
}

const RECENT = 2000;

export class WatchHub {
  private readonly watchers = new Set<Watcher>();
  private recent: Change[] = [];

  subscribe(w: Watcher): () => void {
    this.watchers.add(w);
    return () => this.watchers.delete(w);
  }

  get size(): number {
    return this.watchers.size;
  }

  publish(changes: Change[]): void {
    if (changes.length === 0) return;
    this.recent.push(...changes);
    if (this.recent.length > RECENT * 2) this.recent = this.recent.slice(-RECENT);
    for (const w of this.watchers) {
      for (const c of changes) {
        if (w.resource && w.resource !== c.resource) continue;
        if (w.namespace && w.namespace !== c.object.metadata.namespace) continue;
        w.send(c);
      }
    }
  }

  /** Changes after `rv` from memory, or undefined when memory no longer reaches back that far. */
  recentSince(rv: number): Change[] | undefined {
    const first = this.recent[0];
    if (!first || first.resourceVersion > rv + 1) return undefined;
    let lo = 0;
    let hi = this.recent.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.recent[mid].resourceVersion <= rv) lo = mid + 1;
      else hi = mid;
    }
    return this.recent.slice(lo);
  }
}
