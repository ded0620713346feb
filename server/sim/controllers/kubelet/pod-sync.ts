/** One pass of a kubelet's pod worker: moves every container of a pod through image pull, start, probes,
 * exit and restart backoff up to the current simulated time, recording the kubelet's events. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { memoryBytes } from '../../../../shared/k8s/quantity.js';
import type { SimContext } from '../../controller.js';
import { recordEvent } from '../../events.js';
import { faultState, nodeFaults } from '../../faults-state.js';
import { fakeSha256, resolveImage } from '../../images/registry.js';
import { parseImageRef } from '../../images/reference.js';
import { programFor } from './programs.js';
import { latticeAtOrAfter, probeLabel, probeOutcome, probeTiming, type ProbeKind } from './probes.js';
import { addNodeImage, kubeletState, nodeHasImage, type ContainerRecord, type PodRecord, type ProbeRecord } from './state.js';
import { BACKOFF_INITIAL_MS, BACKOFF_RESET_MS, CACHED_PULL_MS, OOM_MS, PULL_BASE_MS, PULL_BYTES_PER_S, PULL_FAIL_MS, SYNC_MS, goDuration, nextBackoff } from './timing.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** "Never" as a time: far beyond any simulated clock, and JSON-safe. */
export const NEVER = Number.MAX_SAFE_INTEGER;
const KINDS: ProbeKind[] = ['startup', 'liveness', 'readiness'];

/** The imagePullPolicy the API defaults when none is set. */
export function pullPolicy(spec: Json): string {
  if (spec.imagePullPolicy) return spec.imagePullPolicy;
  const ref = parseImageRef(spec.image ?? '');
  return !ref || ref.tag === 'latest' ? 'Always' : 'IfNotPresent';
}

export class PodSync {
  /** Something changed: the status must be written and the record saved. */
  dirty = false;
  private readonly node: string;

  constructor(
    private readonly ctx: SimContext,
    private readonly pod: KObject,
    readonly rec: PodRecord,
  ) {
    this.node = pod.spec.nodeName;
  }

  /** Advances every container to `now`. */
  run(now: number): void {
    if (now < this.rec.sandbox) return;
    const inits: Json[] = this.pod.spec.initContainers ?? [];
    let readyAt = this.rec.sandbox;
    for (const spec of inits) {
      const c = this.container(spec.name);
      if (c.st === 'pending' && !c.until) c.until = readyAt;
      this.step(spec, c, true, now);
      const sidecarUp = spec.restartPolicy === 'Always' && c.st === 'running' && c.started;
      if (c.st === 'terminated' && c.exit?.exitCode === 0) readyAt = c.exit.finishedAt;
      else if (sidecarUp) readyAt = c.start!;
      else return;
    }
    this.crashes(now);
    for (const spec of this.pod.spec.containers ?? []) {
      const c = this.container(spec.name);
      if (c.st === 'pending' && !c.until) c.until = readyAt;
      this.step(spec, c, false, now);
    }
  }

  /** Consumes the crash-pod fault's requests for this pod: the named (or first) container, if running at
   * the requested time, exits then with the requested code and is restarted per restartPolicy. */
  private crashes(now: number): void {
    const state = faultState(this.ctx.cluster);
    const mine = state.crashRequests.filter((r) => r.namespace === this.pod.metadata.namespace && r.pod === this.pod.metadata.name && r.at <= now);
    if (mine.length === 0) return;
    state.crashRequests = state.crashRequests.filter((r) => !mine.includes(r));
    this.ctx.cluster.touchSim();
    const containers: Json[] = this.pod.spec.containers ?? [];
    for (const r of mine) {
      const spec = r.container ? containers.find((x) => x.name === r.container) : containers[0];
      const c = spec && this.rec.c[spec.name];
      if (!c) continue;
      this.step(spec, c, false, r.at);
      if (c.st !== 'running') continue;
      this.dirty = true;
      this.exit(spec, c, false, r.at, r.exitCode);
    }
  }

  /** The earliest time anything of this pod happens next, or NEVER. */
  nextWake(): number {
    let next = Math.max(this.rec.sandbox, 0);
    let any = false;
    const consider = (t: number | undefined) => {
      if (t === undefined || t >= NEVER) return;
      next = any ? Math.min(next, t) : t;
      any = true;
    };
    if (this.ctx.now() < this.rec.sandbox) return this.rec.sandbox;
    for (const c of Object.values(this.rec.c)) {
      if (c.st !== 'terminated' && c.st !== 'stuck') consider(c.until);
      if (c.st === 'exited') consider(c.backoffAt);
      if (c.st === 'running') for (const p of Object.values(c.probes ?? {})) consider(p?.next);
    }
    return any ? next : NEVER;
  }

