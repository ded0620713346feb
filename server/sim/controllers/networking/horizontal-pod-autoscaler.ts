/** The HorizontalPodAutoscaler controller: every 15 simulated seconds while an HPA exists it reads the
 * target's scale and its pods' resource usage, proposes a replica count per metric, stabilizes and
 * rate-limits it, writes the new spec.replicas to the target and records status, conditions and
 * SuccessfulRescale events as the real controller does. autoscaling/v1 objects (stored as written) get
 * their v1 status (currentCPUUtilizationPercentage). */
import type { KObject } from '../../../../shared/k8s/types.js';
import { cpuMillis, memoryBytes } from '../../../../shared/k8s/quantity.js';
import { labelSelectorToRequirements, matchesRequirements } from '../../../../shared/k8s/selectors.js';
import type { Cluster } from '../../cluster.js';
import type { Controller, ReconcileResult, SimContext } from '../../controller.js';
import { splitKey } from '../../controller.js';
import { isoTime } from '../../time.js';
import { milliQuantity, resourceReplicas, type ResourceName } from './hpa-replica-calculator.js';
import { normalizeWithBehavior, normalizeWithoutBehavior, recordInitial, recordScaleEvent, type Condition, type ScalingRules } from './hpa-normalize.js';
import { podUsage } from './pod-usage.js';
import { jsonEqual, podsInNamespace } from './service-pods.js';
import { networkingState, type HpaHistory } from './sim-state.js';

const HPAS = 'horizontalpodautoscalers.autoscaling';
/** --horizontal-pod-autoscaler-sync-period */
export const SYNC_PERIOD_MS = 15_000;
const V1_DEFAULT_CPU = 80;

const SCALABLE: Record<string, { group: string; resource: string }> = {
  Deployment: { group: 'apps', resource: 'deployments.apps' },
  ReplicaSet: { group: 'apps', resource: 'replicasets.apps' },
  StatefulSet: { group: 'apps', resource: 'statefulsets.apps' },
  ReplicationController: { group: '', resource: 'replicationcontrollers' },
};

interface MetricSpec {
  type: string;
  resource?: { name: string; target: { type: string; averageUtilization?: number; averageValue?: string } };
  pods?: { metric: { name: string } };
  object?: { metric: { name: string } };
  external?: { metric: { name: string } };
}

interface HpaStatus {
  currentReplicas: number;
  desiredReplicas: number;
  lastScaleTime?: string;
  currentMetrics?: unknown[];
  currentCPUUtilizationPercentage?: number;
}

interface HpaCondition {
  type: string;
  status: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

// Timers live in the engine's memory and are not deduplicated: remember the next sync armed per HPA so
// the HPA's own status writes do not start extra timer chains (the real queue rate-limits the same way).
const armed = new WeakMap<Cluster, Map<string, number>>();

function metricsOf(hpa: KObject): MetricSpec[] {
  if (hpa.apiVersion === 'autoscaling/v1') {
    const cpu = hpa.spec?.targetCPUUtilizationPercentage ?? V1_DEFAULT_CPU;
    return [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } }];
  }
  return hpa.spec?.metrics ?? [];
}

class Sync {
  readonly conditions: HpaCondition[];
  constructor(
    readonly ctx: SimContext,
    readonly hpa: KObject,
  ) {
    this.conditions = [...(hpa.status?.conditions ?? [])];
  }

  set(type: string, c: Condition): void {
    const i = this.conditions.findIndex((x) => x.type === type);
    const old = i >= 0 ? this.conditions[i] : undefined;
    const next = { type, status: c.status, lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : isoTime(this.ctx.now()), reason: c.reason, message: c.message };
    if (i >= 0) this.conditions[i] = next;
    else this.conditions.push(next);
  }

  warn(reason: string, message: string): void {
    this.ctx.event(this.hpa, 'Warning', reason, message);
  }
}

function historyOf(ctx: SimContext, key: string, uid: string): HpaHistory {
  const state = networkingState(ctx.cluster);
  let h = state.hpa[key];
  if (!h || h.uid !== uid) h = state.hpa[key] = { uid, recommendations: [], scaleUp: [], scaleDown: [] };
  return h;
}

