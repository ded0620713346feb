/** The kubelet's pod worker as a reconciler: for a pod bound to a node whose kubelet is reachable, admit it
 * (startTime, sandbox, IP), run its containers (see pod-sync.ts), report its status, and carry out graceful
 * deletion (Killing, then the pod object is removed once its containers stopped or the grace period ended). */
import type { KObject } from '../../../../shared/k8s/types.js';
import { type Controller, type SimContext, splitKey } from '../../controller.js';
import { recordEvent } from '../../events.js';
import { kubeletReachable } from '../../faults-state.js';
import { stableJson } from '../../hash.js';
import { parseTime } from '../../time.js';
import { buildPodStatus } from './pod-status.js';
import { NEVER, PodSync } from './pod-sync.js';
import { programFor } from './programs.js';
import { linkedServices } from './service-env.js';
import { DOWN_POLL_MS, NODE_STATUS, POD_WORKER } from './names.js';
import { allocatePodIP, kubeletState, markKubeletDown, nodeInternalIP, releasePodIP, type ContainerRecord, type PodRecord } from './state.js';
import { SANDBOX_MS, STOP_MS } from './timing.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;


/** A record for a pod some kubelet already runs (bootstrap pods): what its status says, nothing stored. */
export function adopt(pod: KObject): PodRecord | undefined {
  const st = pod.status ?? {};
  const statuses: Json[] = [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])];
  if (statuses.length === 0) return undefined;
  const seen = parseTime(st.startTime ?? pod.metadata.creationTimestamp);
  const c: Record<string, ContainerRecord> = {};
  for (const s of statuses) {
    const spec = [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])].find((x: Json) => x.name === s.name);
    const running = s.state?.running;
    const term = s.state?.terminated;
    const info = (t: Json) => ({ exitCode: t.exitCode, reason: t.reason, startedAt: parseTime(t.startedAt), finishedAt: parseTime(t.finishedAt), containerID: t.containerID ?? '' });
    c[s.name] = {
      st: running ? 'running' : term ? 'terminated' : 'pending',
      start: running ? parseTime(running.startedAt) : undefined,
      restarts: s.restartCount ?? 0,
      ready: !!s.ready,
      started: !!s.started,
      image: spec?.image,
      imageFull: s.image,
      imageID: s.imageID,
      cid: s.containerID,
      exit: term ? info(term) : undefined,
      last: s.lastState?.terminated ? info(s.lastState.terminated) : undefined,
    };
  }
  return { uid: pod.metadata.uid!, seen, sandbox: seen, ip: st.podIP, c };
}

/** Only the start and end of the runs of a finished pod (its logs are derived from them). */
function finished(rec: PodRecord): Record<string, ContainerRecord> {
  const out: Record<string, ContainerRecord> = {};
  for (const [name, c] of Object.entries(rec.c)) {
    out[name] = { st: c.st, restarts: c.restarts, ready: false, started: false, start: c.start, exit: c.exit, last: c.last, image: c.image };
  }
  return out;
}

function podsOnNode(ctx: SimContext, node: string): string[] {
  const ips: string[] = [];
  for (const p of ctx.cluster.store.onNode('pods', node)) if (p.status?.podIP && !p.spec?.hostNetwork) ips.push(p.status.podIP);
  return ips;
}

function forget(ctx: SimContext, key: string, node: string | undefined) {
  const st = kubeletState(ctx.cluster);
  const rec = st.pods[key];
  if (!rec) return;
  if (node) releasePodIP(ctx.cluster, node, rec.ip);
  delete st.pods[key];
  ctx.cluster.touchSim();
}

