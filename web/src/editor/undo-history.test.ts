import { describe, it, expect } from 'vitest';
import { EditorState } from '@codemirror/state';
import { redo, undo, undoHistory } from './undo-history.js';
import type { EditorView } from '@codemirror/view';

/** A stand-in view: the commands only read state and dispatch. */
function fakeView(doc: string) {
  const view = {
    state: EditorState.create({ doc, extensions: [undoHistory()] }),
    dispatch(spec: Parameters<EditorState['update']>[0]) {
      view.state = view.state.update(spec).state;
    },
  };
  return view as unknown as EditorView & { state: EditorState };
}

describe('undo history', () => {
  it('undoes and redoes edits in order', () => {
    const v = fakeView('replicas: 1');
    v.dispatch({ changes: { from: 10, to: 11, insert: '3' } });
    v.dispatch({ changes: { from: 0, insert: '# web\n' } });
    expect(v.state.doc.toString()).toBe('# web\nreplicas: 3');
    expect(undo(v)).toBe(true);
    expect(v.state.doc.toString()).toBe('replicas: 3');
    expect(undo(v)).toBe(true);
    expect(v.state.doc.toString()).toBe('replicas: 1');
    expect(undo(v)).toBe(false);
    expect(redo(v)).toBe(true);
    expect(v.state.doc.toString()).toBe('replicas: 3');
  });
  it('groups quick typing into one step', () => {
    const v = fakeView('');
    for (const ch of 'kind') v.dispatch({ changes: { from: v.state.doc.length, insert: ch }, userEvent: 'input.type' });
    expect(undo(v)).toBe(true);
    expect(v.state.doc.toString()).toBe('');
  });
  it('forgets redo after a new edit', () => {
    const v = fakeView('a');
    v.dispatch({ changes: { from: 1, insert: 'b' } });
    undo(v);
    v.dispatch({ changes: { from: 1, insert: 'c' } });
    expect(redo(v)).toBe(false);
    expect(v.state.doc.toString()).toBe('ac');
  });
});
