/** Exercise lookup from a cluster object or the Worker: built-in exercises come with the bundle, custom ones
 * live in the directory object. */
import { builtInExercises, parseExercise } from '../../../shared/exercises/load.js';
import type { Exercise } from '../../../shared/exercises/schema.js';
import { directoryStub, type Env } from './env.js';

export const INTERNAL_EXERCISE = '/internal/exercises/';

/** The exercise with this id (hidden checks and solution included), if any. */
export async function findExercise(env: Env, id: string): Promise<Exercise | undefined> {
  const builtIn = builtInExercises().find((e) => e.id === id);
  if (builtIn) return builtIn;
  const res = await directoryStub(env).fetch(new Request(`https://internal${INTERNAL_EXERCISE}${encodeURIComponent(id)}`));
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`exercise lookup failed with HTTP ${res.status}`);
  return parseExercise(await res.json());
}
