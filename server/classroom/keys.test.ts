import { describe, it, expect } from 'vitest';
import { JOIN_CODE_ALPHABET, classroomSecret, newJoinCode, normalizeJoinCode, studentPlaygroundKey } from './keys.js';
import { idOfKey } from '../api/keys.js';

describe('join codes', () => {
  it('are 6 characters from an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(6);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
    for (const ch of '01ILO') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
  });

  it('accept what a person types: lower case, spaces, dashes', () => {
    expect(normalizeJoinCode(' abc-d2f ')).toBe('ABCD2F');
  });
});

describe('student playground keys', () => {
  it('are derived, stable, per student and playground, in the playground key format', async () => {
    const a = await studentPlaygroundKey('secret', 'student1', 'pg1');
    expect(await studentPlaygroundKey('secret', 'student1', 'pg1')).toBe(a);
    expect(await studentPlaygroundKey('secret', 'student2', 'pg1')).not.toBe(a);
    expect(await studentPlaygroundKey('other-secret', 'student1', 'pg1')).not.toBe(a);
    expect(idOfKey(a)).toBe('pg1');
    expect(a.length - 'pg1_'.length).toBe(27);
  });

  it('come from a secret generated once and kept in the settings', () => {
    const store = new Map<string, string>();
    const settings = { setting: (k: string) => store.get(k), putSetting: (k: string, v: string) => void store.set(k, v) };
    const first = classroomSecret(settings);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(classroomSecret(settings)).toBe(first);
    expect([...store.values()]).toEqual([first]);
  });
});
