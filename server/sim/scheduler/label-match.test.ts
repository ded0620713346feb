import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { buildNodeInfo } from './node-info.js';
import { compileSelector, countMatchingPods } from './label-match.js';

const node: KObject = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-1', labels: {} }, status: { allocatable: { cpu: '4', memory: '8Gi', pods: '110' } } };
const pod = (name: string, namespace: string, labels: Record<string, string>, deleting = false): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels, ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
  spec: { nodeName: 'worker-1', containers: [{ name: 'c', image: 'nginx' }] },
  status: { phase: 'Running' },
});

describe('countMatchingPods', () => {
  const info = buildNodeInfo(node, [
    pod('a', 'default', { app: 'web', tier: 'front' }),
    pod('b', 'default', { app: 'web', tier: 'back' }),
    pod('c', 'other', { app: 'web', tier: 'front' }),
    pod('d', 'default', { app: 'web', tier: 'front' }, true),
    pod('e', 'default', { app: 'db' }),
  ]);

  it('counts pods of the namespace matching every requirement, leaving terminating pods out', () => {
    expect(countMatchingPods(info, compileSelector({ matchLabels: { app: 'web' } }), 'default')).toBe(2);
    expect(countMatchingPods(info, compileSelector({ matchLabels: { app: 'web', tier: 'front' } }), 'default')).toBe(1);
    expect(countMatchingPods(info, compileSelector({ matchLabels: { app: 'web' } }), 'other')).toBe(1);
    expect(countMatchingPods(info, compileSelector({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['back'] }] }), 'default')).toBe(2);
    expect(countMatchingPods(info, compileSelector({ matchLabels: { app: 'cache' } }), 'default')).toBe(0);
    expect(countMatchingPods(info, null, 'default')).toBe(0);
  });
});
