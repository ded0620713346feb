/** A YAML emitter that writes what go-yaml v2 (behind kubectl -o yaml) writes: indentless block sequences,
 * its quoting choices (double quotes for strings that would read as another type, single quotes when plain is
 * not allowed), literal blocks for multi-line strings, and its folding of long lines past column 80. */

const BEST_WIDTH = 80;
const INDENT = 2;

/** Strings YAML 1.1 would resolve to a non-string; go-yaml double-quotes them. */
const NON_STRING = [
  /^(~|null|Null|NULL)$/,
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/,
  /^[-+]?\.(inf|Inf|INF)$/,
  /^\.(nan|NaN|NAN)$/,
  /^<<$/,
  /^\d{4}-\d\d?-\d\d?([Tt]|\s+)\d\d?:\d\d:\d\d(\.\d*)?(\s*(Z|[-+]\d\d?(:\d\d)?))?$/,
  /^\d{4}-\d\d-\d\d$/,
];

/** go-yaml resolves digits by Go's own parsers after dropping underscores (so `10.0.0.1` stays a string). */
const GO_INT = /^[-+]?(0[bB][01]+|0[oO]?[0-7]+|0[xX][0-9a-fA-F]+|0|[1-9][0-9]*)$/;
const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

function readsAsNonString(s: string): boolean {
  if (NON_STRING.some((re) => re.test(s))) return true;
  if (!/^[-+.0-9]/.test(s)) return false;
  const plain = s.replaceAll('_', '');
  return GO_INT.test(plain) || GO_FLOAT.test(plain);
}

type Style = 'plain' | 'single' | 'double' | 'literal';

const isBreak = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankz = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || isBreak(c);

function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || cp === 0x85 || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** libyaml's yaml_emitter_analyze_scalar + select_scalar_style for block context. */
function selectStyle(s: string, simpleKey: boolean): Style {
  const requested: Style = s === '' || readsAsNonString(s) ? 'double' : s.includes('\n') ? 'literal' : 'plain';
  const chars = [...s];
  let blockIndicators = false;
  let special = false;
  let lineBreaks = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let prevSpace = false;
  let prevBreak = false;
  if (s.startsWith('---') || s.startsWith('...')) blockIndicators = true;
  let precededByWhitespace = true;
  chars.forEach((c, i) => {
    const followedByWhitespace = isBlankz(chars[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ':' && followedByWhitespace) blockIndicators = true;
      if (c === '#' && precededByWhitespace) blockIndicators = true;
    }
    if (!isPrintable(c) || c === '\t') special = true;
    if (isBreak(c)) lineBreaks = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreak(c)) {
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevBreak = true;
      prevSpace = false;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWhitespace = isBlankz(c);
  });
  let plainAllowed = true;
  let singleAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) plainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) plainAllowed = singleAllowed = false;
  if (spaceBreak || special) plainAllowed = singleAllowed = blockAllowed = false;
  if (lineBreaks || blockIndicators) plainAllowed = false;
  let style: Style = requested;
  if (style === 'plain' && (!plainAllowed || (simpleKey && s === ''))) style = 'single';
  if (style === 'single' && !singleAllowed) style = 'double';
  if (style === 'literal' && (!blockAllowed || simpleKey)) style = 'double';
  return style;
}

/** Writes a flow scalar, folding at spaces once the line is past column 80 as go-yaml does. */
function folded(text: string, column: number, indent: number, allowBreaks: boolean, quoted: boolean): string {
  let out = '';
  let col = column;
  let spaces = false;
  const chars = [...text];
  chars.forEach((c, i) => {
    if (c === ' ') {
      const edge = quoted && (i === 0 || i === chars.length - 1);
      if (allowBreaks && !spaces && col > BEST_WIDTH && !edge && chars[i + 1] !== ' ') {
        out += `\n${' '.repeat(indent)}`;
        col = indent;
      } else {
        out += c;
        col++;
      }
      spaces = true;
    } else {
      out += c;
      col++;
      spaces = false;
    }
  });
  return out;
}