  private container(name: string): ContainerRecord {
    let c = this.rec.c[name];
    if (!c) {
      c = this.rec.c[name] = { st: 'pending', restarts: 0, ready: false, started: false };
      this.dirty = true;
    }
    return c;
  }

  private event(spec: Json, init: boolean, type: 'Normal' | 'Warning', reason: string, message: string) {
    const fieldPath = `spec.${init ? 'initContainers' : 'containers'}{${spec.name}}`;
    recordEvent(this.ctx.cluster, this.pod, type, reason, message, { component: 'kubelet', host: this.node }, fieldPath);
  }

  private step(spec: Json, c: ContainerRecord, init: boolean, now: number): void {
    for (let guard = 0; guard < 500; guard++) {
      if (!init && c.image !== undefined && c.image !== spec.image && (c.st === 'running' || c.st === 'exited')) {
        this.event(spec, init, 'Normal', 'Killing', `Container ${spec.name} definition changed, will be restarted`);
        if (c.st === 'running') c.last = this.terminated(c, now, 0, 'Completed');
        c.restarts++;
        this.beginImage(spec, c, init, now);
        continue;
      }
      const due = this.due(c);
      if (due === undefined || due > now) return;
      this.dirty = true;
      this.handle(spec, c, init, due);
    }
  }

  private due(c: ContainerRecord): number | undefined {
    switch (c.st) {
      case 'pending':
      case 'pulling':
      case 'pullErr':
      case 'pullBackOff':
        return c.until;
      case 'exited':
        return c.backoffAt ?? c.until;
      case 'running': {
        let t = c.until ?? NEVER;
        for (const p of Object.values(c.probes ?? {})) if (p && p.next < t) t = p.next;
        return t >= NEVER ? undefined : t;
      }
      default:
        return undefined;
    }
  }

  private handle(spec: Json, c: ContainerRecord, init: boolean, t: number): void {
    switch (c.st) {
      case 'pending':
        this.beginImage(spec, c, init, t);
        return;
      case 'pulling':
        if (c.err !== undefined) this.pullFailed(spec, c, init, t);
        else this.pulled(spec, c, init, t);
        return;
      case 'pullErr':
        this.event(spec, init, 'Normal', 'BackOff', `Back-off pulling image "${spec.image}"`);
        this.event(spec, init, 'Warning', 'Failed', 'Error: ImagePullBackOff');
        c.st = 'pullBackOff';
        c.reason = 'ImagePullBackOff';
        c.until = (c.pullFailedAt ?? t) + (c.pullBo ?? BACKOFF_INITIAL_MS);
        return;
      case 'pullBackOff':
        this.beginImage(spec, c, init, t);
        return;
      case 'exited':
        if (c.backoffAt !== undefined && c.backoffAt <= t && c.backoffAt < (c.until ?? NEVER)) {
          c.backoffAt = undefined;
          c.reason = 'CrashLoopBackOff';
          const pod = this.pod.metadata;
          this.event(spec, init, 'Warning', 'BackOff', `Back-off restarting failed container ${spec.name} in pod ${pod.name}_${pod.namespace}(${pod.uid})`);
          return;
        }
        c.last = c.exit;
        c.exit = undefined;
        c.backoffAt = undefined;
        c.restarts++;
        this.beginImage(spec, c, init, t);
        return;
      case 'running':
        if (c.until !== undefined && Object.values(c.probes ?? {}).every((p) => !p || p.next > c.until!)) {
          this.exit(spec, c, init, c.until, c.oom ? 137 : (this.program(spec, c)?.exitCode ?? 0), c.oom ? 'OOMKilled' : undefined);
          return;
        }
        this.probe(spec, c, init, t);
        return;
    }
  }

