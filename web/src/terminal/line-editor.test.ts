import { describe, it, expect } from 'vitest';
import { LineEditor, type LineEvent } from './line-editor.js';

function setup() {
  const out: string[] = [];
  const events: LineEvent[] = [];
  const ed = new LineEditor((s) => out.push(s), (e) => events.push(e));
  return { ed, out, events };
}

describe('LineEditor', () => {
  it('submits typed lines and echoes them', () => {
    const { ed, out, events } = setup();
    ed.input('kubectl get pods\r');
    expect(events).toEqual([{ type: 'submit', line: 'kubectl get pods' }]);
    expect(out.join('')).toContain('kubectl get pods');
  });
  it('edits in the middle of the line with arrows and backspace', () => {
    const { ed, events } = setup();
    ed.input('kubectl gt');
    ed.input('\x1b[D');
    ed.input('e');
    ed.input('\x1b[F x\x7f\x7f\r');
    expect(events).toEqual([{ type: 'submit', line: 'kubectl get' }]);
  });
  it('walks history with up and down, restoring the draft', () => {
    const { ed, events } = setup();
    ed.input('one\rtwo\r');
    ed.input('dr');
    ed.input('\x1b[A');
    expect(ed.buffer).toBe('two');
    ed.input('\x1b[A');
    expect(ed.buffer).toBe('one');
    ed.input('\x1b[B\x1b[B');
    expect(ed.buffer).toBe('dr');
    expect(events).toHaveLength(2);
  });
  it('interrupts on Ctrl-C and asks for completion on Tab', () => {
    const { ed, events } = setup();
    ed.input('kubectl ge\t');
    expect(events[0]).toEqual({ type: 'complete', line: 'kubectl ge', cursor: 10 });
    ed.input('\x03');
    expect(events[1]).toEqual({ type: 'interrupt' });
    expect(ed.buffer).toBe('');
  });
  it('treats a pasted block as several submitted lines', () => {
    const { ed, events } = setup();
    ed.input('a\r\nb\r\n');
    expect(events).toEqual([{ type: 'submit', line: 'a' }, { type: 'submit', line: 'b' }]);
  });
  it('keeps heredoc lines out of the history', () => {
    const { ed } = setup();
    ed.input('kubectl apply -f - <<EOF\r');
    ed.recording = false;
    ed.input('kind: Pod\rEOF\r');
    expect(ed.history).toEqual(['kubectl apply -f - <<EOF']);
  });
  it('deletes the previous word with Ctrl-W', () => {
    const { ed } = setup();
    ed.input('kubectl get pods\x17');
    expect(ed.buffer).toBe('kubectl get ');
  });
});
