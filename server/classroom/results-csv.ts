/** The teacher's CSV export: one row per student and exercise they worked on. */
import type { GradeResult } from '../../shared/exercises/schema.js';

export interface CsvRow {
  student: string;
  joinedAt: number;
  lastActivity: number;
  exerciseIndex: number;
  exercise: string;
  result: GradeResult;
}

/** A cell quoted per RFC 4180; leading formula characters are neutralised so a spreadsheet never runs a
 * student's display name as a formula. */
export function csvCell(value: string | number | boolean): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with a header row; check ids are listed in the passed and failed columns. */
export function resultsCsv(rows: CsvRow[]): string {
  const header = ['student', 'exercise', 'score', 'max_score', 'passed', 'checks_passed', 'checks_failed', 'joined_at', 'last_activity'];
  const lines = [header.join(',')];
  for (const r of rows) {
    const passed = r.result.checks.filter((c) => c.passed).map((c) => c.id);
    const failed = r.result.checks.filter((c) => !c.passed).map((c) => c.id);
    lines.push(
      [
        r.student,
        r.exercise,
        r.result.score,
        r.result.maxScore,
        r.result.passed,
        passed.join(' '),
        failed.join(' '),
        new Date(r.joinedAt).toISOString(),
        new Date(r.lastActivity).toISOString(),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
