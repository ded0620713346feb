import { describe, expect, it } from 'vitest';
import type { Controller } from './controller.js';
import { createTestCluster } from './testing/harness.js';

// A controller that reconciles every pod key it is given, labelling the pod (a write each time).
function labeller(): Controller & { runs: number } {
  const c = {
    name: 'labeller',
    runs: 0,
    watches: [{ resource: 'pods', keys: (pod: { metadata: { labels?: Record<string, string> } }) => (pod.metadata.labels?.seen ? [] : ['default/' + (pod as { metadata: { name: string } }).metadata.name]) }],
    reconcile(key: string, ctx: Parameters<Controller['reconcile']>[1]) {
      c.runs++;
      const [namespace, name] = key.split('/');
      const pod = ctx.get('pods', namespace, name);
      if (pod && !pod.metadata.labels?.seen) ctx.put('pods', { ...pod, metadata: { ...pod.metadata, labels: { ...pod.metadata.labels, seen: 'yes' } } });
    },
  };
  return c as Controller & { runs: number };
}

// A controller earlier in the order that summarises all pods under one key, re-queued by every pod change.
function summariser(): Controller & { runs: number } {
  const c = {
    name: 'summariser',
    runs: 0,
    watches: [{ resource: 'pods', keys: () => ['summary'] }],
    reconcile() {
      c.runs++;
    },
  };
  return c as Controller & { runs: number };
}

const pod = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } });

describe('Engine', () => {
  it('runs a controller key once per batch of changes, not once per change made by the next controller', () => {
    const summary = summariser();
    const label = labeller();
    const t = createTestCluster({ controllers: [summary, label] });
    t.engine.cluster.batch(() => {
      for (let i = 0; i < 30; i++) t.engine.ctx.client.create('pods', pod(`p${i}`));
    });
    summary.runs = 0;
    label.runs = 0;
    t.settle();
    expect(t.list('pods', 'default').filter((p) => p.metadata.labels?.seen === 'yes')).toHaveLength(30);
    expect(label.runs).toBe(30);
    // Once for the creations, once for the 30 labels written by the labeller's batch.
    expect(summary.runs).toBe(2);
  });
});
