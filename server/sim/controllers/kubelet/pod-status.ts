/** The pod status a kubelet reports: phase, conditions with their transition times, IPs and container
 * statuses in the exact shape of the real kubelet (state, lastState, ready, restartCount, image, imageID,
 * containerID, started). */
import type { KObject } from '../../../../shared/k8s/types.js';
import { isoTime } from '../../time.js';
import type { ContainerRecord, PodRecord, TerminatedInfo } from './state.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function terminated(t: TerminatedInfo) {
  return { exitCode: t.exitCode, reason: t.reason, startedAt: isoTime(t.startedAt), finishedAt: isoTime(t.finishedAt), containerID: t.containerID };
}

function stateOf(c: ContainerRecord, waitingReason: string, specImage: string): Json {
  switch (c.st) {
    case 'running':
      return { running: { startedAt: isoTime(c.start!) } };
    case 'terminated':
      return { terminated: terminated(c.exit!) };
    case 'exited':
      return c.reason === 'CrashLoopBackOff' ? { waiting: { reason: 'CrashLoopBackOff', message: c.err } } : { terminated: terminated(c.exit!) };
    case 'pullErr':
      return { waiting: { reason: 'ErrImagePull', message: c.err } };
    case 'pullBackOff':
      // The image of the spec: no run has started with it, so the record knows no image yet.
      return { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${specImage}": ErrImagePull: ${c.err}` } };
    case 'stuck':
      return { waiting: { reason: c.reason, message: c.err } };
    default:
      return { waiting: { reason: waitingReason } };
  }
}

function containerStatus(spec: Json, c: ContainerRecord | undefined, waitingReason: string, init = false): Json {
  const rec: ContainerRecord = c ?? { st: 'pending', restarts: 0, ready: false, started: false };
  const status: Json = {
    name: spec.name,
    state: stateOf(rec, waitingReason, spec.image),
    lastState: rec.last ? { terminated: terminated(rec.last) } : {},
    // A completed init container reports ready, as the kubelet does.
    ready: rec.ready || (init && rec.st === 'terminated' && rec.exit?.exitCode === 0),
    restartCount: rec.restarts,
    image: rec.imageFull && rec.image === spec.image ? rec.imageFull : spec.image,
    imageID: rec.imageFull && rec.image === spec.image ? (rec.imageID ?? '') : '',
  };
  if (rec.cid && rec.st !== 'pending') status.containerID = rec.cid;
  status.started = rec.st === 'running' && rec.started;
  return status;
}

function phaseOf(pod: KObject, rec: PodRecord, initDone: boolean, initFailed: boolean): string {
  if (initFailed) return 'Failed';
  if (!initDone) return 'Pending';
  const policy = pod.spec.restartPolicy ?? 'Always';
  const cs: ContainerRecord[] = (pod.spec.containers ?? []).map((s: Json) => rec.c[s.name]).filter(Boolean);
  const total = (pod.spec.containers ?? []).length;
  const running = cs.filter((c) => c.st === 'running').length;
  const done = cs.filter((c) => c.st === 'terminated');
  const restarting = cs.filter((c) => c.st === 'exited' || ((c.st === 'pulling' || c.st === 'pullErr' || c.st === 'pullBackOff') && c.restarts > 0)).length;
  if (running > 0 || restarting > 0) return 'Running';
  if (done.length === total && total > 0) {
    if (done.every((c) => c.exit?.exitCode === 0)) return 'Succeeded';
    return policy === 'Never' ? 'Failed' : 'Running';
  }
  return done.length > 0 ? 'Running' : 'Pending';
}

function condition(previous: Json[], type: string, status: string, now: number, reason?: string, message?: string): Json {
  const before = previous.find((c) => c.type === type);
  const unchanged = before && before.status === status;
  const out: Json = { type, status, lastProbeTime: null, lastTransitionTime: unchanged ? before.lastTransitionTime : isoTime(now) };
  if (reason) out.reason = reason;
  if (message) out.message = message;
  return out;
}

/** The status the kubelet reports now for a pod. */
export function buildPodStatus(pod: KObject, rec: PodRecord, hostIP: string, now: number): Json {
  const prev: Json = pod.status ?? {};
  const prevConds: Json[] = prev.conditions ?? [];
  const inits: Json[] = pod.spec.initContainers ?? [];
  const mains: Json[] = pod.spec.containers ?? [];
  const initComplete = (s: Json) => {
    const c = rec.c[s.name];
    if (!c) return false;
    if (s.restartPolicy === 'Always') return c.st === 'running' && c.started;
    return c.st === 'terminated' && c.exit?.exitCode === 0;
  };
  const initDone = inits.every(initComplete);
  const initFailed = inits.some((s: Json) => rec.c[s.name]?.st === 'terminated' && rec.c[s.name]?.exit?.exitCode !== 0);
  const sandboxReady = now >= rec.sandbox;
  const phase = phaseOf(pod, rec, initDone, initFailed);
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const unready = mains.filter((s) => !rec.c[s.name]?.ready).map((s) => s.name);
  const incomplete = inits.filter((s) => !initComplete(s)).map((s) => s.name);
  const containersReady = unready.length === 0;
  const notReadyReason = terminal ? 'PodCompleted' : 'ContainersNotReady';
  const notReadyMessage = terminal ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  const conditions = [
    condition(prevConds, 'PodReadyToStartContainers', sandboxReady && !terminal ? 'True' : 'False', now),
    initDone
      ? condition(prevConds, 'Initialized', 'True', now, terminal && inits.length ? 'PodCompleted' : undefined)
      : condition(prevConds, 'Initialized', 'False', now, 'ContainersNotInitialized', `containers with incomplete status: [${incomplete.join(' ')}]`),
    containersReady && !terminal ? condition(prevConds, 'Ready', 'True', now) : condition(prevConds, 'Ready', 'False', now, notReadyReason, notReadyMessage),
    containersReady && !terminal ? condition(prevConds, 'ContainersReady', 'True', now) : condition(prevConds, 'ContainersReady', 'False', now, notReadyReason, notReadyMessage),
    condition(prevConds, 'PodScheduled', 'True', now),
  ];
  const status: Json = { ...prev, phase, conditions, hostIP, hostIPs: [{ ip: hostIP }] };
  if (rec.ip && sandboxReady) {
    status.podIP = rec.ip;
    status.podIPs = [{ ip: rec.ip }];
  } else {
    delete status.podIP;
    delete status.podIPs;
  }
  status.startTime = isoTime(rec.seen);
  if (inits.length) status.initContainerStatuses = inits.map((s) => containerStatus(s, rec.c[s.name], 'PodInitializing', true));
  status.containerStatuses = mains.map((s) => containerStatus(s, rec.c[s.name], initDone ? 'ContainerCreating' : 'PodInitializing'));
  return status;
}
