/** A tiny POSIX-shell subset, enough to simulate what tutorial containers run: `echo`, `sleep`, `exit`,
 * `touch`/`rm` of files (liveness probes), `env`, `date`, variables and `$((i+1))`, `while true` and `for`
 * loops, `&&`/`||`/`;`. Time only passes in `sleep`; loops are evaluated lazily by iteration. */

interface Segment {
  text: string;
  /** Unquoted or double-quoted text gets `$VAR` expansion; single-quoted text does not. */
  expand: boolean;
}
type Word = Segment[];
type Token = { op: string } | { word: Word };

export type Node =
  | { type: 'cmd'; words: Word[]; redirect?: Word }
  | { type: 'while'; cond: Item[]; body: Item[] }
  | { type: 'for'; name: string; items: Word[]; body: Item[] };
interface Item {
  node: Node;
  /** How this item joins the previous one. */
  join: ';' | '&&' | '||';
}

export interface TimedLine {
  /** Offset from the container start, ms. */
  at: number;
  text: string;
}

/** Everything a script does, as seen from outside. */
export interface ScriptRun {
  lines: TimedLine[];
  /** Files touched (created) or removed, in time order. */
  files: { at: number; path: string; exists: boolean }[];
  /** Offset at which the script ended, or undefined when it runs forever. */
  endAt?: number;
  exitCode: number;
  /** An endless loop reached at `start`, whose iterations each take `period` ms. */
  loop?: { start: number; period: number; vars: Record<string, string>; body: Item[]; sleepCond: number };
}

export interface ShellEnv {
  vars: Record<string, string>;
  /** Absolute time of the container start (for `date`). */
  startedAt: number;
  /** Lines `env` prints. */
  environment: () => string[];
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let word: Word | undefined;
  const push = (text: string, expand: boolean) => {
    word ??= [];
    word.push({ text, expand });
  };
  const end = () => {
    if (word) out.push({ word });
    word = undefined;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      if (src[i + 1] !== '\n') push(src[i + 1], false);
      i += 2;
    } else if (c === "'") {
      const j = src.indexOf("'", i + 1);
      const stop = j < 0 ? src.length : j;
      push(src.slice(i + 1, stop), false);
      i = stop + 1;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\' && j + 1 < src.length && '"\\$`'.includes(src[j + 1])) {
          text += src[j + 1];
          j += 2;
        } else text += src[j++];
      }
      push(text, true);
      // An empty "" still makes a word.
      word ??= [{ text: '', expand: false }];
      i = j + 1;
    } else if (c === '$' && src[i + 1] === '(') {
      // Keep $( ... ) and $(( ... )) together as one expandable segment.
      let depth = 0;
      let j = i + 1;
      for (; j < src.length; j++) {
        if (src[j] === '(') depth++;
        else if (src[j] === ')' && --depth === 0) break;
      }
      push(src.slice(i, j + 1), true);
      i = j + 1;
    } else if (c === '#' && !word) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === ' ' || c === '\t') {
      end();
      i++;
    } else if (c === '\n' || c === ';') {
      end();
      out.push({ op: ';' });
      i++;
    } else if (c === '&' || c === '|') {
      end();
      if (src[i + 1] === c) {
        out.push({ op: c + c });
        i += 2;
      } else {
        // A pipe or background job: the simulation runs the parts in sequence.
        out.push({ op: ';' });
        i++;
      }
    } else if (c === '>') {
      end();
      out.push({ op: '>' });
      i += src[i + 1] === '>' ? 2 : 1;
    } else {
      let j = i;
      while (j < src.length && !" \t\n;&|'\"\\>".includes(src[j]) && !(src[j] === '$' && src[j + 1] === '(')) j++;
      push(src.slice(i, j), true);
      i = j;
    }
  }
  end();
  return out;
}

const plain = (w: Word) => w.map((s) => s.text).join('');

/** Parses a script into items; unknown syntax degrades to plain commands. */
export function parseScript(src: string): Item[] {
  const tokens = tokenize(src);
  let pos = 0;
  const isWord = (t: Token | undefined, value?: string): boolean => !!t && 'word' in t && (value === undefined || plain(t.word) === value);
  const list = (stops: string[]): Item[] => {
    const items: Item[] = [];
    let join: Item['join'] = ';';
    while (pos < tokens.length) {
      const t = tokens[pos];
      if ('op' in t) {
        if (t.op === '&&' || t.op === '||') join = t.op;
        pos++;
        continue;
      }
      if (stops.includes(plain(t.word))) return items;
      items.push({ node: node(), join });
      join = ';';
    }
    return items;
  };
  const expectWord = (value: string) => {
    while (pos < tokens.length && 'op' in tokens[pos]) pos++;
    if (isWord(tokens[pos], value)) pos++;
  };
  const node = (): Node => {
    const first = plain((tokens[pos] as { word: Word }).word);
    if (first === 'while' || first === 'until') {
      pos++;
      const cond = list(['do']);
      expectWord('do');
      const body = list(['done']);
      expectWord('done');
      return { type: 'while', cond, body };
    }
    if (first === 'for') {
      pos++;
      const name = plain((tokens[pos++] as { word: Word }).word ?? []);
      const items: Word[] = [];
      if (isWord(tokens[pos], 'in')) {
        pos++;
        while (isWord(tokens[pos])) items.push((tokens[pos++] as { word: Word }).word);
      }
      expectWord('do');
      const body = list(['done']);
      expectWord('done');
      return { type: 'for', name, items, body };
    }
    const words: Word[] = [];
    let redirect: Word | undefined;
    while (pos < tokens.length) {
      const t = tokens[pos];
      if ('op' in t) {
        if (t.op !== '>') break;
        pos++;
        if (isWord(tokens[pos])) redirect = (tokens[pos++] as { word: Word }).word;
        continue;
      }
      words.push(t.word);
      pos++;
    }
    return { type: 'cmd', words, redirect };
  };
  return list([]);
}

