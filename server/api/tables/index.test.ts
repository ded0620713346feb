import { describe, expect, it } from 'vitest';
import { findResource, RESOURCES, type ResourceInfo } from '../../../shared/k8s/resources.js';
import type { KObject } from '../../../shared/k8s/types.js';
import { toTable } from './index.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

function res(group: string, version: string, resource: string): ResourceInfo {
  const info = findResource(group, version, resource);
  if (!info) throw new Error(`unknown resource ${group}/${version}/${resource}`);
  return info;
}

function obj(apiVersion: string, kind: string, name: string, fields: Record<string, unknown>, meta: Record<string, unknown> = {}): KObject {
  return { apiVersion, kind, metadata: { name, namespace: 'default', creationTimestamp: ago(300), ...meta }, ...fields };
}

/** The single row's cells of a one-object table. */
function row(info: ResourceInfo, o: KObject): unknown[] {
  return toTable(info, [o], { now: NOW }).rows[0].cells;
}

/** Column names as kubectl prints the header, wide ones included. */
function header(info: ResourceInfo): string[] {
  return toTable(info, [], { now: NOW }).columnDefinitions.map((c) => c.name.toUpperCase());
}

const podTemplate = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }, { name: 'log', image: 'busybox:1.36' }] } };

describe('toTable', () => {
  it('returns a meta.k8s.io/v1 Table with PartialObjectMetadata rows by default, without managedFields', () => {
    const cm = obj('v1', 'ConfigMap', 'settings', { data: { a: '1' } }, { labels: { app: 'web' }, managedFields: [{ manager: 'kubectl' }] });
    const table = toTable(res('', 'v1', 'configmaps'), [cm], { now: NOW, resourceVersion: '42', continue: 'next' });
    expect(table.kind).toBe('Table');
    expect(table.apiVersion).toBe('meta.k8s.io/v1');
    expect(table.metadata).toEqual({ resourceVersion: '42', continue: 'next' });
    expect(table.rows[0].object).toEqual({
      kind: 'PartialObjectMetadata',
      apiVersion: 'meta.k8s.io/v1',
      metadata: { name: 'settings', namespace: 'default', creationTimestamp: ago(300), labels: { app: 'web' } },
    });
    expect(cm.metadata.managedFields).toHaveLength(1);
  });

  it('embeds the full object or nothing on request', () => {
    const cm = obj('v1', 'ConfigMap', 'settings', {});
    expect(toTable(res('', 'v1', 'configmaps'), [cm], { now: NOW, includeObject: 'Object' }).rows[0].object).toBe(cm);
    expect(toTable(res('', 'v1', 'configmaps'), [cm], { now: NOW, includeObject: 'None' }).rows[0]).not.toHaveProperty('object');
  });

  it('prints one cell per column for every served resource', () => {
    for (const info of RESOURCES.filter((r) => !r.virtual)) {
      const table = toTable(info, [obj('v1', info.kind, 'x', {})], { now: NOW });
      expect(table.rows[0].cells, info.resource).toHaveLength(table.columnDefinitions.length);
      expect(table.columnDefinitions.filter((c) => c.format === 'name'), info.resource).toHaveLength(1);
    }
  });

  it('falls back to NAME and AGE for resources without a printer', () => {
    const info = res('metrics.k8s.io', 'v1beta1', 'nodes');
    expect(header(info)).toEqual(['NAME', 'AGE']);
    expect(row(info, obj('metrics.k8s.io/v1beta1', 'NodeMetrics', 'worker-1', {}))).toEqual(['worker-1', '5m']);
  });

  it('prints namespaces, configmaps, secrets, service accounts and leases', () => {
    expect(row(res('', 'v1', 'namespaces'), obj('v1', 'Namespace', 'dev', { status: { phase: 'Active' } }))).toEqual(['dev', 'Active', '5m']);
    expect(row(res('', 'v1', 'configmaps'), obj('v1', 'ConfigMap', 'kube-root-ca.crt', { data: { 'ca.crt': 'x' }, binaryData: { b: 'eA==' } }))).toEqual(['kube-root-ca.crt', 2, '5m']);
    expect(header(res('', 'v1', 'secrets'))).toEqual(['NAME', 'TYPE', 'DATA', 'AGE']);
    expect(row(res('', 'v1', 'secrets'), obj('v1', 'Secret', 'db', { type: 'Opaque', data: { user: 'YQ==', pass: 'Yg==' } }))).toEqual(['db', 'Opaque', 2, '5m']);
    expect(row(res('', 'v1', 'serviceaccounts'), obj('v1', 'ServiceAccount', 'default', {}))).toEqual(['default', 0, '5m']);
    expect(row(res('coordination.k8s.io', 'v1', 'leases'), obj('coordination.k8s.io/v1', 'Lease', 'worker-1', { spec: { holderIdentity: 'worker-1' } }))).toEqual(['worker-1', 'worker-1', '5m']);
  });

  it('prints endpoints, capped at three addresses', () => {
    const ep = obj('v1', 'Endpoints', 'web', {
      subsets: [{ addresses: [{ ip: '10.244.1.5' }, { ip: '10.244.2.3' }, { ip: '10.244.2.4' }, { ip: '10.244.3.9' }], ports: [{ port: 80, protocol: 'TCP' }] }],
    });
    expect(row(res('', 'v1', 'endpoints'), ep)).toEqual(['web', '10.244.1.5:80,10.244.2.3:80,10.244.2.4:80 + 1 more...', '5m']);
    expect(row(res('', 'v1', 'endpoints'), obj('v1', 'Endpoints', 'none', {}))[1]).toBe('<none>');
  });

  it('prints endpoint slices', () => {
    const slice = obj('discovery.k8s.io/v1', 'EndpointSlice', 'web-x7k2p', {
      addressType: 'IPv4',
      ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
      endpoints: [{ addresses: ['10.244.1.5'] }, { addresses: ['10.244.2.3'] }],
    });
    expect(row(res('discovery.k8s.io', 'v1', 'endpointslices'), slice)).toEqual(['web-x7k2p', 'IPv4', '80', '10.244.1.5,10.244.2.3', '5m']);
    expect(row(res('discovery.k8s.io', 'v1', 'endpointslices'), obj('discovery.k8s.io/v1', 'EndpointSlice', 'empty', { addressType: 'IPv4' })).slice(2, 4)).toEqual(['<unset>', '<unset>']);
  });

  it('prints a pending and a bound claim', () => {
    const info = res('', 'v1', 'persistentvolumeclaims');
    expect(header(info)).toEqual(['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE', 'VOLUMEMODE']);
    const spec = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'standard', volumeMode: 'Filesystem' };
    expect(row(info, obj('v1', 'PersistentVolumeClaim', 'data', { spec, status: { phase: 'Pending' } }))).toEqual(['data', 'Pending', '', '', '', 'standard', '<unset>', '5m', 'Filesystem']);
    const bound = obj('v1', 'PersistentVolumeClaim', 'data', {
      spec: { ...spec, volumeName: 'pvc-0b1c' },
      status: { phase: 'Bound', accessModes: ['ReadWriteMany', 'ReadWriteOnce'], capacity: { storage: '1024Mi' } },
    });
    expect(row(info, bound).slice(1, 5)).toEqual(['Bound', 'pvc-0b1c', '1Gi', 'RWO,RWX']);
  });

  it('prints a deployment mid-rollout', () => {
    const info = res('apps', 'v1', 'deployments');
    expect(header(info)).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']);
    const deploy = obj('apps/v1', 'Deployment', 'web', {
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: podTemplate },
      status: { replicas: 4, updatedReplicas: 1, readyReplicas: 2, availableReplicas: 2, unavailableReplicas: 2 },
    });
    expect(row(info, deploy)).toEqual(['web', '2/3', 1, 2, '5m', 'nginx,log', 'nginx:1.27,busybox:1.36', 'app=web']);
  });

  it('prints replica sets, daemon sets and stateful sets', () => {
    const rs = obj('apps/v1', 'ReplicaSet', 'web-7d4b9c', {
      spec: { replicas: 3, selector: { matchLabels: { app: 'web', 'pod-template-hash': '7d4b9c' } }, template: podTemplate },
      status: { replicas: 3, readyReplicas: 1 },
    });
    expect(row(res('apps', 'v1', 'replicasets'), rs)).toEqual(['web-7d4b9c', 3, 3, 1, '5m', 'nginx,log', 'nginx:1.27,busybox:1.36', 'app=web,pod-template-hash=7d4b9c']);

    const ds = obj('apps/v1', 'DaemonSet', 'kube-proxy', {
      spec: { selector: { matchLabels: { k8s_app: 'kube-proxy' } }, template: { spec: { nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.32.0' }] } } },
      status: { desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 2, updatedNumberScheduled: 3, numberAvailable: 2 },
    });
    expect(header(res('apps', 'v1', 'daemonsets'))).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']);
    expect(row(res('apps', 'v1', 'daemonsets'), ds)).toEqual(['kube-proxy', 3, 3, 2, 3, 2, 'kubernetes.io/os=linux', '5m', 'kube-proxy', 'registry.k8s.io/kube-proxy:v1.32.0', 'k8s_app=kube-proxy']);

    const sts = obj('apps/v1', 'StatefulSet', 'db', { spec: { replicas: 3, template: podTemplate }, status: { readyReplicas: 1 } });
    expect(row(res('apps', 'v1', 'statefulsets'), sts)).toEqual(['db', '1/3', '5m', 'nginx,log', 'nginx:1.27,busybox:1.36']);
  });

  it('prints ingresses', () => {
    const ing = obj('networking.k8s.io/v1', 'Ingress', 'web', {
      spec: { ingressClassName: 'nginx', rules: [{ host: 'a.example.com' }, { host: 'b.example.com' }], tls: [{ hosts: ['a.example.com'] }] },
      status: { loadBalancer: { ingress: [{ ip: '172.18.0.200' }] } },
    });
    expect(row(res('networking.k8s.io', 'v1', 'ingresses'), ing)).toEqual(['web', 'nginx', 'a.example.com,b.example.com', '172.18.0.200', '80, 443', '5m']);
    const bare = obj('networking.k8s.io/v1', 'Ingress', 'catch-all', { spec: { defaultBackend: { service: { name: 'web', port: { number: 80 } } } } });
    expect(row(res('networking.k8s.io', 'v1', 'ingresses'), bare)).toEqual(['catch-all', '<none>', '*', '', '80', '5m']);
  });

  it('prints pod disruption budgets', () => {
    const info = res('policy', 'v1', 'poddisruptionbudgets');
    expect(header(info)).toEqual(['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE']);
    expect(row(info, obj('policy/v1', 'PodDisruptionBudget', 'web', { spec: { minAvailable: 2 }, status: { disruptionsAllowed: 1 } }))).toEqual(['web', '2', 'N/A', 1, '5m']);
    expect(row(info, obj('policy/v1', 'PodDisruptionBudget', 'db', { spec: { maxUnavailable: '25%' }, status: {} }))).toEqual(['db', 'N/A', '25%', 0, '5m']);
  });

  it('prints HPAs of both served versions alike', () => {
    const v1 = obj('autoscaling/v1', 'HorizontalPodAutoscaler', 'web', { spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5, targetCPUUtilizationPercentage: 50 } });
    expect(row(res('autoscaling', 'v1', 'horizontalpodautoscalers'), v1)).toEqual(row(res('autoscaling', 'v2', 'horizontalpodautoscalers'), v1));
    expect(header(res('autoscaling', 'v2', 'horizontalpodautoscalers'))).toEqual(['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE']);
  });

  it('carries the Completed condition on rows of finished pods', () => {
    const p = obj('v1', 'Pod', 'done', { spec: { containers: [{ name: 'a' }] }, status: { phase: 'Failed' } });
    const table = toTable(res('', 'v1', 'pods'), [p], { now: NOW });
    expect(table.rows[0]).toMatchObject({ conditions: [{ type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' }] });
  });
});
