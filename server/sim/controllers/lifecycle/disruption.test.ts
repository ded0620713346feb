import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { disruptionController } from './disruption.js';
import { boundPod, conditionOf, reachableKubelet } from './test-fixtures.js';

const PDB = 'poddisruptionbudgets.policy';
const pdb = (spec: Record<string, unknown>) => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });

describe('disruption controller', () => {
  it('computes healthy pods and allowed disruptions for minAvailable', () => {
    const t = createTestCluster({ controllers: [disruptionController(), reachableKubelet()] });
    for (const n of ['web-1', 'web-2', 'web-3']) boundPod(t, n, 'worker-1');
    t.create(PDB, pdb({ minAvailable: 2 }));
    const status = t.get(PDB, 'default', 'web')!.status;
    expect(status).toMatchObject({ currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1, expectedPods: 3, observedGeneration: 1 });
    expect(conditionOf(t.get(PDB, 'default', 'web'), 'DisruptionAllowed')).toMatchObject({ status: 'True', reason: 'SufficientPods' });
    t.delete('pods', 'default', 'web-3');
    expect(t.get(PDB, 'default', 'web')!.status).toMatchObject({ currentHealthy: 2, disruptionsAllowed: 0 });
    expect(conditionOf(t.get(PDB, 'default', 'web'), 'DisruptionAllowed')).toMatchObject({ status: 'False', reason: 'InsufficientPods' });
  });

  it('reports no matching pods', () => {
    const t = createTestCluster({ controllers: [disruptionController()] });
    t.create(PDB, pdb({ minAvailable: 1 }));
    expect(t.get(PDB, 'default', 'web')!.status).toMatchObject({ currentHealthy: 0, desiredHealthy: 1, disruptionsAllowed: 0, expectedPods: 0 });
    expect(t.events('web')).toContainEqual(expect.objectContaining({ reason: 'NoPods', message: 'No matching pods found' }));
  });

  it('uses the controller scale for maxUnavailable and fails safe for pods without a controller', () => {
    const t = createTestCluster({ controllers: [disruptionController(), reachableKubelet()] });
    boundPod(t, 'web-1', 'worker-1');
    t.create(PDB, pdb({ maxUnavailable: '50%' }));
    expect(conditionOf(t.get(PDB, 'default', 'web'), 'DisruptionAllowed')).toMatchObject({ status: 'False', reason: 'SyncFailed', message: 'found no controllers for pod "web-1"' });
    expect(t.events('web')).toContainEqual(expect.objectContaining({ reason: 'CalculateExpectedPodCountFailed' }));
  });
});
