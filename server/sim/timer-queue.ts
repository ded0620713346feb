/** A min-heap of (time, controller, key) timers with deduplication of identical entries. */
interface Timer {
  at: number;
  controller: string;
  key: string;
  seq: number;
}

export class TimerQueue {
  private heap: Timer[] = [];
  private seq = 0;
  private readonly pending = new Map<string, number>();

  get size(): number {
    return this.heap.length;
  }

  /** Adds a timer; an earlier identical (controller, key) timer already pending makes this a no-op. */
  add(at: number, controller: string, key: string): void {
    const id = `${controller}\u0000${key}`;
    const existing = this.pending.get(id);
    if (existing !== undefined && existing <= at) return;
    this.pending.set(id, at);
    this.push({ at, controller, key, seq: this.seq++ });
  }

  peek(): number | undefined {
    while (this.heap.length && this.stale(this.heap[0])) this.pop();
    return this.heap[0]?.at;
  }

  /** Removes and returns every timer due at or before `at`, in (time, insertion) order. */
  popDue(at: number): Timer[] {
    const out: Timer[] = [];
    while (this.heap.length && this.heap[0].at <= at) {
      const t = this.pop()!;
      if (this.stale(t)) continue;
      this.pending.delete(`${t.controller}\u0000${t.key}`);
      out.push(t);
    }
    return out;
  }

  private stale(t: Timer): boolean {
    return this.pending.get(`${t.controller}\u0000${t.key}`) !== t.at;
  }

  private less(a: Timer, b: Timer) {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(t: Timer) {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
