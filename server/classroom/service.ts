/** Classrooms: a teacher's set of exercises, students with their own playgrounds, live progress per check,
 * class-wide resets, faults and moves to the next exercise. Keys are stored only as hashes; a student's
 * playground edit key is derived from a server secret so it can be handed out again. */
import type { BroadcastOutcome, CreatedClassroom, StudentProgress, StudentView, TeacherView } from '../../shared/api/classroom.js';
import { publicExercise, type Exercise, type GradeResult } from '../../shared/exercises/schema.js';
import { deriveViewKey, hashKey, newId, newKey } from '../api/keys.js';
import { ProductError, notFound } from '../api/product/errors.js';
import { kubeServer, pageUrl } from '../api/product/links.js';
import type { ExerciseCatalog } from '../grading/catalog.js';
import type { FaultSpec } from '../sim/controllers/lifecycle/fault-actions.js';
import type { ClassroomRow, ProductStorage, StudentRow } from '../storage/product-storage.js';
import { Channels } from './channels.js';
import { classroomSecret, newJoinCode, normalizeJoinCode, studentPlaygroundKey } from './keys.js';
import type { ClassroomPlaygrounds, PlaygroundState } from './playgrounds.js';
import { resultsCsv, type CsvRow } from './results-csv.js';
import { fireWebhook, webhookProblem, type FetchLike } from './webhook.js';

export interface ClassroomDeps {
  /** Where the students' playgrounds live (this process, or one Durable Object each). */
  playgrounds: ClassroomPlaygrounds;
  catalog: ExerciseCatalog;
  product: ProductStorage;
  realNow(): number;
  /** Real ms between a student's change and their re-grade; commits in between are graded together. */
  debounceMs?: number;
  webhookTimeoutMs?: number;
  fetch?: FetchLike;
}

/** Results a student row keeps, by exercise index (so the CSV still has earlier exercises). */
type StoredResults = Record<string, { exercise: string; result: GradeResult }>;

const MAX_STUDENTS = 200;

export const teacherChannel = (classroomId: string) => `teacher:${classroomId}`;
export const studentChannel = (studentId: string) => `student:${studentId}`;
/** Published once when the service closes: every open event stream ends. */
export const SHUTDOWN_CHANNEL = 'shutdown';

function storedResults(student: StudentRow): StoredResults {
  return student.lastResult ? (JSON.parse(student.lastResult) as StoredResults) : {};
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'student';
}

const verdicts = (r: GradeResult) => r.checks.map((c) => `${c.id}:${c.passed}`).join(',');

export class ClassroomService {
  readonly channels = new Channels();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Real time of the last change that looked like the student's own, per playground, until persisted. */
  private readonly activity = new Map<string, number>();
  private secret: string | undefined;

  constructor(private readonly deps: ClassroomDeps) {
    deps.playgrounds.follow?.({
      isClassroomPlayground: (id) => this.deps.product.studentByPlayground(id) !== undefined,
      changed: (id, userActivity) => this.changed(id, userActivity),
    });
  }

  /** Creates a classroom; the teacher key is returned once and stored hashed. */
  async create(name: string, exerciseIds: string[]): Promise<CreatedClassroom> {
    const exercises = exerciseIds.map((id) => this.deps.catalog.get(id) ?? this.fail(404, 'not_found', `exercise "${id}" not found`));
    const id = newId();
    const teacherKey = newKey(id);
    const row: ClassroomRow = {
      id,
      name,
      teacherKeyHash: await hashKey(teacherKey),
      joinCode: '',
      exercises: JSON.stringify(exercises.map((e) => e.id)),
      current: 0,
      webhookUrl: null,
      createdAt: this.deps.realNow(),
    };
    for (let attempt = 0; !row.joinCode; attempt++) {
      const code = newJoinCode(attempt < 20 ? 6 : 8);
      if (!this.deps.product.classroomByCode(code)) row.joinCode = code;
    }
    this.deps.product.insertClassroom(row);
    return { id, name, teacherKey, teacherUrl: `/c/t/${teacherKey}`, joinCode: row.joinCode, joinUrl: `/c/${row.joinCode}` };
  }

  /** The classroom a teacher key opens, if any. */
  async classroomOfTeacher(teacherKey: string): Promise<ClassroomRow | undefined> {
    if (teacherKey.length < 30 || teacherKey.length > 80) return undefined;
    return this.deps.product.classroomByTeacherHash(await hashKey(teacherKey));
  }