/** Seconds of a `sleep` argument (`10`, `0.5`, `1m`, `infinity`), as busybox reads it. */
export function sleepMs(arg: string | undefined): number {
  if (!arg) return 0;
  if (arg === 'infinity' || arg === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) return 0;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]]!;
  return Math.round(Number(m[1]) * unit * 1000);
}

/** `date`'s default output: `Thu Jan  1 00:00:05 UTC 2026`. */
export function busyboxDate(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

function arith(expr: string, vars: Record<string, string>): string {
  const replaced = expr.replace(/\$?\{?([A-Za-z_]\w*)\}?/g, (_, n: string) => String(Number(vars[n] ?? 0) || 0));
  if (!/^[\d\s+\-*/%()]*$/.test(replaced)) return '0';
  // Only digits and operators remain, evaluated left to right with precedence by a small parser.
  const toks = replaced.match(/\d+|[+\-*/%()]/g) ?? [];
  let p = 0;
  const factor = (): number => {
    const t = toks[p++];
    if (t === '(') {
      const v = sum();
      p++;
      return v;
    }
    if (t === '-') return -factor();
    return Number(t ?? 0);
  };
  const product = (): number => {
    let v = factor();
    while (toks[p] === '*' || toks[p] === '/' || toks[p] === '%') {
      const op = toks[p++];
      const r = factor();
      v = op === '*' ? v * r : r === 0 ? 0 : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (toks[p] === '+' || toks[p] === '-') v = toks[p++] === '+' ? v + product() : v - product();
    return v;
  };
  return String(sum());
}

class Machine {
  t = 0;
  status = 0;
  exited = false;
  forever = false;
  readonly lines: TimedLine[] = [];
  readonly files: ScriptRun['files'] = [];
  loop: ScriptRun['loop'];
  private readonly present = new Set<string>();

  constructor(
    readonly env: ShellEnv,
    readonly vars: Record<string, string>,
    readonly maxLines: number,
  ) {}

  expand(w: Word): string {
    return w
      .map((s) =>
        !s.expand
          ? s.text
          : s.text
              .replace(/\$\(\((.*)\)\)/g, (_, e: string) => arith(e, this.vars))
              .replace(/\$\(\s*date[^)]*\)|`date[^`]*`/g, () => busyboxDate(this.env.startedAt + this.t))
              .replace(/\$\(\s*hostname\s*\)/g, () => this.vars.HOSTNAME ?? '')
              .replace(/\$\{?([A-Za-z_]\w*)\}?/g, (_, n: string) => this.vars[n] ?? ''),
      )
      .join('');
  }

  print(text: string) {
    if (this.lines.length < this.maxLines) this.lines.push({ at: this.t, text });
  }

  run(items: Item[], depth = 0): void {
    for (const item of items) {
      if (this.exited || this.forever || this.loop) return;
      if (item.join === '&&' && this.status !== 0) continue;
      if (item.join === '||' && this.status === 0) continue;
      this.exec(item.node, depth);
    }
  }

  private exec(node: Node, depth: number): void {
    if (node.type === 'for') {
      const values = node.items.flatMap((w) => this.expand(w).split(/\s+/).filter(Boolean));
      for (const v of values) {
        this.vars[node.name] = v;
        this.run(node.body, depth + 1);
        if (this.exited || this.forever || this.loop) return;
      }
      return;
    }
    if (node.type === 'while') {
      const cond = node.cond.map((i) => i.node);
      const head = cond[0]?.type === 'cmd' ? cond[0].words.map((w) => this.expand(w)) : [];
      const endless = head[0] === 'true' || head[0] === ':' || (head[0] === '[' && head[1] && head[1] !== '0') || head[0] === 'sleep';
      if (!endless || depth > 0) return;
      const sleepCond = head[0] === 'sleep' ? sleepMs(head[1]) : 0;
      const probe = new Machine(this.env, { ...this.vars }, 0);
      probe.run(node.body, depth + 1);
      const period = probe.t + sleepCond;
      if (probe.exited || period === Infinity) {
        // The loop body exits or blocks on its first pass: run it once for real.
        this.t += sleepCond;
        this.run(node.body, depth + 1);
        if (!this.exited) this.forever = true;
        return;
      }
      this.loop = { start: this.t, period, vars: { ...this.vars }, body: node.body, sleepCond };
      return;
    }
    const argv = node.words.map((w) => this.expand(w));
    const redirect = node.redirect ? this.expand(node.redirect) : undefined;
    if (argv.length === 0) return;
    const assign = /^([A-Za-z_]\w*)=(.*)$/s.exec(argv[0]);
    if (assign && argv.length === 1) {
      this.vars[assign[1]] = assign[2];
      this.status = 0;
      return;
    }
    const [cmd, ...args] = argv;
    const out = (text: string) => {
      if (redirect && redirect !== '/dev/stdout' && redirect !== '/dev/stderr') this.touch(redirect, true);
      else this.print(text);
    };
    this.status = 0;
    switch (cmd.replace(/^\/(usr\/)?bin\//, '')) {
      case 'echo': {
        let rest = args;
        let newline = true;
        while (rest[0] === '-n' || rest[0] === '-e') {
          if (rest[0] === '-n') newline = false;
          rest = rest.slice(1);
        }
        const text = rest.join(' ');
        for (const l of text.split(/\\n|\n/)) out(l);
        if (!newline && text === '') this.lines.pop();
        return;
      }
      case 'printf':
        for (const l of (args[0] ?? '').replace(/%s/g, () => args[1] ?? '').split(/\\n|\n/).filter((l, i, a) => i < a.length - 1 || l)) out(l);
        return;
      case 'sleep': {
        const ms = sleepMs(args[0]);
        if (ms === Infinity) this.forever = true;
        else this.t += ms;
        return;
      }
      case 'exit':
        this.status = Number(args[0] ?? this.status) & 255;
        this.exited = true;
        return;
      case 'false':
        this.status = 1;
        return;
      case 'touch':
        for (const f of args.filter((a) => !a.startsWith('-'))) this.touch(f, true);
        return;
      case 'rm':
        for (const f of args.filter((a) => !a.startsWith('-'))) this.touch(f, false);
        return;
      case 'env':
      case 'printenv':
        if (args.length === 0) for (const l of this.env.environment()) out(l);
        else for (const a of args) if (this.vars[a] !== undefined) out(this.vars[a]);
        return;
      case 'date':
        out(busyboxDate(this.env.startedAt + this.t));
        return;
      case 'hostname':
        out(this.vars.HOSTNAME ?? '');
        return;
      case 'cat':
        for (const f of args.filter((a) => !a.startsWith('-'))) {
          if (!this.present.has(f)) {
            this.print(`cat: can't open '${f}': No such file or directory`);
            this.status = 1;
          }
        }
        return;
      case 'tail':
        if (args.includes('-f')) this.forever = true;
        return;
      case 'export':
        for (const a of args) {
          const m = /^([A-Za-z_]\w*)=(.*)$/s.exec(a);
          if (m) this.vars[m[1]] = m[2];
        }
        return;
      default:
        return;
    }
  }

  private touch(path: string, exists: boolean) {
    if (exists) this.present.add(path);
    else this.present.delete(path);
    this.files.push({ at: this.t, path, exists });
  }
}

