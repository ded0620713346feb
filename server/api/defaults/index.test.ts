import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { applyDefaults } from './index.js';

const meta = { name: 'web', namespace: 'default' };

describe('Pod defaults', () => {
  const pod: KObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta,
    spec: {
      containers: [
        { name: 'a', image: 'nginx', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '500m', memory: '128Mi' } }, readinessProbe: { httpGet: { port: 80 } } },
        { name: 'b', image: 'busybox:1.36' },
      ],
    },
  };

  it('fills the PodSpec and container defaults the API server writes', () => {
    const out = applyDefaults(pod, { resource: 'pods', group: '' });
    expect(out.spec).toMatchObject({
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
      securityContext: {},
      enableServiceLinks: true,
      priority: 0,
      preemptionPolicy: 'PreemptLowerPriority',
      serviceAccountName: 'default',
      serviceAccount: 'default',
    });
    const [a, b] = out.spec.containers;
    expect(a).toMatchObject({ imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' });
    expect(a.ports[0].protocol).toBe('TCP');
    expect(a.resources.requests).toEqual({ cpu: '500m', memory: '128Mi' });
    expect(a.readinessProbe).toEqual({ httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
    expect(b).toMatchObject({ imagePullPolicy: 'IfNotPresent', resources: {} });
  });

  it('adds the default not-ready and unreachable tolerations and the initial status', () => {
    const out = applyDefaults(pod, { resource: 'pods', group: '' });
    expect(out.spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    expect(out.status).toEqual({ phase: 'Pending', qosClass: 'Burstable' });
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(pod);
    applyDefaults(pod, { resource: 'pods', group: '' });
    expect(pod).toEqual(copy);
  });
});

describe('workload defaults', () => {
  const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', resources: { limits: { cpu: '1' } } }] } };

  it('Deployment: replicas, strategy, history, deadline and template defaults but no requests from limits', () => {
    const out = applyDefaults({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta, spec: { selector: { matchLabels: { app: 'web' } }, template } }, { resource: 'deployments', group: 'apps' });
    expect(out.spec).toMatchObject({
      replicas: 1,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    });
    expect(out.spec.template.spec.restartPolicy).toBe('Always');
    expect(out.spec.template.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
    expect(out.spec.template.spec.containers[0].resources.requests).toBeUndefined();
    expect(out.spec.template.spec.tolerations).toBeUndefined();
  });

  it('Deployment with Recreate gets no rollingUpdate', () => {
    const out = applyDefaults({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta, spec: { strategy: { type: 'Recreate' }, template } }, { resource: 'deployments', group: 'apps' });
    expect(out.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('DaemonSet and StatefulSet strategies', () => {
    const ds = applyDefaults({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: meta, spec: { template } }, { resource: 'daemonsets', group: 'apps' });
    expect(ds.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(ds.spec.revisionHistoryLimit).toBe(10);
    const sts = applyDefaults(
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta, spec: { template, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: {} }] } },
      { resource: 'statefulsets', group: 'apps' },
    );
    expect(sts.spec).toMatchObject({
      replicas: 1,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
    expect(sts.spec.volumeClaimTemplates[0]).toMatchObject({ spec: { volumeMode: 'Filesystem' }, status: { phase: 'Pending' } });
  });

  it('ReplicaSet replicas', () => {
    expect(applyDefaults({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: meta, spec: { template } }, { resource: 'replicasets', group: 'apps' }).spec.replicas).toBe(1);
  });

  it('Job: counts, backoff, mode and a selector generated from the uid', () => {
    const job: KObject = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi', namespace: 'default', uid: 'u-1' }, spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl' }], restartPolicy: 'Never' } } } };
    const out = applyDefaults(job, { resource: 'jobs', group: 'batch' });
    expect(out.spec).toMatchObject({ completions: 1, parallelism: 1, backoffLimit: 6, completionMode: 'NonIndexed', suspend: false, podReplacementPolicy: 'TerminatingOrFailed' });
    expect(out.spec.manualSelector).toBeUndefined();
    expect(out.spec.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': 'u-1' } });
    const labels = { 'batch.kubernetes.io/controller-uid': 'u-1', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': 'u-1', 'job-name': 'pi' };
    expect(out.spec.template.metadata.labels).toEqual(labels);
    expect(out.metadata.labels).toEqual(labels);
  });

  it('Job with only parallelism keeps completions unset', () => {
    const out = applyDefaults({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'q', uid: 'u' }, spec: { parallelism: 3, template: {} } }, { resource: 'jobs', group: 'batch' });
    expect(out.spec.completions).toBeUndefined();
    expect(out.spec.parallelism).toBe(3);
  });

  it('CronJob: policy, suspend and history limits', () => {
    const out = applyDefaults({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta, spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }] } } } } } }, { resource: 'cronjobs', group: 'batch' });
    expect(out.spec).toMatchObject({ concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    expect(out.spec.jobTemplate.spec.backoffLimit).toBeUndefined();
    expect(out.spec.jobTemplate.spec.template.spec.terminationGracePeriodSeconds).toBe(30);
  });
});

