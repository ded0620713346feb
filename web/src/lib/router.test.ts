import { describe, it, expect } from 'vitest';
import { parseRoute } from './router.svelte.js';

describe('parseRoute', () => {
  it('routes the landing page, playgrounds and embeds', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'landing' });
    expect(parseRoute('/p/abc123', '')).toEqual({ page: 'playground', key: 'abc123', embed: false });
    expect(parseRoute('/p/abc123', '?embed=1')).toEqual({ page: 'playground', key: 'abc123', embed: true });
    expect(parseRoute('/nope', '')).toEqual({ page: 'not-found', path: '/nope' });
  });
});
