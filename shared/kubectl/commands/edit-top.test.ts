import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

describe('kubectl edit', () => {
  it('opens the object as YAML and patches what the user changed', async () => {
    const api = new FakeApi();
    let shown = '';
    const r = await api.run('edit deploy web', undefined, async (text) => {
      shown = text;
      return text.replace('image: nginx:1.25', 'image: nginx:1.26');
    });
    expect(shown.startsWith("# Please edit the object below. Lines beginning with a '#' will be ignored,\n")).toBe(true);
    expect(shown).toContain('kind: Deployment\n');
    expect(r).toEqual({ code: 0, stdout: 'deployment.apps/web edited\n', stderr: '' });
    const patch = api.requests.find((q) => q.method === 'PATCH')!;
    expect(patch.body).toEqual({
      spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'nginx' }], containers: [{ image: 'nginx:1.26', name: 'nginx' }] } } },
    });
  });

  it('reports a cancelled or unchanged edit', async () => {
    const api = new FakeApi();
    expect((await api.run('edit deploy web', undefined, async () => null)).stderr).toBe('Edit cancelled, no changes made.\n');
    expect((await api.run('edit deploy web', undefined, async (t) => t)).stderr).toBe('Edit cancelled, no changes made.\n');
    expect(api.requests.some((q) => q.method === 'PATCH')).toBe(false);
  });
});

describe('kubectl top', () => {
  it('prints node usage against allocatable from metrics.k8s.io', async () => {
    const api = new FakeApi();
    api.overrides.set('GET /apis/metrics.k8s.io/v1beta1/nodes', {
      status: 200,
      body: { kind: 'NodeMetricsList', items: [{ metadata: { name: 'node-1' }, usage: { cpu: '250m', memory: '1Gi' } }] },
    });
    expect((await api.run('top nodes')).stdout).toBe('NAME     CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   \nnode-1   250m         6%       1024Mi          12%         \n');
  });

  it('says when the metrics API is missing', async () => {
    const api = new FakeApi();
    api.overrides.set('GET /apis/metrics.k8s.io/v1beta1/namespaces/default/pods', { status: 404, body: '404 page not found' });
    expect(await api.run('top pods')).toEqual({ code: 1, stdout: '', stderr: 'error: Metrics API not available\n' });
  });
});
