import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { check, lines } from './test-helpers.js';

function service(spec: Record<string, unknown> = {}, name = 'web'): KObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }], ...spec } };
}

describe('Service validation', () => {
  it('accepts a minimal service', () => {
    expect(check(service(), 'services')).toEqual([]);
  });

  it('validates names as DNS-1035 labels', () => {
    expect(lines(check(service({}, '1web'), 'services'))).toEqual([
      "metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ]);
  });

  it('requires port names when there are several ports', () => {
    expect(lines(check(service({ ports: [{ port: 80, name: 'http' }, { port: 443 }] }), 'services'))).toEqual(['spec.ports[1].name: Required value']);
  });

  it('rejects an out-of-range port and an unknown type', () => {
    expect(lines(check(service({ ports: [{ port: 0, targetPort: 80 }], type: 'Internal' }), 'services'))).toEqual([
      'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
      'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
    ]);
  });

  it('rejects a nodePort outside the range and on ClusterIP services', () => {
    expect(lines(check(service({ type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] }), 'services'))).toEqual([
      'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    ]);
    expect(lines(check(service({ ports: [{ port: 80, nodePort: 30080 }] }), 'services'))).toEqual([
      "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    ]);
  });

  it('keeps the cluster IP immutable', () => {
    const before = service({ clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'] });
    before.metadata.resourceVersion = '1';
    const after = service({ clusterIP: '10.96.0.11', clusterIPs: ['10.96.0.11'] });
    after.metadata.resourceVersion = '1';
    expect(lines(check(after, 'services', '', before))).toEqual(['spec.clusterIPs[0]: Invalid value: []string{"10.96.0.11"}: may not change once set']);
  });
});

describe('core kinds', () => {
  it('Namespace: label names, no namespace, valid finalizers', () => {
    const ns = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    expect(check(ns('team-a'), 'namespaces')).toEqual([]);
    expect(lines(check(ns('team.a'), 'namespaces'))).toEqual(['metadata.name: Invalid value: "team.a": must not contain dots']);
    const bad = { ...ns('x'), spec: { finalizers: ['custom'] } };
    expect(lines(check(bad, 'namespaces'))).toEqual(['spec.finalizers: Invalid value: "custom": name is neither a standard finalizer name nor is it fully qualified']);
  });

  it('Node: taint effects are checked', () => {
    const node: KObject = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' }, spec: { taints: [{ key: 'gpu', effect: 'Sometimes' }] } };
    expect(lines(check(node, 'nodes'))).toEqual(['spec.taints[0].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"']);
    expect(check({ ...node, spec: {} }, 'nodes')).toEqual([]);
  });

  it('ConfigMap: keys must be config keys', () => {
    const cm: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { 'app.properties': 'x' } };
    expect(check(cm, 'configmaps')).toEqual([]);
    expect(lines(check({ ...cm, data: { 'a b': 'x' } }, 'configmaps'))).toEqual([
      "data[a b]: Invalid value: \"a b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    ]);
  });

  it('ConfigMap: an immutable one cannot change its data', () => {
    const cm: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default', resourceVersion: '2' }, immutable: true, data: { a: '1' } };
    expect(lines(check({ ...cm, data: { a: '2' } }, 'configmaps', '', cm))).toEqual(['data: Forbidden: field is immutable when `immutable` is set']);
  });

  it('Secret: tls secrets need a certificate and key; type is immutable', () => {
    const s: KObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default', resourceVersion: '1' }, data: { token: 'eA==' } };
    expect(check(s, 'secrets')).toEqual([]);
    expect(lines(check({ ...s, type: 'kubernetes.io/tls' }, 'secrets'))).toEqual(['data[tls.crt]: Required value', 'data[tls.key]: Required value']);
    expect(lines(check({ ...s, type: 'example.com/other' }, 'secrets', '', s))).toEqual(['type: Invalid value: "example.com/other": field is immutable']);
  });

  it('PersistentVolumeClaim: access modes and storage are required', () => {
    const pvc: KObject = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: 'default' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    };
    expect(check(pvc, 'persistentvolumeclaims')).toEqual([]);
    expect(lines(check({ ...pvc, spec: {} }, 'persistentvolumeclaims'))).toEqual([
      'spec.accessModes: Required value: at least 1 access mode is required',
      'spec.resources[storage]: Required value',
    ]);
  });

  it('ServiceAccount, Event and Endpoints: metadata is checked', () => {
    expect(check({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bot', namespace: 'default' } }, 'serviceaccounts')).toEqual([]);
    expect(lines(check({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { namespace: 'default' } }, 'serviceaccounts'))).toEqual([
      'metadata.name: Required value: name or generateName is required',
    ]);
    const ev: KObject = { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e.1', namespace: 'default' }, involvedObject: { kind: 'Pod', name: 'p', namespace: 'other' } };
    expect(lines(check(ev, 'events'))).toEqual(['involvedObject.namespace: Invalid value: "other": does not match event.namespace']);
    const ep: KObject = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web', namespace: 'default' }, subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }] };
    expect(check(ep, 'endpoints')).toEqual([]);
  });
});
