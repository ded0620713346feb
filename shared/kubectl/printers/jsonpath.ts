/** The subset of kubectl's JSONPath templates learners use: fields, [*], [n], [a:b], [?(@.x=="y")], '..',
 * {range}..{end} and quoted literals. Missing keys print nothing, as kubectl allows missing keys. */
import { sortKeys } from './yaml-json';
import { CommandError } from '../errors';

type Step =
  | { kind: 'field'; name: string }
  | { kind: 'recursive'; name: string }
  | { kind: 'wildcard' }
  | { kind: 'index'; start: number; end?: number; slice: boolean }
  | { kind: 'union'; names: string[] }
  | { kind: 'filter'; path: Step[]; op?: string; value?: unknown };

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'path'; steps: Step[] }
  | { kind: 'range'; steps: Step[]; body: Node[] };

function parsePath(expr: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  let s = expr.trim();
  if (s.startsWith('$')) s = s.slice(1);
  if (s.startsWith('@')) s = s.slice(1);
  const readName = () => {
    const m = /^[^.[\]\s]*/.exec(s.slice(i))![0];
    i += m.length;
    return m;
  };
  while (i < s.length) {
    if (s.startsWith('..', i)) {
      i += 2;
      steps.push({ kind: 'recursive', name: readName() });
    } else if (s[i] === '.') {
      i++;
      const name = readName();
      if (name === '*') steps.push({ kind: 'wildcard' });
      else if (name) steps.push({ kind: 'field', name });
    } else if (s[i] === '[') {
      const close = findClose(s, i);
      const inner = s.slice(i + 1, close).trim();
      i = close + 1;
      steps.push(parseBracket(inner));
    } else {
      steps.push({ kind: 'field', name: readName() });
      if (s[i] !== undefined && s[i] !== '.' && s[i] !== '[') throw new CommandError(`unrecognized character in action: ${s[i]}`);
    }
  }
  return steps;
}

function findClose(s: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  throw new CommandError('unclosed array expect ]');
}

function unquote(v: string): string {
  const t = v.trim();
  if ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"'))) return t.slice(1, -1);
  return t;
}

function parseLiteral(v: string): unknown {
  const t = v.trim();
  if (/^['"]/.test(t)) return unquote(t);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  return t;
}

function parseBracket(inner: string): Step {
  if (inner === '*') return { kind: 'wildcard' };
  if (inner.startsWith('?(') && inner.endsWith(')')) {
    const cond = inner.slice(2, -1).trim();
    const m = /^(@[^=!<>\s]*)\s*(==|!=|<=|>=|<|>|=~)\s*(.+)$/.exec(cond);
    if (!m) return { kind: 'filter', path: parsePath(cond) };
    return { kind: 'filter', path: parsePath(m[1]), op: m[2], value: parseLiteral(m[3]) };
  }
  if (/^-?\d*(:-?\d*)?$/.test(inner) && inner !== '') {
    if (!inner.includes(':')) return { kind: 'index', start: Number(inner), slice: false };
    const [a, b] = inner.split(':');
    return { kind: 'index', start: a ? Number(a) : 0, end: b ? Number(b) : undefined, slice: true };
  }
  const names = inner.split(',').map(unquote);
  return names.length === 1 ? { kind: 'field', name: names[0] } : { kind: 'union', names };
}

/** Parses a template such as '{range .items[*]}{.metadata.name}{"\n"}{end}'. */
export function parseTemplate(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      stack[stack.length - 1].push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) stack[stack.length - 1].push({ kind: 'text', text: template.slice(i, open) });
    let close = open + 1;
    let quote = '';
    for (; close < template.length; close++) {
      const c = template[close];
      if (quote) {
        if (c === '\\') close++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '}') break;
    }
    if (close >= template.length) throw new CommandError(`error parsing jsonpath ${template}, unclosed action`);
    const action = template.slice(open + 1, close).trim();
    i = close + 1;
    const top = stack[stack.length - 1];
    if (action.startsWith('range ')) {
      const node: Node = { kind: 'range', steps: parsePath(action.slice(6)), body: [] };
      top.push(node);
      stack.push(node.body);
    } else if (action === 'end') {
      if (stack.length === 1) throw new CommandError(`error parsing jsonpath ${template}, not in range, nothing to end`);
      stack.pop();
    } else if (action.startsWith('"') || action.startsWith("'")) {
      top.push({ kind: 'text', text: unescape(action.slice(1, -1)) });
    } else {
      top.push({ kind: 'path', steps: parsePath(action) });
    }
  }
  return root;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

function children(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v && typeof v === 'object') return Object.values(v);
  return [];
}

function compare(a: unknown, op: string, b: unknown): boolean {
  switch (op) {
    case '==':
      return a === b || String(a) === String(b);
    case '!=':
      return !(a === b || String(a) === String(b));
    case '<':
      return Number(a) < Number(b);
    case '>':
      return Number(a) > Number(b);
    case '<=':
      return Number(a) <= Number(b);
    case '>=':
      return Number(a) >= Number(b);
    case '=~':
      return new RegExp(String(b)).test(String(a));
  }
  return false;
}

function walk(values: unknown[], steps: Step[]): unknown[] {
  let cur = values;
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of cur) {
      switch (step.kind) {
        case 'field':
          if (v && typeof v === 'object' && !Array.isArray(v) && step.name in v) next.push((v as Record<string, unknown>)[step.name]);
          break;
        case 'union':
          for (const n of step.names) if (v && typeof v === 'object' && n in v) next.push((v as Record<string, unknown>)[n]);
          break;
        case 'wildcard':
          next.push(...children(v));
          break;
        case 'index': {
          if (!Array.isArray(v)) break;
          const norm = (n: number) => (n < 0 ? v.length + n : n);
          if (!step.slice) {
            const idx = norm(step.start);
            if (idx < 0 || idx >= v.length) throw new CommandError(`array index out of bounds: index ${step.start}, length ${v.length}`);
            next.push(v[idx]);
          } else {
            next.push(...v.slice(Math.max(0, norm(step.start)), step.end === undefined ? v.length : norm(step.end)));
          }
          break;
        }
        case 'filter':
          for (const item of children(v)) {
            const found = walk([item], step.path);
            if (step.op === undefined ? found.length > 0 : found.some((x) => compare(x, step.op!, step.value))) next.push(item);
          }
          break;
        case 'recursive': {
          const visit = (x: unknown) => {
            if (x && typeof x === 'object') {
              if (!Array.isArray(x) && step.name && step.name in x) next.push((x as Record<string, unknown>)[step.name]);
              if (!step.name) next.push(x);
              children(x).forEach(visit);
            }
          };
          visit(v);
          break;
        }
      }
    }
    cur = next;
  }
  return cur;
}

/** Prints one value as kubectl's jsonpath does: scalars as text, maps and lists as compact JSON. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(sortKeys(v));
  return String(v);
}

function render(nodes: Node[], data: unknown): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'path') out += walk([data], node.steps).map(valueText).join(' ');
    else for (const item of walk([data], node.steps)) out += render(node.body, item);
  }
  return out;
}

/** Executes a jsonpath template against data. */
export function executeJsonPath(template: string, data: unknown): string {
  return render(parseTemplate(template), data);
}

/** Evaluates one relaxed expression ('.metadata.name' or '{.metadata.name}') to its values. */
export function evaluate(expr: string, data: unknown): unknown[] {
  const e = expr.trim().replace(/^\{/, '').replace(/\}$/, '');
  return walk([data], parsePath(e));
}
