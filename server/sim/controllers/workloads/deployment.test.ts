import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';
import { replicaSetController } from './replica-set.js';
import { deploymentController } from './deployment.js';
import { fakeKubelet, type FakeKubeletOptions } from './testing/fake-kubelet.js';
import { podTemplateHash } from '../../hash.js';

const D = 'deployments.apps';
const RS = 'replicasets.apps';

function deployment(name: string, replicas: number, extra: Record<string, unknown> = {}, image = 'nginx:1.26'): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image }] } }, ...extra },
  };
}

function cluster(kubelet: FakeKubeletOptions = {}): TestCluster {
  return createTestCluster({ controllers: [replicaSetController(), deploymentController(), fakeKubelet(kubelet)] });
}

const get = (t: TestCluster, name = 'web') => t.get(D, 'default', name)!;
const rsOf = (t: TestCluster, name = 'web') => t.list(RS, 'default').filter((rs) => rs.metadata.ownerReferences?.[0]?.name === name);
const livePods = (t: TestCluster) => t.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp);
const cond = (d: KObject, type: string) => d.status.conditions?.find((c: { type: string }) => c.type === type);

function setImage(t: TestCluster, image: string, name = 'web'): void {
  const d = get(t, name);
  t.update(D, { ...d, spec: { ...d.spec, template: { ...d.spec.template, spec: { ...d.spec.template.spec, containers: [{ ...d.spec.template.spec.containers[0], image }] } } } });
}

