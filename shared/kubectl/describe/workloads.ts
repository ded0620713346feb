/** kubectl describe for Deployments, ReplicaSets, DaemonSets, StatefulSets, Jobs and CronJobs. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { humanDuration } from '../../k8s/duration';
import { formatLabelSelector } from '../../k8s/selectors';
import type { KObject } from '../../k8s/types';
import { describePodTemplate } from './containers';
import { PrefixWriter, annotationsMultiline, controlledBy, describeEvents, labelsMultiline, rfc1123z } from './writer';

export interface PodCounts {
  running: number;
  waiting: number;
  succeeded: number;
  failed: number;
}

/** getPodStatusForController: counts pods owned by `uid` by phase. */
export function podCounts(pods: KObject[], uid: string | undefined): PodCounts {
  const counts = { running: 0, waiting: 0, succeeded: 0, failed: 0 };
  for (const p of pods) {
    if (uid && !p.metadata.ownerReferences?.some((r) => r.controller && r.uid === uid)) continue;
    const phase = p.status?.phase;
    if (phase === 'Running') counts.running++;
    else if (phase === 'Pending') counts.waiting++;
    else if (phase === 'Succeeded') counts.succeeded++;
    else if (phase === 'Failed') counts.failed++;
  }
  return counts;
}

function podsStatus(c: PodCounts): string {
  return `${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed`;
}

function header(w: PrefixWriter, obj: KObject, withCreation: boolean): void {
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  if (withCreation) w.write(0, `CreationTimestamp:\t${rfc1123z(obj.metadata.creationTimestamp)}\n`);
}

function conditionsTable(w: PrefixWriter, conditions: any[] | undefined): void {
  if (!conditions?.length) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

const rsSummary = (list: KObject[]) => (list.length === 0 ? '<none>' : list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', '));

/** The new and old ReplicaSets of a deployment, as deploymentutil.GetAllReplicaSets picks them. */
export function splitReplicaSets(d: KObject, replicaSets: KObject[]): { newRS?: KObject; oldRSs: KObject[] } {
  const owned = replicaSets.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid));
  const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
  const rev = (rs: KObject) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const newRS = owned.find((rs) => revision !== undefined && String(rev(rs)) === revision) ?? [...owned].sort((a, b) => rev(b) - rev(a))[0];
  const oldRSs = owned.filter((rs) => rs !== newRS && (rs.spec?.replicas ?? 0) !== 0);
  return { newRS, oldRSs };
}

