import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';

describe('kubelet with every controller', () => {
  it('keeps a fresh cluster converged and runs a scheduled pod to Running', () => {
    const h = createTestCluster();
    const before = h.list('pods').map((p) => `${p.metadata.name}@${p.metadata.resourceVersion}`);
    h.advance(30_000);
    expect(h.list('pods').map((p) => `${p.metadata.name}@${p.metadata.resourceVersion}`)).toEqual(before);
    h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } });
    h.advance(20_000);
    const pod = h.get('pods', 'default', 'web')!;
    expect(pod.spec.nodeName).toMatch(/^worker-/);
    expect(pod.status.phase).toBe('Running');
    expect(pod.status.conditions.find((c: { type: string }) => c.type === 'Ready').status).toBe('True');
    expect(h.events('web').map((e) => e.reason)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    expect(h.engine.errors.filter((e) => e.controller.startsWith('kubelet'))).toEqual([]);
  });
});
