/** The grading REST API: the exercise catalog, custom exercises, and grading a playground. */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { publicExercise, type Exercise, type GradeResult } from '../../../shared/exercises/schema.js';
import { ExerciseError, parseExercise } from '../../../shared/exercises/load.js';
import type { ExerciseCatalog } from '../../grading/catalog.js';
import { gradeCluster, toJUnit } from '../../grading/grade.js';
import type { ClusterManager } from '../cluster-manager.js';
import type { ProductStorage } from '../../storage/product-storage.js';
import { ProductError, jsonBody, notFound, productErrorResponse } from './errors.js';
import { accessOf } from './playgrounds.js';
import { requireApiKey } from './api-keys.js';

export interface GradingDeps {
  manager: ClusterManager;
  catalog: ExerciseCatalog;
  product?: ProductStorage;
  realNow(): number;
}

const GradeBody = z.object({ exercise: z.union([z.string(), z.record(z.string(), z.unknown())]) }).strict();

/** Resolves `{exercise: id}` or an inline exercise. */
export function exerciseFrom(catalog: ExerciseCatalog, ref: string | Record<string, unknown>): Exercise {
  if (typeof ref === 'string') {
    const e = catalog.get(ref);
    if (!e) throw notFound(`exercise "${ref}"`);
    return e;
  }
  try {
    return parseExercise(ref);
  } catch (err) {
    if (err instanceof ExerciseError) throw new ProductError(400, 'invalid_exercise', err.message, err.details);
    throw err;
  }
}

/** The exercise catalog routes (list, read, register a custom exercise with an API key). */
export function exerciseRoutes(deps: Omit<GradingDeps, 'manager'>): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  app.get('/api/exercises', (c) => c.json({ exercises: deps.catalog.list().map(publicExercise) }));

  app.get('/api/exercises/:id', (c) => {
    const e = deps.catalog.get(c.req.param('id'));
    if (!e) throw notFound(`exercise "${c.req.param('id')}"`);
    return c.json(publicExercise(e));
  });

  app.post('/api/exercises', async (c) => {
    const key = await requireApiKey(c, deps.product, deps.realNow());
    const text = await c.req.text();
    if (text.length > 256 * 1024) throw new ProductError(413, 'too_large', 'exercise is larger than 256 KiB');
    const isYaml = (c.req.header('content-type') ?? '').includes('yaml');
    let exercise: Exercise;
    try {
      exercise = parseExercise(isYaml ? text : JSON.parse(text));
    } catch (err) {
      if (err instanceof ExerciseError) throw new ProductError(400, 'invalid_exercise', err.message, err.details);
      throw new ProductError(400, 'invalid_json', (err as Error).message);
    }
    try {
      deps.catalog.register(exercise, key.id, deps.realNow());
    } catch (err) {
      throw new ProductError(409, 'conflict', (err as Error).message);
    }
    return c.json(publicExercise(exercise), 201);
  });
  return app;
}

/** The catalog routes and grading a playground. */
export function gradingRoutes(deps: GradingDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));
  app.route('/', exerciseRoutes(deps));

  // Grading never changes the learner's cluster; the view key may grade.
  app.post('/api/playgrounds/:key/grade', async (c) => {
    const a = await accessOf(c, deps);
    const body = GradeBody.parse(await jsonBody(c));
    const exercise = exerciseFrom(deps.catalog, body.exercise);
    return gradeResponse(c, gradeCluster(a.cluster, exercise), exercise);
  });

  return app;
}

/** A grade as JSON, or as JUnit XML when the caller accepts application/xml (CI systems). */
export function gradeResponse(c: Context, result: GradeResult, exercise: Exercise): Response {
  if ((c.req.header('accept') ?? '').includes('application/xml')) {
    return new Response(toJUnit(result, exercise.title), { headers: { 'content-type': 'application/xml' } });
  }
  return c.json(result);
}
