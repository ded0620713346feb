/** Per-cluster request rate limiting for the Kubernetes API (the API server's max-in-flight protection):
 * a token bucket per cluster; over the limit → 429 TooManyRequests with Retry-After. */
import { errors } from './status.js';
import { TokenBuckets, type Rate } from '../token-bucket.js';

/** Sustained requests per second per cluster, and the burst allowed. */
export type RateLimit = Rate;

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 1000, burst: 2000 };

export class ClusterRateLimiter {
  private readonly buckets = new TokenBuckets();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Takes one token for `clusterId` or throws the 429 Status. */
  take(clusterId: string): void {
    if (!this.buckets.take(clusterId, this.limit, this.now())) {
      throw errors.tooManyRequests(`Too many requests to this playground, please try again later (limit ${this.limit.perSecond}/s).`);
    }
  }
}