  private beginImage(spec: Json, c: ContainerRecord, init: boolean, t: number): void {
    const image: string = spec.image;
    const res = resolveImage(this.ctx.cluster, image);
    const policy = pullPolicy(spec);
    c.err = undefined;
    c.until = undefined;
    if (!res.ok && res.invalid) {
      this.stuck(spec, c, init, 'InvalidImageName', `Failed to apply default image tag "${image}": ${res.error}`, 'InspectFailed');
      return;
    }
    const present = res.ok && (res.preloaded || nodeHasImage(this.ctx.cluster, this.node, res.full));
    if (policy === 'Never' && !present) {
      this.stuck(spec, c, init, 'ErrImageNeverPull', `Container image "${image}" is not present with pull policy of Never`, 'ErrImageNeverPull');
      return;
    }
    if (present && policy !== 'Always') {
      this.event(spec, init, 'Normal', 'Pulled', `Container image "${image}" already present on machine`);
      this.create(spec, c, init, t);
      return;
    }
    this.event(spec, init, 'Normal', 'Pulling', `Pulling image "${image}"`);
    c.st = 'pulling';
    c.reason = 'ContainerCreating';
    if (!res.ok) {
      c.err = res.error;
      c.until = t + PULL_FAIL_MS;
      return;
    }
    const queue = (kubeletState(this.ctx.cluster).pulls[this.node] ??= { free: 0, inflight: {} });
    for (const [k, done] of Object.entries(queue.inflight)) if (done < t) delete queue.inflight[k];
    const start = Math.max(t, queue.free);
    const cached = present || queue.inflight[res.full] !== undefined;
    const jitter = 0.9 + 0.2 * this.ctx.rng.next();
    const ms = Math.round(cached ? CACHED_PULL_MS * jitter : (PULL_BASE_MS + (res.sizeBytes / PULL_BYTES_PER_S) * 1000) * jitter);
    queue.free = start + ms;
    queue.inflight[res.full] = start + ms;
    this.ctx.cluster.touchSim();
    c.pullMs = ms;
    c.pullWaitMs = start + ms - t;
    c.until = start + ms;
  }

  private stuck(spec: Json, c: ContainerRecord, init: boolean, reason: string, message: string, eventReason: string) {
    c.st = 'stuck';
    c.reason = reason;
    c.err = message;
    this.event(spec, init, 'Warning', eventReason, message);
    this.event(spec, init, 'Warning', 'Failed', `Error: ${reason}`);
  }

  private pullFailed(spec: Json, c: ContainerRecord, init: boolean, t: number) {
    this.event(spec, init, 'Warning', 'Failed', `Failed to pull image "${spec.image}": ${c.err}`);
    this.event(spec, init, 'Warning', 'Failed', 'Error: ErrImagePull');
    c.pullBo = nextBackoff(c.pullBo);
    c.pullFailedAt = t;
    c.st = 'pullErr';
    c.reason = 'ErrImagePull';
    c.until = t + Math.min(SYNC_MS, c.pullBo);
  }

  private pulled(spec: Json, c: ContainerRecord, init: boolean, t: number) {
    const res = resolveImage(this.ctx.cluster, spec.image);
    if (!res.ok) {
      c.err = res.error;
      this.pullFailed(spec, c, init, t);
      return;
    }
    addNodeImage(this.ctx.cluster, this.node, res.full);
    c.pullBo = undefined;
    this.event(spec, init, 'Normal', 'Pulled', `Successfully pulled image "${spec.image}" in ${goDuration(c.pullMs ?? 0)} (${goDuration(c.pullWaitMs ?? 0)} including waiting). Image size: ${res.sizeBytes} bytes.`);
    this.create(spec, c, init, t);
  }

  private create(spec: Json, c: ContainerRecord, init: boolean, t: number) {
    const res = resolveImage(this.ctx.cluster, spec.image);
    c.image = spec.image;
    if (res.ok) {
      c.imageFull = res.full;
      c.imageID = res.imageID;
    }
    c.cid = `containerd://${fakeSha256(`${this.pod.metadata.uid}/${spec.name}/${c.restarts}`)}`;
    c.st = 'running';
    c.reason = undefined;
    c.err = undefined;
    c.start = t;
    this.event(spec, init, 'Normal', 'Created', `Created container: ${spec.name}`);
    this.event(spec, init, 'Normal', 'Started', `Started container ${spec.name}`);
    const program = this.program(spec, c);
    const limit = memoryBytes(spec.resources?.limits?.memory);
    const request = memoryBytes(spec.resources?.requests?.memory);
    const use = program?.memoryBytes ?? 0;
    const squeezed = nodeFaults(this.ctx.cluster, this.node).memoryExhausted && use > request;
    c.oom = (limit > 0 && use > limit) || squeezed;
    c.until = c.oom ? t + OOM_MS : program?.exitAfter !== undefined ? t + program.exitAfter : undefined;
    const sidecar = init && spec.restartPolicy === 'Always';
    c.started = !spec.startupProbe;
    c.ready = !init && c.started && !spec.readinessProbe;
    if (sidecar) c.ready = c.started && !spec.readinessProbe;
    c.probes = undefined;
    if (!init || sidecar) {
      const probes: NonNullable<ContainerRecord['probes']> = {};
      for (const kind of KINDS) {
        const probe = spec[`${kind}Probe`];
        if (probe) probes[kind] = { next: t + probeTiming(probe).delay, ok: 0, fail: 0 };
      }
      if (Object.keys(probes).length) c.probes = probes;
    }
  }