  /** The student a student key belongs to, if any. */
  async studentOfKey(studentKey: string): Promise<StudentRow | undefined> {
    if (studentKey.length < 30 || studentKey.length > 80) return undefined;
    return this.deps.product.studentByHash(await hashKey(studentKey));
  }

  /** Adds a student (display name only) with their own playground for the current exercise. */
  async join(code: string, name: string, origin: string): Promise<StudentView> {
    const classroom = this.deps.product.classroomByCode(normalizeJoinCode(code));
    if (!classroom) throw notFound('classroom');
    if (this.deps.product.studentsOf(classroom.id).length >= MAX_STUDENTS) this.fail(409, 'classroom_full', `a classroom holds at most ${MAX_STUDENTS} students`);
    const id = newId();
    const studentKey = newKey(id);
    const now = this.deps.realNow();
    const row: StudentRow = {
      id,
      classroomId: classroom.id,
      name,
      studentKeyHash: await hashKey(studentKey),
      playgroundId: null,
      exerciseIndex: classroom.current,
      lastResult: null,
      lastActivity: now,
      createdAt: now,
    };
    this.deps.product.insertStudent(row);
    const student = await this.replacePlayground(classroom, row, classroom.current);
    this.channels.publish(teacherChannel(classroom.id), 'student', await this.progressWithKeys(classroom, student));
    return this.studentView(student, studentKey, origin);
  }

  /** What the student's browser shows: their exercise and their own playground's keys, nothing else. */
  async studentView(student: StudentRow, studentKey: string, origin: string): Promise<StudentView> {
    const classroom = this.deps.product.classroom(student.classroomId) ?? this.fail(404, 'not_found', 'classroom not found');
    const exercise = this.exerciseAt(classroom, student.exerciseIndex);
    let state = student.playgroundId ? await this.deps.playgrounds.inspect(student.playgroundId, exercise) : undefined;
    if (!state) {
      // The playground was lost (deleted, or creating it failed): give the student a fresh one.
      student = await this.replacePlayground(classroom, student, student.exerciseIndex);
      state = await this.deps.playgrounds.inspect(student.playgroundId!, exercise);
      if (!state) this.fail(503, 'playground_unavailable', 'the playground could not be created');
    }
    const playgroundId = student.playgroundId!;
    const editKey = await this.editKeyOf(student.id, playgroundId);
    const viewKey = await deriveViewKey(editKey);
    return {
      studentKey,
      student: { id: student.id, name: student.name },
      classroom: { id: classroom.id, name: classroom.name },
      exerciseIndex: student.exerciseIndex,
      exerciseCount: this.exerciseIds(classroom).length,
      exercise: publicExercise(exercise),
      playground: {
        id: playgroundId,
        url: pageUrl(origin, editKey),
        kubeServer: kubeServer(origin, editKey),
        editKey,
        viewKey,
        viewUrl: pageUrl(origin, viewKey),
      },
      result: this.record(classroom, student, playgroundId, exercise, state),
    };
  }

  /** The teacher's dashboard: every student graded now. */
  async teacherView(classroom: ClassroomRow, teacherKey: string, origin: string): Promise<TeacherView> {
    const students = this.deps.product.studentsOf(classroom.id).sort((a, b) => a.createdAt - b.createdAt);
    const progress: StudentProgress[] = [];
    for (const s of students) progress.push(await this.progressWithKeys(classroom, s));
    return {
      id: classroom.id,
      name: classroom.name,
      joinCode: classroom.joinCode,
      joinUrl: `${origin}/c/${classroom.joinCode}`,
      teacherUrl: `${origin}/c/t/${teacherKey}`,
      exercises: this.exerciseIds(classroom).map((id) => ({ id, title: this.deps.catalog.get(id)?.title ?? id })),
      current: classroom.current,
      webhookUrl: classroom.webhookUrl,
      students: progress,
    };
  }

  /** Re-creates one student's playground (or everyone's) for the current exercise. */
  async reset(classroom: ClassroomRow, studentId?: string): Promise<number> {
    const all = this.deps.product.studentsOf(classroom.id);
    const targets = studentId === undefined ? all : all.filter((s) => s.id === studentId);
    if (studentId !== undefined && targets.length === 0) throw notFound('student');
    for (const s of targets) await this.moveStudent(classroom, s, classroom.current);
    return targets.length;
  }

