/** The teacher's roster as live events change it. */
import type { StudentProgress, TeacherView } from '../../../shared/api/classroom.js';

/** Applies one student's new progress: replaces their row, or appends a student who just joined. */
export function withStudent(view: TeacherView, student: StudentProgress): TeacherView {
  const i = view.students.findIndex((s) => s.id === student.id);
  const students = i < 0 ? [...view.students, student] : view.students.map((s, j) => (j === i ? student : s));
  return { ...view, students };
}

/** How many checks a student passes, as "2/4". */
export function checksPassed(s: StudentProgress): string {
  if (!s.result) return '–';
  return `${s.result.checks.filter((c) => c.passed).length}/${s.result.checks.length}`;
}

/** "just now", "3 min ago", "2 h ago" for a last-activity time. */
export function ago(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 10) return 'just now';
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  return `${Math.floor(s / 3600)} h ago`;
}
