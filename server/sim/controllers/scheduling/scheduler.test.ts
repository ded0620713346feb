import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster } from '../../testing/harness.js';
import { schedulerController, UNSCHEDULABLE_RETRY_MS } from './scheduler.js';
import { explainPod } from '../../scheduler/explain.js';

const FAMOUS =
  '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. ' +
  'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';

function podManifest(name: string, spec: Record<string, unknown> = {}, labels: Record<string, string> = {}): KObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels }, spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec } };
}
const withCpu = (name: string, cpu: string) => podManifest(name, { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu } } }] });
const focused = () => createTestCluster({ controllers: [schedulerController()] });
const scheduledCondition = (pod: KObject) => pod.status.conditions.find((c: { type: string }) => c.type === 'PodScheduled');

describe('scheduler controller', () => {
  it('leaves a freshly bootstrapped cluster unchanged', () => {
    const t = focused();
    const rv = t.cluster.store.resourceVersion;
    t.advance(60_000);
    expect(t.cluster.store.resourceVersion).toBe(rv);
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('binds a pod, sets PodScheduled and records Scheduled from default-scheduler', () => {
    const t = focused();
    t.create('pods', podManifest('web-1'));
    const pod = t.get('pods', 'default', 'web-1')!;
    expect(['worker-1', 'worker-2']).toContain(pod.spec.nodeName);
    expect(scheduledCondition(pod)).toMatchObject({ status: 'True', lastProbeTime: null });
    expect(t.events('web-1')).toEqual([{ reason: 'Scheduled', message: `Successfully assigned default/web-1 to ${pod.spec.nodeName}`, type: 'Normal', count: 1 }]);
    const ev = t.list('events').find((e) => e.involvedObject.name === 'web-1')!;
    expect(ev.source.component).toBe('default-scheduler');
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('reports the famous message for a pod requesting 5 cpu, once per attempt, and retries every 5 minutes', () => {
    const t = focused();
    t.create('pods', withCpu('big', '5'));
    const pod = t.get('pods', 'default', 'big')!;
    expect(pod.spec.nodeName).toBeUndefined();
    expect(scheduledCondition(pod)).toMatchObject({ status: 'False', reason: 'Unschedulable', message: FAMOUS });
    expect(t.events('big')).toEqual([{ reason: 'FailedScheduling', message: FAMOUS, type: 'Warning', count: 1 }]);
    t.advance(UNSCHEDULABLE_RETRY_MS);
    expect(t.events('big')[0].count).toBe(2);
  });

  it('keeps a nodeSelector pod pending until a node gets the label', () => {
    const t = focused();
    t.create('pods', podManifest('fast', { nodeSelector: { disktype: 'ssd' } }));
    expect(scheduledCondition(t.get('pods', 'default', 'fast')!).message).toContain("2 node(s) didn't match Pod's node affinity/selector");
    const worker2 = t.get('nodes', undefined, 'worker-2')!;
    t.update('nodes', { ...worker2, metadata: { ...worker2.metadata, labels: { ...worker2.metadata.labels, disktype: 'ssd' } } });
    expect(t.get('pods', 'default', 'fast')!.spec.nodeName).toBe('worker-2');
    expect(t.events('fast').map((e) => e.reason)).toEqual(['FailedScheduling', 'Scheduled']);
  });

  it('schedules a pending pod once a running pod frees the room', () => {
    const t = focused();
    t.create('pods', withCpu('a', '3'));
    t.create('pods', withCpu('b', '3'));
    t.create('pods', withCpu('c', '3'));
    expect(t.get('pods', 'default', 'c')!.spec.nodeName).toBeUndefined();
    t.cluster.write(() => t.cluster.store.remove('pods', 'default', 'a'));
    t.settle();
    expect(t.get('pods', 'default', 'c')!.spec.nodeName).toBeDefined();
  });

  it('spreads 6 replicas selected by a Service 3/3 over the workers', () => {
    const t = focused();
    t.create('services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
    for (let i = 0; i < 6; i++) t.create('pods', podManifest(`web-${i}`, {}, { app: 'web' }));
    const counts: Record<string, number> = {};
    for (const p of t.list('pods', 'default')) counts[p.spec.nodeName] = (counts[p.spec.nodeName] ?? 0) + 1;
    expect(counts).toEqual({ 'worker-1': 3, 'worker-2': 3 });
  });

  it('lets a pod that tolerates the control-plane taint onto the control plane', () => {
    const t = focused();
    t.create('pods', podManifest('admin', {
      nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
    }));
    expect(t.get('pods', 'default', 'admin')!.spec.nodeName).toBe('control-plane');
  });

  it('avoids cordoned nodes and retries when they are uncordoned', () => {
    const t = focused();
    for (const name of ['worker-1', 'worker-2']) {
      const n = t.get('nodes', undefined, name)!;
      t.update('nodes', { ...n, spec: { ...n.spec, unschedulable: true } });
    }
    t.create('pods', podManifest('p'));
    expect(scheduledCondition(t.get('pods', 'default', 'p')!).message).toContain('2 node(s) were unschedulable');
    const n = t.get('nodes', undefined, 'worker-1')!;
    t.update('nodes', { ...n, spec: { ...n.spec, unschedulable: false } });
    expect(t.get('pods', 'default', 'p')!.spec.nodeName).toBe('worker-1');
  });

  it('preempts a lower-priority pod for a higher-priority one', () => {
    const t = focused();
    t.create('pods', withCpu('low-1', '3'));
    t.create('pods', withCpu('low-2', '3'));
    const high = withCpu('high', '3');
    high.spec.priority = 1000;
    t.create('pods', high);
    const victims = t.list('pods', 'default').filter((p) => p.metadata.deletionTimestamp);
    expect(victims).toHaveLength(1);
    expect(t.events(victims[0].metadata.name).map((e) => e.reason)).toContain('Preempted');
    expect(t.get('pods', 'default', 'high')!.status.nominatedNodeName).toBe(victims[0].spec.nodeName);
    t.cluster.write(() => t.cluster.store.remove('pods', 'default', victims[0].metadata.name!));
    t.settle();
    expect(t.get('pods', 'default', 'high')!.spec.nodeName).toBe(victims[0].spec.nodeName);
  });

  it('explains a pending pod node by node', () => {
    const t = focused();
    t.create('pods', withCpu('big', '5'));
    const e = explainPod(t.cluster, 'default', 'big')!;
    expect(e.scheduled).toBe(false);
    expect(e.message).toBe(FAMOUS);
    expect(e.nodes.find((n) => n.node === 'worker-1')!.plugins.find((p) => !p.passed)).toEqual({ plugin: 'NodeResourcesFit', passed: false, reason: 'Insufficient cpu' });
    expect(explainPod(t.cluster, 'default', 'nope')).toBeUndefined();
  });

  it('works beside every other controller: a Deployment of 6 spreads 3/3 and a converged cluster stays quiet', () => {
    const t = createTestCluster();
    t.create('deployments.apps', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 6, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
    });
    t.advance(120_000);
    const pods = t.list('pods', 'default').filter((p) => p.metadata.labels?.app === 'web');
    expect(pods).toHaveLength(6);
    const counts: Record<string, number> = {};
    for (const p of pods) counts[p.spec.nodeName] = (counts[p.spec.nodeName] ?? 0) + 1;
    expect(counts).toEqual({ 'worker-1': 3, 'worker-2': 3 });
    const system = t.list('pods', 'kube-system');
    expect(system.every((p) => p.spec.nodeName)).toBe(true);
  });
});
