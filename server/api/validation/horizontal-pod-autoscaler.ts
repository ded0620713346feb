/** autoscaling HorizontalPodAutoscaler validation (v2 metrics and behavior, v1 target CPU). */
import type { KObject } from '../../../shared/k8s/types.js';
import { type FieldError, invalid, notSupported, required } from './field-error.js';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const METRIC_TYPES = ['Object', 'Pods', 'Resource', 'ContainerResource', 'External'];
const TARGET_TYPES = ['Utilization', 'Value', 'AverageValue'];

function validateTarget(target: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!target?.type) errs.push(required(`${path}.type`, 'must specify a metric target type'));
  else if (!TARGET_TYPES.includes(target.type)) errs.push(notSupported(`${path}.type`, target.type, TARGET_TYPES));
  if (target?.averageUtilization !== undefined && target.averageUtilization < 1) {
    errs.push(invalid(`${path}.averageUtilization`, target.averageUtilization, 'must be greater than 0'));
  }
  if (target?.type === 'Utilization' && target.averageUtilization === undefined) {
    errs.push(required(`${path}.averageUtilization`, 'must set either a target raw value or a target utilization'));
  }
  if (target?.type === 'Value' && target.value === undefined) errs.push(required(`${path}.value`, 'must set either a target value for metric or a per-pod target'));
  if (target?.type === 'AverageValue' && target.averageValue === undefined) errs.push(required(`${path}.averageValue`, 'must set either a target value for metric or a per-pod target'));
  return errs;
}

function validateMetrics(metrics: Json[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  (metrics ?? []).forEach((m, i) => {
    const p = `spec.metrics[${i}]`;
    if (!m.type) {
      errs.push(required(`${p}.type`, 'must specify a metric source type'));
      return;
    }
    if (!METRIC_TYPES.includes(m.type)) {
      errs.push(notSupported(`${p}.type`, m.type, METRIC_TYPES));
      return;
    }
    const key = m.type === 'ContainerResource' ? 'containerResource' : m.type.toLowerCase();
    const source = m[key];
    if (!source) {
      errs.push(required(`${p}.${key}`, `must populate information for the given metric source (only allowed when type is ${m.type})`));
      return;
    }
    if ((m.type === 'Resource' || m.type === 'ContainerResource') && !source.name) errs.push(required(`${p}.${key}.name`, 'must specify a resource name'));
    if (m.type === 'ContainerResource' && !source.container) errs.push(required(`${p}.${key}.container`, 'must specify a container'));
    if ((m.type === 'Pods' || m.type === 'Object' || m.type === 'External') && !source.metric?.name) errs.push(required(`${p}.${key}.metric.name`, 'must specify a metric name'));
    errs.push(...validateTarget(source.target, `${p}.${key}.target`));
  });
  return errs;
}

function validateRules(rules: Json, path: string): FieldError[] {
  if (!rules) return [];
  const errs: FieldError[] = [];
  const w = rules.stabilizationWindowSeconds;
  if (typeof w === 'number' && (w < 0 || w > 3600)) errs.push(invalid(`${path}.stabilizationWindowSeconds`, w, w < 0 ? 'must be greater than or equal to zero' : 'must be less than or equal to 3600'));
  const sp = rules.selectPolicy;
  if (sp !== undefined && !['Max', 'Min', 'Disabled'].includes(sp)) errs.push(notSupported(`${path}.selectPolicy`, sp, ['Max', 'Min', 'Disabled']));
  const policies: Json[] = rules.policies ?? [];
  if (policies.length === 0) errs.push(required(`${path}.policies`, 'must specify at least one Policy'));
  policies.forEach((pol, i) => {
    const p = `${path}.policies[${i}]`;
    if (pol.type !== 'Pods' && pol.type !== 'Percent') errs.push(notSupported(`${p}.type`, pol.type ?? '', ['Pods', 'Percent']));
    if (!(pol.value > 0)) errs.push(invalid(`${p}.value`, pol.value ?? 0, 'must be greater than zero'));
    if (!(pol.periodSeconds > 0)) errs.push(invalid(`${p}.periodSeconds`, pol.periodSeconds ?? 0, 'must be greater than zero'));
    else if (pol.periodSeconds > 1800) errs.push(invalid(`${p}.periodSeconds`, pol.periodSeconds, 'must be less than or equal to 1800'));
  });
  return errs;
}

function validateSpec(obj: KObject): FieldError[] {
  const spec = obj.spec ?? {};
  const errs: FieldError[] = [];
  const ref = spec.scaleTargetRef ?? {};
  if (!ref.kind) errs.push(required('spec.scaleTargetRef.kind'));
  if (!ref.name) errs.push(required('spec.scaleTargetRef.name'));
  const min = spec.minReplicas;
  if (typeof min === 'number' && min < 1) errs.push(invalid('spec.minReplicas', min, 'must be greater than or equal to 1'));
  const max = spec.maxReplicas;
  if (typeof max !== 'number' || max < 1) errs.push(invalid('spec.maxReplicas', max ?? 0, 'must be greater than 0'));
  else if (typeof min === 'number' && max < min) errs.push(invalid('spec.maxReplicas', max, 'must be greater than or equal to `minReplicas`'));
  if (obj.apiVersion === 'autoscaling/v1') {
    const cpu = spec.targetCPUUtilizationPercentage;
    if (typeof cpu === 'number' && cpu < 1) errs.push(invalid('spec.targetCPUUtilizationPercentage', cpu, 'must be greater than 0'));
    return errs;
  }
  errs.push(...validateMetrics(spec.metrics));
  errs.push(...validateRules(spec.behavior?.scaleUp, 'spec.behavior.scaleUp'));
  errs.push(...validateRules(spec.behavior?.scaleDown, 'spec.behavior.scaleDown'));
  return errs;
}

/** Validates a HorizontalPodAutoscaler of either served version. */
export function validateHorizontalPodAutoscaler(obj: KObject, old: KObject | undefined): FieldError[] {
  const meta = old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain);
  return [...meta, ...validateSpec(obj)];
}
