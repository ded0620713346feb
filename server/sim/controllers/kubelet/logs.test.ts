import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../../shared/k8s/types.js';
import { createTestCluster } from '../../testing/harness.js';
import { setPodTraffic } from '../../traffic-state.js';
import { kubeletControllers } from './index.js';
import { attachSources } from './sources.js';

const pod = (name: string, spec: Record<string, unknown>): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName: 'worker-1', ...spec } });

function setup() {
  const h = createTestCluster({ controllers: kubeletControllers() });
  attachSources(h.cluster);
  const read = (name: string, opts = {}) => h.cluster.logs!.read('default', name, opts);
  return { h, read };
}

describe('simulated container logs', () => {
  it('prints nginx start-up lines and access lines for traffic', () => {
    const { h, read } = setup();
    h.create('pods', pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] }));
    expect(read('web')).toEqual({ error: 'container "nginx" in pod "web" is waiting to start: ContainerCreating', code: 400 });
    h.advance(10_000);
    const text = (read('web') as { text: string }).text;
    expect(text).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(text).toMatch(/\[notice\] 1#1: nginx\/1\.25\.5\n/);
    expect(text).toContain('[notice] 1#1: start worker processes');
    setPodTraffic(h.cluster, 'default', 'web', { rps: 2, requests: 10 });
    h.advance(5000);
    const lines = (read('web', { tailLines: 3 }) as { text: string }).text.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^10\.244\.1\.1 - - \[01\/Jan\/2026:00:00:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "load-generator\/1\.0" "-"$/);
  });

  it('prints what busybox echoes, with timestamps, and the previous run', () => {
    const { h, read } = setup();
    h.create('pods', pod('hello', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'echo hello; sleep 3600'] }] }));
    h.advance(5000);
    expect(read('hello')).toEqual({ text: 'hello\n' });
    expect((read('hello', { timestamps: true }) as { text: string }).text).toMatch(/^2026-01-01T00:00:0\d\.\d{9}Z hello\n$/);
    expect(read('hello', { previous: true })).toEqual({ error: 'previous terminated container "c" in pod "hello" not found', code: 400 });
    h.create('pods', pod('crash', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'echo boom; exit 1'] }] }));
    h.advance(5000);
    expect(read('crash', { previous: true })).toEqual({ text: 'boom\n' });
  });

  it('prints service environment variables for an env command', () => {
    const { h, read } = setup();
    h.create('pods', pod('env', { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['env'], env: [{ name: 'GREETING', value: 'hi' }] }] }));
    h.advance(5000);
    const text = (read('env') as { text: string }).text;
    expect(h.get('pods', 'default', 'env')!.status.phase).toBe('Succeeded');
    expect(text).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1\n');
    expect(text).toContain('KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443\n');
    expect(text).toContain('HOSTNAME=env\n');
    expect(text).toContain('GREETING=hi\n');
  });

  it('streams new lines of a counter loop while following', async () => {
    const { h, read } = setup();
    h.create('pods', pod('counter', { containers: [{ name: 'count', image: 'busybox:1.36', args: ['/bin/sh', '-c', 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done'] }] }));
    h.advance(5000);
    const first = (read('counter') as { text: string }).text.trim().split('\n');
    expect(first[0]).toMatch(/^0: Thu Jan  1 00:00:0\d UTC 2026$/);
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect((read('counter', { tailLines: 1 }) as { text: string }).text.startsWith(`${first.length - 1}: `)).toBe(true);
    // Following: what was written after a point in time, and nothing twice.
    const mark = h.now();
    h.advance(3000);
    const next = h.cluster.logs!.since('default', 'counter', {}, mark);
    expect(next.text.trim().split('\n').map((l) => l.split(':')[0])).toEqual([String(first.length), String(first.length + 1), String(first.length + 2)]);
    expect(next.ended).toBe(false);
    expect(h.cluster.logs!.since('default', 'counter', {}, next.now).text).toBe('');
  });
});
