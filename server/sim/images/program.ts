/** What a container does when it runs, derived from its image's behaviour and its command and args: the
 * lines it prints, when and how it exits, the files it creates and removes, the ports it listens on and
 * the memory and CPU it uses. Pure: the same container gives the same program. */
import { memoryBytes } from '../../../shared/k8s/quantity.js';
import type { ImageBehavior, LogStyle } from './behavior.js';
import { piDigits } from './pi.js';
import { fileExistsAt, loopLines, runScript, type ScriptRun, type ShellEnv, type TimedLine } from './shell.js';

export interface ContainerProgram {
  /** `server` runs the image's own program; `script` runs the command given. */
  kind: 'server' | 'script';
  logStyle: LogStyle;
  /** Lines known from the start (script output or special programs' start lines). */
  lines: TimedLine[];
  /** Offset at which the program exits by itself, and its exit code. */
  exitAfter?: number;
  exitCode: number;
  ports: number[];
  listenAfter: number;
  memoryBytes: number;
  cpuMilli: number;
  cpuPerRequestMilli: number;
  /** A shell as PID 1 ignores SIGTERM, so stopping it takes the whole grace period. */
  ignoresSigterm: boolean;
  /** agnhost liveness: /healthz answers 500 after this offset. */
  healthzFailsAfter?: number;
  /** Offsets at which a probe's answer may change (files appear or vanish, ports open). */
  breakpoints: number[];
  script?: ScriptRun;
  shellEnv?: ShellEnv;
}

export interface ProgramInput {
  command?: string[];
  args?: string[];
  behavior: ImageBehavior;
  /** Environment of the container (service links, pod env), for `env` and `$VAR`. */
  env: Record<string, string>;
  /** Lines `env` prints, in order. */
  environment: string[];
  startedAt: number;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const BUILTINS = new Set(['echo', 'sleep', 'env', 'printenv', 'date', 'cat', 'tail', 'true', 'false', 'exit', 'printf', 'touch', 'hostname', 'rm', 'ls']);
const base = (s: string) => s.slice(s.lastIndexOf('/') + 1);
const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

function server(b: ImageBehavior, extra: Partial<ContainerProgram> = {}): ContainerProgram {
  const listenAfter = b.startupMs ?? 500;
  return {
    kind: 'server',
    logStyle: b.logs ?? 'none',
    lines: [],
    exitCode: 0,
    ports: b.ports ?? [],
    listenAfter,
    memoryBytes: b.memoryMi * 1024 * 1024,
    cpuMilli: b.cpuMilli,
    cpuPerRequestMilli: b.cpuPerRequestMilli ?? 0,
    ignoresSigterm: false,
    breakpoints: [listenAfter],
    ...extra,
  };
}

function script(src: string, input: ProgramInput, extra: Partial<ContainerProgram> = {}): ContainerProgram {
  const shellEnv: ShellEnv = { vars: input.env, startedAt: input.startedAt, environment: () => input.environment };
  const run = runScript(src, shellEnv);
  return {
    kind: 'script',
    logStyle: 'none',
    lines: run.lines,
    exitAfter: run.endAt,
    exitCode: run.exitCode,
    ports: [],
    listenAfter: 0,
    memoryBytes: Math.max(1, input.behavior.memoryMi) * 1024 * 1024,
    cpuMilli: input.behavior.cpuMilli,
    cpuPerRequestMilli: 0,
    ignoresSigterm: true,
    breakpoints: run.files.map((f) => f.at),
    script: run,
    shellEnv,
    ...extra,
  };
}

/** Bytes of a stress-style size (`250M`, `150Mi`, `1G`, `4096`). */
function stressBytes(s: string | undefined): number {
  if (!s) return 0;
  const m = /^(\d+(?:\.\d+)?)([bBkKmMgG]?)i?$/.exec(s);
  if (!m) {
    try {
      return memoryBytes(s);
    } catch {
      return 0;
    }
  }
  const mult = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()]!;
  return Math.round(Number(m[1]) * mult);
}

