/** Grades a cluster against an exercise: deterministic, read-only for the learner's cluster. */
import type { Exercise, GradeResult, CheckResult } from '../../shared/exercises/schema.js';
import type { Cluster } from '../sim/cluster.js';
import type { Change } from '../sim/store.js';
import { assertObjects } from './state-check.js';
import { historyCheck } from './history-check.js';
import { behaviourCheck } from './behaviour-check.js';
import { selectObjects } from './select.js';

/** Where an exercise's history starts (recorded when the playground was set up for it). */
export function exerciseStart(cluster: Cluster): number {
  return (cluster.sim as { exercise?: { startRv?: number } }).exercise?.startRv ?? 0;
}

export function gradeCluster(cluster: Cluster, exercise: Exercise): GradeResult {
  let log: Change[] | undefined;
  const history = () => {
    if (!log) {
      const changes = cluster.changesSince(exerciseStart(cluster));
      log = changes === 'expired' ? [] : changes;
    }
    return log;
  };
  const checks: CheckResult[] = exercise.checks.map((check) => {
    const points = check.points ?? 1;
    try {
      const v =
        check.type === 'state'
          ? assertObjects(selectObjects(cluster, check.select), check.select, check.assert, check.any)
          : check.type === 'history'
            ? historyCheck(check, history())
            : behaviourCheck(check, cluster);
      return { id: check.id, name: check.name, passed: v.passed, message: v.message, points: v.passed ? points : 0 };
    } catch (err) {
      return { id: check.id, name: check.name, passed: false, message: `check could not run: ${(err as Error).message}`, points: 0 };
    }
  });
  const maxScore = exercise.checks.reduce((s, c) => s + (c.points ?? 1), 0);
  const score = checks.reduce((s, c) => s + c.points, 0);
  return { exercise: exercise.id, passed: score === maxScore, score, maxScore, checks };
}

/** JUnit XML for CI systems: one testcase per check. */
export function toJUnit(result: GradeResult, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const failures = result.checks.filter((c) => !c.passed).length;
  const cases = result.checks
    .map((c) => `  <testcase classname="${esc(result.exercise)}" name="${esc(c.name)}">${c.passed ? '' : `<failure message="${esc(c.message)}"/>`}</testcase>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="${esc(title)}" tests="${result.checks.length}" failures="${failures}">\n${cases}\n</testsuite>\n`;
}
