import { describe, it, expect } from 'vitest';
import { parseRoute } from '../lib/router.svelte.js';
import { codeKey } from './student-keys.js';

describe('classroom routes', () => {
  it('route the creation page, the teacher dashboard and the join page', () => {
    expect(parseRoute('/c/new', '')).toEqual({ page: 'classroom-new' });
    expect(parseRoute('/c/t/abc_DEF-123', '')).toEqual({ page: 'classroom-teacher', key: 'abc_DEF-123' });
    expect(parseRoute('/c/DMD4YR', '')).toEqual({ page: 'classroom-join', code: 'DMD4YR' });
    expect(parseRoute('/c/t/x/y', '')).toEqual({ page: 'not-found', path: '/c/t/x/y' });
  });

  it('remember a student per join code whatever its spelling', () => {
    expect(codeKey('dmd-4yr ')).toBe('DMD4YR');
  });
});
