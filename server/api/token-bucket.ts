/** Token buckets keyed by caller: the rate limit behind the Kubernetes API (per cluster) and the product API
 * (per API key). */
export interface Rate {
  /** Tokens added per second. */
  perSecond: number;
  /** Most tokens held at once (the burst). */
  burst: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** Takes one token for `id` at time `now` (ms); false when the bucket is empty. */
  take(id: string, rate: Rate, now: number): boolean {
    const b = this.buckets.get(id) ?? { tokens: rate.burst, at: now };
    b.tokens = Math.min(rate.burst, b.tokens + ((now - b.at) / 1000) * rate.perSecond);
    b.at = now;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    // Bounded memory: forgetting buckets only ever grants a fresh burst.
    if (this.buckets.size >= 10_000 && !this.buckets.has(id)) this.buckets.clear();
    this.buckets.set(id, b);
    return ok;
  }
}