/** Renders describe output for a Deployment. */
export function describeDeployment(d: KObject, replicaSets: KObject[], events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = d.spec ?? {};
  const st = d.status ?? {};
  header(w, d, true);
  labelsMultiline(w, 'Labels', d.metadata.labels);
  annotationsMultiline(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  w.write(0, `Replicas:\t${spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  w.write(0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
  w.write(0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
  const ru = spec.strategy?.rollingUpdate;
  if (ru) w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`);
  describePodTemplate(w, spec.template);
  conditionsTable(w, st.conditions);
  const { newRS, oldRSs } = splitReplicaSets(d, replicaSets);
  if (oldRSs.length > 0 || newRS) {
    w.write(0, `OldReplicaSets:\t${rsSummary(oldRSs)}\n`);
    if (newRS) w.write(0, `NewReplicaSet:\t${rsSummary([newRS])}\n`);
  }
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for a ReplicaSet. */
export function describeReplicaSet(rs: KObject, pods: KObject[], events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  header(w, rs, false);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  labelsMultiline(w, 'Labels', rs.metadata.labels);
  annotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const owner = controlledBy(rs);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${podsStatus(podCounts(pods, rs.metadata.uid))}\n`);
  describePodTemplate(w, rs.spec?.template);
  conditionsTable(w, rs.status?.conditions);
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for a DaemonSet. */
export function describeDaemonSet(ds: KObject, pods: KObject[], events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const st = ds.status ?? {};
  header(w, ds, false);
  w.write(0, `Selector:\t${formatLabelSelector(ds.spec?.selector)}\n`);
  const ns = ds.spec?.template?.spec?.nodeSelector ?? {};
  w.write(0, `Node-Selector:\t${Object.keys(ns).length ? Object.keys(ns).sort().map((k) => `${k}=${ns[k]}`).join(',') : '<none>'}\n`);
  labelsMultiline(w, 'Labels', ds.metadata.labels);
  annotationsMultiline(w, 'Annotations', ds.metadata.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
  w.write(0, `Pods Status:\t${podsStatus(podCounts(pods, ds.metadata.uid))}\n`);
  describePodTemplate(w, ds.spec?.template);
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for a StatefulSet. */
export function describeStatefulSet(sts: KObject, pods: KObject[], events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  header(w, sts, true);
  w.write(0, `Selector:\t${formatLabelSelector(sts.spec?.selector)}\n`);
  labelsMultiline(w, 'Labels', sts.metadata.labels);
  annotationsMultiline(w, 'Annotations', sts.metadata.annotations);
  w.write(0, `Replicas:\t${sts.spec?.replicas ?? 1} desired | ${sts.status?.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${sts.spec?.updateStrategy?.type ?? 'RollingUpdate'}\n`);
  const ru = sts.spec?.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  w.write(0, `Pods Status:\t${podsStatus(podCounts(pods, sts.metadata.uid))}\n`);
  describePodTemplate(w, sts.spec?.template);
  const claims: any[] = sts.spec?.volumeClaimTemplates ?? [];
  if (claims.length === 0) w.write(0, 'Volume Claims:\t<none>\n');
  else {
    w.write(0, 'Volume Claims:\n');
    for (const c of claims) {
      w.write(1, `Name:\t${c.metadata?.name}\n`);
      w.write(1, `StorageClass:\t${c.spec?.storageClassName ?? ''}\n`);
      labelsMultiline(w, 'Labels', c.metadata?.labels, '  ');
      labelsMultiline(w, 'Annotations', c.metadata?.annotations, '  ');
      w.write(1, `Capacity:\t${c.spec?.resources?.requests?.storage ?? '<default>'}\n`);
      w.write(1, `Access Modes:\t[${(c.spec?.accessModes ?? []).join(' ')}]\n`);
    }
  }
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for a Job. */
export function describeJob(job: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = job.spec ?? {};
  const st = job.status ?? {};
  header(w, job, false);
  w.write(0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  labelsMultiline(w, 'Labels', job.metadata.labels);
  annotationsMultiline(w, 'Annotations', job.metadata.annotations);
  const owner = controlledBy(job);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  if (spec.parallelism !== undefined) w.write(0, `Parallelism:\t${spec.parallelism}\n`);
  w.write(0, spec.completions !== undefined ? `Completions:\t${spec.completions}\n` : 'Completions:\t<unset>\n');
  if (spec.completionMode) w.write(0, `Completion Mode:\t${spec.completionMode}\n`);
  if (spec.suspend !== undefined) w.write(0, `Suspend:\t${spec.suspend}\n`);
  if (spec.backoffLimit !== undefined) w.write(0, `Backoff Limit:\t${spec.backoffLimit}\n`);
  if (spec.ttlSecondsAfterFinished !== undefined) w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  if (st.completionTime) w.write(0, `Completed At:\t${rfc1123z(st.completionTime)}\n`);
  if (st.startTime && st.completionTime) w.write(0, `Duration:\t${humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime))}\n`);
  if (spec.activeDeadlineSeconds !== undefined) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  w.write(
    0,
    st.ready === undefined
      ? `Pods Statuses:\t${st.active ?? 0} Active / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`
      : `Pods Statuses:\t${st.active ?? 0} Active (${st.ready} Ready) / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`,
  );
  describePodTemplate(w, spec.template);
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for a CronJob. */
export function describeCronJob(cj: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = cj.spec ?? {};
  header(w, cj, false);
  labelsMultiline(w, 'Labels', cj.metadata.labels);
  annotationsMultiline(w, 'Annotations', cj.metadata.annotations);
  w.write(0, `Schedule:\t${spec.schedule ?? ''}\n`);
  w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`);
  w.write(0, `Suspend:\t${spec.suspend === undefined ? '<unset>' : spec.suspend ? 'True' : 'False'}\n`);
  w.write(0, `Successful Job History Limit:\t${spec.successfulJobsHistoryLimit ?? '<unset>'}\n`);
  w.write(0, `Failed Job History Limit:\t${spec.failedJobsHistoryLimit ?? '<unset>'}\n`);
  w.write(0, spec.startingDeadlineSeconds !== undefined ? `Starting Deadline Seconds:\t${spec.startingDeadlineSeconds}s\n` : 'Starting Deadline Seconds:\t<unset>\n');
  const jt = spec.jobTemplate?.spec ?? {};
  w.write(0, jt.selector ? `Selector:\t${formatLabelSelector(jt.selector)}\n` : 'Selector:\t<unset>\n');
  w.write(0, `Parallelism:\t${jt.parallelism ?? '<unset>'}\n`);
  w.write(0, `Completions:\t${jt.completions ?? '<unset>'}\n`);
  if (jt.activeDeadlineSeconds !== undefined) w.write(0, `Active Deadline Seconds:\t${jt.activeDeadlineSeconds}s\n`);
  describePodTemplate(w, jt.template);
  w.write(0, cj.status?.lastScheduleTime ? `Last Schedule Time:\t${rfc1123z(cj.status.lastScheduleTime)}\n` : 'Last Schedule Time:\t<unset>\n');
  const active: any[] = cj.status?.active ?? [];
  w.write(0, `Active Jobs:\t${active.length ? active.map((j) => j.name).join(', ') : '<none>'}\n`);
  describeEvents(w, events, now);
  return w.toString();
}
