/** Public playground routes whose Workers version differs from Node's: grading resolves custom exercises
 * through the directory object, and a fork lands in a new Durable Object. Mounted before the shared routes,
 * so these answer first. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ClusterManager } from '../../api/cluster-manager.js';
import { newId } from '../../api/keys.js';
import { ProductError, jsonBody, notFound, productErrorResponse } from '../../api/product/errors.js';
import { gradeResponse } from '../../api/product/grading.js';
import { accessOf, origin } from '../../api/product/playgrounds.js';
import { ExerciseError, parseExercise } from '../../../shared/exercises/load.js';
import type { Exercise } from '../../../shared/exercises/schema.js';
import { gradeCluster } from '../../grading/grade.js';
import { clusterStub, internalPost, type Env } from './env.js';
import { findExercise } from './exercises.js';
import { INTERNAL_IMPORT } from './internal-routes.js';

export interface EdgeRouteDeps {
  manager: ClusterManager;
  env: Env;
  publicUrl?: string;
}

const GradeBody = z.object({ exercise: z.union([z.string(), z.record(z.string(), z.unknown())]) }).strict();
const ForkBody = z.object({ name: z.string().max(63).optional() }).strict();

/** `{exercise: id}` (built-in or custom) or an inline exercise. */
async function exerciseOf(env: Env, ref: string | Record<string, unknown>): Promise<Exercise> {
  if (typeof ref === 'string') {
    const found = await findExercise(env, ref);
    if (!found) throw notFound(`exercise "${ref}"`);
    return found;
  }
  try {
    return parseExercise(ref);
  } catch (err) {
    if (err instanceof ExerciseError) throw new ProductError(400, 'invalid_exercise', err.message, err.details);
    throw err;
  }
}

export function edgeRoutes(deps: EdgeRouteDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  // Grading never changes the learner's cluster; the view key may grade.
  app.post('/api/playgrounds/:key/grade', async (c) => {
    const a = await accessOf(c, deps);
    const body = GradeBody.parse(await jsonBody(c));
    const exercise = await exerciseOf(deps.env, body.exercise);
    return gradeResponse(c, gradeCluster(a.cluster, exercise), exercise);
  });

  // Fork: this object snapshots its cluster and a new object (named by a new id) adopts it. Viewers may fork.
  app.post('/api/playgrounds/:key/fork', async (c) => {
    const a = await accessOf(c, deps);
    const body = ForkBody.parse(await jsonBody(c));
    const id = newId();
    const snapshot = deps.manager.snapshot(a.cluster);
    return internalPost(clusterStub(deps.env, id), INTERNAL_IMPORT, { id, origin: origin(c, deps), name: body.name, snapshot });
  });

  return app;
}