describe('core and other defaults', () => {
  it('Service: ClusterIP, None affinity, TCP, targetPort = port, single-stack IPv4', () => {
    const out = applyDefaults({ apiVersion: 'v1', kind: 'Service', metadata: meta, spec: { ports: [{ port: 80 }] } }, { resource: 'services', group: '' });
    expect(out.spec).toEqual({
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      internalTrafficPolicy: 'Cluster',
      ipFamilyPolicy: 'SingleStack',
      ipFamilies: ['IPv4'],
    });
  });

  it('Service: NodePort gets externalTrafficPolicy Cluster; ExternalName gets no IP families', () => {
    const np = applyDefaults({ apiVersion: 'v1', kind: 'Service', metadata: meta, spec: { type: 'NodePort', ports: [{ port: 80, targetPort: 'http' }] } }, { resource: 'services', group: '' });
    expect(np.spec.externalTrafficPolicy).toBe('Cluster');
    expect(np.spec.ports[0].targetPort).toBe('http');
    const en = applyDefaults({ apiVersion: 'v1', kind: 'Service', metadata: meta, spec: { type: 'ExternalName', externalName: 'example.com' } }, { resource: 'services', group: '' });
    expect(en.spec.ipFamilies).toBeUndefined();
    expect(en.spec.internalTrafficPolicy).toBeUndefined();
  });

  it('Namespace, Secret and PersistentVolumeClaim', () => {
    const ns = applyDefaults({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } }, { resource: 'namespaces', group: '' });
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(ns.status).toEqual({ phase: 'Active' });
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'team' });
    expect(applyDefaults({ apiVersion: 'v1', kind: 'Secret', metadata: meta }, { resource: 'secrets', group: '' }).type).toBe('Opaque');
    const pvc = applyDefaults({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta, spec: {} }, { resource: 'persistentvolumeclaims', group: '' });
    expect(pvc.spec.volumeMode).toBe('Filesystem');
    expect(pvc.status.phase).toBe('Pending');
  });

  it('HPA v2: minReplicas, the default CPU metric, behavior rules only when behavior is given', () => {
    const base: KObject = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta, spec: { maxReplicas: 5 } };
    const out = applyDefaults(base, { resource: 'horizontalpodautoscalers', group: 'autoscaling' });
    expect(out.spec.minReplicas).toBe(1);
    expect(out.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }]);
    expect(out.spec.behavior).toBeUndefined();
    const withBehavior = applyDefaults({ ...base, spec: { maxReplicas: 5, behavior: {} } }, { resource: 'horizontalpodautoscalers', group: 'autoscaling' });
    expect(withBehavior.spec.behavior.scaleDown).toEqual({ stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] });
    expect(withBehavior.spec.behavior.scaleUp.policies).toHaveLength(2);
    const v1 = applyDefaults({ ...base, apiVersion: 'autoscaling/v1' }, { resource: 'horizontalpodautoscalers', group: 'autoscaling' });
    expect(v1.spec.metrics).toBeUndefined();
    expect(v1.spec.targetCPUUtilizationPercentage).toBeUndefined();
  });

  it('ServiceAccount and ConfigMap are left as written', () => {
    const sa: KObject = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta };
    expect(applyDefaults(sa, { resource: 'serviceaccounts', group: '' })).toEqual(sa);
  });
});
