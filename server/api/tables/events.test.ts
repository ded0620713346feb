import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { eventPrinter } from './events.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

function event(fields: Record<string, unknown>): KObject {
  return { apiVersion: 'v1', kind: 'Event', metadata: { name: 'web-abc.17f2a', namespace: 'default', creationTimestamp: ago(300) }, ...fields };
}

describe('event table', () => {
  it('prints a repeated kubelet warning with the wide columns', () => {
    const ev = event({
      involvedObject: { kind: 'Pod', name: 'web-abc', namespace: 'default', fieldPath: 'spec.containers{app}' },
      reason: 'BackOff',
      message: 'Back-off restarting failed container app in pod web-abc_default(1234)\n',
      type: 'Warning',
      source: { component: 'kubelet', host: 'worker-1' },
      firstTimestamp: ago(300),
      lastTimestamp: ago(12),
      count: 7,
    });
    expect(eventPrinter.cells(ev, { now: NOW })).toEqual([
      '12s',
      'Warning',
      'BackOff',
      'pod/web-abc',
      'spec.containers{app}',
      'kubelet, worker-1',
      'Back-off restarting failed container app in pod web-abc_default(1234)',
      '5m',
      7,
      'web-abc.17f2a',
    ]);
  });

  it('falls back to eventTime, the reporting controller and a count of 1', () => {
    const ev = event({
      involvedObject: { kind: 'Deployment', name: 'web' },
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set web-7d4b9c to 3',
      type: 'Normal',
      eventTime: ago(90),
      reportingComponent: 'deployment-controller',
    });
    const cells = eventPrinter.cells(ev, { now: NOW });
    expect(cells.slice(0, 4)).toEqual(['90s', 'Normal', 'ScalingReplicaSet', 'deployment/web']);
    expect(cells.slice(5, 9)).toEqual(['deployment-controller', 'Scaled up replica set web-7d4b9c to 3', '90s', 1]);
  });

  it('uses the series for last seen and count', () => {
    const ev = event({
      involvedObject: { kind: 'Node', name: 'worker-1' },
      type: 'Normal',
      reason: 'NodeReady',
      eventTime: ago(600),
      series: { count: 4, lastObservedTime: ago(20) },
    });
    const cells = eventPrinter.cells(ev, { now: NOW });
    expect([cells[0], cells[3], cells[7], cells[8]]).toEqual(['20s', 'node/worker-1', '10m', 4]);
  });

  it('declares the server event columns with NAME last and wide', () => {
    expect(eventPrinter.columns.map((c) => `${c.name}:${c.priority}`)).toEqual([
      'Last Seen:0',
      'Type:0',
      'Reason:0',
      'Object:0',
      'Subobject:1',
      'Source:1',
      'Message:0',
      'First Seen:1',
      'Count:1',
      'Name:1',
    ]);
  });
});
