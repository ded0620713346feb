import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { groupByZone, ingressServices, isControlPlane, matchesSelector, nodeStatus, nodeUsage, ownedBy, serviceBackends, sortNodes } from './map-model.js';

const node = (name: string, labels: Record<string, string> = {}, extra: object = {}): KObject => ({
  apiVersion: 'v1', kind: 'Node', metadata: { name, labels },
  status: { allocatable: { cpu: '2', memory: '4Gi' }, conditions: [{ type: 'Ready', status: 'True' }] }, ...extra,
});
const pod = (name: string, cpu: string, memory: string, phase = 'Running', labels: Record<string, string> = {}): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels },
  spec: { containers: [{ name: 'a', resources: { requests: { cpu, memory } } }] }, status: { phase },
});

describe('nodeUsage', () => {
  it('sums requests of pods still running on the node against allocatable', () => {
    const u = nodeUsage(node('n1'), [pod('a', '500m', '256Mi'), pod('b', '250m', '256Mi'), pod('done', '1', '1Gi', 'Succeeded')]);
    expect(u.requested.cpu).toBeCloseTo(0.75);
    expect(u.requested.memory).toBe(512 * 2 ** 20);
    expect(u.allocatable).toEqual({ cpu: 2, memory: 4 * 2 ** 30 });
  });
});

describe('nodes', () => {
  it('puts the control plane first and shows cordoned nodes like kubectl', () => {
    const cp = node('cp', { 'node-role.kubernetes.io/control-plane': '' });
    expect(isControlPlane(cp)).toBe(true);
    expect(sortNodes([node('w2'), cp, node('w1')]).map((n) => n.metadata.name)).toEqual(['cp', 'w1', 'w2']);
    expect(nodeStatus(node('w', {}, { spec: { unschedulable: true } })).text).toBe('Ready,SchedulingDisabled');
    expect(nodeStatus(node('w', {}, { status: { conditions: [{ type: 'Ready', status: 'Unknown' }] } })).text).toBe('NotReady');
  });
});

describe('workload graph', () => {
  it('matches selectors with labels and expressions', () => {
    expect(matchesSelector({ matchLabels: { app: 'web' } }, { app: 'web', x: '1' })).toBe(true);
    expect(matchesSelector({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe'] }] }, { tier: 'be' })).toBe(false);
    expect(matchesSelector({}, { app: 'web' })).toBe(false);
  });
  it('finds service backends and owned objects', () => {
    const svc: KObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' } } };
    const pods = [pod('web-1', '0', '0', 'Running', { app: 'web' }), pod('db-1', '0', '0', 'Running', { app: 'db' })];
    expect(serviceBackends(svc, pods).map((p) => p.metadata.name)).toEqual(['web-1']);
    const rs: KObject = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs', uid: 'u1' } };
    const owned = { ...pods[0], metadata: { ...pods[0].metadata, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: 'u1', controller: true }] } };
    expect(ownedBy([owned, pods[1]], rs).map((p) => p.metadata.name)).toEqual(['web-1']);
  });
  it('lists the services an ingress routes to', () => {
    const ing: KObject = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i' }, spec: { rules: [{ http: { paths: [{ backend: { service: { name: 'web' } } }, { backend: { service: { name: 'api' } } }] } }] } };
    expect(ingressServices(ing)).toEqual(['api', 'web']);
  });
});

describe('groupByZone', () => {
  it('groups workers by their topology zone label', () => {
    const z = (name: string, zone: string) => node(name, { 'topology.kubernetes.io/zone': zone });
    const groups = groupByZone([z('w1', 'zone-b'), z('w2', 'zone-a'), z('w3', 'zone-b')]);
    expect(groups.map((g) => [g.zone, g.nodes.map((n) => n.metadata.name)])).toEqual([['zone-a', ['w2']], ['zone-b', ['w1', 'w3']]]);
  });
});
