import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster, type TestCluster } from '../../testing/harness.js';
import { statefulSetController } from './stateful-set.js';
import { fakeKubelet, type FakeKubeletOptions } from './testing/fake-kubelet.js';
import { podTemplateHash } from '../../hash.js';

const STS = 'statefulsets.apps';

function sts(replicas: number, extra: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas,
      serviceName: 'nginx',
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24', volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] } },
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      ...extra,
    },
  };
}

function cluster(opts: FakeKubeletOptions = {}): TestCluster {
  return createTestCluster({ controllers: [statefulSetController(), fakeKubelet({ readyAfter: () => 2000, ...opts })] });
}

const names = (t: TestCluster) => t.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name).sort();

describe('StatefulSet controller', () => {
  it('creates pods one at a time in ordinal order with bound claims', () => {
    const t = cluster();
    t.create(STS, sts(3));
    expect(names(t)).toEqual(['web-0']);
    t.advance(1000);
    expect(names(t)).toEqual(['web-0']);
    t.advance(1000);
    expect(names(t)).toEqual(['web-0', 'web-1']);
    t.advance(2000);
    t.advance(2000);
    expect(names(t)).toEqual(['web-0', 'web-1', 'web-2']);
    const pod = t.get('pods', 'default', 'web-1')!;
    const rev = `web-${podTemplateHash(t.get(STS, 'default', 'web')!.spec.template)}`;
    expect(pod.metadata.labels).toMatchObject({ app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-1', 'apps.kubernetes.io/pod-index': '1', 'controller-revision-hash': rev });
    expect(pod.spec).toMatchObject({ hostname: 'web-1', subdomain: 'nginx' });
    expect(pod.spec.volumes).toContainEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-1' } });
    const pvc = t.get('persistentvolumeclaims', 'default', 'www-web-1')!;
    expect(pvc.status).toMatchObject({ phase: 'Bound', capacity: { storage: '1Gi' } });
    expect(t.events('web').slice(0, 2).map((e) => e.message)).toEqual(['create Claim www-web-0 Pod web-0 in StatefulSet web success', 'create Pod web-0 in StatefulSet web successful']);
    t.advance(2000);
    expect(t.get(STS, 'default', 'web')!.status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3, currentReplicas: 3, updatedReplicas: 3, currentRevision: rev, updateRevision: rev, observedGeneration: 1 });
  });

  it('with minReadySeconds, waits for each pod to be available before creating the next', () => {
    const t = cluster();
    t.create(STS, sts(2, { minReadySeconds: 10 }));
    t.advance(2000);
    expect(names(t)).toEqual(['web-0']);
    t.advance(9000);
    expect(names(t)).toEqual(['web-0']);
    t.advance(1000);
    expect(names(t)).toEqual(['web-0', 'web-1']);
  });

  it('Parallel creates all pods at once; scale down removes the highest ordinals', () => {
    const t = cluster();
    t.create(STS, sts(3, { podManagementPolicy: 'Parallel' }));
    expect(names(t)).toEqual(['web-0', 'web-1', 'web-2']);
    t.advance(2000);
    const s = t.get(STS, 'default', 'web')!;
    t.update(STS, { ...s, spec: { ...s.spec, replicas: 1 } });
    expect(names(t)).toEqual(['web-0']);
    expect(t.get('persistentvolumeclaims', 'default', 'www-web-2')).toBeDefined();
  });

  it('whenScaled: Delete makes a condemned pod own its claim', () => {
    const t = cluster();
    t.create(STS, sts(2, { podManagementPolicy: 'Parallel', persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Delete' } }));
    const set = t.get(STS, 'default', 'web')!;
    expect(t.get('persistentvolumeclaims', 'default', 'www-web-1')!.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: set.metadata.uid }]);
    const pod = t.get('pods', 'default', 'web-1')!;
    t.update(STS, { ...set, spec: { ...set.spec, replicas: 1 } });
    expect(t.get('persistentvolumeclaims', 'default', 'www-web-1')!.metadata.ownerReferences).toContainEqual({ apiVersion: 'v1', kind: 'Pod', name: 'web-1', uid: pod.metadata.uid });
  });

  it('rolls out in reverse ordinal order, honouring the partition', () => {
    const t = cluster();
    t.create(STS, sts(3, { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } }));
    for (let i = 0; i < 8; i++) t.advance(1000);
    const s = t.get(STS, 'default', 'web')!;
    const oldRev = s.status.currentRevision;
    t.update(STS, { ...s, spec: { ...s.spec, template: { ...s.spec.template, spec: { ...s.spec.template.spec, containers: [{ ...s.spec.template.spec.containers[0], image: 'registry.k8s.io/nginx-slim:0.27' }] } } } });
    const deleted = () => t.events('web').filter((e) => e.reason === 'SuccessfulDelete').map((e) => e.message);
    expect(deleted()).toEqual(['delete Pod web-2 in StatefulSet web successful']);
    for (let i = 0; i < 10; i++) t.advance(1000);
    expect(deleted()).toEqual(['delete Pod web-2 in StatefulSet web successful', 'delete Pod web-1 in StatefulSet web successful']);
    const img = (n: string) => t.get('pods', 'default', n)!.spec.containers[0].image;
    expect([img('web-0'), img('web-1'), img('web-2')]).toEqual(['registry.k8s.io/nginx-slim:0.24', 'registry.k8s.io/nginx-slim:0.27', 'registry.k8s.io/nginx-slim:0.27']);
    const status = t.get(STS, 'default', 'web')!.status;
    expect(status).toMatchObject({ currentRevision: oldRev, currentReplicas: 1, updatedReplicas: 2 });
    expect(status.updateRevision).not.toBe(oldRev);
  });
});
