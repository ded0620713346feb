/** Every built-in exercise: its reference solution passes every check, and the untouched setup fails at
 * least one — so no check is vacuous and no exercise is unsolvable. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInExercises } from '../../shared/exercises/load.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { runExercise } from '../helpers/exercise-runner.js';

describe('built-in exercise library', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A frozen wall clock: simulated time moves only by the runner's steps, never by how long the machine
    // takes between creating a playground and pausing it, so every run grades the same cluster.
    const frozen = Date.now();
    server = await startTestServer({ realNow: () => frozen });
  });
  afterAll(() => server?.close());

  it('has at least 15 exercises with unique ids', () => {
    const ids = builtInExercises().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });

  for (const exercise of builtInExercises()) {
    it(`${exercise.id}: the setup fails, the reference solution passes`, async () => {
      const { before, after, output } = await runExercise(server, exercise);
      expect(before.passed, 'untouched setup must fail at least one check').toBe(false);
      const failed = after.checks.filter((c) => !c.passed);
      expect(failed, `solution output:\n${output}`).toEqual([]);
      expect(after.score).toBe(after.maxScore);
    });
  }
});
