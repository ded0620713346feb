import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import type { KObject } from '../../../shared/k8s/types.js';
import { PlaygroundState } from '../playground/playground-state.svelte.js';
import { playgroundContext } from '../playground/context.js';
import NodeCard from './NodeCard.svelte';
import PendingLane from './PendingLane.svelte';
import TimeControls from '../playground/TimeControls.svelte';

const node = (name: string, ready = 'True'): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: {} },
  status: { allocatable: { cpu: '4', memory: '8Gi' }, conditions: [{ type: 'Ready', status: ready }] },
});

const pod = (name: string, nodeName: string | undefined, status: KObject['status']): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', uid: name },
  spec: { nodeName, containers: [{ name: 'app', image: 'nginx', resources: { requests: { cpu: '500m', memory: '1Gi' } } }] },
  status,
});

const running = { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: { running: {} } }] };

function playground(objects: { resource: string; object: KObject }[], role: 'edit' | 'view' = 'edit'): PlaygroundState {
  const pg = new PlaygroundState('k', false, () => 0);
  pg.cluster.beginResync();
  for (const { resource, object } of objects) pg.cluster.apply({ type: 'event', resource, event: 'ADDED', object });
  pg.cluster.apply({ type: 'synced', resourceVersion: '1' });
  pg.cluster.apply({ type: 'clock', clock: { now: Date.UTC(2026, 0, 1, 12, 0, 0), paused: true, speed: 1 } });
  pg.info = { id: 'p', name: 'demo', template: 'default', role, createdAt: '', kubeServer: '', url: '', viewKubeServer: '', viewUrl: '', clock: { now: 0, paused: true, speed: 1 } };
  return pg;
}

const text = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('NodeCard', () => {
  it('shows a node, its health, its requested capacity and its pods by state', () => {
    const w = node('worker-1');
    const pg = playground([
      { resource: 'nodes', object: w },
      { resource: 'pods', object: pod('web-1', 'worker-1', running) },
      { resource: 'pods', object: pod('web-2', 'worker-1', { phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] }) },
    ]);
    const { body } = render(NodeCard, { props: { node: w }, context: playgroundContext(pg) });
    expect(body).toContain('aria-label="Node worker-1"');
    expect(text(body)).toContain('Ready');
    expect(text(body)).toContain('2 pods');
    expect(body).toContain('aria-label="Pod default/web-1, Running"');
    expect(body).toContain('aria-label="Pod default/web-2, ContainerCreating"');
    // 2 × 500m of 4 CPUs.
    expect(text(body)).toMatch(/1\s*\/4/);
  });

  it('marks a node whose kubelet stopped reporting as NotReady', () => {
    const w = node('worker-2', 'Unknown');
    const { body } = render(NodeCard, { props: { node: w }, context: playgroundContext(playground([{ resource: 'nodes', object: w }])) });
    expect(text(body)).toContain('NotReady');
    expect(text(body)).toContain('No pods');
    expect(body).toMatch(/class="node card[^"]*down/);
  });

  it('draws a busy node’s pods as named squares instead of name chips', () => {
    const w = node('worker-3');
    const pods = Array.from({ length: 60 }, (_, i) => ({ resource: 'pods', object: pod(`p${i}`, 'worker-3', running) }));
    const { body } = render(NodeCard, { props: { node: w }, context: playgroundContext(playground([{ resource: 'nodes', object: w }, ...pods])) });
    expect(body.match(/class="pod ready[^"]*dot/g)).toHaveLength(60);
    expect(body).toContain('aria-label="Pod default/p42, Running"');
    expect(body).not.toContain('<span class="name');
  });
});

describe('PendingLane', () => {
  it('lists unscheduled pods with the scheduler’s reason', () => {
    const stuck = pod('big', undefined, {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient cpu.' }],
    });
    const { body } = render(PendingLane, { context: playgroundContext(playground([{ resource: 'pods', object: stuck }])) });
    expect(text(body)).toContain('Unscheduled 1');
    expect(text(body)).toContain('0/3 nodes are available: 3 Insufficient cpu.');
  });

  it('says so when every pod has a node', () => {
    const { body } = render(PendingLane, { context: playgroundContext(playground([])) });
    expect(text(body)).toContain('Every pod has a node.');
  });
});

describe('TimeControls', () => {
  it('offers play and step on a paused clock to an editor', () => {
    const { body } = render(TimeControls, { context: playgroundContext(playground([])) });
    expect(body).toContain('aria-label="Play"');
    expect(body).toContain('aria-label="Step one second"');
    expect(text(body)).toContain('12:00:00');
  });

  it('shows a viewer the clock but no controls', () => {
    const { body } = render(TimeControls, { context: playgroundContext(playground([], 'view')) });
    expect(body).not.toContain('aria-label="Play"');
    expect(body).not.toContain('<select');
    expect(text(body)).toContain('paused');
  });
});
