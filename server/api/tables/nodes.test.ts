import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { nodePrinter } from './nodes.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');

function node(name: string, labels: Record<string, string>, ready: string | undefined, extra: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels, creationTimestamp: new Date(NOW - 2 * 86400_000 - 3 * 3600_000).toISOString() },
    spec: {},
    status: {
      conditions: [
        { type: 'MemoryPressure', status: 'False' },
        ...(ready ? [{ type: 'Ready', status: ready }] : []),
      ],
      addresses: [
        { type: 'InternalIP', address: '172.18.0.2' },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.32.0',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        kernelVersion: '6.8.0-45-generic',
        containerRuntimeVersion: 'containerd://1.7.24',
      },
    },
    ...extra,
  };
}

const cells = (n: KObject): unknown[] => nodePrinter.cells(n, { now: NOW });

describe('node table', () => {
  it('prints a ready control-plane node with wide columns', () => {
    const n = node('control-plane', { 'node-role.kubernetes.io/control-plane': '' }, 'True');
    expect(cells(n)).toEqual([
      'control-plane',
      'Ready',
      'control-plane',
      '2d3h',
      'v1.32.0',
      '172.18.0.2',
      '<none>',
      'Debian GNU/Linux 12 (bookworm)',
      '6.8.0-45-generic',
      'containerd://1.7.24',
    ]);
  });

  it('prints <none> roles, NotReady, Unknown and a cordoned node', () => {
    expect(cells(node('worker-1', {}, 'Unknown')).slice(1, 3)).toEqual(['NotReady', '<none>']);
    expect(cells(node('worker-2', {}, undefined))[1]).toBe('Unknown');
    const cordoned = node('worker-3', {}, 'True', { spec: { unschedulable: true } });
    expect(cells(cordoned)[1]).toBe('Ready,SchedulingDisabled');
  });

  it('sorts roles from node-role labels and the legacy kubernetes.io/role label', () => {
    const n = node('mixed', { 'node-role.kubernetes.io/worker': '', 'kubernetes.io/role': 'ingress', 'node-role.kubernetes.io/': '' }, 'True');
    expect(cells(n)[2]).toBe('ingress,worker');
  });
});
