/** Load generators of a playground, persisted in `cluster.sim.load`: what each one targets, its rate and
 * duration, and the live statistics the product API reports (requests, errors, per-pod distribution). */
import type { Cluster } from '../cluster.js';
import { isoTime } from '../time.js';

export type LoadTarget = { kind: 'svc' | 'ing'; name: string };

export interface LoadGenerator {
  id: string;
  target: string;
  namespace: string;
  rps: number;
  durationSeconds: number;
  path: string;
  host?: string;
  state: 'Running' | 'Completed' | 'Stopped';
  startedAt: number;
  endsAt: number;
  /** Simulated time requests have been generated up to. */
  lastStepAt: number;
  /** Fraction of a request carried to the next step so rates below 1/s still add up. */
  carry: number;
  /** Round-robin position over the backends. */
  cursor: number;
  /** ClientIP session affinity: the pod each Service sticks this client to. */
  sticky: Record<string, string>;
  requests: number;
  errors: number;
  pods: Record<string, number>;
  lastError?: string;
}

export interface LoadState {
  generators: LoadGenerator[];
  /** `namespace/pod` keys whose rate the last step set above zero. */
  loadedPods: string[];
  /** Counter for generator ids (kept so ids survive reloads and never reuse the RNG). */
  seq: number;
}

/** Finished generators kept for the listing. */
const KEEP_FINISHED = 20;
/** Running generators allowed at once per playground. */
export const MAX_ACTIVE = 10;

/** The load state of a cluster, created on first use. */
export function loadState(cluster: Cluster): LoadState {
  const sim = cluster.sim as { load?: Partial<LoadState> };
  const s = (sim.load ??= {});
  s.generators ??= [];
  s.loadedPods ??= [];
  s.seq ??= 0;
  return s as LoadState;
}

/** Parses `svc/<name>` or `ing/<name>` (long forms `service/`, `ingress/` accepted). */
export function parseTarget(target: string): LoadTarget | undefined {
  const m = /^(svc|service|services|ing|ingress|ingresses)\/([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/.exec(target);
  if (!m) return undefined;
  return { kind: m[1].startsWith('s') ? 'svc' : 'ing', name: m[2] };
}

export interface StartLoad {
  target: string;
  namespace: string;
  rps: number;
  durationSeconds: number;
  path: string;
  host?: string;
}

/** Adds a running generator starting now; throws when too many are running. */
export function startLoad(cluster: Cluster, spec: StartLoad): LoadGenerator {
  const state = loadState(cluster);
  if (state.generators.filter((g) => g.state === 'Running').length >= MAX_ACTIVE) {
    throw new Error(`at most ${MAX_ACTIVE} load generators can run at once`);
  }
  const now = cluster.now();
  const gen: LoadGenerator = {
    id: `load-${++state.seq}`,
    ...spec,
    state: 'Running',
    startedAt: now,
    endsAt: now + spec.durationSeconds * 1000,
    lastStepAt: now,
    carry: 0,
    cursor: 0,
    sticky: {},
    requests: 0,
    errors: 0,
    pods: {},
  };
  state.generators.push(gen);
  prune(state);
  cluster.touchSim();
  return gen;
}

/** Stops a running generator (its pods stop receiving its traffic at the next step). */
export function stopLoad(cluster: Cluster, id: string): LoadGenerator | undefined {
  const gen = loadState(cluster).generators.find((g) => g.id === id);
  if (!gen) return undefined;
  if (gen.state === 'Running') {
    gen.state = 'Stopped';
    gen.endsAt = Math.max(gen.lastStepAt, Math.min(gen.endsAt, cluster.now()));
    cluster.touchSim();
  }
  return gen;
}

function prune(state: LoadState): void {
  const finished = state.generators.filter((g) => g.state !== 'Running');
  const drop = new Set(finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)));
  if (drop.size) state.generators = state.generators.filter((g) => !drop.has(g));
}

/** What the product API shows of a generator. */
export function describeLoad(gen: LoadGenerator) {
  return {
    id: gen.id,
    target: gen.target,
    namespace: gen.namespace,
    rps: gen.rps,
    durationSeconds: gen.durationSeconds,
    path: gen.path,
    ...(gen.host ? { host: gen.host } : {}),
    state: gen.state,
    startedAt: isoTime(gen.startedAt),
    endsAt: isoTime(gen.endsAt),
    requests: gen.requests,
    errors: gen.errors,
    pods: Object.fromEntries(Object.entries(gen.pods).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    ...(gen.lastError ? { lastError: gen.lastError } : {}),
    simulated: true,
  };
}