interface MetricResult {
  replicas: number;
  name: string;
  status: unknown;
  utilization?: number;
}

/** computeStatusForResourceMetric for one Resource metric. */
function resourceMetric(sync: Sync, spec: MetricSpec, current: number, pods: KObject[]): MetricResult {
  const r = spec.resource!;
  const resource = r.name as ResourceName;
  const fail = (message: string, wrap = true): never => {
    sync.set('ScalingActive', { status: 'False', reason: 'FailedGetResourceMetric', message: `the HPA was unable to compute the replica count: ${message}` });
    sync.warn('FailedGetResourceMetric', message);
    throw new Error(wrap ? `failed to get ${r.name} utilization: ${message}` : message);
  };
  if (resource !== 'cpu' && resource !== 'memory') return fail(`unable to get metrics for resource ${r.name}: no metrics returned from resource metrics API`);
  const samples = new Map<string, number>();
  for (const pod of pods) {
    const usage = podUsage(sync.ctx.cluster, pod);
    if (usage) samples.set(pod.metadata.name!, resource === 'cpu' ? usage.cpuMillis : usage.memoryBytes * 1000);
  }
  const now = sync.ctx.now();
  if (r.target.averageValue !== undefined) {
    const perPod = resource === 'cpu' ? cpuMillis(r.target.averageValue) : memoryBytes(r.target.averageValue) * 1000;
    try {
      const out = resourceReplicas(current, 100, resource, pods, samples, now, perPod);
      return { replicas: out.replicas, name: `${r.name} resource`, status: { type: 'Resource', resource: { name: r.name, current: { averageValue: milliQuantity(out.rawAverage) } } } };
    } catch (err) {
      return fail((err as Error).message);
    }
  }
  if (r.target.averageUtilization === undefined) return fail('invalid resource metric source: neither a utilization target nor a value target was set', false);
  try {
    const out = resourceReplicas(current, r.target.averageUtilization, resource, pods, samples, now);
    return {
      replicas: out.replicas,
      name: `${r.name} resource utilization (percentage of request)`,
      status: { type: 'Resource', resource: { name: r.name, current: { averageUtilization: out.utilization, averageValue: milliQuantity(out.rawAverage) } } },
      utilization: out.utilization,
    };
  } catch (err) {
    return fail((err as Error).message);
  }
}

/** Custom and external metrics need an adapter this cluster does not run, as on a fresh kubeadm cluster. */
function unsupportedMetric(sync: Sync, spec: MetricSpec): never {
  const reasons: Record<string, [string, string]> = {
    Pods: ['FailedGetPodsMetric', `unable to get metric ${spec.pods?.metric.name}: unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered`],
    Object: ['FailedGetObjectMetric', `unable to get metric ${spec.object?.metric.name}: unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered`],
    External: ['FailedGetExternalMetric', `unable to get external metric ${spec.external?.metric.name}: no external metrics API (external.metrics.k8s.io) registered`],
    ContainerResource: ['FailedGetContainerResourceMetric', 'unable to get container metrics: no metrics returned from resource metrics API'],
  };
  const [reason, message] = reasons[spec.type] ?? ['InvalidMetricSourceType', `unknown metric source type "${spec.type}"`];
  sync.set('ScalingActive', { status: 'False', reason, message: `the HPA was unable to compute the replica count: ${message}` });
  sync.warn(reason, message);
  throw new Error(message);
}

