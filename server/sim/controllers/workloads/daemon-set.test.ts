import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';
import { daemonSetController } from './daemon-set.js';
import { fakeKubelet } from './testing/fake-kubelet.js';

const DS = 'daemonsets.apps';

function ds(extra: Record<string, unknown> = {}, podSpec: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'fluentd', namespace: 'default' },
    spec: { selector: { matchLabels: { name: 'fluentd' } }, template: { metadata: { labels: { name: 'fluentd' } }, spec: { containers: [{ name: 'fluentd', image: 'fluentd:v1.16' }], ...podSpec } }, ...extra },
  };
}

/** Binds each daemon pod to the node its affinity names, as the scheduler would. */
const pinnedNode = (pod: KObject) => pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]?.matchFields?.[0]?.values?.[0] ?? 'worker-1';

function cluster(): TestCluster {
  return createTestCluster({ controllers: [daemonSetController(), fakeKubelet({ node: pinnedNode })] });
}

const podsByNode = (t: TestCluster) =>
  Object.fromEntries(
    t
      .list('pods', 'default')
      .filter((p) => !p.metadata.deletionTimestamp)
      .map((p) => [p.spec.nodeName ?? pinnedNode(p), p])
      .sort(),
  );

describe('DaemonSet controller', () => {
  it('runs one pod per untainted node, pinned with node affinity and daemon tolerations', () => {
    const t = cluster();
    t.create(DS, ds());
    const pods = podsByNode(t);
    expect(Object.keys(pods).sort()).toEqual(['worker-1', 'worker-2']);
    const pod = pods['worker-1'] as KObject;
    expect(pod.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['worker-1'] }] }]);
    expect(pod.spec.tolerations).toContainEqual({ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' });
    expect(pod.metadata.labels).toMatchObject({ name: 'fluentd', 'pod-template-generation': '1', 'controller-revision-hash': expect.any(String) });
    t.advance(1000);
    expect(t.get(DS, 'default', 'fluentd')!.status).toEqual({ currentNumberScheduled: 2, numberMisscheduled: 0, desiredNumberScheduled: 2, numberReady: 2, observedGeneration: 1, updatedNumberScheduled: 2, numberAvailable: 2 });
  });

  it('tolerating the control-plane taint and a nodeSelector pick the nodes', () => {
    const t = cluster();
    t.create(DS, ds({}, { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }));
    expect(Object.keys(podsByNode(t)).sort()).toEqual(['control-plane', 'worker-1', 'worker-2']);
    const d = t.get(DS, 'default', 'fluentd')!;
    t.update(DS, { ...d, spec: { ...d.spec, template: { ...d.spec.template, spec: { ...d.spec.template.spec, nodeSelector: { 'kubernetes.io/hostname': 'worker-2' } } } } });
    expect(Object.keys(podsByNode(t))).toEqual(['worker-2']);
  });

  it('rolls a template change one node at a time', () => {
    const t = cluster();
    t.create(DS, ds());
    t.advance(1000);
    const d = t.get(DS, 'default', 'fluentd')!;
    t.update(DS, { ...d, spec: { ...d.spec, template: { ...d.spec.template, spec: { ...d.spec.template.spec, containers: [{ name: 'fluentd', image: 'fluentd:v1.17' }] } } } });
    const images = () => Object.values(podsByNode(t)).map((p) => (p as KObject).spec.containers[0].image);
    expect(images().filter((i) => i === 'fluentd:v1.16')).toHaveLength(1);
    t.advance(1000);
    t.advance(1000);
    expect(images()).toEqual(['fluentd:v1.17', 'fluentd:v1.17']);
    expect(t.get(DS, 'default', 'fluentd')!.status).toMatchObject({ updatedNumberScheduled: 2, numberAvailable: 2, observedGeneration: 2 });
  });

  it('leaves the bootstrapped kube-proxy DaemonSet unchanged', () => {
    const before = createTestCluster({ controllers: [] });
    const t = createTestCluster({ controllers: [daemonSetController()] });
    expect(t.cluster.store.resourceVersion).toBe(before.cluster.store.resourceVersion);
  });

  it('a daemon pod losing readiness changes only the status, never the revision', () => {
    const t = createTestCluster({ controllers: [daemonSetController()] });
    const pod = t.list('pods', 'kube-system').find((p) => p.metadata.name?.startsWith('kube-proxy-') && p.spec.nodeName === 'worker-2')!;
    const conditions = pod.status.conditions.map((c: { type: string }) => (c.type === 'Ready' ? { ...c, status: 'False' } : c));
    t.cluster.write(() => t.cluster.store.put('pods', { ...pod, status: { ...pod.status, conditions } }));
    t.settle();
    const ds = t.get(DS, 'kube-system', 'kube-proxy')!;
    expect(ds.status).toMatchObject({ numberReady: 2, numberAvailable: 2, numberUnavailable: 1, desiredNumberScheduled: 3 });
    expect(ds.metadata.generation).toBe(1);
    expect(t.get('pods', 'kube-system', pod.metadata.name!)!.metadata.deletionTimestamp).toBeUndefined();
  });
});
