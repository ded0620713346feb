/** The Job controller (job_controller.go): runs pods until `completions` succeed or the backoff limit or
 * the active deadline is hit, counting finished pods through the job-tracking finalizer. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { type Controller, type SimContext, ownerKeys, splitKey } from '../../controller.js';
import { isoTime, parseTime } from '../../time.js';
import { isPodReady, isTerminating, podFromTemplate, sameJson } from './pods.js';
import { ownedBy } from './owner-index.js';
import { rankForDeletion } from './pod-ranking.js';

const JOBS = 'jobs.batch';
const TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';
const BACKOFF_BASE = 10_000;
const BACKOFF_MAX = 600_000;
const STATE = 'workloads.jobFailures';
const INDEX = 'batch.kubernetes.io/job-completion-index';

interface JobCondition {
  type: string;
  status: string;
  lastProbeTime: string;
  lastTransitionTime: string;
  reason?: string;
  message?: string;
}

/** The Job controller (kube-controller-manager's job-controller). */
export function jobController(): Controller {
  return {
    name: 'job-controller',
    watches: [{ resource: JOBS }, { resource: 'pods', keys: ownerKeys('Job') }],
    reconcile: (key, ctx) => {
      const { namespace, name } = splitKey(key);
      const job = ctx.get(JOBS, namespace, name);
      if (!job) {
        forgetFailure(ctx, key);
        return;
      }
      const ms = syncJob(ctx, job, key);
      return ms !== undefined ? { requeueAfter: ms } : undefined;
    },
  };
}

/** Whether a Job has finished (Complete or Failed condition True). */
export function jobFinished(job: KObject): { type: 'Complete' | 'Failed'; at: number } | undefined {
  for (const c of (job.status?.conditions ?? []) as JobCondition[]) {
    if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return { type: c.type, at: parseTime(c.lastTransitionTime) };
  }
  return undefined;
}