function flag(argv: string[], ...names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    for (const n of names) {
      if (argv[i] === n) return argv[i + 1];
      if (argv[i].startsWith(`${n}=`)) return argv[i].slice(n.length + 1);
    }
  }
  return undefined;
}

/** A klog line header as Go programs print it: `I0101 00:00:00.000000       1 main.go:26] text`. */
function klog(t0: number, file: string, text: string): string {
  const iso = new Date(t0).toISOString();
  return `I${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000       1 ${file}] ${text}`;
}

function polinuxStress(argv: string[], b: ImageBehavior): ContainerProgram {
  const vm = Number(flag(argv, '--vm', '-m') ?? 0);
  const bytes = stressBytes(flag(argv, '--vm-bytes') ?? '256M');
  const cpu = Number(flag(argv, '--cpu', '-c') ?? 0);
  const timeout = flag(argv, '--timeout', '-t');
  const line = `stress: info: [1] dispatching hogs: ${cpu} cpu, 0 io, ${vm} vm, 0 hdd`;
  const exitAfter = timeout ? Number(timeout.replace(/s$/, '')) * 1000 : undefined;
  const lines = [{ at: 0, text: line }];
  if (exitAfter !== undefined) lines.push({ at: exitAfter, text: `stress: info: [1] successful run completed in ${exitAfter / 1000}s` });
  return server(b, {
    kind: 'script',
    logStyle: 'none',
    lines,
    exitAfter,
    ports: [],
    memoryBytes: b.memoryMi * 1024 * 1024 + vm * bytes,
    cpuMilli: cpu * 1000 + (vm > 0 ? 50 : 0),
  });
}

function vishStress(argv: string[], b: ImageBehavior, t0: number): ContainerProgram {
  const cpus = Number(flag(argv, '-cpus', '--cpus') ?? 0);
  const mem = stressBytes(flag(argv, '-mem-total', '--mem-total') ?? '0');
  const lines = [
    { at: 0, text: klog(t0, 'main.go:26', `Allocating "${flag(argv, '-mem-total') ?? '0'}" memory, in "${flag(argv, '-mem-alloc-size') ?? '4Ki'}" chunks, with a ${flag(argv, '-mem-alloc-sleep') ?? '1ms'} sleep between allocations`) },
    { at: 0, text: klog(t0, 'main.go:39', `Spawning a thread to consume CPU`) },
  ];
  if (cpus > 1) for (let i = 1; i < cpus; i++) lines.push({ at: 0, text: klog(t0, 'main.go:39', 'Spawning a thread to consume CPU') });
  return server(b, { lines, memoryBytes: b.memoryMi * 1024 * 1024 + mem, cpuMilli: cpus * 1000 });
}

function agnhost(argv: string[], b: ImageBehavior, t0: number): ContainerProgram {
  const sub = argv[0];
  const at0 = (text: string) => [{ at: 0, text }];
  switch (sub) {
    case 'netexec': {
      const http = Number(flag(argv, '--http-port') ?? 8080);
      const udp = Number(flag(argv, '--udp-port') ?? 8081);
      return server(b, { ports: [http, udp], lines: [...at0(klog(t0, 'log.go:245', `Started HTTP server on port ${http}`)), ...at0(klog(t0, 'log.go:245', `Started UDP server on port  ${udp}`))] });
    }
    case 'serve-hostname':
      return server(b, { ports: [Number(flag(argv, '--port') ?? 9376)], lines: at0(klog(t0, 'serve_hostname.go:72', `Serving on port ${flag(argv, '--port') ?? 9376}.`)) });
    case 'liveness':
      return server(b, { ports: [8080], lines: at0(klog(t0, 'liveness.go:54', 'Started Liveness server on port 8080')), healthzFailsAfter: 10_000, breakpoints: [b.startupMs ?? 300, 10_000] });
    case 'test-webserver':
      return server(b, { ports: [80], lines: at0(klog(t0, 'test_webserver.go:60', 'Serving on port 80')) });
    case 'pause':
      return server(b, { ports: [], lines: at0('Paused') });
    case undefined:
      return server(b, { kind: 'script', exitAfter: 0, lines: at0('Usage: agnhost [command]'), ports: [] });
    default:
      return server(b, { ports: [8080] });
  }
}

