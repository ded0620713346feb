import { describe, expect, it } from 'vitest';
import { parseExercise } from '../../shared/exercises/load.js';
import { createTestCluster } from '../sim/testing/harness.js';
import { loadState } from '../sim/traffic/load-state.js';
import { exerciseStart } from './grade.js';
import { parseManifests, setUpExercise } from './setup.js';

const exercise = parseExercise(`
id: setup-test
title: setup
summary: setup test
instructions: [{title: t, body: b}]
setup:
  manifests: |
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: php-apache}
    spec:
      replicas: 1
      selector: {matchLabels: {app: php-apache}}
      template:
        metadata: {labels: {app: php-apache}}
        spec: {containers: [{name: php, image: registry.k8s.io/hpa-example, resources: {requests: {cpu: 200m}}}]}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: php-apache}
    spec: {selector: {app: php-apache}, ports: [{port: 80}]}
  load: [{target: svc/php-apache, rps: 50, durationSeconds: 600}]
  speed: 2
  settleSeconds: 120
checks: [{id: c, name: c, type: state, select: {kind: Pod}, assert: [{op: count, value: 1}]}]
solution: {commands: []}
`);

describe('setUpExercise', () => {
  it('creates the manifests, starts the load, settles, and starts the history after the setup', () => {
    const t = createTestCluster();
    setUpExercise(t.cluster, exercise, (ms) => t.advance(ms));
    expect(t.get('deployments.apps', 'default', 'php-apache')?.status?.availableReplicas).toBe(1);
    const [gen] = loadState(t.cluster).generators;
    expect(gen).toMatchObject({ target: 'svc/php-apache', namespace: 'default', rps: 50, state: 'Running' });
    expect(gen.requests).toBeGreaterThan(0);
    expect(exerciseStart(t.cluster)).toBe(t.cluster.store.resourceVersion);
    expect(t.cluster.clock().speed).toBe(2);
  });

  it('parses multi-document manifests, unwrapping Lists and skipping empty documents', () => {
    const objs = parseManifests('---\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n---\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: b}\n');
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ConfigMap/a', 'Secret/b']);
  });
});
