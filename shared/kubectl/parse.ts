/** Command-line parsing for the emulated kubectl: a shell-like tokenizer and cobra/pflag-style flag parsing. */

export class UsageError extends Error {}

/** Splits a command line into argv like a POSIX shell would (quotes and backslash escapes; no expansion). */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inToken = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else cur += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) cur += line[++i];
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inToken = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inToken = true;
    } else if (/\s/.test(ch)) {
      if (inToken) out.push(cur);
      cur = '';
      inToken = false;
    } else {
      cur += ch;
      inToken = true;
    }
  }
  if (quote) throw new UsageError('unterminated quote');
  if (inToken) out.push(cur);
  return out;
}

export type FlagKind = 'bool' | 'string' | 'array' | 'optional';

interface FlagSpec {
  name: string;
  short?: string;
  kind: FlagKind;
  /** Value used when an 'optional' flag is given without '='. */
  noOptDefault?: string;
}

function f(name: string, kind: FlagKind, short?: string, noOptDefault?: string): FlagSpec {
  return { name, kind, short, noOptDefault };
}

/** Flags kubectl accepts on every command (global plus the commonly shared ones). */
const COMMON: FlagSpec[] = [
  f('namespace', 'string', 'n'),
  f('all-namespaces', 'bool', 'A'),
  f('output', 'string', 'o'),
  f('selector', 'string', 'l'),
  f('field-selector', 'string'),
  f('filename', 'array', 'f'),
  f('recursive', 'bool', 'R'),
  f('kustomize', 'string', 'k'),
  f('context', 'string'),
  f('cluster', 'string'),
  f('user', 'string'),
  f('kubeconfig', 'string'),
  f('server', 'string', 's'),
  f('token', 'string'),
  f('insecure-skip-tls-verify', 'bool'),
  f('request-timeout', 'string'),
  f('v', 'string', 'v'),
  f('cache-dir', 'string'),
  f('help', 'bool', 'h'),
  f('dry-run', 'optional', undefined, 'unchanged'),
  f('field-manager', 'string'),
  f('validate', 'optional', undefined, 'strict'),
  f('show-managed-fields', 'bool'),
  f('template', 'string'),
  f('allow-missing-template-keys', 'bool'),
  f('record', 'bool'),
  f('save-config', 'bool'),
  f('all', 'bool'),
  f('overwrite', 'bool'),
  f('resource-version', 'string'),
  f('local', 'bool'),
  f('timeout', 'string'),
  f('wait', 'optional', undefined, 'true'),
];

/** Flags specific to some commands; a flag is accepted only by the commands that declare it. */
const BY_COMMAND: Record<string, FlagSpec[]> = {
  get: [
    f('watch', 'bool', 'w'),
    f('watch-only', 'bool'),
    f('output-watch-events', 'bool'),
    f('show-labels', 'bool'),
    f('label-columns', 'array', 'L'),
    f('sort-by', 'string'),
    f('no-headers', 'bool'),
    f('show-kind', 'bool'),
    f('ignore-not-found', 'bool'),
    f('chunk-size', 'string'),
    f('raw', 'string'),
    f('subresource', 'string'),
  ],
  describe: [f('show-events', 'optional', undefined, 'true'), f('chunk-size', 'string')],
  apply: [f('prune', 'bool'), f('force', 'bool'), f('grace-period', 'string'), f('server-side', 'bool'), f('force-conflicts', 'bool'), f('openapi-patch', 'bool')],
  create: [
    f('image', 'array'),
    f('replicas', 'string', 'r'),
    f('port', 'string'),
    f('tcp', 'array'),
    f('node-port', 'string'),
    f('clusterip', 'string'),
    f('from-literal', 'array'),
    f('from-file', 'array'),
    f('from-env-file', 'array'),
    f('type', 'string'),
    f('from', 'string'),
    f('schedule', 'string'),
    f('restart', 'string'),
    f('edit', 'bool'),
    f('raw', 'string'),
  ],
  delete: [
    f('force', 'bool'),
    f('grace-period', 'string'),
    f('now', 'bool'),
    f('cascade', 'optional', undefined, 'background'),
    f('ignore-not-found', 'bool'),
    f('wait', 'optional', undefined, 'true'),
    f('raw', 'string'),
  ],
  scale: [f('replicas', 'string'), f('current-replicas', 'string')],
  set: [f('image', 'array'), f('env', 'array', 'e'), f('containers', 'string', 'c')],
  rollout: [f('to-revision', 'string'), f('revision', 'string'), f('watch', 'bool', 'w')],
  expose: [
    f('port', 'string'),
    f('target-port', 'string'),
    f('type', 'string'),
    f('name', 'string'),
    f('protocol', 'string'),
    f('labels', 'string'),
    f('cluster-ip', 'string'),
    f('external-ip', 'string'),
    f('selector', 'string'),
  ],
  label: [f('list', 'bool')],
  annotate: [f('list', 'bool')],
  logs: [
    f('follow', 'bool', 'f'),
    f('tail', 'string'),
    f('container', 'string', 'c'),
    f('previous', 'bool', 'p'),
    f('timestamps', 'bool'),
    f('since', 'string'),
    f('since-time', 'string'),
    f('all-containers', 'bool'),
    f('prefix', 'bool'),
    f('max-log-requests', 'string'),
  ],
  top: [f('containers', 'bool'), f('sort-by', 'string'), f('no-headers', 'bool'), f('use-protocol-buffers', 'bool'), f('sum', 'bool')],
  drain: [
    f('ignore-daemonsets', 'bool'),
    f('delete-emptydir-data', 'bool'),
    f('force', 'bool'),
    f('grace-period', 'string'),
    f('disable-eviction', 'bool'),
    f('pod-selector', 'string'),
  ],
  taint: [],
  edit: [f('output-patch', 'bool'), f('windows-line-endings', 'bool'), f('subresource', 'string')],
  run: [
    f('image', 'string'),
    f('port', 'string'),
    f('labels', 'string'),
    f('env', 'array'),
    f('restart', 'string'),
    f('rm', 'bool'),
    f('stdin', 'bool', 'i'),
    f('tty', 'bool', 't'),
    f('command', 'bool'),
    f('expose', 'bool'),
    f('attach', 'bool'),
    f('image-pull-policy', 'string'),
    f('annotations', 'array'),
    f('override-type', 'string'),
    f('overrides', 'string'),
    f('privileged', 'bool'),
  ],
  'api-resources': [
    f('namespaced', 'optional', undefined, 'true'),
    f('api-group', 'string'),
    f('verbs', 'array'),
    f('no-headers', 'bool'),
    f('sort-by', 'string'),
    f('cached', 'bool'),
    f('categories', 'array'),
  ],
  'api-versions': [],
  explain: [f('recursive', 'bool'), f('api-version', 'string'), f('output', 'string')],
  config: [f('minify', 'bool'), f('flatten', 'bool'), f('raw', 'bool')],
  version: [f('client', 'bool')],
  'cluster-info': [],
  auth: [f('list', 'bool'), f('quiet', 'bool', 'q'), f('subresource', 'string'), f('no-headers', 'bool')],
  exec: [f('container', 'string', 'c'), f('stdin', 'bool', 'i'), f('tty', 'bool', 't'), f('quiet', 'bool', 'q')],
  cordon: [],
  uncordon: [],
  autoscale: [f('min', 'string'), f('max', 'string'), f('cpu-percent', 'string'), f('name', 'string')],
};