function perl(argv: string[], b: ImageBehavior, input: ProgramInput): ContainerProgram {
  const m = /bpi\((\d+)\)/.exec(argv.join(' '));
  if (!m) return script(argv.map(quote).join(' '), input);
  const digits = Number(m[1]);
  // bignum's bpi takes a few seconds for 2000 digits on a small node.
  const exitAfter = Math.max(1000, Math.round(digits * 4));
  return server(b, { kind: 'script', ports: [], lines: [{ at: exitAfter, text: piDigits(digits) }], exitAfter, cpuMilli: 1000, memoryBytes: 12 * 1024 * 1024, ignoresSigterm: false });
}

/** Builds the program a container runs. */
export function containerProgram(input: ProgramInput): ContainerProgram {
  const b = input.behavior;
  const command = input.command ?? [];
  const args = input.args ?? [];
  const argv = command.length ? [...command, ...args] : args;
  if (b.requiredEnv && !b.requiredEnv.anyOf.some((k) => input.env[k])) {
    const stamp = new Date(input.startedAt).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '+00:00');
    const lines = b.requiredEnv.lines.map((text) => ({ at: 0, text: text.replace('{time}', stamp) }));
    return server(b, { kind: 'script', lines, exitAfter: 200, exitCode: b.requiredEnv.exitCode, ports: [], breakpoints: [] });
  }
  if (b.special === 'agnhost' && command.length === 0) return agnhost(args, b, input.startedAt);
  if (b.special === 'vish-stress' && command.length === 0) return vishStress(args, b, input.startedAt);
  const first = argv.length ? base(argv[0]) : '';
  if (first === 'stress' || (b.special === 'polinux-stress' && argv.length && argv[0].startsWith('-'))) return polinuxStress(argv, b);
  if (first === 'perl') return perl(argv, b, input);
  if (command.length === 0 && (b.kind !== 'shell' || args.length === 0)) {
    if (b.kind === 'server') return server(b);
    if (b.kind === 'exit') return server(b, { kind: 'script', lines: (b.output ?? []).map((text) => ({ at: 0, text })), exitAfter: 100, exitCode: b.exitCode ?? 0, ports: [] });
    // A shell with no terminal attached reads end-of-file and exits at once.
    return script('', input);
  }
  if (SHELLS.has(first)) {
    const c = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
    return script(c > 0 ? (argv[c + 1] ?? '') : '', input);
  }
  if (BUILTINS.has(first)) return script(argv.map(quote).join(' '), input);
  const httpServer = argv.indexOf('http.server');
  if (httpServer >= 0) return server(b, { ports: [Number(argv[httpServer + 1] ?? 8000)], logStyle: 'none' });
  // Any other executable is the image's own program: it serves (or runs) until stopped.
  return server(b, { ports: b.kind === 'server' ? (b.ports ?? []) : [] });
}

/** Lines the program prints between offsets `from` and `to` (ms), latest `limit`. */
export function programLines(p: ContainerProgram, from: number, to: number, limit: number): TimedLine[] {
  const fixed = p.lines.filter((l) => l.at >= from && l.at <= to);
  const looped = p.script && p.shellEnv ? loopLines(p.script, p.shellEnv, from, to, limit) : [];
  return [...fixed, ...looped].slice(-limit);
}

/** Whether a file exists at an offset (files the script touched; none for servers). */
export function programFileExists(p: ContainerProgram, path: string, at: number): boolean {
  return p.script ? fileExistsAt(p.script, path, at) : false;
}
