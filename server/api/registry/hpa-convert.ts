/** HorizontalPodAutoscaler autoscaling/v1 ↔ v2 conversion. Both versions share one storage key and objects are
 * stored as v2; v1 clients get v1-shaped objects. What v1 cannot express (other metrics, behavior, conditions)
 * rides in annotations, as the real API server does, so a v1 read-modify-write keeps it. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { ResourceInfo } from '../../../shared/k8s/resources.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const V1 = 'autoscaling/v1';
const V2 = 'autoscaling/v2';
const ANN = {
  metrics: 'autoscaling.alpha.kubernetes.io/metrics',
  currentMetrics: 'autoscaling.alpha.kubernetes.io/current-metrics',
  behavior: 'autoscaling.alpha.kubernetes.io/behavior',
  conditions: 'autoscaling.alpha.kubernetes.io/conditions',
} as const;

function isCpuUtilization(m: Json): boolean {
  return m?.type === 'Resource' && m.resource?.name === 'cpu' && m.resource?.target?.type === 'Utilization';
}

function isCpuStatus(m: Json): boolean {
  return m?.type === 'Resource' && m.resource?.name === 'cpu';
}

function parseAnnotation(value: string | undefined): Json {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** The v1 view of a stored (v2) HPA. */
export function hpaToV1(obj: KObject): KObject {
  if (obj.apiVersion === V1) return obj;
  const spec: Json = obj.spec ?? {};
  const status: Json = obj.status;
  const metrics: Json[] = spec.metrics ?? [];
  const cpu = metrics.find(isCpuUtilization);
  const others = metrics.filter((m) => m !== cpu);
  const annotations: Record<string, string> = { ...(obj.metadata.annotations ?? {}) };
  if (others.length) annotations[ANN.metrics] = JSON.stringify(others);
  if (spec.behavior) annotations[ANN.behavior] = JSON.stringify(spec.behavior);
  const out: KObject = {
    ...obj,
    apiVersion: V1,
    metadata: { ...obj.metadata },
    spec: withoutUndefined({
      scaleTargetRef: spec.scaleTargetRef,
      minReplicas: spec.minReplicas,
      maxReplicas: spec.maxReplicas,
      targetCPUUtilizationPercentage: cpu?.resource?.target?.averageUtilization,
    }),
  };
  if (status) {
    const current: Json[] = status.currentMetrics ?? [];
    const cpuNow = current.find(isCpuStatus);
    const otherNow = current.filter((m) => m !== cpuNow);
    if (otherNow.length) annotations[ANN.currentMetrics] = JSON.stringify(otherNow);
    if (status.conditions?.length) annotations[ANN.conditions] = JSON.stringify(status.conditions);
    out.status = withoutUndefined({
      observedGeneration: status.observedGeneration,
      lastScaleTime: status.lastScaleTime,
      currentReplicas: status.currentReplicas ?? 0,
      desiredReplicas: status.desiredReplicas ?? 0,
      currentCPUUtilizationPercentage: cpuNow?.resource?.current?.averageUtilization,
    });
  }
  if (Object.keys(annotations).length) out.metadata.annotations = annotations;
  return out;
}

/** The v2 (storage) form of an HPA written through autoscaling/v1. */
export function hpaToV2(obj: KObject): KObject {
  if (obj.apiVersion !== V1) return obj;
  const spec: Json = obj.spec ?? {};
  const status: Json = obj.status;
  const annotations: Record<string, string> = { ...(obj.metadata.annotations ?? {}) };
  const otherMetrics: Json[] = parseAnnotation(annotations[ANN.metrics]) ?? [];
  const behavior = parseAnnotation(annotations[ANN.behavior]);
  const otherCurrent: Json[] = parseAnnotation(annotations[ANN.currentMetrics]) ?? [];
  const conditions = parseAnnotation(annotations[ANN.conditions]);
  for (const key of Object.values(ANN)) delete annotations[key];
  const metrics: Json[] = [];
  if (typeof spec.targetCPUUtilizationPercentage === 'number') {
    metrics.push({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: spec.targetCPUUtilizationPercentage } } });
  }
  metrics.push(...(Array.isArray(otherMetrics) ? otherMetrics : []));
  const metadata = { ...obj.metadata };
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  else delete metadata.annotations;
  const out: KObject = {
    ...obj,
    apiVersion: V2,
    metadata,
    // Other spec fields pass through so unknown-field validation still sees them.
    spec: withoutUndefined({
      ...spec,
      targetCPUUtilizationPercentage: undefined,
      metrics: metrics.length ? metrics : undefined,
      behavior: behavior ?? undefined,
    }),
  };
  if (status) {
    const current: Json[] = [];
    if (typeof status.currentCPUUtilizationPercentage === 'number') {
      current.push({ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: status.currentCPUUtilizationPercentage } } });
    }
    current.push(...(Array.isArray(otherCurrent) ? otherCurrent : []));
    out.status = withoutUndefined({
      ...status,
      currentCPUUtilizationPercentage: undefined,
      currentMetrics: current.length ? current : undefined,
      conditions: Array.isArray(conditions) ? conditions : undefined,
    });
  }
  return out;
}

function isV1Hpa(info: Pick<ResourceInfo, 'group' | 'version' | 'resource'>): boolean {
  return info.group === 'autoscaling' && info.version === 'v1' && info.resource === 'horizontalpodautoscalers';
}

/** An object as the path's version serves it (only autoscaling/v1 HPAs differ from storage). */
export function toServedVersion<T extends KObject>(info: Pick<ResourceInfo, 'group' | 'version' | 'resource'>, obj: T): T {
  return isV1Hpa(info) && obj.kind === 'HorizontalPodAutoscaler' ? (hpaToV1(obj) as T) : obj;
}

/** An object written through the path's version in its storage form. */
export function toStorageVersion(info: Pick<ResourceInfo, 'group' | 'version' | 'resource'>, obj: KObject): KObject {
  return isV1Hpa(info) ? hpaToV2(obj) : obj;
}
