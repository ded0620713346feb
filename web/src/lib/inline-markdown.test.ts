import { describe, it, expect } from 'vitest';
import { parseInline } from './inline-markdown.js';

describe('parseInline', () => {
  it('splits code and bold spans and joins wrapped lines', () => {
    expect(parseInline('Scale to **3** replicas with\n`kubectl scale deployment web --replicas=3`.')).toEqual([
      [
        { kind: 'text', text: 'Scale to ' },
        { kind: 'bold', text: '3' },
        { kind: 'text', text: ' replicas with ' },
        { kind: 'code', text: 'kubectl scale deployment web --replicas=3' },
        { kind: 'text', text: '.' },
      ],
    ]);
  });
  it('keeps paragraphs apart and never produces HTML', () => {
    const p = parseInline('one <b>x</b>\n\ntwo');
    expect(p).toHaveLength(2);
    expect(p[0]).toEqual([{ kind: 'text', text: 'one <b>x</b>' }]);
  });
});
