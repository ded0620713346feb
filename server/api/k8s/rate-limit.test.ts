import { describe, expect, it } from 'vitest';
import { ClusterRateLimiter } from './rate-limit.js';
import { StatusError } from './status.js';

describe('per-cluster rate limit', () => {
  it('answers 429 TooManyRequests past the burst and recovers as tokens refill', () => {
    let now = 0;
    const limiter = new ClusterRateLimiter({ perSecond: 10, burst: 3 }, () => now);
    for (let i = 0; i < 3; i++) limiter.take('a');
    let error: unknown;
    try {
      limiter.take('a');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StatusError);
    const status = (error as StatusError).toStatus();
    expect(status.code).toBe(429);
    expect(status.reason).toBe('TooManyRequests');
    expect(status.details?.retryAfterSeconds).toBe(1);
    limiter.take('b');
    now = 100;
    expect(() => limiter.take('a')).not.toThrow();
  });
});
