/** Undo/redo for the YAML editor. CodeMirror's own history lives in @codemirror/commands, which this project
 * does not ship, so this keeps a small stack of inverted change sets, grouping bursts of typing. */
import { Annotation, StateField, type ChangeSet, type EditorSelection, type Extension, type Transaction } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';

interface Entry {
  /** Applying this undoes the entry. */
  inverse: ChangeSet;
  /** Selection before the change, restored on undo. */
  selection: EditorSelection;
  time: number;
}

interface History {
  done: Entry[];
  undone: Entry[];
}

const fromHistory = Annotation.define<'undo' | 'redo'>();
const GROUP_MS = 600;
const LIMIT = 200;

const historyField = StateField.define<History>({
  create: () => ({ done: [], undone: [] }),
  update(h, tr: Transaction) {
    if (!tr.docChanged) return h;
    const inverse = tr.changes.invert(tr.startState.doc);
    const entry: Entry = { inverse, selection: tr.startState.selection, time: Date.now() };
    const kind = tr.annotation(fromHistory);
    if (kind === 'undo') return { done: h.done.slice(0, -1), undone: [...h.undone, entry] };
    if (kind === 'redo') return { done: [...h.done, entry], undone: h.undone.slice(0, -1) };
    const last = h.done.at(-1);
    if (last && tr.isUserEvent('input.type') && entry.time - last.time < GROUP_MS) {
      // Typing: fold into the previous step so one undo removes the word, not the letter.
      const merged: Entry = { inverse: inverse.compose(last.inverse), selection: last.selection, time: entry.time };
      return { done: [...h.done.slice(0, -1), merged], undone: [] };
    }
    return { done: [...h.done, entry].slice(-LIMIT), undone: [] };
  },
});

function step(view: EditorView, kind: 'undo' | 'redo'): boolean {
  const h = view.state.field(historyField);
  const entry = kind === 'undo' ? h.done.at(-1) : h.undone.at(-1);
  if (!entry) return false;
  view.dispatch({ changes: entry.inverse, selection: kind === 'undo' ? entry.selection : undefined, annotations: fromHistory.of(kind), scrollIntoView: true, userEvent: kind });
  return true;
}

/** Undoes the last change group. */
export const undo = (view: EditorView): boolean => step(view, 'undo');
/** Redoes the last undone change group. */
export const redo = (view: EditorView): boolean => step(view, 'redo');

/** The history field with Mod-z, Mod-y and Shift-Mod-z bound. */
export function undoHistory(): Extension {
  return [historyField, keymap.of([{ key: 'Mod-z', run: undo, preventDefault: true }, { key: 'Mod-y', run: redo, preventDefault: true }, { key: 'Shift-Mod-z', run: redo, preventDefault: true }])];
}
