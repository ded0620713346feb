/** The default scheduler: places pending pods on nodes through the filter/score framework, binds them
 * (spec.nodeName + PodScheduled=True, as POST pods/binding does), and reports pods that fit nowhere with
 * PodScheduled=False / Unschedulable and a FailedScheduling event. Unschedulable pods are retried when a
 * cluster event may help them and every 5 minutes, like the scheduling queue's unschedulable pods. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { type Controller, type SimContext, splitKey } from '../../controller.js';
import { isoTime } from '../../time.js';
import { SchedulerCache, needsScheduling } from '../../scheduler/cache.js';
import { defaultSpreadSelector } from '../../scheduler/default-spread.js';
import { scheduleOnNodeInfos, type FullScheduleResult } from '../../scheduler/framework.js';
import type { PreemptionPlan } from '../../scheduler/preemption.js';

export const SCHEDULER_NAME = 'default-scheduler';
/** How long an unschedulable pod waits before a retry when nothing in the cluster changes. */
export const UNSCHEDULABLE_RETRY_MS = 5 * 60_000;
const GATED_MESSAGE = 'Scheduling is blocked due to non-empty scheduling gates';

const SOURCE = { component: SCHEDULER_NAME };

interface Condition {
  type: string;
  status: string;
  lastProbeTime?: null;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/** The pod's conditions with PodScheduled set, keeping lastTransitionTime when the status is unchanged;
 * undefined when nothing would change. */
function withScheduledCondition(pod: KObject, now: number, status: 'True' | 'False', reason?: string, message?: string): Condition[] | undefined {
  const conditions = (pod.status?.conditions ?? []) as Condition[];
  const old = conditions.find((c) => c.type === 'PodScheduled');
  if (old && old.status === status && old.reason === reason && old.message === message) return undefined;
  const next: Condition = {
    type: 'PodScheduled',
    status,
    lastProbeTime: null,
    lastTransitionTime: old && old.status === status ? old.lastTransitionTime : isoTime(now),
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
  };
  return old ? conditions.map((c) => (c === old ? next : c)) : [...conditions, next];
}

function bind(ctx: SimContext, pod: KObject, node: string): void {
  const status = { ...pod.status, conditions: withScheduledCondition(pod, ctx.now(), 'True') ?? pod.status?.conditions };
  delete status.nominatedNodeName;
  const bound = ctx.put('pods', { ...pod, spec: { ...pod.spec, nodeName: node }, status });
  ctx.event(bound, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`, SOURCE);
}

function markUnschedulable(ctx: SimContext, pod: KObject, reason: string, message: string, nominatedNodeName?: string): KObject {
  const conditions = withScheduledCondition(pod, ctx.now(), 'False', reason, message);
  const nominate = nominatedNodeName !== undefined && pod.status?.nominatedNodeName !== nominatedNodeName;
  if (!conditions && !nominate) return pod;
  const status = { ...pod.status, ...(conditions ? { conditions } : {}), ...(nominate ? { nominatedNodeName } : {}) };
  return ctx.put('pods', { ...pod, status });
}

/** Evicts the victims chosen by preemption, as the scheduler does: a DisruptionTarget condition, a
 * Preempted event, then a graceful delete. */
function preempt(ctx: SimContext, pod: KObject, plan: PreemptionPlan): void {
  for (const victim of plan.victims) {
    const current = ctx.get('pods', victim.metadata.namespace, victim.metadata.name!);
    if (!current || current.metadata.deletionTimestamp) continue;
    const conditions = ((current.status?.conditions ?? []) as Condition[]).filter((c) => c.type !== 'DisruptionTarget');
    conditions.push({
      type: 'DisruptionTarget',
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: isoTime(ctx.now()),
      reason: 'PreemptionByScheduler',
      message: `${SCHEDULER_NAME}: preempting to accommodate a higher priority pod`,
    });
    const marked = ctx.put('pods', { ...current, status: { ...current.status, conditions } });
    ctx.event(marked, 'Normal', 'Preempted', `Preempted by pod ${pod.metadata.uid} on node ${plan.node}`, SOURCE);
    ctx.client.delete('pods', marked.metadata.namespace, marked.metadata.name!);
  }
}

/** The plugins behind a failed attempt, for deciding which cluster events may help the pod. */
function rejectingPlugins(result: FullScheduleResult): Set<string> {
  const out = new Set<string>();
  for (const v of result.verdicts) for (const p of v.plugins) if (!p.passed) out.add(p.plugin);
  return out;
}

/** Creates the scheduler controller (one instance per cluster: it owns that cluster's cache). */
export function schedulerController(): Controller {
  const cache = new SchedulerCache();
  return {
    name: 'scheduler',
    watches: [
      { resource: 'pods', keys: (pod, change) => cache.onPod(pod, change) },
      { resource: 'nodes', keys: (node, change) => cache.onNode(node, change) },
    ],
    reconcile(key, ctx) {
      cache.ensure(ctx.cluster);
      const { namespace, name } = splitKey(key);
      const pod = ctx.get('pods', namespace, name);
      if (!pod || !needsScheduling(pod)) {
        cache.forget(key);
        return;
      }
      if ((pod.spec?.schedulingGates ?? []).length > 0) {
        markUnschedulable(ctx, pod, 'SchedulingGated', GATED_MESSAGE);
        return;
      }
      const result = scheduleOnNodeInfos(pod, cache.nodeInfos(), {
        rng: ctx.rng,
        defaultSpreadSelector: defaultSpreadSelector(ctx.cluster, pod),
        namespaceLabels: (ns) => ctx.get('namespaces', undefined, ns)?.metadata.labels,
      });
      if (result.node) {
        cache.forget(key);
        bind(ctx, pod, result.node);
        return;
      }
      if (result.preemption) preempt(ctx, pod, result.preemption);
      const reason = result.failures.size > 0 ? 'Unschedulable' : 'SchedulerError';
      const updated = markUnschedulable(ctx, pod, reason, result.message, result.preemption?.node);
      ctx.event(updated, 'Warning', 'FailedScheduling', result.message, SOURCE);
      return cache.markPending(updated, rejectingPlugins(result), ctx.now(), UNSCHEDULABLE_RETRY_MS) ? { requeueAfter: UNSCHEDULABLE_RETRY_MS } : undefined;
    },
  };
}