  /** Moves the whole class to the next exercise, each student on a new playground set up for it. */
  async next(classroom: ClassroomRow): Promise<number> {
    const current = classroom.current + 1;
    if (current >= this.exerciseIds(classroom).length) this.fail(409, 'no_next_exercise', 'the classroom is already on its last exercise');
    this.deps.product.updateClassroom(classroom.id, { current });
    const moved = { ...classroom, current };
    this.channels.publish(teacherChannel(classroom.id), 'classroom', { current });
    for (const s of this.deps.product.studentsOf(classroom.id)) await this.moveStudent(moved, s, current);
    return current;
  }

  /** Applies a fault to every student's playground now; students whose cluster lacks the target are skipped. */
  async broadcastFault(classroom: ClassroomRow, spec: FaultSpec): Promise<BroadcastOutcome[]> {
    const students = this.deps.product.studentsOf(classroom.id);
    const problems = await Promise.all(students.map((s) => (s.playgroundId ? this.deps.playgrounds.applyFault(s.playgroundId, spec) : 'no playground')));
    return students.map((s, i) => {
      const message = problems[i];
      return message === undefined ? { student: s.id, name: s.name, applied: true } : { student: s.id, name: s.name, applied: false, message };
    });
  }

  /** Results of every student for every exercise they worked on (the current one graded now). */
  async resultsCsv(classroom: ClassroomRow): Promise<string> {
    const rows: CsvRow[] = [];
    for (const s of this.deps.product.studentsOf(classroom.id).sort((a, b) => a.createdAt - b.createdAt)) {
      await this.progress(classroom, s);
      const fresh = this.deps.product.student(s.id) ?? s;
      const results = storedResults(fresh);
      for (const index of Object.keys(results).map(Number).sort((a, b) => a - b)) {
        const r = results[index];
        rows.push({ student: s.name, joinedAt: s.createdAt, lastActivity: fresh.lastActivity, exerciseIndex: index, exercise: r.exercise, result: r.result });
      }
    }
    return resultsCsv(rows);
  }

  /** Sets (or with null removes) the URL results are posted to. */
  setWebhook(classroom: ClassroomRow, url: string | null): void {
    const problem = url === null ? undefined : webhookProblem(url);
    if (problem) this.fail(400, 'invalid_webhook', problem);
    this.deps.product.updateClassroom(classroom.id, { webhookUrl: url });
  }

  /** A student's playground changed: it is re-graded at most once per debounce window. */
  changed(playgroundId: string, userActivity: boolean): void {
    if (userActivity) this.activity.set(playgroundId, this.deps.realNow());
    if (this.timers.has(playgroundId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(playgroundId);
      this.regrade(playgroundId).catch((err: unknown) => console.error('classroom re-grade failed:', err));
    }, this.deps.debounceMs ?? 500);
    (timer as { unref?: () => void }).unref?.();
    this.timers.set(playgroundId, timer);
  }

  /** Grades a student's playground now and tells their teacher and the student. */
  async regrade(playgroundId: string): Promise<StudentProgress | undefined> {
    const student = this.deps.product.studentByPlayground(playgroundId);
    const classroom = student && this.deps.product.classroom(student.classroomId);
    if (!student || !classroom) return undefined;
    const progress = await this.progressWithKeys(classroom, student);
    this.channels.publish(teacherChannel(classroom.id), 'student', progress);
    return progress;
  }

  /** Stops pending re-grades and ends the event streams (server shutdown). */
  close(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.channels.publish(SHUTDOWN_CHANNEL, 'shutdown', null);
  }

  private async moveStudent(classroom: ClassroomRow, student: StudentRow, index: number): Promise<void> {
    // Grade the work being left behind first, so the CSV keeps its final state.
    await this.progress(classroom, student);
    const moved = await this.replacePlayground(classroom, student, index);
    this.channels.publish(studentChannel(student.id), 'moved', { exerciseIndex: index });
    this.channels.publish(teacherChannel(classroom.id), 'student', await this.progressWithKeys(classroom, moved));
  }