function syncJob(ctx: SimContext, job: KObject, key: string): number | undefined {
  const now = ctx.now();
  const uid = job.metadata.uid;
  const pods = ownedBy(ctx, 'pods', uid);
  const status = { ...(job.status ?? {}) } as Record<string, unknown> & { conditions?: JobCondition[] };
  let succeeded = (status.succeeded as number) ?? 0;
  const indexed = job.spec?.completionMode === 'Indexed';
  const doneIndexes = parseIndexes(status.completedIndexes as string | undefined);
  let failed = (status.failed as number) ?? 0;
  // Count finished pods once: the tracking finalizer marks the ones not yet counted.
  let newFailure = false;
  const alreadyFinished = jobFinished(job);
  for (const pod of pods) {
    const phase = pod.status?.phase;
    // A pod deleted before it finished counts as failed (podReplacementPolicy TerminatingOrFailed).
    const failedPod = phase === 'Failed' || (isTerminating(pod) && phase !== 'Succeeded');
    if (!pod.metadata.finalizers?.includes(TRACKING_FINALIZER)) continue;
    if (phase !== 'Succeeded' && !failedPod) continue;
    // A finished Job counts nothing more; it only lets its pods go.
    if (!alreadyFinished && phase === 'Succeeded') {
      const index = indexOf(pod);
      if (!indexed) succeeded++;
      else if (index !== undefined && !doneIndexes.has(index)) {
        doneIndexes.add(index);
        succeeded++;
      }
    } else if (!alreadyFinished) {
      failed++;
      newFailure = true;
    }
    releasePod(ctx, pod);
  }
  if (newFailure) recordFailure(ctx, key, now);
  const active = pods.filter((p) => !isTerminating(p) && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  const finished = jobFinished(job);
  const conditions = [...(status.conditions ?? [])];
  const suspended = !!job.spec?.suspend;
  let wait: number | undefined;
  if (!finished && !suspended) {
    status.startTime ??= isoTime(now);
    const completions: number | undefined = job.spec?.completions ?? undefined;
    const backoffLimit: number = job.spec?.backoffLimit ?? 6;
    const deadline = job.spec?.activeDeadlineSeconds;
    const started = parseTime(status.startTime as string);
    let failure: { reason: string; message: string } | undefined;
    if (failed > backoffLimit) failure = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
    else if (deadline !== undefined && deadline !== null && now >= started + deadline * 1000) failure = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
    const complete = completions !== undefined ? succeeded >= completions : succeeded > 0 && active.length === 0;
    if (failure) {
      deletePods(ctx, job, active, active.length);
      addCondition(conditions, 'FailureTarget', failure.reason, failure.message, now);
      addCondition(conditions, 'Failed', failure.reason, failure.message, now);
      ctx.event(job, 'Warning', failure.reason, failure.message);
    } else if (complete) {
      deletePods(ctx, job, active, active.length);
      addCondition(conditions, 'SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods', now);
      addCondition(conditions, 'Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', now);
      status.completionTime = isoTime(now);
      ctx.event(job, 'Normal', 'Completed', 'Job completed');
    } else {
      const parallelism: number = job.spec?.parallelism ?? 1;
      const want = completions !== undefined ? Math.min(parallelism, completions - succeeded) : succeeded > 0 ? 0 : parallelism;
      if (active.length > want) deletePods(ctx, job, active, active.length - want);
      else if (active.length < want) {
        const ready = backoffReadyAt(ctx, key, failed);
        if (ready > now) wait = ready - now;
        else createPods(ctx, job, want - active.length, indexed ? freeIndexes(completions ?? 0, doneIndexes, active) : undefined);
      }
      if (deadline !== undefined && deadline !== null) {
        const left = started + deadline * 1000 - now;
        wait = wait === undefined ? left : Math.min(wait, left);
      }
    }
    const sus = conditions.findIndex((c) => c.type === 'Suspended');
    if (sus >= 0 && conditions[sus].status === 'True') {
      conditions[sus] = { ...conditions[sus], status: 'False', reason: 'JobResumed', message: 'Job resumed', lastProbeTime: isoTime(now), lastTransitionTime: isoTime(now) };
      ctx.event(job, 'Normal', 'Resumed', 'Job resumed');
    }
  } else if (!finished && suspended) {
    deletePods(ctx, job, active, active.length);
    if (!conditions.some((c) => c.type === 'Suspended' && c.status === 'True')) {
      addCondition(conditions, 'Suspended', 'JobSuspended', 'Job suspended', now);
      ctx.event(job, 'Normal', 'Suspended', 'Job suspended');
    }
  }
  const current = ownedBy(ctx, 'pods', uid);
  const running = current.filter((p) => !isTerminating(p) && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  if (indexed && doneIndexes.size) status.completedIndexes = formatIndexes(doneIndexes);
  const next: Record<string, unknown> = { ...status, active: running.length, ready: running.filter(isPodReady).length, terminating: current.filter(isTerminating).length, succeeded, failed, uncountedTerminatedPods: {} };
  if (conditions.length) next.conditions = conditions;
  for (const k of ['active', 'succeeded', 'failed'] as const) if (next[k] === 0) delete next[k];
  if (!sameJson(next, job.status ?? {})) ctx.client.updateStatus(JOBS, { ...ctx.get(JOBS, job.metadata.namespace, job.metadata.name!)!, status: next });
  return wait;
}

function addCondition(conditions: JobCondition[], type: string, reason: string, message: string, now: number): void {
  const t = isoTime(now);
  const i = conditions.findIndex((c) => c.type === type);
  const c = { type, status: 'True', lastProbeTime: t, lastTransitionTime: t, reason, message };
  if (i >= 0) conditions[i] = c;
  else conditions.push(c);
}

/** Indexes of an Indexed Job that neither succeeded nor run, lowest first. */
function freeIndexes(completions: number, done: Set<number>, active: KObject[]): number[] {
  const running = new Set(active.map(indexOf));
  const out: number[] = [];
  for (let i = 0; i < completions; i++) if (!done.has(i) && !running.has(i)) out.push(i);
  return out;
}

function indexOf(pod: KObject): number | undefined {
  const v = pod.metadata.annotations?.[INDEX];
  return v === undefined ? undefined : Number(v);
}

/** `1,3-5` → {1,3,4,5}. */
function parseIndexes(s: string | undefined): Set<number> {
  const out = new Set<number>();
  for (const part of (s ?? '').split(',').filter(Boolean)) {
    const [a, b] = part.split('-').map(Number);
    for (let i = a; i <= (b ?? a); i++) out.add(i);
  }
  return out;
}

/** {0,1,2,4} → `0-2,4`, as status.completedIndexes shows them. */
function formatIndexes(set: Set<number>): string {
  const sorted = [...set].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Pods for an Indexed Job carry their index in name, hostname, label, annotation and JOB_COMPLETION_INDEX. */
function indexedPod(job: KObject, index: number): KObject {
  const pod = podFromTemplate(job.spec.template, job, { generateName: `${job.metadata.name}-${index}-`, labels: { [INDEX]: String(index) } });
  pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), [INDEX]: String(index) };
  pod.spec.hostname = `${job.metadata.name}-${index}`;
  if (job.spec.template?.spec?.subdomain) pod.spec.subdomain = job.spec.template.spec.subdomain;
  const env = { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: `metadata.annotations['${INDEX}']` } } };
  const withEnv = (c: { env?: { name: string }[] }) => ({ ...c, env: [...(c.env ?? []).filter((e) => e.name !== env.name), env] });
  pod.spec.containers = (pod.spec.containers ?? []).map(withEnv);
  if (pod.spec.initContainers) pod.spec.initContainers = pod.spec.initContainers.map(withEnv);
  return pod;
}