  private program(spec: Json, c: ContainerRecord) {
    return programFor(this.ctx, this.pod, this.rec, spec.name, c.start ?? 0);
  }

  private probe(spec: Json, c: ContainerRecord, init: boolean, t: number) {
    const program = this.program(spec, c);
    if (!program || !c.probes) return;
    for (const kind of KINDS) {
      const p = c.probes[kind];
      if (!p || p.next > t || c.st !== 'running') continue;
      const probe = spec[`${kind}Probe`];
      const timing = probeTiming(probe);
      p.next = t + timing.period;
      if (kind === 'startup' && c.started) {
        p.next = NEVER;
        continue;
      }
      if (kind !== 'startup' && !c.started) continue;
      const outcome = probeOutcome(probe, spec, program, t - c.start!, this.rec.ip ?? '');
      if (outcome.ok) {
        p.ok++;
        p.fail = 0;
      } else {
        p.fail++;
        p.ok = 0;
        this.event(spec, init, 'Warning', 'Unhealthy', `${probeLabel(kind)} probe failed: ${outcome.message ?? ''}`);
      }
      if (kind === 'startup') {
        if (p.ok >= timing.success) {
          c.started = true;
          c.ready = !spec.readinessProbe;
          p.next = NEVER;
        } else if (p.fail >= timing.failure) return this.kill(spec, c, init, t, `Container ${spec.name} failed startup probe, will be restarted`);
      } else if (kind === 'liveness') {
        if (p.fail >= timing.failure) return this.kill(spec, c, init, t, `Container ${spec.name} failed liveness probe, will be restarted`);
        if (outcome.ok) this.settle(p, c, program.breakpoints, t, timing.delay, timing.period);
      } else {
        if (p.ok >= timing.success) c.ready = true;
        if (p.fail >= timing.failure) c.ready = false;
        if (outcome.ok && c.ready) this.settle(p, c, program.breakpoints, t, timing.delay, timing.period);
      }
    }
  }

  /** A probe that keeps succeeding only matters again when the program changes (a file vanishes, ...). */
  private settle(p: ProbeRecord, c: ContainerRecord, breakpoints: number[], t: number, delay: number, period: number) {
    const origin = c.start! + delay;
    const upcoming = breakpoints.map((b) => c.start! + b).filter((b) => b > t);
    p.next = upcoming.length ? latticeAtOrAfter(origin, period, Math.min(...upcoming)) : NEVER;
  }

  private kill(spec: Json, c: ContainerRecord, init: boolean, t: number, message: string) {
    this.event(spec, init, 'Normal', 'Killing', message);
    const program = this.program(spec, c);
    this.exit(spec, c, init, t, program?.ignoresSigterm ? 137 : 0);
  }

  private terminated(c: ContainerRecord, t: number, exitCode: number, reason: string) {
    return { exitCode, reason, startedAt: c.start ?? t, finishedAt: t, containerID: c.cid ?? '' };
  }

  private exit(spec: Json, c: ContainerRecord, init: boolean, t: number, code: number, reason?: string) {
    c.exit = this.terminated(c, t, code, reason ?? (code === 0 ? 'Completed' : 'Error'));
    c.ready = false;
    c.started = false;
    c.probes = undefined;
    c.oom = undefined;
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    const sidecar = init && spec.restartPolicy === 'Always';
    const restart = sidecar || (init ? code !== 0 && policy !== 'Never' : policy === 'Always' || (policy === 'OnFailure' && code !== 0));
    if (!restart) {
      c.st = 'terminated';
      c.until = undefined;
      return;
    }
    c.st = 'exited';
    c.reason = undefined;
    const ran = t - (c.start ?? t);
    if (c.bo === undefined || ran >= BACKOFF_RESET_MS) {
      c.bo = BACKOFF_INITIAL_MS;
      c.backoffAt = undefined;
      c.until = t + SYNC_MS;
      return;
    }
    const pod = this.pod.metadata;
    c.err = `back-off ${goDuration(c.bo)} restarting failed container=${spec.name} pod=${pod.name}_${pod.namespace}(${pod.uid})`;
    c.backoffAt = t + Math.min(SYNC_MS, c.bo);
    c.until = t + c.bo;
    c.bo = nextBackoff(c.bo);
  }
}
