import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { eventsFor, timeline } from './events-model.js';

const ev = (name: string, kind: string, obj: string, reason: string, last: string, type = 'Normal', uid?: string): KObject => ({
  apiVersion: 'v1', kind: 'Event', metadata: { name, namespace: 'default' },
  involvedObject: { kind, name: obj, namespace: 'default', uid }, reason, message: `${reason} happened`, type, lastTimestamp: last, count: 1,
  source: { component: 'kubelet' },
});

const events = [
  ev('a', 'Pod', 'web-1', 'Scheduled', '2025-01-01T00:00:01Z', 'Normal', 'u1'),
  ev('b', 'Pod', 'web-1', 'BackOff', '2025-01-01T00:00:09Z', 'Warning', 'u1'),
  ev('c', 'Deployment', 'web', 'ScalingReplicaSet', '2025-01-01T00:00:05Z'),
];

describe('events timeline', () => {
  it('lists newest first', () => {
    expect(timeline(events).map((r) => r.reason)).toEqual(['BackOff', 'ScalingReplicaSet', 'Scheduled']);
  });
  it('filters by object name and by warnings', () => {
    expect(timeline(events, 'pod/web-1').map((r) => r.reason)).toEqual(['BackOff', 'Scheduled']);
    expect(timeline(events, '', true).map((r) => r.reason)).toEqual(['BackOff']);
  });
  it('finds the events of one object', () => {
    const pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1', namespace: 'default', uid: 'u1' } };
    expect(eventsFor(events, pod).map((e) => e.reason)).toEqual(['BackOff', 'Scheduled']);
  });
});
