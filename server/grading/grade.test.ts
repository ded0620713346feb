import { describe, expect, it } from 'vitest';
import { parseExercise } from '../../shared/exercises/load.js';
import type { GradeResult } from '../../shared/exercises/schema.js';
import { createTestCluster } from '../sim/testing/harness.js';
import { setUpExercise } from './setup.js';
import { gradeCluster, toJUnit } from './grade.js';

const exercise = parseExercise(`
id: grade-test
title: Scale <web> & serve
summary: test exercise
instructions: [{title: Scale, body: scale it}]
setup:
  manifests: |
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: 1
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: nginx, image: 'nginx:1.27'}]}
  settleSeconds: 90
checks:
  - {id: replicas, name: 'Deployment asks for "2" replicas', points: 2, type: state, select: {kind: Deployment, namespace: default, name: web}, assert: [{path: spec.replicas, op: equals, value: 2}]}
  - {id: running, name: Pods run, type: state, select: {kind: Pod, namespace: default, labelSelector: app=web}, assert: [{path: status.phase, op: equals, value: Running}]}
  - {id: scaled, name: replicas changed, type: history, select: {kind: Deployment, namespace: default, name: web}, mode: changed, path: spec.replicas, atLeast: 1}
  - {id: survives, name: survives a worker loss, type: behaviour, fault: {type: stop-kubelet, target: any-worker}, advanceSeconds: 60, select: {kind: Deployment, namespace: default, name: web}, assert: [{path: status.replicas, op: '>=', value: 1}]}
  - {id: broken, name: unknown kind, type: state, select: {kind: Gizmo}, assert: [{op: count, value: 0}]}
solution: {commands: []}
`);

function setUp() {
  const t = createTestCluster();
  setUpExercise(t.cluster, exercise, (ms) => t.advance(ms));
  return t;
}

describe('gradeCluster', () => {
  it('scores the untouched setup, with points per check and a reason for each failure', () => {
    const r = gradeCluster(setUp().cluster, exercise);
    expect(r.passed).toBe(false);
    expect(r.maxScore).toBe(6);
    expect(r.score).toBe(2);
    expect(r.checks.map((c) => [c.id, c.passed])).toEqual([
      ['replicas', false],
      ['running', true],
      ['scaled', false],
      ['survives', true],
      ['broken', false],
    ]);
    expect(r.checks[0].message).toBe('web: spec.replicas equals 2 (is 1)');
    expect(r.checks[4].message).toBe('check could not run: unknown kind "Gizmo"');
  });

  it('sees the learner scaling in state and history', () => {
    const t = setUp();
    const d = t.get('deployments.apps', 'default', 'web')!;
    t.update('deployments.apps', { ...d, spec: { ...d.spec, replicas: 2 } });
    t.advance(30_000);
    const r = gradeCluster(t.cluster, exercise);
    expect(r.checks.filter((c) => !c.passed).map((c) => c.id)).toEqual(['broken']);
    expect(r.score).toBe(5);
  });

  it('is deterministic and leaves the learner cluster unchanged', () => {
    const t = setUp();
    const rv = t.cluster.store.resourceVersion;
    const before = JSON.stringify(t.list('pods', 'default'));
    const now = t.now();
    const first = gradeCluster(t.cluster, exercise);
    const second = gradeCluster(t.cluster, exercise);
    expect(second).toEqual(first);
    expect(t.cluster.store.resourceVersion).toBe(rv);
    expect(t.now()).toBe(now);
    expect(JSON.stringify(t.list('pods', 'default'))).toBe(before);
  });
});

describe('toJUnit', () => {
  const result: GradeResult = {
    exercise: 'grade-test',
    passed: false,
    score: 1,
    maxScore: 2,
    checks: [
      { id: 'a', name: 'Deployment asks for "2" replicas', passed: true, message: 'ok', points: 1 },
      { id: 'b', name: 'Pods <run>', passed: false, message: 'web-1: status.phase equals "Running" (is "Pending") & more', points: 0 },
    ],
  };

  it('writes one escaped testcase per check, with a failure for each failed check', () => {
    expect(toJUnit(result, 'Scale <web> & serve')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuite name="Scale &lt;web&gt; &amp; serve" tests="2" failures="1">',
        '  <testcase classname="grade-test" name="Deployment asks for &quot;2&quot; replicas"></testcase>',
        '  <testcase classname="grade-test" name="Pods &lt;run&gt;"><failure message="web-1: status.phase equals &quot;Running&quot; (is &quot;Pending&quot;) &amp; more"/></testcase>',
        '</testsuite>',
        '',
      ].join('\n'),
    );
  });
});