function doubleQuoted(s: string, column: number, indent: number, allowBreaks: boolean): string {
  let body = '"';
  let col = column + 1;
  let spaces = false;
  const chars = [...s];
  chars.forEach((c, i) => {
    const cp = c.codePointAt(0)!;
    if (!isPrintable(c) || c === '\t' || c === '"' || c === '\\' || isBreak(c) || cp === 0xfeff) {
      const esc: Record<string, string> = { '\0': '\\0', '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\x0b': '\\v', '\f': '\\f', '\r': '\\r', '\x1b': '\\e', '"': '\\"', '\\': '\\\\', '\u0085': '\\N', '\u00a0': '\\_', '\u2028': '\\L', '\u2029': '\\P' };
      const e = esc[c] ?? (cp <= 0xff ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}` : `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`);
      body += e;
      col += e.length;
      spaces = false;
    } else if (c === ' ') {
      if (allowBreaks && !spaces && col > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
        body += `\n${' '.repeat(indent)}`;
        col = indent;
        if (chars[i + 1] === ' ') {
          body += '\\';
          col++;
        }
      } else {
        body += c;
        col++;
      }
      spaces = true;
    } else {
      body += c;
      col++;
      spaces = false;
    }
  });
  return `${body}"`;
}

function literal(s: string, indent: number): string {
  let hints = '|';
  if (s.startsWith(' ') || isBreak(s[0])) hints += String(INDENT);
  if (!s.endsWith('\n')) hints += '-';
  else if (s.length === 1 || s.endsWith('\n\n')) hints += '+';
  const lines = (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n');
  return `${hints}\n${lines.map((l) => (l === '' ? '' : ' '.repeat(indent) + l)).join('\n')}`;
}

/** Emits a scalar starting at `column`, with continuation lines at `indent`. */
function scalar(value: unknown, column: number, indent: number, simpleKey: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? '+.inf' : value < 0 ? '-.inf' : '.nan';
  const s = String(value);
  const style = selectStyle(s, simpleKey);
  const allowBreaks = !simpleKey;
  switch (style) {
    case 'plain':
      return folded(s, column, indent, allowBreaks, false);
    case 'single':
      return `'${folded(s.replace(/'/g, "''"), column + 1, indent, allowBreaks, true)}'`;
    case 'double':
      return doubleQuoted(s, column, indent, allowBreaks);
    case 'literal':
      return literal(s, indent);
  }
}

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function isEmptyCollection(v: unknown): boolean {
  return (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0);
}

function emitMap(map: Record<string, unknown>, indent: number, firstInline: boolean): string {
  let out = '';
  Object.keys(map)
    .sort()
    .forEach((key, i) => {
      const pad = i === 0 && firstInline ? '' : ' '.repeat(indent);
      const k = scalar(key, indent, indent, true);
      out += `${pad}${k}:`;
      out += emitValue(map[key], indent, indent + [...k].length + 1);
    });
  return out;
}

/** The text after 'key:' for a mapping value (a space and scalar, or a nested block). */
function emitValue(v: unknown, keyIndent: number, column: number): string {
  if (isEmptyCollection(v)) return ` ${Array.isArray(v) ? '[]' : '{}'}\n`;
  if (isMap(v)) return `\n${emitMap(v, keyIndent + INDENT, false)}`;
  if (Array.isArray(v)) return `\n${emitSeq(v, keyIndent)}`;
  return ` ${scalar(v, column + 1, keyIndent + INDENT, false)}\n`;
}

function emitSeq(seq: unknown[], indent: number): string {
  let out = '';
  for (const item of seq) {
    out += `${' '.repeat(indent)}-`;
    if (isEmptyCollection(item)) out += ` ${Array.isArray(item) ? '[]' : '{}'}\n`;
    else if (isMap(item)) out += ` ${emitMap(item, indent + INDENT, true)}`;
    else if (Array.isArray(item)) out += ` ${emitSeq(item, indent + INDENT).slice(indent + INDENT)}`;
    else out += ` ${scalar(item, indent + INDENT, indent + INDENT, false)}\n`;
  }
  return out;
}

/** Serializes a JSON value as kubectl -o yaml prints it (keys sorted). */
export function goYaml(value: unknown): string {
  if (isMap(value)) return isEmptyCollection(value) ? '{}\n' : emitMap(value, 0, false);
  if (Array.isArray(value)) return value.length === 0 ? '[]\n' : emitSeq(value, 0);
  return `${scalar(value, 0, 0, false)}\n`;
}