/** computeReplicasForMetrics: the largest proposal over the valid metrics. */
function computeReplicas(sync: Sync, current: number, pods: KObject[]): { replicas: number; name: string; statuses: unknown[]; utilization?: number } {
  const specs = metricsOf(sync.hpa);
  const statuses: unknown[] = [];
  let best: MetricResult | undefined;
  let firstError: Error | undefined;
  let invalid = 0;
  let firstCondition: HpaCondition | undefined;
  for (const spec of specs) {
    try {
      const r = spec.type === 'Resource' ? resourceMetric(sync, spec, current, pods) : unsupportedMetric(sync, spec);
      statuses.push(r.status);
      if (!best || r.replicas > best.replicas) best = r;
    } catch (err) {
      statuses.push({ type: '' });
      if (invalid === 0) {
        firstError = err as Error;
        firstCondition = sync.conditions.find((c) => c.type === 'ScalingActive');
      }
      invalid++;
    }
  }
  if (!best || invalid >= specs.length) {
    if (firstCondition) sync.set('ScalingActive', { status: firstCondition.status as 'False', reason: firstCondition.reason, message: firstCondition.message });
    throw new Error(`invalid metrics (${invalid} invalid out of ${specs.length}), first error is: ${firstError?.message ?? 'no metrics'}`);
  }
  sync.set('ScalingActive', { status: 'True', reason: 'ValidMetricFound', message: `the HPA was able to successfully calculate a replica count from ${best.name}` });
  return { replicas: best.replicas, name: best.name, statuses, utilization: best.utilization };
}

function podsOf(ctx: SimContext, namespace: string, target: KObject): KObject[] | undefined {
  const selector = target.spec?.selector;
  if (!selector) return undefined;
  const reqs = target.kind === 'ReplicationController' ? Object.entries(selector as Record<string, string>).map(([key, v]) => ({ key, operator: '=' as const, values: [v] })) : labelSelectorToRequirements(selector);
  return podsInNamespace(ctx.cluster, namespace).filter((pod) => matchesRequirements(reqs, pod.metadata.labels));
}

function writeStatus(sync: Sync, status: HpaStatus): void {
  const hpa = sync.hpa;
  const next: Record<string, unknown> = { ...status, conditions: sync.conditions };
  if (hpa.apiVersion === 'autoscaling/v1') {
    // v1 has no conditions or metric list: only its CPU percentage.
    delete next.conditions;
    delete next.currentMetrics;
  }
  const cleaned = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
  if (jsonEqual(hpa.status ?? {}, cleaned)) return;
  // The system client speaks the preferred version (v2); a v1 object keeps its version, so its status is
  // written directly.
  if (hpa.apiVersion === 'autoscaling/v1') sync.ctx.put(HPAS, { ...hpa, status: cleaned });
  else sync.ctx.client.updateStatus(HPAS, { ...hpa, status: cleaned });
}

