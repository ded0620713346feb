/** Product data (API keys, custom exercises, classrooms, students, settings) over the same synchronous
 * drizzle body as clusters. */
import { eq } from 'drizzle-orm';
import type { SyncDb } from './drizzle-storage.js';
import { apiKeys, classrooms, exercises, settings, students } from './schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ExerciseRow = typeof exercises.$inferSelect;
export type ClassroomRow = typeof classrooms.$inferSelect;
export type StudentRow = typeof students.$inferSelect;

export function productStorage(db: SyncDb) {
  return {
    apiKeyByHash: (hash: string): ApiKeyRow | undefined => db.select().from(apiKeys).where(eq(apiKeys.keyHash, hash)).get(),
    insertApiKey: (row: ApiKeyRow) => void db.insert(apiKeys).values(row).onConflictDoNothing().run(),
    listApiKeys: (): ApiKeyRow[] => db.select().from(apiKeys).all(),

    exercise: (id: string): ExerciseRow | undefined => db.select().from(exercises).where(eq(exercises.id, id)).get(),
    listExercises: (): ExerciseRow[] => db.select().from(exercises).all(),
    upsertExercise: (row: ExerciseRow) =>
      void db.insert(exercises).values(row).onConflictDoUpdate({ target: exercises.id, set: { body: row.body, ownerKeyId: row.ownerKeyId } }).run(),

    classroomByTeacherHash: (hash: string): ClassroomRow | undefined => db.select().from(classrooms).where(eq(classrooms.teacherKeyHash, hash)).get(),
    classroomByCode: (code: string): ClassroomRow | undefined => db.select().from(classrooms).where(eq(classrooms.joinCode, code)).get(),
    classroom: (id: string): ClassroomRow | undefined => db.select().from(classrooms).where(eq(classrooms.id, id)).get(),
    insertClassroom: (row: ClassroomRow) => void db.insert(classrooms).values(row).run(),
    updateClassroom: (id: string, patch: Partial<ClassroomRow>) => void db.update(classrooms).set(patch).where(eq(classrooms.id, id)).run(),

    studentByHash: (hash: string): StudentRow | undefined => db.select().from(students).where(eq(students.studentKeyHash, hash)).get(),
    student: (id: string): StudentRow | undefined => db.select().from(students).where(eq(students.id, id)).get(),
    studentByPlayground: (playgroundId: string): StudentRow | undefined => db.select().from(students).where(eq(students.playgroundId, playgroundId)).get(),
    studentsOf: (classroomId: string): StudentRow[] => db.select().from(students).where(eq(students.classroomId, classroomId)).all(),
    insertStudent: (row: StudentRow) => void db.insert(students).values(row).run(),
    updateStudent: (id: string, patch: Partial<StudentRow>) => void db.update(students).set(patch).where(eq(students.id, id)).run(),

    setting: (key: string): string | undefined => db.select().from(settings).where(eq(settings.key, key)).get()?.value,
    putSetting: (key: string, value: string) => void db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run(),
  };
}

export type ProductStorage = ReturnType<typeof productStorage>;