export interface ParsedArgs {
  /** Positional arguments, command words included. */
  args: string[];
  /** Arguments after a bare '--'. */
  rest: string[];
  /** Flag values by long name; bool flags hold 'true'/'false'. */
  flags: Map<string, string[]>;
}

/** The flags one command accepts. */
export function flagSpecs(command: string): FlagSpec[] {
  return [...COMMON, ...(BY_COMMAND[command] ?? [])];
}

/** Parses argv (without the leading 'kubectl') the way cobra does for the given command. */
export function parseArgs(argv: string[], command: string): ParsedArgs {
  const specs = flagSpecs(command);
  const byLong = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  // Later (command-specific) specs win: 'logs -f' is --follow, not --filename.
  for (const s of specs) {
    byLong.set(s.name, s);
    if (s.short) byShort.set(s.short, s);
  }
  const flags = new Map<string, string[]>();
  const args: string[] = [];
  const rest: string[] = [];
  const set = (spec: FlagSpec, value: string) => {
    if (spec.kind === 'array') flags.set(spec.name, [...(flags.get(spec.name) ?? []), value]);
    else flags.set(spec.name, [value]);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const spec = byLong.get(name);
      if (!spec) throw new UsageError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, a.slice(eq + 1));
      else if (spec.kind === 'bool') set(spec, 'true');
      else if (spec.kind === 'optional') set(spec, spec.noOptDefault ?? 'true');
      else {
        if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: --${name}`);
        set(spec, argv[++i]);
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      let j = 1;
      while (j < a.length) {
        const ch = a[j];
        const spec = byShort.get(ch);
        if (!spec) throw new UsageError(`unknown shorthand flag: '${ch}' in ${a}`);
        if (spec.kind === 'bool' || spec.kind === 'optional') {
          if (a[j + 1] === '=') {
            set(spec, a.slice(j + 2));
            break;
          }
          set(spec, spec.kind === 'bool' ? 'true' : (spec.noOptDefault ?? 'true'));
          j++;
          continue;
        }
        let value = a.slice(j + 1);
        if (value.startsWith('=')) value = value.slice(1);
        if (!value) {
          if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: '${ch}' in -${ch}`);
          value = argv[++i];
        }
        set(spec, value);
        break;
      }
      continue;
    }
    args.push(a);
  }
  return { args, rest, flags };
}

/** Reads a string flag. */
export function flag(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags.get(name);
  return v ? v[v.length - 1] : undefined;
}

/** Reads a bool flag. */
export function boolFlag(p: ParsedArgs, name: string): boolean {
  const v = flag(p, name);
  return v !== undefined && v !== 'false';
}

/** Reads an array flag, splitting comma-separated values like pflag's StringSlice. */
export function listFlag(p: ParsedArgs, name: string, splitCommas = false): string[] {
  const v = p.flags.get(name) ?? [];
  return splitCommas ? v.flatMap((x) => x.split(',')).filter(Boolean) : v;
}