/** Graceful termination; returns when to look again, or undefined once the pod is gone. */
function terminate(ctx: SimContext, key: string, pod: KObject, rec: PodRecord, now: number): number | undefined {
  const deadline = parseTime(pod.metadata.deletionTimestamp);
  if (!rec.stopping) {
    rec.stopping = {};
    for (const spec of [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])]) {
      const c = rec.c[spec.name];
      if (!c || c.st !== 'running') continue;
      const init = (pod.spec.initContainers ?? []).includes(spec);
      recordEvent(ctx.cluster, pod, 'Normal', 'Killing', `Stopping container ${spec.name}`, { component: 'kubelet', host: pod.spec.nodeName }, `spec.${init ? 'initContainers' : 'containers'}{${spec.name}}`);
      const program = programFor(ctx, pod, rec, spec.name, c.start ?? now);
      rec.stopping[spec.name] = program?.ignoresSigterm ? deadline : Math.min(now + STOP_MS, deadline);
    }
    ctx.cluster.touchSim();
  }
  const last = Math.max(now, ...Object.values(rec.stopping));
  if (last > now && now < deadline) return Math.min(last, deadline) - now;
  ctx.remove('pods', pod.metadata.namespace, pod.metadata.name!);
  forget(ctx, key, pod.spec.nodeName);
  return undefined;
}

function reconcile(key: string, ctx: SimContext) {
  const { namespace, name } = splitKey(key);
  const pod = ctx.get('pods', namespace, name);
  const st = kubeletState(ctx.cluster);
  const existing = st.pods[key];
  if (!pod || (existing && existing.uid !== pod.metadata.uid)) {
    forget(ctx, key, existing && pod ? pod.spec?.nodeName : (pod?.spec?.nodeName ?? undefined));
    if (!pod) return;
  }
  const nodeName: string | undefined = pod.spec?.nodeName;
  if (!nodeName) return;
  const node = ctx.get('nodes', undefined, nodeName);
  if (!node) return;
  if (!kubeletReachable(ctx.cluster, nodeName)) {
    markKubeletDown(ctx.cluster, nodeName);
    ctx.enqueue(nodeName, DOWN_POLL_MS, NODE_STATUS);
    return;
  }
  const now = ctx.now();
  const phase = pod.status?.phase;
  const stored = st.pods[key];
  if (phase === 'Succeeded' || phase === 'Failed') return;
  const adopted = stored ? undefined : adopt(pod);
  const rec: PodRecord = stored ?? adopted ?? { uid: pod.metadata.uid!, seen: now, sandbox: now + SANDBOX_MS, c: {} };
  const before = stored ? stableJson(rec) : '';
  if (pod.metadata.deletionTimestamp) {
    if (!stored) st.pods[key] = rec;
    const wait = terminate(ctx, key, pod, rec, now);
    return wait === undefined ? undefined : { requeueAfter: wait };
  }
  const hostIP = nodeInternalIP(node);
  const sync = new PodSync(ctx, pod, rec);
  if (now >= rec.sandbox && !rec.ip) {
    rec.ip = pod.spec.hostNetwork ? hostIP : allocatePodIP(ctx.cluster, node, () => podsOnNode(ctx, nodeName));
    rec.services = linkedServices(ctx.list('services'), pod.metadata.namespace ?? 'default', pod.spec.enableServiceLinks !== false);
    sync.dirty = true;
  }
  sync.run(now);
  const fresh = !stored && !adopted;
  if (fresh || sync.dirty || (stored && stableJson(rec) !== before)) {
    const status = buildPodStatus(pod, rec, hostIP, now);
    if (stableJson(status) !== stableJson(pod.status ?? {})) ctx.client.updateStatus('pods', { ...pod, status });
    const terminal = status.phase === 'Succeeded' || status.phase === 'Failed';
    if (terminal) {
      // The sandbox is gone (IP released); what logs still need of the runs is kept until the pod is deleted.
      releasePodIP(ctx.cluster, nodeName, rec.ip);
      st.pods[key] = { uid: rec.uid, seen: rec.seen, sandbox: rec.sandbox, services: rec.services, c: finished(rec) };
      ctx.cluster.touchSim();
      return undefined;
    }
    st.pods[key] = rec;
    ctx.cluster.touchSim();
  }
  const next = sync.nextWake();
  return next >= NEVER ? undefined : { requeueAfter: Math.max(1, next - now) };
}

/** The kubelet pod worker controller. */
export const podLifecycleController: Controller = {
  name: POD_WORKER,
  watches: [{ resource: 'pods' }],
  reconcile,
};
