import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { namespaceController } from './namespace.js';
import { boundPod, conditionOf, reachableKubelet } from './test-fixtures.js';

const ns = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });

describe('namespace controller', () => {
  it('gives a new namespace its default ServiceAccount and kube-root-ca.crt, and recreates them', () => {
    const t = createTestCluster({ controllers: [namespaceController()] });
    t.create('namespaces', ns('shop'));
    expect(t.get('serviceaccounts', 'shop', 'default')).toBeDefined();
    expect(t.get('configmaps', 'shop', 'kube-root-ca.crt')?.data['ca.crt']).toContain('BEGIN CERTIFICATE');
    t.delete('configmaps', 'shop', 'kube-root-ca.crt');
    expect(t.get('configmaps', 'shop', 'kube-root-ca.crt')).toBeDefined();
  });

  it('deletes the content of a Terminating namespace, reports what remains, then removes it', () => {
    const t = createTestCluster({ controllers: [namespaceController(), reachableKubelet()] });
    t.create('namespaces', ns('shop'));
    boundPod(t, 'web', 'worker-1', { namespace: 'shop' });
    t.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'shop' }, data: { a: '1' } });
    t.delete('namespaces', undefined, 'shop');
    const terminating = t.get('namespaces', undefined, 'shop')!;
    expect(terminating.status.phase).toBe('Terminating');
    expect(conditionOf(terminating, 'NamespaceContentRemaining')).toMatchObject({ status: 'True', reason: 'SomeResourcesRemain', message: 'Some resources are remaining: pods. has 1 resource instances' });
    expect(conditionOf(terminating, 'NamespaceDeletionDiscoveryFailure')).toMatchObject({ status: 'False', reason: 'ResourcesDiscovered' });
    expect(conditionOf(terminating, 'NamespaceFinalizersRemaining')).toMatchObject({ status: 'False', reason: 'ContentHasNoFinalizers' });
    expect(t.get('configmaps', 'shop', 'settings')).toBeUndefined();
    expect(t.get('pods', 'shop', 'web')?.metadata.deletionTimestamp).toBeDefined();
    t.advance(30_000);
    expect(t.get('pods', 'shop', 'web')).toBeUndefined();
    expect(t.get('namespaces', undefined, 'shop')).toBeUndefined();
    expect(t.list('serviceaccounts', 'shop')).toEqual([]);
  });

  it('reports finalizers that hold content back', () => {
    const t = createTestCluster({ controllers: [namespaceController()] });
    t.create('namespaces', ns('shop'));
    t.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'held', namespace: 'shop', finalizers: ['example.com/hold'] } });
    t.delete('namespaces', undefined, 'shop');
    const c = conditionOf(t.get('namespaces', undefined, 'shop'), 'NamespaceFinalizersRemaining');
    expect(c).toMatchObject({ status: 'True', reason: 'SomeFinalizersRemain', message: 'Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances' });
    const held = t.get('configmaps', 'shop', 'held')!;
    t.update('configmaps', { ...held, metadata: { ...held.metadata, finalizers: [] } });
    expect(t.get('namespaces', undefined, 'shop')).toBeUndefined();
  });
});
