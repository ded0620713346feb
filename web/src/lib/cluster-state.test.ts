import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import type { ServerMessage } from '../../../shared/api/ws.js';
import { ClusterState, UNSCHEDULED } from './cluster-state.svelte.js';
import { MOTION_LIMIT, connectCluster, socketUrl, type SocketEnv } from './cluster-socket.js';

const pod = (name: string, nodeName?: string, rv = '1'): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', resourceVersion: rv },
  spec: { nodeName, containers: [{ name: 'app' }] },
});
const ev = (event: 'ADDED' | 'MODIFIED' | 'DELETED', object: KObject, resource = 'pods'): ServerMessage => ({ type: 'event', resource, event, object });

describe('ClusterState', () => {
  it('holds objects per resource and namespace/name after the initial sync', () => {
    const s = new ClusterState();
    s.beginResync();
    s.apply(ev('ADDED', pod('a', 'node-1')));
    s.apply(ev('ADDED', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' } }, 'nodes'));
    s.apply({ type: 'synced', resourceVersion: '7' });
    expect(s.status).toBe('live');
    expect(s.resourceVersion).toBe('7');
    expect(s.get('pods', 'default/a')?.metadata.name).toBe('a');
    expect(s.get('nodes', 'node-1')?.kind).toBe('Node');
    expect(s.list('pods').map((p) => p.metadata.name)).toEqual(['a']);
  });

  it('moves pods between nodes and the unscheduled lane as they are bound and deleted', () => {
    const s = new ClusterState();
    s.apply(ev('ADDED', pod('a')));
    expect(s.podKeysOn(UNSCHEDULED)).toEqual(['default/a']);
    s.apply(ev('MODIFIED', pod('a', 'node-2', '2')));
    expect(s.podKeysOn(UNSCHEDULED)).toEqual([]);
    expect(s.podKeysOn('node-2')).toEqual(['default/a']);
    s.apply(ev('DELETED', pod('a', 'node-2', '3')));
    expect(s.podKeysOn('node-2')).toEqual([]);
    expect(s.get('pods', 'default/a')).toBeUndefined();
    expect(s.resourceVersion).toBe('3');
  });

  it('tracks the simulated clock and how many people are here', () => {
    const s = new ClusterState();
    s.apply({ type: 'clock', clock: { now: 1000, paused: true, speed: 2 } });
    s.apply({ type: 'presence', viewers: 3 });
    expect(s.clock).toEqual({ now: 1000, paused: true, speed: 2 });
    expect(s.viewers).toBe(3);
  });

  it('drops objects deleted while away when a resync does not send them again', () => {
    const s = new ClusterState();
    s.apply(ev('ADDED', pod('keep', 'n1')));
    s.apply(ev('ADDED', pod('gone', 'n1')));
    const deleted: string[] = [];
    s.onEvent((_r, type, o) => type === 'DELETED' && deleted.push(o.metadata.name ?? ''));
    s.apply({ type: 'expired', status: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 410 } });
    s.apply(ev('ADDED', pod('keep', 'n1')));
    s.apply({ type: 'synced', resourceVersion: '9' });
    expect(s.list('pods').map((p) => p.metadata.name)).toEqual(['keep']);
    expect(s.podKeysOn('n1')).toEqual(['default/keep']);
    expect(deleted).toEqual(['gone']);
  });
});

class FakeSocket {
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  send(s: string) {
    this.sent.push(s);
  }
  close() {
    this.readyState = 3;
    this.onclose?.();
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(msg: ServerMessage) {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
}

describe('connectCluster', () => {
  it('applies bursts of messages in one batch, resumes after a drop, and relists when expired', () => {
    const sockets: FakeSocket[] = [];
    const timers: (() => void)[] = [];
    const env: SocketEnv = {
      open: () => {
        const s = new FakeSocket();
        sockets.push(s);
        return s as unknown as WebSocket;
      },
      setTimeout: (fn) => timers.push(fn),
      clearTimeout: () => undefined,
      schedule: (fn) => scheduled.push(fn),
    };
    const scheduled: (() => void)[] = [];
    const runScheduled = () => scheduled.splice(0).forEach((fn) => fn());
    const state = new ClusterState();
    const stop = connectCluster(state, 'ws://x/clusters/k/ws', env);
    sockets[0].open();
    expect(JSON.parse(sockets[0].sent[0])).toEqual({ type: 'watch' });
    sockets[0].receive(ev('ADDED', pod('a', 'n1', '5')));
    sockets[0].receive({ type: 'synced', resourceVersion: '5' });
    expect(state.get('pods', 'default/a')).toBeUndefined();
    runScheduled();
    expect(state.get('pods', 'default/a')?.metadata.name).toBe('a');
    expect(state.status).toBe('live');
    // The synced list is drawn still; only what arrives after it animates.
    expect(state.motion).toBe(false);
    runScheduled();
    expect(state.motion).toBe(true);
    expect(scheduled).toHaveLength(0);
    // A burst of pod changes (a rollout) is drawn in place too, then motion comes back.
    for (let i = 0; i <= MOTION_LIMIT; i++) sockets[0].receive(ev('ADDED', pod(`b${i}`, 'n1', String(10 + i))));
    runScheduled();
    expect(state.podKeysOn('n1')).toHaveLength(MOTION_LIMIT + 2);
    expect(state.motion).toBe(false);
    runScheduled();
    expect(state.motion).toBe(true);
    sockets[0].receive(ev('ADDED', pod('c', 'n1', '99')));
    runScheduled();
    expect(state.motion).toBe(true);
    sockets[0].onclose?.();
    expect(state.status).toBe('offline');
    timers[timers.length - 1]();
    sockets[1].open();
    expect(JSON.parse(sockets[1].sent[0])).toEqual({ type: 'watch', resourceVersion: '99' });
    sockets[1].receive({ type: 'expired', status: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 410 } });
    expect(JSON.parse(sockets[1].sent[1])).toEqual({ type: 'watch' });
    runScheduled();
    expect(state.status).toBe('syncing');
    stop();
    expect(sockets[1].readyState).toBe(3);
    expect(socketUrl('https://play.example', 'abc')).toBe('wss://play.example/clusters/abc/ws');
  });
});

describe('ClusterState at scale', () => {
  it('keeps the per-node index exact through 1,000 pods being bound, moved and deleted', () => {
    const s = new ClusterState();
    for (let i = 0; i < 1000; i++) s.apply(ev('ADDED', pod(`p${i}`)));
    expect(s.podKeysOn(UNSCHEDULED)).toHaveLength(1000);
    for (let i = 0; i < 1000; i++) s.apply(ev('MODIFIED', pod(`p${i}`, `node-${i % 3}`)));
    expect([0, 1, 2].map((n) => s.podKeysOn(`node-${n}`).length)).toEqual([334, 333, 333]);
    for (let i = 0; i < 500; i++) s.apply(ev('DELETED', pod(`p${i}`, `node-${i % 3}`)));
    expect([0, 1, 2].reduce((sum, n) => sum + s.podKeysOn(`node-${n}`).length, 0)).toBe(500);
    expect(s.podKeysOn(UNSCHEDULED)).toEqual([]);
  });
});
