import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster } from '../../testing/harness.js';
import { Rng } from '../../rng.js';
import { fnv32a } from '../../hash.js';
import { replicaSetController } from './replica-set.js';
import { deploymentController } from './deployment.js';
import { fakeKubelet } from './testing/fake-kubelet.js';

const D = 'deployments.apps';

function pick(rng: Rng, replicas: number): number | string {
  return rng.next() < 0.5 ? rng.int(Math.min(replicas, 3) + 1) : `${[0, 10, 25, 33, 50, 75, 100][rng.int(7)]}%`;
}

function resolve(v: number | string, replicas: number, up: boolean): number {
  if (typeof v === 'number') return v;
  const x = (parseInt(v, 10) * replicas) / 100;
  return up ? Math.ceil(x) : Math.floor(x);
}

const isReady = (p: KObject) => p.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');

describe('rolling update property', () => {
  it('never drops below replicas − maxUnavailable available nor exceeds replicas + maxSurge pods', () => {
    const rng = new Rng(20260101);
    for (let trial = 0; trial < 20; trial++) {
      const replicas = 1 + rng.int(10);
      const surge = pick(rng, replicas);
      let unavailable = pick(rng, replicas);
      // The API rejects both set to zero.
      if (parseInt(String(surge), 10) === 0 && parseInt(String(unavailable), 10) === 0) unavailable = 1;
      const maxSurge = resolve(surge, replicas, true);
      let maxUnavailable = resolve(unavailable, replicas, false);
      if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
      const seed = rng.int(1 << 30);
      const t = createTestCluster({
        seed,
        controllers: [replicaSetController(), deploymentController(), fakeKubelet({ readyAfter: (p) => 200 + (fnv32a(`${seed}${p.metadata.name}`) % 40) * 100 })],
      });
      t.create(D, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: {
          replicas,
          selector: { matchLabels: { app: 'web' } },
          strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: surge, maxUnavailable: unavailable } },
          template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.26' }] } },
        },
      });
      t.advance(10_000);
      const d = t.get(D, 'default', 'web')!;
      t.update(D, { ...d, spec: { ...d.spec, template: { ...d.spec.template, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } } });
      const label = `replicas=${replicas} maxSurge=${surge} maxUnavailable=${unavailable}`;
      for (let step = 0; step < 600; step++) {
        const pods = t.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp);
        const available = pods.filter(isReady).length;
        expect(available, `${label} step ${step}: available`).toBeGreaterThanOrEqual(replicas - maxUnavailable);
        expect(pods.length, `${label} step ${step}: total`).toBeLessThanOrEqual(replicas + maxSurge);
        t.advance(100);
      }
      const pods = t.list('pods', 'default');
      expect(pods.map((p) => p.spec.containers[0].image), label).toEqual(Array(replicas).fill('nginx:1.27'));
      expect(t.get(D, 'default', 'web')!.status, label).toMatchObject({ replicas, updatedReplicas: replicas, availableReplicas: replicas });
    }
  }, 120_000);

  it('holds with the real scheduler and kubelet too', () => {
    const rng = new Rng(7);
    for (let trial = 0; trial < 4; trial++) {
      const replicas = 2 + rng.int(6);
      const surge = pick(rng, replicas);
      let unavailable = pick(rng, replicas);
      if (parseInt(String(surge), 10) === 0 && parseInt(String(unavailable), 10) === 0) unavailable = 1;
      const maxSurge = resolve(surge, replicas, true);
      let maxUnavailable = resolve(unavailable, replicas, false);
      if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
      const t = createTestCluster({ seed: trial + 1 });
      const spec = (image: string) => ({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image }] } });
      t.create(D, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: { replicas, selector: { matchLabels: { app: 'web' } }, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: surge, maxUnavailable: unavailable } }, template: spec('nginx:1.26') },
      });
      for (let i = 0; i < 60; i++) t.advance(1000);
      const d = t.get(D, 'default', 'web')!;
      t.update(D, { ...d, spec: { ...d.spec, template: spec('nginx:1.27') } });
      const label = `replicas=${replicas} maxSurge=${surge} maxUnavailable=${unavailable}`;
      for (let step = 0; step < 300; step++) {
        const pods = t.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp);
        expect(pods.filter(isReady).length, `${label} step ${step}: available`).toBeGreaterThanOrEqual(replicas - maxUnavailable);
        expect(pods.length, `${label} step ${step}: total`).toBeLessThanOrEqual(replicas + maxSurge);
        t.advance(500);
      }
      expect(t.get(D, 'default', 'web')!.status, label).toMatchObject({ replicas, updatedReplicas: replicas, availableReplicas: replicas });
      expect(t.engine.errors, label).toEqual([]);
    }
  }, 120_000);
});
