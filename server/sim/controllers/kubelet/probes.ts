/** Probe outcomes as the kubelet's prober reports them, evaluated against the simulated program, with the
 * real failure messages (connection refused, HTTP status codes, the output of a failing exec). */
import type { ContainerProgram } from '../../images/program.js';
import { programFileExists } from '../../images/program.js';

export type ProbeKind = 'startup' | 'liveness' | 'readiness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface ProbeOutcome {
  ok: boolean;
  message?: string;
}

/** Probe fields with the API defaults. */
export function probeTiming(probe: Json): { delay: number; period: number; success: number; failure: number } {
  return {
    delay: (probe.initialDelaySeconds ?? 0) * 1000,
    period: Math.max(1, probe.periodSeconds ?? 10) * 1000,
    success: Math.max(1, probe.successThreshold ?? 1),
    failure: Math.max(1, probe.failureThreshold ?? 3),
  };
}

function resolvePort(port: unknown, container: Json): number | undefined {
  if (typeof port === 'number') return port;
  if (typeof port === 'string' && /^\d+$/.test(port)) return Number(port);
  const named = (container.ports ?? []).find((p: Json) => p.name === port);
  return named?.containerPort;
}

/** Paths a plain web server answers with 200 (anything else is a 404). */
const WEB_ROOT = new Set(['/', '/index.html', '']);

/** The outcome of one probe at `offset` ms after the container started. */
export function probeOutcome(probe: Json, container: Json, program: ContainerProgram, offset: number, podIP: string): ProbeOutcome {
  const listening = (port: number | undefined) => port !== undefined && program.ports.includes(port) && offset >= program.listenAfter;
  if (probe.httpGet) {
    const port = resolvePort(probe.httpGet.port, container);
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
    const host = probe.httpGet.host ?? podIP;
    const path = probe.httpGet.path ?? '/';
    if (!listening(port)) return { ok: false, message: `Get "${scheme}://${host}:${port}${path.startsWith('/') ? path : `/${path}`}": dial tcp ${host}:${port}: connect: connection refused` };
    let status = 200;
    if (program.healthzFailsAfter !== undefined && offset >= program.healthzFailsAfter) status = 500;
    else if ((program.logStyle === 'nginx' || program.logStyle === 'httpd') && !WEB_ROOT.has(path.split('?')[0])) status = 404;
    if (status >= 400) return { ok: false, message: `HTTP probe failed with statuscode: ${status}` };
    return { ok: true };
  }
  if (probe.tcpSocket) {
    const port = resolvePort(probe.tcpSocket.port, container);
    if (!listening(port)) return { ok: false, message: `dial tcp ${probe.tcpSocket.host ?? podIP}:${port}: connect: connection refused` };
    return { ok: true };
  }
  if (probe.grpc) {
    if (!listening(probe.grpc.port)) return { ok: false, message: `timeout: failed to connect service "${podIP}:${probe.grpc.port}" within 1s` };
    return { ok: true };
  }
  if (probe.exec) return execOutcome(probe.exec.command ?? [], program, offset);
  return { ok: true };
}

function execOutcome(command: string[], program: ContainerProgram, offset: number): ProbeOutcome {
  const argv = command[0] && /(^|\/)(ba)?sh$/.test(command[0]) && command[1] === '-c' ? (command[2] ?? '').trim().split(/\s+/) : command;
  const [cmd, ...args] = argv;
  const files = args.filter((a) => a.startsWith('/'));
  if ((cmd === 'cat' || cmd === 'ls' || cmd === 'test' || cmd === 'stat') && files.length > 0) {
    for (const f of files) {
      if (!programFileExists(program, f, offset)) {
        const msg = cmd === 'cat' ? `cat: can't open '${f}': No such file or directory` : cmd === 'ls' ? `ls: ${f}: No such file or directory` : '';
        return { ok: false, message: msg };
      }
    }
    return { ok: true };
  }
  if (cmd === 'false' || (cmd === 'exit' && args[0] !== '0')) return { ok: false, message: '' };
  return { ok: true };
}

/** The first probe time at or after `t` on the lattice origin + k·period. */
export function latticeAtOrAfter(origin: number, period: number, t: number): number {
  if (t <= origin) return origin;
  return origin + Math.ceil((t - origin) / period) * period;
}

/** The event message prefix of a probe kind. */
export function probeLabel(kind: ProbeKind): string {
  return kind === 'startup' ? 'Startup' : kind === 'liveness' ? 'Liveness' : 'Readiness';
}
