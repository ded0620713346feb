/** Exercises available to a server: the built-in library plus custom ones registered through the API. */
import type { Exercise } from '../../shared/exercises/schema.js';
import { builtInExercises, parseExercise } from '../../shared/exercises/load.js';
import type { ProductStorage } from '../storage/product-storage.js';

export class ExerciseCatalog {
  constructor(private readonly product: ProductStorage | undefined) {}

  list(): Exercise[] {
    const custom = (this.product?.listExercises() ?? []).map((r) => parseExercise(JSON.parse(r.body)));
    const ids = new Set(custom.map((e) => e.id));
    return [...builtInExercises().filter((e) => !ids.has(e.id)), ...custom];
  }

  get(id: string): Exercise | undefined {
    const row = this.product?.exercise(id);
    if (row) return parseExercise(JSON.parse(row.body));
    return builtInExercises().find((e) => e.id === id);
  }

  /** Stores a custom exercise (overriding a built-in one with the same id is refused). */
  register(exercise: Exercise, ownerKeyId: string, now: number): void {
    if (builtInExercises().some((e) => e.id === exercise.id)) throw new Error(`"${exercise.id}" is a built-in exercise id`);
    const existing = this.product?.exercise(exercise.id);
    if (existing && existing.ownerKeyId !== ownerKeyId) throw new Error(`exercise "${exercise.id}" belongs to another API key`);
    this.product!.upsertExercise({ id: exercise.id, body: JSON.stringify(exercise), ownerKeyId, createdAt: now });
  }
}
