import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../sim/testing/harness.js';
import { systemClient } from '../api/registry/system-client.js';
import { Ticker } from './ticker.js';

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'default' },
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] },
};

describe('Ticker.step', () => {
  it('runs work queued by a write just before the step at the start of the step, not at its end', () => {
    const t = createTestCluster();
    const ticker = new Ticker(t.cluster, t.engine, { arm: () => {}, cancel: () => {} }, () => 0);
    const start = t.now();
    // An API write whose reconciles have not run yet (the real ticker would run them ~50 ms later).
    systemClient(t.cluster, 'user').create('pods', pod);
    expect(t.engine.hasQueued()).toBe(true);
    ticker.step(20_000);
    const created = t.get('pods', 'default', 'web')!;
    // Scheduled at the start of the step, so the pull and start fit inside the 20 stepped seconds.
    expect(created.status.phase).toBe('Running');
    expect(Date.parse(created.status.startTime)).toBeLessThan(start + 2000);
    expect(t.now()).toBe(start + 20_000);
  });
});
