import { describe, expect, it } from 'vitest';
import { strictDecodingMessage, unknownFields, unknownFieldWarnings } from './index.js';
import type { KObject } from '../types.js';

const deployment = () => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web', 'example.com/any-key': 'x' }, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' } },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        containers: [
          {
            name: 'nginx',
            image: 'nginx:1.27',
            ports: [{ containerPort: 80, protocol: 'TCP' }],
            env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'a' } } }],
            resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: 1 } },
            readinessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: 5 },
            volumeMounts: [{ name: 'data', mountPath: '/data' }],
          },
        ],
        volumes: [{ name: 'data', emptyDir: {} }, { name: 'cfg', configMap: { name: 'cfg', items: [{ key: 'a', path: 'a.txt' }] } }],
        tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
      },
    },
  },
  status: { replicas: 3, conditions: [{ type: 'Available', status: 'True', lastUpdateTime: '2024-01-01T00:00:00Z' }] },
});

describe('unknownFields', () => {
  it('accepts a realistic manifest, including arbitrary keys in maps', () => {
    expect(unknownFields(deployment())).toEqual([]);
    expect(unknownFields({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { 'any.key': 'v' }, binaryData: { b: 'AA==' } })).toEqual([]);
  });

  it('reports typos with the path kube-apiserver prints, in document order', () => {
    const d = deployment() as KObject;
    d.spec.replica = 2;
    d.spec.template.spec.containers[0].imagePullPolicyy = 'Always';
    (d.metadata as Record<string, unknown>).labelz = {};
    expect(unknownFields(d)).toEqual(['metadata.labelz', 'spec.template.spec.containers[0].imagePullPolicyy', 'spec.replica']);
  });

  it('reports unknown fields at the top level and deep inside lists of lists', () => {
    const d = deployment() as KObject;
    d.foo = 1;
    d.spec.template.spec.volumes[1].configMap.items[0].mod = 1;
    expect(unknownFields(d)).toEqual(['spec.template.spec.volumes[1].configMap.items[0].mod', 'foo']);
  });

  it('matches field names case-sensitively', () => {
    const d = deployment() as KObject;
    d.spec.Replicas = 2;
    expect(unknownFields(d)).toEqual(['spec.Replicas']);
  });

  it('knows the fields of every group: services, HPA v2, CronJob, Ingress, PDB', () => {
    expect(unknownFields({ apiVersion: 'v1', kind: 'Service', metadata: {}, spec: { type: 'NodePort', ports: [{ port: 80, targetPort: 'http', nodePort: 30080, prot: 'TCP' }] } })).toEqual(['spec.ports[0].prot']);
    expect(unknownFields({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: {}, spec: { scaleTargetRef: { kind: 'Deployment', name: 'w' }, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] } })).toEqual([]);
    expect(unknownFields({ apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: {}, spec: { scaleTargetRef: { kind: 'Deployment', name: 'w' }, maxReplicas: 3, metrics: [] } })).toEqual(['spec.metrics']);
    expect(unknownFields({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: {}, spec: { schedule: '* * * * *', jobTemplate: { spec: { backoffLimit: 1, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } } } } })).toEqual([]);
    expect(unknownFields({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: {}, spec: { rules: [{ host: 'a', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 's', port: { number: 80 } } } }] } }] } })).toEqual([]);
    expect(unknownFields({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: {}, spec: { minAvailable: 1, selector: { matchLabels: { a: 'b' } } } })).toEqual([]);
  });

  it('checks subresource bodies and returns nothing for kinds it does not know', () => {
    expect(unknownFields({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'p' }, deleteOptions: { gracePeriodSeconds: 0, force: true } })).toEqual(['deleteOptions.force']);
    expect(unknownFields({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: {}, anything: 1 })).toEqual([]);
  });
});

describe('strictDecodingMessage', () => {
  it('reproduces the BadRequest message of strict field validation', () => {
    expect(strictDecodingMessage('Deployment', 'v1', ['spec.replica'])).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"',
    );
    expect(strictDecodingMessage('Pod', 'v1', ['spec.a', 'spec.b'])).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.a", unknown field "spec.b"',
    );
    expect(unknownFieldWarnings(['spec.a'])).toEqual(['unknown field "spec.a"']);
  });
});
