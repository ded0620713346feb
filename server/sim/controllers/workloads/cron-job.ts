/** The CronJob controller (cronjob_controllerv2.go): starts a Job at each scheduled time on the simulated
 * clock, honouring concurrencyPolicy, startingDeadlineSeconds and suspend, tracks active Jobs and prunes
 * finished ones beyond the history limits. Between schedules it sleeps until the next one. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { type Controller, type SimContext, ownerKeys, splitKey } from '../../controller.js';
import { isoTime, parseTime } from '../../time.js';
import { ownerRefTo, sameJson } from './pods.js';
import { ownedBy } from './owner-index.js';
import { jobFinished } from './job.js';
import { type CronSchedule, mostRecent, nextTime, parseCron, zoneOffset } from './cron-schedule.js';

const CRONJOBS = 'cronjobs.batch';
const JOBS = 'jobs.batch';
const SCHEDULED_AT = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

/** The CronJob controller (kube-controller-manager's cronjob-controller). */
export function cronJobController(): Controller {
  return {
    name: 'cronjob-controller',
    watches: [{ resource: CRONJOBS }, { resource: JOBS, keys: ownerKeys('CronJob') }],
    reconcile(key, ctx) {
      const { namespace, name } = splitKey(key);
      const cj = ctx.get(CRONJOBS, namespace, name);
      if (!cj) return;
      const ms = syncCronJob(ctx, cj);
      return ms !== undefined ? { requeueAfter: ms } : undefined;
    },
  };
}

interface ActiveRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  uid: string;
  resourceVersion?: string;
}

function syncCronJob(ctx: SimContext, cj: KObject): number | undefined {
  const now = ctx.now();
  const status: Record<string, unknown> = { ...(cj.status ?? {}) };
  const jobs = ownedBy(ctx, JOBS, cj.metadata.uid);
  let active = ((status.active ?? []) as ActiveRef[]).filter((ref) => jobs.some((j) => j.metadata.uid === ref.uid));
  for (const job of jobs) {
    const finished = jobFinished(job);
    const listed = active.some((ref) => ref.uid === job.metadata.uid);
    if (finished && listed) {
      active = active.filter((ref) => ref.uid !== job.metadata.uid);
      ctx.event(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, condition: ${finished.type}`);
      const done = job.status?.completionTime;
      if (finished.type === 'Complete' && done && !(parseTime(status.lastSuccessfulTime as string) >= parseTime(done))) status.lastSuccessfulTime = done;
    } else if (!finished && !listed && !job.metadata.deletionTimestamp) {
      active = [...active, refTo(job)];
    }
  }
  let wait: number | undefined;
  let schedule: CronSchedule | undefined;
  try {
    schedule = parseCron(cj.spec?.schedule ?? '', cj.spec?.timeZone);
  } catch (err) {
    ctx.event(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: "${cj.spec?.schedule}" : ${(err as Error).message}`);
  }
  if (schedule && !cj.metadata.deletionTimestamp && !cj.spec?.suspend) {
    const next = nextTime(schedule, now);
    wait = next !== undefined ? next - now : undefined;
    active = startJob(ctx, cj, schedule, status, active, jobs, now);
  }
  prune(ctx, cj, jobs.filter((j) => !active.some((ref) => ref.uid === j.metadata.uid)));
  if (active.length) status.active = active;
  else delete status.active;
  if (!sameJson(status, cj.status ?? {})) ctx.client.updateStatus(CRONJOBS, { ...ctx.get(CRONJOBS, cj.metadata.namespace, cj.metadata.name!)!, status });
  return wait;
}

/** Starts the Job of the most recent unprocessed schedule, if the policies allow; returns the active list. */
function startJob(ctx: SimContext, cj: KObject, schedule: CronSchedule, status: Record<string, unknown>, active: ActiveRef[], jobs: KObject[], now: number): ActiveRef[] {
  const last = parseTime(status.lastScheduleTime as string);
  const earliest = Number.isNaN(last) ? parseTime(cj.metadata.creationTimestamp) : last;
  const deadline: number | undefined = cj.spec?.startingDeadlineSeconds ?? undefined;
  const from = deadline !== undefined ? Math.max(earliest, now - deadline * 1000) : earliest;
  const { time, missed } = mostRecent(schedule, from, now);
  if (time === undefined) return active;
  if (missed > 100) ctx.event(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
  const name = `${cj.metadata.name}-${Math.floor(time / 60_000)}`;
  if (time === last || jobs.some((j) => j.metadata.name === name)) return active;
  if (deadline !== undefined && time + deadline * 1000 < now) {
    ctx.event(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(time)}`);
    return active;
  }
  const policy = cj.spec?.concurrencyPolicy ?? 'Allow';
  if (policy === 'Forbid' && active.length > 0) {
    ctx.event(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
    return active;
  }
  if (policy === 'Replace') {
    for (const ref of active) {
      ctx.client.delete(JOBS, ref.namespace, ref.name, { propagationPolicy: 'Background' });
      ctx.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${ref.name}`);
    }
    active = [];
  }
  const tmpl = cj.spec?.jobTemplate ?? {};
  const job: KObject = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      namespace: cj.metadata.namespace,
      ...(tmpl.metadata?.labels ? { labels: { ...tmpl.metadata.labels } } : {}),
      annotations: { ...(tmpl.metadata?.annotations ?? {}), [SCHEDULED_AT]: scheduledStamp(time, schedule.timeZone) },
      ownerReferences: [ownerRefTo(cj)],
    },
    spec: structuredClone(tmpl.spec ?? {}),
  };
  let created: KObject;
  try {
    created = ctx.client.create(JOBS, job);
  } catch (err) {
    ctx.event(cj, 'Warning', 'FailedCreate', `Error creating job: ${(err as Error).message}`);
    return active;
  }
  ctx.event(cj, 'Normal', 'SuccessfulCreate', `Created job ${created.metadata.name}`);
  status.lastScheduleTime = isoTime(time);
  return [...active, refTo(created)];
}

