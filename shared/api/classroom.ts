/** Shapes of the classroom API (`/api/classrooms/...`) and its live event streams, shared by server and web. */
import type { GradeResult, publicExercise } from '../exercises/schema.js';

export type PublicExercise = ReturnType<typeof publicExercise>;

/** How a pod is drawn on a mini map. */
export type MiniPodState = 'running' | 'pending' | 'failed' | 'succeeded' | 'terminating';

export interface MiniPod {
  name: string;
  namespace: string;
  state: MiniPodState;
}

export interface MiniNode {
  name: string;
  ready: boolean;
  controlPlane: boolean;
  pods: MiniPod[];
}

/** Pods per node, small enough to push to a teacher many times a second. */
export interface MiniMap {
  nodes: MiniNode[];
  /** Pods no node was found for yet. */
  unscheduled: MiniPod[];
}

/** `POST /api/classrooms` (201). The teacher key is shown once; only its hash is stored. */
export interface CreatedClassroom {
  id: string;
  name: string;
  teacherKey: string;
  teacherUrl: string;
  joinCode: string;
  joinUrl: string;
}

/** One student as the teacher sees them: progress per check, a mini map, read-only access. */
export interface StudentProgress {
  id: string;
  name: string;
  exercise: string;
  exerciseIndex: number;
  /** null while the student has no playground (it could not be created). */
  result: GradeResult | null;
  map: MiniMap;
  joinedAt: string;
  lastActivity: string;
  /** Read-only capability on the student's playground (teachers never get edit keys). */
  viewKey: string | null;
  viewUrl: string | null;
}

/** `GET /api/classrooms/:teacherKey`, and the `roster` event of the teacher stream. */
export interface TeacherView {
  id: string;
  name: string;
  joinCode: string;
  joinUrl: string;
  teacherUrl: string;
  exercises: { id: string; title: string }[];
  current: number;
  webhookUrl: string | null;
  students: StudentProgress[];
}

/** What a student's browser gets when joining and when it comes back with its student key. */
export interface StudentView {
  studentKey: string;
  student: { id: string; name: string };
  classroom: { id: string; name: string };
  exerciseIndex: number;
  exerciseCount: number;
  exercise: PublicExercise;
  playground: {
    id: string;
    url: string;
    kubeServer: string;
    editKey: string;
    viewKey: string;
    viewUrl: string;
  };
  result: GradeResult;
}

/** Per-student outcome of `POST .../broadcast-fault`. */
export interface BroadcastOutcome {
  student: string;
  name: string;
  applied: boolean;
  message?: string;
}

/** Server-sent events: the teacher stream sends `roster` (everything) then `student` (one student's new
 * progress, also for a new or moved student) and `classroom` (the class moved to another exercise); the student stream sends `progress` (their grade) and `moved` (fetch the view again: a reset or
 * the next exercise gave them a new playground). */
export type TeacherEvent =
  | { event: 'roster'; data: TeacherView }
  | { event: 'student'; data: StudentProgress }
  | { event: 'classroom'; data: { current: number } };
export type StudentEvent = { event: 'progress'; data: GradeResult } | { event: 'moved'; data: { exerciseIndex: number } };
