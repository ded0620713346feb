/** Per-cluster request rate limiting for the Kubernetes API (the API server's max-in-flight protection):
 * a token bucket per cluster; over the limit → 429 TooManyRequests with Retry-After. */
import { errors } from './status.js';

export interface RateLimit {
  /** Sustained requests per second per cluster. */
  perSecond: number;
  /** Requests allowed in a burst. */
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 1000, burst: 2000 };

export class ClusterRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Takes one token for `clusterId` or throws the 429 Status. */
  take(clusterId: string): void {
    const now = this.now();
    const b = this.buckets.get(clusterId) ?? { tokens: this.limit.burst, at: now };
    b.tokens = Math.min(this.limit.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
    b.at = now;
    if (b.tokens < 1) {
      this.buckets.set(clusterId, b);
      throw errors.tooManyRequests(`Too many requests to this playground, please try again later (limit ${this.limit.perSecond}/s).`);
    }
    b.tokens -= 1;
    this.buckets.set(clusterId, b);
    if (this.buckets.size > 10_000) this.buckets.clear();
  }
}