/** Deletes the oldest finished Jobs beyond successfulJobsHistoryLimit and failedJobsHistoryLimit. */
function prune(ctx: SimContext, cj: KObject, inactive: KObject[]): void {
  const limits = { Complete: cj.spec?.successfulJobsHistoryLimit ?? 3, Failed: cj.spec?.failedJobsHistoryLimit ?? 1 };
  for (const type of ['Complete', 'Failed'] as const) {
    const done = inactive.filter((j) => !j.metadata.deletionTimestamp && jobFinished(j)?.type === type);
    const excess = done.length - limits[type];
    if (excess <= 0) continue;
    done.sort((a, b) => startOf(a) - startOf(b) || (a.metadata.name! < b.metadata.name! ? -1 : 1));
    for (const job of done.slice(0, excess)) {
      ctx.client.delete(JOBS, job.metadata.namespace, job.metadata.name!, { propagationPolicy: 'Background' });
      ctx.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
    }
  }
}

function startOf(job: KObject): number {
  const t = parseTime(job.status?.startTime ?? job.metadata.creationTimestamp);
  return Number.isNaN(t) ? 0 : t;
}

function refTo(job: KObject): ActiveRef {
  return { apiVersion: 'batch/v1', kind: 'Job', name: job.metadata.name!, namespace: job.metadata.namespace!, uid: job.metadata.uid!, resourceVersion: job.metadata.resourceVersion };
}

/** RFC 3339 in the schedule's zone, as the scheduled-timestamp annotation carries it. */
function scheduledStamp(ms: number, timeZone: string | undefined): string {
  if (!timeZone) return isoTime(ms);
  const off = zoneOffset(timeZone, ms);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off) / 60_000;
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${isoTime(ms + off).slice(0, -1)}${sign}${hh}:${mm}`;
}

/** Go's time.RFC1123Z in UTC: `Thu, 01 Jan 2026 00:00:00 +0000`. */
function rfc1123z(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000');
}