function reconcileAutoscaler(ctx: SimContext, key: string, hpa: KObject): void {
  const sync = new Sync(ctx, hpa);
  const spec = hpa.spec ?? {};
  const ref = spec.scaleTargetRef ?? {};
  const namespace = hpa.metadata.namespace!;
  const old = hpa.status ?? {};
  const v1 = hpa.apiVersion === 'autoscaling/v1';
  const base: HpaStatus = {
    currentReplicas: old.currentReplicas ?? 0,
    desiredReplicas: old.desiredReplicas ?? 0,
    lastScaleTime: old.lastScaleTime,
    ...(v1 ? { currentCPUUtilizationPercentage: old.currentCPUUtilizationPercentage } : { currentMetrics: old.currentMetrics }),
  };
  const kind = SCALABLE[ref.kind];
  const group = (ref.apiVersion ?? '').includes('/') ? ref.apiVersion.split('/')[0] : '';
  const target = kind && kind.group === group ? ctx.get(kind.resource, namespace, ref.name) : undefined;
  if (!target) {
    const message = !kind || kind.group !== group ? `no matches for kind "${ref.kind}" in group "${group}"` : `${kind.resource} "${ref.name}" not found`;
    sync.warn('FailedGetScale', message);
    sync.set('AbleToScale', { status: 'False', reason: 'FailedGetScale', message: `the HPA controller was unable to get the target's current scale: ${message}` });
    return writeStatus(sync, base);
  }
  sync.set('AbleToScale', { status: 'True', reason: 'SucceededGetScale', message: "the HPA controller was able to get the target's current scale" });
  const history = historyOf(ctx, key, hpa.metadata.uid!);
  const current: number = target.spec?.replicas ?? 1;
  const now = ctx.now();
  recordInitial(history, current, now);
  const min: number = spec.minReplicas ?? 1;
  const max: number = spec.maxReplicas;
  let desired = 0;
  let reason = '';
  let rescale = true;
  let statuses: unknown[] | undefined = base.currentMetrics;
  let utilization: number | undefined = base.currentCPUUtilizationPercentage;
  if (current === 0 && min !== 0) {
    rescale = false;
    sync.set('ScalingActive', { status: 'False', reason: 'ScalingDisabled', message: 'scaling is disabled since the replica count of the target is zero' });
  } else if (current > max) {
    [desired, reason] = [max, 'Current number of replicas above Spec.MaxReplicas'];
  } else if (current < min) {
    [desired, reason] = [min, 'Current number of replicas below Spec.MinReplicas'];
  } else {
    const pods = podsOf(ctx, namespace, target);
    if (!pods) {
      sync.warn('SelectorRequired', 'selector is required');
      sync.set('ScalingActive', { status: 'False', reason: 'InvalidSelector', message: "the HPA target's scale is missing a selector" });
      sync.warn('FailedComputeMetricsReplicas', 'selector is required');
      return writeStatus(sync, { ...base, currentReplicas: current });
    }
    let proposal;
    try {
      proposal = computeReplicas(sync, current, pods);
    } catch (err) {
      sync.warn('FailedComputeMetricsReplicas', (err as Error).message);
      return writeStatus(sync, { ...base, currentReplicas: current });
    }
    statuses = proposal.statuses;
    utilization = proposal.utilization;
    desired = proposal.replicas;
    if (desired > current) reason = `${proposal.name} above target`;
    if (desired < current) reason = 'All metrics below target';
    const behavior = spec.behavior as { scaleUp: ScalingRules; scaleDown: ScalingRules } | undefined;
    const normalized = behavior ? normalizeWithBehavior(history, now, behavior, current, desired, min, max) : normalizeWithoutBehavior(history, now, current, desired, min, max);
    sync.set('AbleToScale', normalized.ableToScale);
    sync.set('ScalingLimited', normalized.scalingLimited);
    desired = normalized.replicas;
    rescale = desired !== current;
  }
  ctx.cluster.touchSim();
  let lastScaleTime = base.lastScaleTime;
  if (rescale) {
    ctx.client.update(kind.resource, { ...target, spec: { ...target.spec, replicas: desired } });
    sync.set('AbleToScale', { status: 'True', reason: 'SucceededRescale', message: `the HPA controller was able to update the target scale to ${desired}` });
    ctx.event(hpa, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`);
    if (spec.behavior) recordScaleEvent(history, spec.behavior, current, desired, now);
    lastScaleTime = isoTime(now);
  } else {
    desired = current;
  }
  writeStatus(sync, {
    ...base,
    currentReplicas: current,
    desiredReplicas: desired,
    lastScaleTime,
    ...(v1 ? { currentCPUUtilizationPercentage: utilization } : { currentMetrics: statuses }),
  });
}

function reconcile(key: string, ctx: SimContext): ReconcileResult | void {
  const { namespace, name } = splitKey(key);
  const hpa = ctx.get(HPAS, namespace, name);
  let timers = armed.get(ctx.cluster);
  if (!timers) armed.set(ctx.cluster, (timers = new Map()));
  if (!hpa) {
    timers.delete(key);
    const state = networkingState(ctx.cluster);
    if (state.hpa[key]) {
      delete state.hpa[key];
      ctx.cluster.touchSim();
    }
    return;
  }
  const now = ctx.now();
  const next = timers.get(key);
  if (next !== undefined && next > now) return;
  reconcileAutoscaler(ctx, key, hpa);
  timers.set(key, now + SYNC_PERIOD_MS);
  return { requeueAfter: SYNC_PERIOD_MS };
}

/** The HorizontalPodAutoscaler controller (source component horizontal-pod-autoscaler). */
export function horizontalPodAutoscalerController(): Controller {
  return { name: 'horizontal-pod-autoscaler', watches: [{ resource: HPAS }], reconcile };
}