  /** A new playground for a student, set up for exercise `index`; the old one is deleted. */
  private async replacePlayground(classroom: ClassroomRow, student: StudentRow, index: number): Promise<StudentRow> {
    const exercise = this.exerciseAt(classroom, index);
    const id = newId();
    const editKey = await this.editKeyOf(student.id, id);
    await this.deps.playgrounds.create({ id, editKey, name: `${slug(student.name)}-${exercise.id}`.slice(0, 63), exercise });
    const old = student.playgroundId;
    const patch = { playgroundId: id, exerciseIndex: index };
    this.deps.product.updateStudent(student.id, patch);
    if (old) {
      this.activity.delete(old);
      await this.deps.playgrounds.delete(old);
    }
    return { ...student, ...patch };
  }

  private async editKeyOf(studentId: string, playgroundId: string): Promise<string> {
    this.secret ??= classroomSecret(this.deps.product);
    return studentPlaygroundKey(this.secret, studentId, playgroundId);
  }

  private async progressWithKeys(classroom: ClassroomRow, student: StudentRow): Promise<StudentProgress> {
    const p = await this.progress(classroom, student);
    if (!student.playgroundId || !p.result) return p;
    const viewKey = await deriveViewKey(await this.editKeyOf(student.id, student.playgroundId));
    return { ...p, viewKey, viewUrl: `/p/${viewKey}` };
  }

  /** Grades a student now (without the view key). */
  private async progress(classroom: ClassroomRow, student: StudentRow): Promise<StudentProgress> {
    const exercise = this.exerciseAt(classroom, student.exerciseIndex);
    const playgroundId = student.playgroundId;
    const state = playgroundId ? await this.deps.playgrounds.inspect(playgroundId, exercise) : undefined;
    const base = {
      id: student.id,
      name: student.name,
      exercise: exercise.id,
      exerciseIndex: student.exerciseIndex,
      joinedAt: new Date(student.createdAt).toISOString(),
      viewKey: null,
      viewUrl: null,
    };
    if (!playgroundId || !state) return { ...base, result: null, map: { nodes: [], unscheduled: [] }, lastActivity: new Date(student.lastActivity).toISOString() };
    const result = this.record(classroom, student, playgroundId, exercise, state);
    const lastActivity = Math.max(student.lastActivity, this.activity.get(playgroundId) ?? 0);
    return { ...base, result, map: state.map, lastActivity: new Date(lastActivity).toISOString() };
  }

  /** Records a grade: a change is persisted, streamed to the student and (if a check flipped) posted to the
   * webhook. */
  private record(classroom: ClassroomRow, student: StudentRow, playgroundId: string, exercise: Exercise, state: PlaygroundState): GradeResult {
    const result = state.result;
    const current = this.deps.product.student(student.id) ?? student;
    const results = storedResults(current);
    const previous = results[student.exerciseIndex]?.result;
    const activity = Math.max(current.lastActivity, this.activity.get(playgroundId) ?? 0);
    const changed = !previous || JSON.stringify(previous) !== JSON.stringify(result);
    if (!changed && activity === current.lastActivity) return result;
    results[student.exerciseIndex] = { exercise: exercise.id, result };
    this.deps.product.updateStudent(student.id, { lastResult: JSON.stringify(results), lastActivity: activity });
    if (!changed) return result;
    this.channels.publish(studentChannel(student.id), 'progress', result);
    if (classroom.webhookUrl && (!previous || verdicts(previous) !== verdicts(result) || previous.score !== result.score)) {
      const body = {
        event: 'student.results',
        classroom: { id: classroom.id, name: classroom.name },
        student: { id: student.id, name: student.name },
        exerciseIndex: student.exerciseIndex,
        result,
        at: new Date(this.deps.realNow()).toISOString(),
      };
      void fireWebhook(this.deps.fetch ?? fetch, classroom.webhookUrl, body, this.deps.webhookTimeoutMs ?? 5000);
    }
    return result;
  }

  private exerciseIds(classroom: ClassroomRow): string[] {
    return JSON.parse(classroom.exercises) as string[];
  }

  private exerciseAt(classroom: ClassroomRow, index: number): Exercise {
    const id = this.exerciseIds(classroom)[index];
    return (id !== undefined && this.deps.catalog.get(id)) || this.fail(409, 'exercise_missing', `exercise "${id}" of this classroom is no longer available`);
  }

  private fail(status: number, code: string, message: string): never {
    throw new ProductError(status, code, message);
  }
}
