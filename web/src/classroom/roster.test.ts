import { describe, it, expect } from 'vitest';
import type { StudentProgress, TeacherView } from '../../../shared/api/classroom.js';
import { ago, checksPassed, withStudent } from './roster.js';

const student = (id: string, passed: boolean[]): StudentProgress => ({
  id,
  name: id,
  exercise: 'e',
  exerciseIndex: 0,
  result: { exercise: 'e', passed: passed.every(Boolean), score: passed.filter(Boolean).length, maxScore: passed.length, checks: passed.map((p, i) => ({ id: `c${i}`, name: `c${i}`, passed: p, message: '', points: p ? 1 : 0 })) },
  map: { nodes: [], unscheduled: [] },
  joinedAt: '2026-01-01T00:00:00Z',
  lastActivity: '2026-01-01T00:00:00Z',
  viewKey: null,
  viewUrl: null,
});

const view = (students: StudentProgress[]): TeacherView => ({ id: 'c', name: 'C', joinCode: 'ABC234', joinUrl: '', teacherUrl: '', exercises: [], current: 0, webhookUrl: null, students });

describe('roster', () => {
  it('updates a student in place and appends one who joins', () => {
    const v = view([student('ana', [false, false]), student('ben', [false, false])]);
    const updated = withStudent(v, student('ana', [true, false]));
    expect(updated.students.map((s) => checksPassed(s))).toEqual(['1/2', '0/2']);
    expect(withStudent(updated, student('cy', [false])).students.map((s) => s.id)).toEqual(['ana', 'ben', 'cy']);
  });

  it('says how long ago a student was active', () => {
    const t = Date.parse('2026-01-01T00:00:00Z');
    expect(ago('2026-01-01T00:00:00Z', t + 3_000)).toBe('just now');
    expect(ago('2026-01-01T00:00:00Z', t + 45_000)).toBe('45 s ago');
    expect(ago('2026-01-01T00:00:00Z', t + 5 * 60_000)).toBe('5 min ago');
    expect(ago('2026-01-01T00:00:00Z', t + 2 * 3600_000)).toBe('2 h ago');
  });
});