function createPods(ctx: SimContext, job: KObject, count: number, indexes?: number[]): void {
  for (let i = 0; i < count; i++) {
    if (indexes && i >= indexes.length) return;
    const pod = indexes ? indexedPod(job, indexes[i]) : podFromTemplate(job.spec.template, job);
    pod.metadata.finalizers = [...(pod.metadata.finalizers ?? []), TRACKING_FINALIZER];
    try {
      const created = ctx.client.create('pods', pod);
      ctx.event(job, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
    } catch (err) {
      ctx.event(job, 'Warning', 'FailedCreate', `Error creating: ${(err as Error).message}`);
      return;
    }
  }
}

/** Removes the tracking finalizer: the pod has been counted (or must not be). */
function releasePod(ctx: SimContext, pod: KObject): KObject {
  const finalizers = (pod.metadata.finalizers ?? []).filter((f) => f !== TRACKING_FINALIZER);
  return ctx.client.update('pods', { ...pod, metadata: { ...pod.metadata, finalizers: finalizers.length ? finalizers : undefined } });
}

/** Deletes pods the Job no longer wants; they leave uncounted, as neither success nor failure. */
function deletePods(ctx: SimContext, job: KObject, active: KObject[], count: number): void {
  for (const pod of rankForDeletion(active, ctx.now()).slice(0, count)) {
    if (pod.metadata.finalizers?.includes(TRACKING_FINALIZER)) releasePod(ctx, pod);
    ctx.client.delete('pods', pod.metadata.namespace, pod.metadata.name!);
    ctx.event(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
  }
}

/** Last pod failure per Job, for the exponential backoff before replacement pods (10s doubling, 10m cap). */
function failures(ctx: SimContext): Record<string, number> {
  return ((ctx.cluster.sim[STATE] as Record<string, number> | undefined) ??= {});
}

function recordFailure(ctx: SimContext, key: string, now: number): void {
  failures(ctx)[key] = now;
  ctx.cluster.touchSim();
}

function forgetFailure(ctx: SimContext, key: string): void {
  const f = ctx.cluster.sim[STATE] as Record<string, number> | undefined;
  if (f && key in f) {
    delete f[key];
    ctx.cluster.touchSim();
  }
}

function backoffReadyAt(ctx: SimContext, key: string, failed: number): number {
  const last = (ctx.cluster.sim[STATE] as Record<string, number> | undefined)?.[key];
  if (last === undefined || failed === 0) return 0;
  return last + Math.min(BACKOFF_BASE * 2 ** (failed - 1), BACKOFF_MAX);
}