/** Runs a script (up to its end or its endless loop) and describes what it does. */
export function runScript(src: string, env: ShellEnv, maxLines = 1000): ScriptRun {
  const m = new Machine(env, { ...env.vars }, maxLines);
  m.run(parseScript(src));
  const forever = m.forever || !!m.loop;
  return { lines: m.lines, files: m.files, endAt: forever ? undefined : m.t, exitCode: m.status, loop: m.loop };
}

/** Lines an endless loop prints between offsets `from` and `to` (at most `limit`, the latest ones). */
export function loopLines(run: ScriptRun, env: ShellEnv, from: number, to: number, limit: number): TimedLine[] {
  const loop = run.loop;
  if (!loop || loop.period <= 0 || to < loop.start) return [];
  const last = Math.floor((to - loop.start) / loop.period);
  const first = Math.max(0, Math.floor((Math.max(from, loop.start) - loop.start) / loop.period) - 1, last - limit);
  // Numeric variables advance by the same step every pass (counters), so pass `first` is reached directly.
  const once = new Machine(env, { ...loop.vars }, 0);
  once.run(loop.body, 1);
  const vars: Record<string, string> = { ...loop.vars };
  for (const [k, v] of Object.entries(once.vars)) {
    const a = Number(loop.vars[k]);
    const b = Number(v);
    vars[k] = Number.isFinite(a) && Number.isFinite(b) && loop.vars[k] !== undefined ? String(a + (b - a) * first) : v;
  }
  const out: TimedLine[] = [];
  for (let k = first; k <= last; k++) {
    const m = new Machine(env, vars, 10_000);
    m.t = loop.start + k * loop.period + loop.sleepCond;
    m.run(loop.body, 1);
    for (const l of m.lines) if (l.at >= from && l.at <= to) out.push(l);
  }
  return out.slice(-limit);
}

/** Whether a file exists at an offset, given the script's file operations. */
export function fileExistsAt(run: ScriptRun, path: string, at: number): boolean {
  let exists = false;
  for (const f of run.files) {
    if (f.at > at) break;
    if (f.path === path) exists = f.exists;
  }
  return exists;
}
