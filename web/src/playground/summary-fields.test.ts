import { describe, it, expect } from 'vitest';
import { conditionHealthy, summaryFields } from './summary-fields.js';

describe('summaryFields', () => {
  it('summarises a deployment like kubectl describe', () => {
    const f = summaryFields({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 3, selector: { matchLabels: { app: 'web' } } }, status: { updatedReplicas: 3, replicas: 3, availableReplicas: 2, unavailableReplicas: 1 } });
    expect(f.find((x) => x.label === 'Replicas')?.value).toBe('3 desired | 3 updated | 3 total | 2 available | 1 unavailable');
    expect(f.find((x) => x.label === 'Selector')?.value).toBe('app=web');
  });
  it('shows node roles and taints', () => {
    const f = summaryFields({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'cp', labels: { 'node-role.kubernetes.io/control-plane': '' } }, spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } });
    expect(f.find((x) => x.label === 'Roles')?.value).toBe('control-plane');
    expect(f.find((x) => x.label === 'Taints')?.value).toBe('node-role.kubernetes.io/control-plane:NoSchedule');
  });
});

describe('conditionHealthy', () => {
  it('treats Ready=True and MemoryPressure=False as healthy', () => {
    expect(conditionHealthy('Ready', 'True')).toBe(true);
    expect(conditionHealthy('Ready', 'False')).toBe(false);
    expect(conditionHealthy('MemoryPressure', 'False')).toBe(true);
    expect(conditionHealthy('DiskPressure', 'True')).toBe(false);
    expect(conditionHealthy('Ready', 'Unknown')).toBeNull();
  });
});
