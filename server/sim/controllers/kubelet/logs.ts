/** Container logs (simulated): derived from each container run's program (what its command prints), the
 * image's start-up lines and access lines for the traffic that reached the pod. Nothing is stored but a
 * bounded in-memory ledger of access lines; everything else is recomputed from the pod and kubelet state. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Cluster } from '../../cluster.js';
import type { LogIncrement, LogOptions, LogSource } from '../../sources.js';
import { podTraffic } from '../../traffic-state.js';
import { parseTime } from '../../time.js';
import { programLines } from '../../images/program.js';
import { parseImageRef } from '../../images/reference.js';
import type { TimedLine } from '../../images/shell.js';
import { programFor, type ProgramContext } from './programs.js';
import { accessLine, startLines, type StyleContext } from './log-styles.js';
import { kubeletState, type ContainerRecord } from './state.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Lines kept per container (older ones are dropped, as log rotation would). */
export const LOG_LIMIT = 1000;

interface Run {
  start: number;
  end?: number;
}

interface Ledger {
  uid: string;
  requests: number;
  at: number;
  lines: { t: number; n: number }[];
}

/** RFC 3339 with nanoseconds, as `kubectl logs --timestamps` prints. */
function nanoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

const WAITING_MESSAGES: Record<string, string> = {
  ErrImagePull: 'trying and failing to pull image',
  ImagePullBackOff: 'trying and failing to pull image',
  InvalidImageName: "image can't be pulled",
  ErrImageNeverPull: "image can't be pulled",
};

export class SimulatedLogs implements LogSource {
  private readonly ledgers = new Map<string, Ledger>();
  private readonly ctx: ProgramContext;

  constructor(private readonly cluster: Cluster) {
    this.ctx = { cluster, get: (r, ns, n) => cluster.store.get(r, ns, n) };
  }

  read(namespace: string, podName: string, opts: LogOptions): { text: string } | { error: string; code: number } {
    const pod = this.cluster.store.get('pods', namespace, podName);
    if (!pod) return { error: `pods "${podName}" not found`, code: 404 };
    const lines = this.lines(pod, opts);
    if ('error' in lines) return lines;
    return { text: this.format(lines, opts) };
  }

  since(namespace: string, podName: string, opts: LogOptions, after: number): LogIncrement {
    const pod = this.cluster.store.get('pods', namespace, podName);
    const now = this.cluster.now();
    if (!pod) return { text: '', now, ended: true };
    const lines = this.lines(pod, { ...opts, previous: false, tailLines: undefined, sinceSeconds: undefined });
    if ('error' in lines) return { text: '', now, ended: false };
    const fresh = lines.lines.filter((l) => l.at > after && l.at <= now);
    return { text: this.format({ lines: fresh }, { timestamps: opts.timestamps }), now, ended: lines.run.end !== undefined && lines.run.end <= now };
  }

  private format(result: { lines: TimedLine[] }, opts: LogOptions): string {
    let lines = result.lines;
    if (opts.sinceSeconds !== undefined) {
      const from = this.cluster.now() - opts.sinceSeconds * 1000;
      lines = lines.filter((l) => l.at >= from);
    }
    if (opts.tailLines !== undefined && opts.tailLines >= 0) lines = opts.tailLines === 0 ? [] : lines.slice(-opts.tailLines);
    if (lines.length === 0) return '';
    return lines.map((l) => (opts.timestamps ? `${nanoTime(l.at)} ${l.text}` : l.text)).join('\n') + '\n';
  }