describe('Deployment controller', () => {
  it('creates a hashed ReplicaSet, scales it up and reports a complete rollout', () => {
    const t = cluster();
    t.create(D, deployment('web', 3));
    const [rs] = rsOf(t);
    const hash = podTemplateHash(get(t).spec.template);
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(rs.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '1', 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4' });
    expect(t.events('web')).toContainEqual(expect.objectContaining({ reason: 'ScalingReplicaSet', message: `Scaled up replica set web-${hash} from 0 to 3` }));
    expect(cond(get(t), 'Progressing')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "web-${hash}" is progressing.` });
    expect(cond(get(t), 'Available')).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' });
    t.advance(1000);
    const d = get(t);
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status.unavailableReplicas).toBeUndefined();
    expect(cond(d, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' });
    expect(cond(d, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "web-${hash}" has successfully progressed.` });
    expect(d.status.conditions.map((c: { type: string }) => c.type)).toEqual(['Available', 'Progressing']);
  });

  it('rolls out a new template, scales the old ReplicaSet to zero and converges quietly', () => {
    const t = cluster();
    t.create(D, deployment('web', 4));
    t.advance(1000);
    setImage(t, 'nginx:1.27');
    for (let i = 0; i < 10; i++) t.advance(1000);
    const rss = rsOf(t).sort((a, b) => Number(a.metadata.annotations?.['deployment.kubernetes.io/revision']) - Number(b.metadata.annotations?.['deployment.kubernetes.io/revision']));
    expect(rss.map((rs) => [rs.metadata.annotations?.['deployment.kubernetes.io/revision'], rs.spec.replicas])).toEqual([['1', 0], ['2', 4]]);
    expect(get(t).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(get(t).status).toMatchObject({ observedGeneration: 2, replicas: 4, updatedReplicas: 4, availableReplicas: 4 });
    expect(livePods(t).every((p) => p.spec.containers[0].image === 'nginx:1.27')).toBe(true);
    expect(t.events('web').some((e) => e.message.startsWith(`Scaled down replica set ${rss[0].metadata.name} from 4 to`))).toBe(true);
    const rv = t.cluster.store.resourceVersion;
    t.advance(700_000);
    expect(t.cluster.store.resourceVersion).toBe(rv);
    expect(t.engine.nextTimer()).toBeUndefined();
  });

  it('rollout undo adopts the old ReplicaSet and bumps its revision', () => {
    const t = cluster();
    t.create(D, deployment('web', 2));
    t.advance(1000);
    const original = get(t).spec.template;
    setImage(t, 'nginx:1.27');
    for (let i = 0; i < 6; i++) t.advance(1000);
    const d = get(t);
    t.update(D, { ...d, spec: { ...d.spec, template: original } });
    for (let i = 0; i < 6; i++) t.advance(1000);
    const rss = rsOf(t);
    expect(rss).toHaveLength(2);
    const first = rss.find((rs) => rs.metadata.name === `web-${podTemplateHash(original)}`)!;
    expect(first.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(first.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1');
    expect(first.spec.replicas).toBe(2);
    expect(get(t).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
  });

  it('Recreate removes every old pod before creating new ones', () => {
    const t = cluster({ terminateAfter: 3000 });
    t.create(D, deployment('web', 3, { strategy: { type: 'Recreate' } }));
    t.advance(1000);
    const old = rsOf(t)[0].metadata.name;
    setImage(t, 'nginx:1.27');
    expect(rsOf(t)).toHaveLength(1);
    expect(t.list('pods', 'default').every((p) => p.metadata.deletionTimestamp)).toBe(true);
    t.advance(3000);
    const fresh = rsOf(t).find((rs) => rs.metadata.name !== old)!.metadata.name;
    const scaling = t.events('web').filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
    expect(scaling.slice(-2)).toEqual([`Scaled down replica set ${old} from 3 to 0`, `Scaled up replica set ${fresh} from 0 to 3`]);
    // The new ReplicaSet's pods were created only after every old pod was gone.
    const creates = t.events().filter((e) => e.reason === 'SuccessfulCreate' || e.reason === 'SuccessfulDelete').map((e) => e.reason);
    expect(creates.slice(-6)).toEqual(['SuccessfulDelete', 'SuccessfulDelete', 'SuccessfulDelete', 'SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulCreate']);
    t.advance(2000);
    expect(livePods(t).map((p) => p.spec.containers[0].image)).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.27']);
  });

  it('pause holds a template change; resume rolls it out', () => {
    const t = cluster();
    t.create(D, deployment('web', 2));
    t.advance(1000);
    let d = get(t);
    t.update(D, { ...d, spec: { ...d.spec, paused: true } });
    setImage(t, 'nginx:1.27');
    t.advance(5000);
    expect(rsOf(t)).toHaveLength(1);
    expect(cond(get(t), 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    d = get(t);
    t.update(D, { ...d, spec: { ...d.spec, paused: false } });
    expect(rsOf(t)).toHaveLength(2);
    for (let i = 0; i < 6; i++) t.advance(1000);
    expect(cond(get(t), 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
  });

  it('reports ProgressDeadlineExceeded when pods never become ready', () => {
    const t = cluster({ readyAfter: () => 1e9 });
    t.create(D, deployment('web', 2, { progressDeadlineSeconds: 30 }));
    t.advance(29_000);
    expect(cond(get(t), 'Progressing').status).toBe('True');
    t.advance(3_000);
    const name = rsOf(t)[0].metadata.name;
    expect(cond(get(t), 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${name}" has timed out progressing.` });
    expect(t.engine.nextTimer()).toBeGreaterThan(t.now() + 1e6);
  });

  it('keeps revisionHistoryLimit old ReplicaSets and copies change-cause', () => {
    const t = cluster();
    t.create(D, deployment('web', 1, { revisionHistoryLimit: 1 }));
    t.advance(1000);
    for (const tag of ['1.27', '1.28', '1.29']) {
      const d = get(t);
      t.update(D, { ...d, metadata: { ...d.metadata, annotations: { ...d.metadata.annotations, 'kubernetes.io/change-cause': `image ${tag}` } } });
      setImage(t, `nginx:${tag}`);
      for (let i = 0; i < 5; i++) t.advance(1000);
    }
    const rss = rsOf(t);
    expect(rss.map((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision']).sort()).toEqual(['3', '4']);
    expect(rss.find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === '4')!.metadata.annotations?.['kubernetes.io/change-cause']).toBe('image 1.29');
  });

  it('restartedAt in the template starts a rollout', () => {
    const t = cluster();
    t.create(D, deployment('web', 2));
    t.advance(1000);
    const d = get(t);
    t.update(D, { ...d, spec: { ...d.spec, template: { ...d.spec.template, metadata: { ...d.spec.template.metadata, annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:01Z' } } } } });
    expect(rsOf(t)).toHaveLength(2);
  });

  it('scales proportionally through a replicas change', () => {
    const t = cluster();
    t.create(D, deployment('web', 3));
    t.advance(1000);
    let d = get(t);
    t.update(D, { ...d, spec: { ...d.spec, replicas: 6 } });
    expect(rsOf(t)[0].spec.replicas).toBe(6);
    expect(t.events('web')).toContainEqual(expect.objectContaining({ message: `Scaled up replica set ${rsOf(t)[0].metadata.name} from 3 to 6` }));
    t.advance(1000);
    d = get(t);
    expect(d.status).toMatchObject({ replicas: 6, availableReplicas: 6 });
  });

  it('leaves the bootstrapped coredns Deployment unchanged', () => {
    const before = createTestCluster({ controllers: [] });
    const t = createTestCluster({ controllers: [replicaSetController(), deploymentController()] });
    expect(t.cluster.store.resourceVersion).toBe(before.cluster.store.resourceVersion);
    expect(t.engine.errors).toEqual([]);
  });

  it('surfaces a ReplicaSet that cannot create pods as ReplicaFailure on both', () => {
    const t = cluster();
    t.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'doomed' } });
    t.create(D, { ...deployment('web', 1), metadata: { name: 'web', namespace: 'doomed' } });
    t.advance(1000);
    const ns = t.get('namespaces', undefined, 'doomed')!;
    t.cluster.write(() => t.cluster.store.put('namespaces', { ...ns, metadata: { ...ns.metadata, deletionTimestamp: '2026-01-01T00:00:01Z' } }));
    const d = t.get(D, 'doomed', 'web')!;
    t.update(D, { ...d, spec: { ...d.spec, replicas: 2 } });
    const message = 'pods "' + t.list(RS, 'doomed')[0].metadata.name + '-" is forbidden: unable to create new content in namespace doomed because it is being terminated';
    expect(t.list(RS, 'doomed')[0].status.conditions).toEqual([expect.objectContaining({ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message })]);
    expect(cond(t.get(D, 'doomed', 'web')!, 'ReplicaFailure')).toMatchObject({ status: 'True', reason: 'FailedCreate', message });
    expect(t.events()).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'FailedCreate', message: `Error creating: ${message}` }));
  });
});
