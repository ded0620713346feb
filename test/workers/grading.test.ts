/** Grading on the edge build: playgrounds set up for an exercise, built-in exercises graded in the
 * playground's object, custom exercises registered with an API key in the directory object. */
import { describe, expect, it } from 'vitest';
import { call, createPlayground, kube, step } from './helpers.js';

const API_KEY = 'ci-course-platform-key-0123456789';

const CUSTOM = {
  id: 'edge-configmap',
  title: 'Create a ConfigMap',
  summary: 'Create the settings ConfigMap.',
  instructions: [{ title: 'Create it', body: 'kubectl create configmap settings --from-literal=mode=edge' }],
  setup: { manifests: '' },
  checks: [
    { id: 'exists', name: 'The settings ConfigMap says mode=edge', type: 'state', select: { kind: 'ConfigMap', namespace: 'default', name: 'settings' }, assert: [{ path: 'data.mode', op: 'equals', value: 'edge' }] },
  ],
  solution: { commands: ['kubectl create configmap settings --from-literal=mode=edge'] },
};

describe('grading on Workers', () => {
  it('sets a playground up for a built-in exercise: the setup fails the checks, the solution passes them', async () => {
    const pg = await createPlayground({ exercise: 'scale-deployment' });
    const web = await call('GET', kube(pg, '/apis/apps/v1/namespaces/default/deployments/web'));
    expect(web.status).toBe(200);
    expect(web.body.spec.replicas).toBe(1);
    await call('POST', `/api/playgrounds/${pg.editKey}/clock`, { action: 'pause' });

    const before = await call('POST', `/api/playgrounds/${pg.viewKey}/grade`, { exercise: 'scale-deployment' });
    expect(before.status).toBe(200);
    expect(before.body.passed).toBe(false);
    expect(before.body.checks.find((c: { id: string }) => c.id === 'desired').passed).toBe(false);

    const patch = await call('PATCH', kube(pg, '/apis/apps/v1/namespaces/default/deployments/web'), JSON.stringify({ spec: { replicas: 3 } }), { 'content-type': 'application/merge-patch+json' });
    expect(patch.status, patch.text).toBe(200);
    await step(pg.editKey, 60);

    const after = await call('POST', `/api/playgrounds/${pg.editKey}/grade`, { exercise: 'scale-deployment' });
    expect(after.body.checks.filter((c: { passed: boolean }) => !c.passed)).toEqual([]);
    expect(after.body.passed).toBe(true);
    expect(after.body.score).toBe(after.body.maxScore);

    const junit = await call('POST', `/api/playgrounds/${pg.editKey}/grade`, { exercise: 'scale-deployment' }, { accept: 'application/xml' });
    expect(junit.text).toContain('<testsuite');
  });

  it('answers 404 for an unknown exercise, when creating and when grading', async () => {
    expect((await call('POST', '/api/playgrounds', { exercise: 'no-such-exercise' })).status).toBe(404);
    const pg = await createPlayground();
    const res = await call('POST', `/api/playgrounds/${pg.editKey}/grade`, { exercise: 'no-such-exercise' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('registers a custom exercise with an API key from PLAYGROUND_API_KEYS and grades playgrounds against it', async () => {
    const anonymous = await call('POST', '/api/exercises', CUSTOM);
    expect(anonymous.status).toBe(401);
    const created = await call('POST', '/api/exercises', CUSTOM, { authorization: `Bearer ${API_KEY}` });
    expect(created.status, created.text).toBe(201);
    expect(created.body.solution).toBeUndefined();

    const listed = await call('GET', '/api/exercises');
    expect(listed.body.exercises.map((e: { id: string }) => e.id)).toContain('edge-configmap');
    expect(listed.body.exercises.map((e: { id: string }) => e.id)).toContain('scale-deployment');

    const pg = await createPlayground({ exercise: 'edge-configmap' });
    expect(pg.name).toBe('edge-configmap');
    const before = await call('POST', `/api/playgrounds/${pg.editKey}/grade`, { exercise: 'edge-configmap' });
    expect(before.body.passed).toBe(false);
    await call('POST', kube(pg, '/api/v1/namespaces/default/configmaps'), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: 'edge' } });
    const after = await call('POST', `/api/playgrounds/${pg.editKey}/grade`, { exercise: 'edge-configmap' });
    expect(after.body.passed).toBe(true);
  });

  it('grades against an inline exercise without storing it', async () => {
    const pg = await createPlayground();
    const res = await call('POST', `/api/playgrounds/${pg.editKey}/grade`, { exercise: { ...CUSTOM, id: 'inline-only' } });
    expect(res.status).toBe(200);
    expect(res.body.exercise).toBe('inline-only');
    expect(res.body.passed).toBe(false);
  });
});
