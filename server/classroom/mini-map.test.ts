import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../sim/testing/harness.js';
import type { Change } from '../sim/store.js';
import type { KObject } from '../../shared/k8s/types.js';
import { isUserActivity, miniMap } from './mini-map.js';

const deployment = (replicas: number): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } } },
});

describe('mini map', () => {
  it('draws the student’s pods on their nodes, green once running, and leaves kube-system out', () => {
    const t = createTestCluster();
    t.create('deployments.apps', deployment(3));
    t.settle();
    const early = miniMap(t.cluster);
    expect(early.nodes.map((n) => n.name)).toEqual(['control-plane', 'worker-1', 'worker-2']);
    expect(early.nodes[0].controlPlane).toBe(true);
    const earlyPods = early.nodes.flatMap((n) => n.pods);
    expect(earlyPods).toHaveLength(3);
    expect(earlyPods.every((p) => p.state === 'pending' && p.namespace === 'default')).toBe(true);
    t.advance(60_000);
    const later = miniMap(t.cluster).nodes.flatMap((n) => n.pods);
    expect(later.map((p) => p.state)).toEqual(['running', 'running', 'running']);
  });

  it('puts pods no node fits into the unscheduled lane', () => {
    const t = createTestCluster();
    const big = deployment(1);
    big.spec.template.spec.containers[0].resources = { requests: { cpu: '500' } };
    t.create('deployments.apps', big);
    t.advance(5_000);
    const map = miniMap(t.cluster);
    expect(map.unscheduled).toHaveLength(1);
    expect(map.unscheduled[0].state).toBe('pending');
  });
});

describe('user activity', () => {
  const change = (type: Change['type'], resource: string, object: Partial<KObject>): Change => ({
    resourceVersion: 1,
    type,
    resource,
    time: 0,
    object: { apiVersion: 'v1', kind: 'X', metadata: { name: 'x' }, ...object } as KObject,
  });

  it('counts what a person does and ignores what controllers do', () => {
    expect(isUserActivity(change('ADDED', 'deployments.apps', {}))).toBe(true);
    expect(isUserActivity(change('DELETED', 'pods', {}))).toBe(true);
    expect(isUserActivity(change('MODIFIED', 'deployments.apps', { metadata: { name: 'web', generation: 2 }, status: { observedGeneration: 1 } }))).toBe(true);
    expect(isUserActivity(change('MODIFIED', 'deployments.apps', { metadata: { name: 'web', generation: 2 }, status: { observedGeneration: 2 } }))).toBe(false);
    expect(isUserActivity(change('ADDED', 'pods', { metadata: { name: 'web-1', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'u' }] } }))).toBe(false);
    expect(isUserActivity(change('MODIFIED', 'leases.coordination.k8s.io', {}))).toBe(false);
    expect(isUserActivity(change('ADDED', 'events', {}))).toBe(false);
  });
});
