import { describe, it, expect } from 'vitest';
import { csvCell, resultsCsv } from './results-csv.js';

describe('results CSV', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas in names', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
  });

  it('lists one row per student and exercise with passed and failed checks', () => {
    const result = {
      exercise: 'scale-deployment',
      passed: false,
      score: 1,
      maxScore: 2,
      checks: [
        { id: 'a', name: 'A', passed: true, message: '', points: 1 },
        { id: 'b', name: 'B', passed: false, message: 'no', points: 0 },
      ],
    };
    const csv = resultsCsv([{ student: 'Ana', joinedAt: 0, lastActivity: 60_000, exerciseIndex: 0, exercise: 'scale-deployment', result }]);
    expect(csv.split('\r\n')).toEqual([
      'student,exercise,score,max_score,passed,checks_passed,checks_failed,joined_at,last_activity',
      'Ana,scale-deployment,1,2,false,a,b,1970-01-01T00:00:00.000Z,1970-01-01T00:01:00.000Z',
      '',
    ]);
  });
});
