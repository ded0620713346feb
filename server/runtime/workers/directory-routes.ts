/** Internal routes of the directory object, called by the Worker and by cluster objects (never exposed). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ClassroomService } from '../../classroom/service.js';
import type { ExerciseCatalog } from '../../grading/catalog.js';
import { jsonBody, notFound, productErrorResponse } from '../../api/product/errors.js';
import { INTERNAL_EXERCISE } from './exercises.js';

export const INTERNAL_CHANGED = '/internal/changed';

const ChangedBody = z.object({ id: z.string().min(1).max(40), userActivity: z.boolean() }).strict();

export function directoryInternalRoutes(deps: { catalog: ExerciseCatalog; classrooms: ClassroomService }): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  // The whole exercise, hidden checks and solution included: only objects of this deployment may ask.
  app.get(`${INTERNAL_EXERCISE}:id`, (c) => {
    const exercise = deps.catalog.get(c.req.param('id'));
    if (!exercise) throw notFound(`exercise "${c.req.param('id')}"`);
    return c.json(exercise);
  });

  // A student's playground changed: re-grade it soon (the service debounces) and tell the teacher.
  app.post(INTERNAL_CHANGED, async (c) => {
    const body = ChangedBody.parse(await jsonBody(c));
    deps.classrooms.changed(body.id, body.userActivity);
    return c.json({ accepted: true }, 202);
  });

  return app;
}
