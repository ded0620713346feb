/** Parses and validates exercise YAML (alias- and size-limited) into Exercise objects. */
import { parse } from 'yaml';
import { Exercise } from './schema.js';
import { EXERCISE_SOURCES } from './library.generated.js';

export class ExerciseError extends Error {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Validates an exercise given as YAML text or an already parsed object. */
export function parseExercise(input: string | unknown): Exercise {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > 256 * 1024) throw new ExerciseError('exercise is larger than 256 KiB');
    try {
      value = parse(input, { maxAliasCount: 50 });
    } catch (err) {
      throw new ExerciseError(`exercise is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  const r = Exercise.safeParse(value);
  if (!r.success) throw new ExerciseError('exercise does not match the schema', r.error.issues);
  return r.data;
}

let library: Exercise[] | undefined;

/** The built-in exercise library, in file order. */
export function builtInExercises(): Exercise[] {
  library ??= EXERCISE_SOURCES.map((s) => parseExercise(s));
  return library;
}
