import { describe, it, expect } from 'vitest';
import type { PlaygroundInfo } from '../../../shared/api/product.js';
import { PlaygroundState } from './playground-state.svelte.js';
import { historyKey } from '../timeline/workload-history.svelte.js';

const info = (role: 'edit' | 'view'): PlaygroundInfo => ({
  id: 'p1', name: 'demo', template: 'default', role, createdAt: '2025-01-01T00:00:00Z',
  kubeServer: 'http://h/clusters/k', url: 'http://h/p/k', viewKubeServer: 'http://h/clusters/v', viewUrl: 'http://h/p/v',
  clock: { now: 0, paused: false, speed: 1 },
});

describe('PlaygroundState', () => {
  it('is read-only for view keys, embeds, and until the role is known', () => {
    const edit = new PlaygroundState('k', false, () => 0);
    expect(edit.readOnly).toBe(true);
    edit.info = info('edit');
    expect(edit.readOnly).toBe(false);
    const view = new PlaygroundState('v', false, () => 0);
    view.info = info('view');
    expect(view.readOnly).toBe(true);
    const embed = new PlaygroundState('k', true, () => 0);
    embed.info = info('edit');
    expect(embed.readOnly).toBe(true);
    expect(edit.base).toBe('/clusters/k');
  });

  it('opens YAML in the editor tab and selects objects by key', () => {
    const pg = new PlaygroundState('k', false, () => 0);
    pg.openInEditor('kind: Pod');
    expect(pg.dock).toBe('editor');
    expect(pg.editorRequest).toEqual({ text: 'kind: Pod', seq: 1 });
    pg.select('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', namespace: 'default' } });
    expect(pg.selection).toEqual({ resource: 'pods', key: 'default/a' });
  });

  it('follows the simulated clock and records workload history at simulated time', () => {
    let wall = 0;
    const pg = new PlaygroundState('k', false, () => wall);
    pg.cluster.apply({ type: 'clock', clock: { now: 5_000_000, paused: false, speed: 10 } });
    wall = 1000;
    expect(pg.now).toBe(5_010_000);
    pg.cluster.apply({
      type: 'event', resource: 'deployments.apps', event: 'ADDED',
      object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 2 }, status: {} },
    });
    expect(pg.history.get(historyKey('deployments.apps', 'default', 'web'))).toMatchObject([{ t: 5_010_000, desired: 2, ready: 0 }]);
  });
});
