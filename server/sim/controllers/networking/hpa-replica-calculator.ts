/** The HPA's replica calculator for resource metrics (replica_calculator.go): usage over requests of the
 * target's pods, a 10% tolerance, unready pods counted as idle on scale-up and pods without metrics
 * counted as idle on scale-up or fully used on scale-down, never flipping the scale direction. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { cpuMillis, memoryBytes } from '../../../../shared/k8s/quantity.js';
import { parseTime } from '../../time.js';

export const TOLERANCE = 0.1;
/** --horizontal-pod-autoscaler-cpu-initialization-period */
const CPU_INITIALIZATION_MS = 5 * 60_000;
/** --horizontal-pod-autoscaler-initial-readiness-delay */
const INITIAL_READINESS_DELAY_MS = 30_000;
/** metrics-server's sample window. */
const METRIC_WINDOW_MS = 15_000;

export type ResourceName = 'cpu' | 'memory';

export interface ResourceReplicas {
  replicas: number;
  /** Average utilization in percent of requests (integer, as the controller computes it). */
  utilization: number;
  /** Average usage per pod, milli-units. */
  rawAverage: number;
}

/** Milli-value of a pod's request for a resource; throws like calculatePodRequests when one is missing. */
function podRequest(pod: KObject, resource: ResourceName): number {
  let total = 0;
  for (const c of pod.spec?.containers ?? []) {
    const q = c.resources?.requests?.[resource];
    if (q === undefined) throw new Error(`missing request for ${resource} in container ${c.name} of Pod ${pod.metadata.name}`);
    total += resource === 'cpu' ? cpuMillis(q) : memoryBytes(q) * 1000;
  }
  return total;
}

function readyCondition(pod: KObject): { status: string; lastTransitionTime?: string } | undefined {
  return (pod.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');
}

/** groupPods: whether a pod with a sample still counts as unready for CPU (just started or just ready). */
function unreadyForCpu(pod: KObject, now: number): boolean {
  const cond = readyCondition(pod);
  const start = parseTime(pod.status?.startTime);
  if (!cond || Number.isNaN(start)) return true;
  const transition = parseTime(cond.lastTransitionTime);
  if (start + CPU_INITIALIZATION_MS > now) return cond.status !== 'True' || now < transition + METRIC_WINDOW_MS;
  return cond.status !== 'True' && start + INITIAL_READINESS_DELAY_MS > transition;
}

function usageRatio(metrics: Map<string, number>, requests: Map<string, number>, target: number): { ratio: number; utilization: number; raw: number } {
  let used = 0;
  let requested = 0;
  let n = 0;
  for (const [pod, value] of metrics) {
    const r = requests.get(pod);
    if (r === undefined) continue;
    used += value;
    requested += r;
    n++;
  }
  if (requested === 0) throw new Error('no metrics returned matched known pods');
  const utilization = Math.floor((used * 100) / requested);
  return { ratio: utilization / target, utilization, raw: Math.floor(used / n) };
}

/**
 * GetResourceReplicas: desired replicas for a utilization target (percent). `samples` maps pod names to
 * usage in milli-units (absent: no metrics). An AverageValue target passes `perPodTarget` (milli-units)
 * with target 100, which compares usage to that value instead of to requests. Throws the controller's
 * error messages.
 */
export function resourceReplicas(
  currentReplicas: number,
  target: number,
  resource: ResourceName,
  pods: KObject[],
  samples: Map<string, number>,
  now: number,
  perPodTarget?: number,
): ResourceReplicas {
  if (samples.size === 0) throw new Error(`unable to get metrics for resource ${resource}: no metrics returned from resource metrics API`);
  if (pods.length === 0) throw new Error('no pods returned by selector while calculating replica count');
  const metrics = new Map<string, number>();
  const unready: string[] = [];
  const missing: string[] = [];
  let ready = 0;
  for (const pod of pods) {
    const name = pod.metadata.name!;
    if (pod.metadata.deletionTimestamp || pod.status?.phase === 'Failed') continue;
    if (pod.status?.phase === 'Pending' || !pod.status?.phase) {
      unready.push(name);
      continue;
    }
    const value = samples.get(name);
    if (value === undefined) {
      missing.push(name);
      continue;
    }
    if (resource === 'cpu' && unreadyForCpu(pod, now)) {
      unready.push(name);
      continue;
    }
    metrics.set(name, value);
    ready++;
  }
  const requests = new Map(pods.map((p) => [p.metadata.name!, perPodTarget ?? podRequest(p, resource)]));
  if (metrics.size === 0) throw new Error('did not receive metrics for any ready pods');
  const first = usageRatio(metrics, requests, target);
  const result = (replicas: number): ResourceReplicas => ({ replicas, utilization: first.utilization, rawAverage: first.raw });
  const rebalanceUnready = unready.length > 0 && first.ratio > 1;
  if (!rebalanceUnready && missing.length === 0) {
    if (Math.abs(1 - first.ratio) <= TOLERANCE) return result(currentReplicas);
    return result(Math.ceil(first.ratio * ready));
  }
  if (missing.length > 0) {
    for (const name of missing) {
      if (first.ratio < 1) metrics.set(name, requests.get(name)!);
      else if (first.ratio > 1) metrics.set(name, 0);
    }
  }
  if (rebalanceUnready) for (const name of unready) metrics.set(name, 0);
  const second = usageRatio(metrics, requests, target).ratio;
  if (Math.abs(1 - second) <= TOLERANCE || (first.ratio < 1 && second > 1) || (first.ratio > 1 && second < 1)) return result(currentReplicas);
  const replicas = Math.ceil(second * metrics.size);
  if ((second < 1 && replicas > currentReplicas) || (second > 1 && replicas < currentReplicas)) return result(currentReplicas);
  return result(replicas);
}

/** A milli-value as a Quantity string (resource.NewMilliQuantity, DecimalSI). */
export function milliQuantity(milli: number): string {
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}
