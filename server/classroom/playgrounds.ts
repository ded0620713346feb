/** The port a classroom drives its students' playgrounds through: in-process clusters on Node, one Durable
 * Object per playground on Workers. Every call is async so either can sit behind it. */
import type { MiniMap } from '../../shared/api/classroom.js';
import type { Exercise, GradeResult } from '../../shared/exercises/schema.js';
import type { FaultSpec } from '../sim/controllers/lifecycle/fault-actions.js';

/** What a teacher sees of one playground right now. */
export interface PlaygroundState {
  result: GradeResult;
  map: MiniMap;
}

/** Told when a followed playground commits changes (the classroom re-grades it, debounced). */
export interface PlaygroundListener {
  /** Whether a playground belongs to a student (other playgrounds are not followed). */
  isClassroomPlayground(id: string): boolean;
  changed(id: string, userActivity: boolean): void;
}

export interface CreateStudentPlayground {
  id: string;
  /** Derived by the classroom from its secret, so it can be handed out again without being stored. */
  editKey: string;
  name: string;
  exercise: Exercise;
}

export interface ClassroomPlaygrounds {
  /** Creates a playground and sets it up for the exercise (manifests, faults, settling). */
  create(opts: CreateStudentPlayground): Promise<void>;
  /** Grades a playground against an exercise and draws its mini map; undefined when it does not exist. */
  inspect(id: string, exercise: Exercise): Promise<PlaygroundState | undefined>;
  /** Applies a fault now; returns why it was not applied, if it was not. */
  applyFault(id: string, spec: FaultSpec): Promise<string | undefined>;
  delete(id: string): Promise<void>;
  /** Starts reporting commits of classroom playgrounds (runtimes that push changes some other way omit it). */
  follow?(listener: PlaygroundListener): void;
}
