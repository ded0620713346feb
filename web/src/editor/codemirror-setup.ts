/** CodeMirror 6 extensions for the YAML editor: YAML language, theme from our tokens, the standard keymaps
 * (undo history, search and replace), and diagnostics drawn as a marked line plus the server's message under it. */
import { EditorState, StateEffect, StateField, type Extension, RangeSetBuilder } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { bracketMatching, defaultHighlightStyle, foldGutter, HighlightStyle, indentOnInput, syntaxHighlighting, indentUnit } from '@codemirror/language';
import { closeBrackets } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { yaml } from '@codemirror/lang-yaml';
import type { Diagnostic } from './apply-manifests.js';

export const setDiagnostics = StateEffect.define<Diagnostic[]>();

/** The default style's colours are fixed for light backgrounds; the same tags re-coloured with our theme
 * tokens read well in both themes (tags come from the default style, so no extra package is needed). */
const SYNTAX_COLOURS: Record<string, string> = {
  '#00c': 'var(--syntax-key)',
  '#a11': 'var(--syntax-string)',
  '#164': 'var(--syntax-number)',
  '#219': 'var(--syntax-atom)',
  '#708': 'var(--syntax-keyword)',
  '#940': 'var(--syntax-comment)',
  '#404740': 'var(--text-3)',
  '#f00': 'var(--bad)',
};
const themedHighlight = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) => (spec.color ? { ...spec, color: SYNTAX_COLOURS[spec.color as string] ?? 'var(--syntax-other)' } : spec)),
);

class MessageWidget extends WidgetType {
  constructor(readonly messages: string[]) {
    super();
  }
  eq(other: MessageWidget) {
    return other.messages.join('\n') === this.messages.join('\n');
  }
  toDOM() {
    const el = document.createElement('div');
    el.className = 'cm-k8s-error';
    el.setAttribute('role', 'alert');
    el.textContent = this.messages.join('\n');
    return el;
  }
}

function build(state: EditorState, diags: Diagnostic[]): DecorationSet {
  const byLine = new Map<number, string[]>();
  for (const d of diags) {
    const line = Math.min(Math.max(1, d.line), state.doc.lines);
    byLine.set(line, [...(byLine.get(line) ?? []), d.message]);
  }
  const builder = new RangeSetBuilder<Decoration>();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const l = state.doc.line(line);
    builder.add(l.from, l.from, Decoration.line({ class: 'cm-k8s-error-line' }));
    builder.add(l.to, l.to, Decoration.widget({ widget: new MessageWidget(byLine.get(line)!), block: true, side: 1 }));
  }
  return builder.finish();
}

const diagnosticsField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setDiagnostics)) return build(tr.state, e.value);
    // Any edit makes the server's old verdict stale.
    return tr.docChanged ? Decoration.none : value;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const insertIndentedNewline = (view: EditorView): boolean => {
  const { state } = view;
  const range = state.selection.main;
  const line = state.doc.lineAt(range.head);
  const indent = /^\s*/.exec(line.text)?.[0] ?? '';
  // A line ending in ':' opens a nested mapping, and a list item's content sits two further in.
  const before = line.text.slice(0, range.head - line.from);
  const extra = /:\s*$/.test(before) ? '  ' : /^\s*- /.test(before) && !/:\s*$/.test(before) ? '  ' : '';
  view.dispatch(state.update({ changes: { from: range.from, to: range.to, insert: `\n${indent}${extra}` }, selection: { anchor: range.from + 1 + indent.length + extra.length }, scrollIntoView: true, userEvent: 'input' }));
  return true;
};

const insertTab = (view: EditorView): boolean => {
  view.dispatch(view.state.replaceSelection('  '));
  return true;
};

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', backgroundColor: 'var(--surface)', color: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.55' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--text-3)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 6%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--accent) 12%, transparent)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'color-mix(in srgb, var(--accent) 25%, transparent) !important' },
  '.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-panel.cm-search input, .cm-panel.cm-search button': { fontFamily: 'var(--font-sans)', fontSize: '12px' },
  '.cm-textfield': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '4px' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '4px' },
  '.cm-searchMatch': { backgroundColor: 'color-mix(in srgb, var(--warn) 30%, transparent)', outline: 'none' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'color-mix(in srgb, var(--warn) 55%, transparent)' },
  '.cm-selectionMatch': { backgroundColor: 'color-mix(in srgb, var(--accent) 15%, transparent)' },
  '.cm-k8s-error-line': { backgroundColor: 'color-mix(in srgb, var(--bad) 14%, transparent)' },
  '.cm-k8s-error': {
    whiteSpace: 'pre-wrap', fontFamily: 'var(--font-sans)', fontSize: '12px', color: 'var(--bad)', padding: '2px 10px 4px 12px',
    borderLeft: '3px solid var(--bad)', backgroundColor: 'var(--bad-soft)',
  },
});

/** Everything the editor needs, with `onRun` bound to Mod-Enter (apply) and Shift-Mod-Enter (dry run), and
 * Escape handing focus back to the page (Tab indents, so keyboard users need a way out). */
export function editorExtensions(onChange: (text: string) => void, onRun: (dryRun: boolean) => void, onEscape: () => void): Extension[] {
  return [
    lineNumbers(),
    foldGutter(),
    highlightActiveLine(),
    highlightActiveLineGutter(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of('  '),
    bracketMatching(),
    closeBrackets(),
    syntaxHighlighting(themedHighlight),
    yaml(),
    EditorState.tabSize.of(2),
    history(),
    search({ top: true }),
    highlightSelectionMatches(),
    keymap.of([
      { key: 'Mod-Enter', run: () => (onRun(false), true) },
      { key: 'Shift-Mod-Enter', run: () => (onRun(true), true) },
      { key: 'Enter', run: insertIndentedNewline },
      { key: 'Tab', run: insertTab },
      // The search panel's own Escape closes it first; only then does Escape leave the editor.
      ...searchKeymap,
      { key: 'Escape', run: () => (onEscape(), true) },
      ...historyKeymap,
      ...defaultKeymap,
    ]),
    diagnosticsField,
    theme,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': 'YAML manifest editor' }),
    EditorView.updateListener.of((u) => u.docChanged && onChange(u.state.doc.toString())),
  ];
}
