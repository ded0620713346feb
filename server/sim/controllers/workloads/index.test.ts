import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';

const specs = (t: TestCluster, resource: string) => t.list(resource).map((o) => JSON.stringify({ name: o.metadata.name, labels: o.metadata.labels, annotations: o.metadata.annotations, spec: o.spec }));

const ready = (p: KObject) => p.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');

describe('workloads with every controller', () => {
  it('a fresh cluster keeps its system workloads as they were', () => {
    const before = createTestCluster({ controllers: [] });
    const t = createTestCluster();
    t.advance(60_000);
    for (const r of ['pods', 'deployments.apps', 'replicasets.apps', 'daemonsets.apps']) expect(specs(t, r), r).toEqual(specs(before, r));
    expect(t.get('deployments.apps', 'kube-system', 'coredns')!.status).toEqual(before.get('deployments.apps', 'kube-system', 'coredns')!.status);
    expect(t.engine.errors).toEqual([]);
  });

  it('a Deployment rolls out on the real scheduler and kubelet and reports rollout completion', () => {
    const t = createTestCluster();
    t.create('deployments.apps', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
    });
    for (let i = 0; i < 60; i++) t.advance(1000);
    const pods = t.list('pods', 'default');
    expect(pods).toHaveLength(3);
    expect(pods.every(ready)).toBe(true);
    const d = t.get('deployments.apps', 'default', 'web')!;
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    const img = { ...d, spec: { ...d.spec, template: { ...d.spec.template, spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } } };
    t.update('deployments.apps', img);
    for (let i = 0; i < 120; i++) t.advance(1000);
    const after = t.list('pods', 'default');
    expect(after.map((p) => p.spec.containers[0].image)).toEqual(['nginx:1.26', 'nginx:1.26', 'nginx:1.26']);
    expect(t.engine.errors).toEqual([]);
  });

  it('a Job runs busybox to completion', () => {
    const t = createTestCluster();
    t.create('jobs.batch', {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'hello', namespace: 'default' },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'hello', image: 'busybox:1.36', command: ['sh', '-c', 'echo hello'] }] } } },
    });
    for (let i = 0; i < 60; i++) t.advance(1000);
    const job = t.get('jobs.batch', 'default', 'hello')!;
    expect(job.status).toMatchObject({ succeeded: 1 });
    expect(job.status.conditions.map((c: { type: string }) => c.type)).toContain('Complete');
    expect(t.engine.errors).toEqual([]);
  });

  it('converged workloads make no writes and set no timers', () => {
    const t = createTestCluster();
    const labels = (app: string) => ({ selector: { matchLabels: { app } }, template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } });
    t.create('deployments.apps', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 2, ...labels('web') } });
    t.create('statefulsets.apps', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'default' }, spec: { replicas: 2, serviceName: 'db', ...labels('db') } });
    t.create('daemonsets.apps', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'default' }, spec: labels('agent') });
    for (let i = 0; i < 120; i++) t.advance(5000);
    expect(t.list('pods', 'default').filter(ready)).toHaveLength(6);
    const rv = t.cluster.store.resourceVersion;
    t.advance(15 * 60_000);
    expect(t.cluster.store.resourceVersion).toBe(rv);
    expect(t.engine.nextTimer()).toBeUndefined();
    expect(t.engine.errors).toEqual([]);
  });
});
