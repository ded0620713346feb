import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { validateObject } from './index.js';
import { check, lines } from './test-helpers.js';

describe('autoscaling, networking, discovery, coordination, policy and authorization kinds', () => {
  const hpa = (spec: Record<string, unknown>, apiVersion = 'autoscaling/v2'): KObject => ({
    apiVersion,
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web', namespace: 'default' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5, ...spec },
  });

  it('HorizontalPodAutoscaler: replica bounds', () => {
    expect(check(hpa({}), 'horizontalpodautoscalers', 'autoscaling')).toEqual([]);
    expect(lines(check(hpa({ minReplicas: 6 }), 'horizontalpodautoscalers', 'autoscaling'))).toEqual([
      'spec.maxReplicas: Invalid value: 5: must be greater than or equal to `minReplicas`',
    ]);
    expect(lines(check(hpa({ targetCPUUtilizationPercentage: 0 }, 'autoscaling/v1'), 'horizontalpodautoscalers', 'autoscaling'))).toEqual([
      'spec.targetCPUUtilizationPercentage: Invalid value: 0: must be greater than 0',
    ]);
  });

  const ingress = (path: Record<string, unknown>): KObject => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', namespace: 'default' },
    spec: { rules: [{ host: 'example.com', http: { paths: [{ path: '/', backend: { service: { name: 'web', port: { number: 80 } } }, ...path }] } }] },
  });

  it('Ingress: pathType is required', () => {
    expect(check(ingress({ pathType: 'Prefix' }), 'ingresses', 'networking.k8s.io')).toEqual([]);
    expect(lines(check(ingress({}), 'ingresses', 'networking.k8s.io'))).toEqual(['spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified']);
    expect(lines(check(ingress({ pathType: 'Regex' }), 'ingresses', 'networking.k8s.io'))).toEqual([
      'spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"',
    ]);
  });

  it('EndpointSlice: addressType is required', () => {
    const slice: KObject = { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'web-abc', namespace: 'default' }, addressType: 'IPv4', endpoints: [{ addresses: ['10.0.0.1'] }] };
    expect(check(slice, 'endpointslices', 'discovery.k8s.io')).toEqual([]);
    expect(lines(check({ ...slice, addressType: 'IPv5' }, 'endpointslices', 'discovery.k8s.io'))).toEqual([
      'addressType: Unsupported value: "IPv5": supported values: "FQDN", "IPv4", "IPv6"',
    ]);
  });

  it('Lease and PodDisruptionBudget', () => {
    const lease: KObject = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'node-1', namespace: 'kube-node-lease' }, spec: { leaseDurationSeconds: 40 } };
    expect(check(lease, 'leases', 'coordination.k8s.io')).toEqual([]);
    expect(lines(check({ ...lease, spec: { leaseDurationSeconds: 0 } }, 'leases', 'coordination.k8s.io'))).toEqual([
      'spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0',
    ]);
    const pdb: KObject = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'default' }, spec: { minAvailable: '50%', selector: { matchLabels: { app: 'web' } } } };
    expect(check(pdb, 'poddisruptionbudgets', 'policy')).toEqual([]);
    expect(lines(check({ ...pdb, spec: { maxUnavailable: '150%' } }, 'poddisruptionbudgets', 'policy'))).toEqual([
      'spec.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%',
    ]);
  });

  it('SelfSubjectAccessReview needs exactly one kind of attributes', () => {
    const review: KObject = { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', metadata: {}, spec: { resourceAttributes: { verb: 'get', resource: 'pods' } } };
    expect(check(review, 'selfsubjectaccessreviews', 'authorization.k8s.io')).toEqual([]);
    expect(check({ ...review, spec: {} }, 'selfsubjectaccessreviews', 'authorization.k8s.io')).toHaveLength(1);
  });

  it('Scale writes check replicas', () => {
    const scale: KObject = { apiVersion: 'autoscaling/v1', kind: 'Scale', metadata: { name: 'web', namespace: 'default', resourceVersion: '1' }, spec: { replicas: -2 } };
    expect(lines(validateObject(scale, scale, { resource: 'deployments', group: 'apps', subresource: 'scale' }))).toEqual([
      'spec.replicas: Invalid value: -2: must be greater than or equal to 0',
    ]);
  });

  it('unknown kinds get metadata checks only', () => {
    const obj: KObject = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'default', labels: { 'bad key!': 'x' } } };
    const errs = validateObject(obj, undefined, { resource: 'widgets', group: 'example.com' });
    expect(errs.map((e) => e.field)).toEqual(['metadata.labels']);
  });
});