  /** The run of a container that logs are read from, or the kubelet's error. */
  private run(pod: KObject, name: string, previous: boolean): Run | { error: string; code: number } {
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const rec = kubeletState(this.cluster).pods[key];
    const c: ContainerRecord | undefined = rec?.uid === pod.metadata.uid ? rec.c[name] : undefined;
    const status: Json = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s: Json) => s.name === name);
    const fromStatus = (t: Json): Run => ({ start: parseTime(t.startedAt), end: parseTime(t.finishedAt) });
    if (previous) {
      if (c?.last) return { start: c.last.startedAt, end: c.last.finishedAt };
      if (status?.lastState?.terminated) return fromStatus(status.lastState.terminated);
      return { error: `previous terminated container "${name}" in pod "${pod.metadata.name}" not found`, code: 400 };
    }
    if (c?.st === 'running' && c.start !== undefined) return { start: c.start };
    if (c?.exit) return { start: c.exit.startedAt, end: c.exit.finishedAt };
    if (!c && status?.state?.running) return { start: parseTime(status.state.running.startedAt) };
    if (!c && status?.state?.terminated) return fromStatus(status.state.terminated);
    if (c?.last) return { start: c.last.startedAt, end: c.last.finishedAt };
    if (!c && status?.lastState?.terminated) return fromStatus(status.lastState.terminated);
    const reason: string = status?.state?.waiting?.reason ?? 'ContainerCreating';
    return { error: `container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${WAITING_MESSAGES[reason] ?? reason}`, code: 400 };
  }

  private lines(pod: KObject, opts: LogOptions): { lines: TimedLine[]; run: Run } | { error: string; code: number } {
    const name = opts.container ?? pod.spec?.containers?.[0]?.name;
    const run = this.run(pod, name, !!opts.previous);
    if ('error' in run) return run;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const rec = kubeletState(this.cluster).pods[key];
    const program = programFor(this.ctx, pod, rec?.uid === pod.metadata.uid ? rec : undefined, name, run.start);
    if (!program) return { lines: [], run };
    const now = this.cluster.now();
    const end = (run.end ?? now) - run.start;
    const spec: Json = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((x: Json) => x.name === name);
    const node = pod.spec?.nodeName ? this.cluster.store.get('nodes', undefined, pod.spec.nodeName) : undefined;
    const style: StyleContext = {
      start: run.start,
      podName: pod.metadata.name!,
      podIP: pod.status?.podIP ?? '',
      tag: parseImageRef(spec?.image ?? '')?.tag ?? 'latest',
      cpus: Math.min(8, Number(node?.status?.capacity?.cpu ?? 2) || 2),
    };
    const own = [...startLines(program.logStyle, style).filter((l) => l.at <= end), ...programLines(program, 0, end, LOG_LIMIT)]
      .sort((a, b) => a.at - b.at)
      .map((l) => ({ at: run.start + l.at, text: l.text }));
    const first = (pod.spec?.containers ?? [])[0]?.name === name;
    const access = run.end === undefined && first ? this.access(pod, program.logStyle, run, style, now) : [];
    const all = access.length ? [...own, ...access].sort((a, b) => a.at - b.at) : own;
    return { lines: all.slice(-LOG_LIMIT), run };
  }

  /** Access lines for requests the pod served since this run started (bounded, in memory). */
  private access(pod: KObject, logStyle: Parameters<typeof accessLine>[0], run: Run, style: StyleContext, now: number): TimedLine[] {
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const traffic = podTraffic(this.cluster, pod.metadata.namespace!, pod.metadata.name!);
    let ledger = this.ledgers.get(key);
    if (!ledger || ledger.uid !== pod.metadata.uid) {
      ledger = { uid: pod.metadata.uid!, requests: 0, at: run.start, lines: [] };
      this.ledgers.set(key, ledger);
    }
    const delta = traffic.requests - ledger.requests;
    if (delta > 0) {
      const span = traffic.rps > 0 ? (delta / traffic.rps) * 1000 : now - ledger.at;
      const from = Math.max(run.start, ledger.at, now - span);
      const k = Math.min(delta, LOG_LIMIT);
      for (let i = 1; i <= k; i++) ledger.lines.push({ t: Math.round(from + ((now - from) * i) / k), n: traffic.requests - k + i });
      if (ledger.lines.length > LOG_LIMIT) ledger.lines.splice(0, ledger.lines.length - LOG_LIMIT);
    }
    ledger.requests = traffic.requests;
    ledger.at = now;
    const ip = pod.status?.podIP ?? '';
    const client = ip ? `${ip.slice(0, ip.lastIndexOf('.'))}.1` : '10.244.0.1';
    const out: TimedLine[] = [];
    for (const l of ledger.lines) {
      if (l.t < run.start) continue;
      const text = accessLine(logStyle, l.t, client, l.n, style);
      if (text !== undefined) out.push({ at: l.t, text });
    }
    return out;
  }
}
