/** `kubectl get hpa`: REFERENCE, TARGETS like 'cpu: 42%/50%' (or '<unknown>' before metrics), MINPODS, MAXPODS. */
import type { KObject } from '../../../shared/k8s/types.js';
import { int, quantity } from './format.js';
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

interface MetricTarget {
  type?: string;
  value?: string;
  averageValue?: string;
  averageUtilization?: number;
}

interface MetricSpec {
  type: string;
  resource?: { name: string; target: MetricTarget };
  containerResource?: { name: string; target: MetricTarget };
  pods?: { target: MetricTarget };
  object?: { target: MetricTarget };
  external?: { target: MetricTarget };
}

interface MetricValue {
  value?: string;
  averageValue?: string;
  averageUtilization?: number;
}

type MetricStatus = Partial<Record<'resource' | 'containerResource' | 'pods' | 'object' | 'external', { current?: MetricValue }>>;

const MAX = 2;

/** What Go's (*Quantity)(nil).String() prints for a missing quantity. */
const NIL = '<nil>';

function q(value: string | undefined): string {
  return value === undefined ? NIL : quantity(value);
}

/** autoscaling/v1 objects carry one CPU target; the v1 → internal conversion turns it into a Resource metric. */
function metricsOf(hpa: KObject): { specs: MetricSpec[]; statuses: MetricStatus[] } {
  const spec = hpa.spec ?? {};
  if (Array.isArray(spec.metrics)) return { specs: spec.metrics, statuses: hpa.status?.currentMetrics ?? [] };
  if (typeof spec.targetCPUUtilizationPercentage !== 'number') return { specs: [], statuses: [] };
  const current = hpa.status?.currentCPUUtilizationPercentage;
  return {
    specs: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: spec.targetCPUUtilizationPercentage } } }],
    statuses: typeof current === 'number' ? [{ resource: { current: { averageUtilization: current } } }] : [],
  };
}

function valueOrAverage(target: MetricTarget, current: MetricValue | undefined, hasStatus: boolean): string {
  if (target.averageValue !== undefined) {
    const now = hasStatus && current?.averageValue !== undefined ? q(current.averageValue) : '<unknown>';
    return `${now}/${q(target.averageValue)} (avg)`;
  }
  const now = hasStatus ? q(current?.value) : '<unknown>';
  return `${now}/${q(target.value)}`;
}

function resourceTarget(name: string, target: MetricTarget, current: MetricValue | undefined, hasStatus: boolean): string {
  if (target.averageValue !== undefined) {
    const now = hasStatus ? q(current?.averageValue) : '<unknown>';
    return `${name}: ${now}/${q(target.averageValue)}`;
  }
  const now = hasStatus && typeof current?.averageUtilization === 'number' ? `${current.averageUtilization}%` : '<unknown>';
  const want = typeof target.averageUtilization === 'number' ? `${target.averageUtilization}%` : '<auto>';
  return `${name}: ${now}/${want}`;
}

/** formatHPAMetrics: the TARGETS cell, two metrics at most then ' + N more...'. */
export function hpaTargets(hpa: KObject): string {
  const { specs, statuses } = metricsOf(hpa);
  if (specs.length === 0) return '<none>';
  const list = specs.map((spec, i) => {
    const status = statuses[i];
    switch (spec.type) {
      case 'External':
        return valueOrAverage(spec.external?.target ?? {}, status?.external?.current, !!status?.external);
      case 'Pods': {
        const now = status?.pods ? q(status.pods.current?.averageValue) : '<unknown>';
        return `${now}/${q(spec.pods?.target.averageValue)}`;
      }
      case 'Object':
        return valueOrAverage(spec.object?.target ?? {}, status?.object?.current, !!status?.object);
      case 'Resource':
        return resourceTarget(spec.resource?.name ?? '', spec.resource?.target ?? {}, status?.resource?.current, !!status?.resource);
      case 'ContainerResource':
        return resourceTarget(
          spec.containerResource?.name ?? '',
          spec.containerResource?.target ?? {},
          status?.containerResource?.current,
          !!status?.containerResource,
        );
      default:
        return '<unknown type>';
    }
  });
  const joined = list.slice(0, MAX).join(', ');
  return list.length > MAX ? `${joined} + ${list.length - MAX} more...` : joined;
}

export const horizontalPodAutoscalerPrinter: Printer = {
  columns: [
    nameColumn,
    column('Reference', 'string', 'reference to scaled resource; horizontal pod autoscaler will learn the current resource consumption and will set the desired number of pods by using its Scale subresource.'),
    column('Targets', 'string', 'the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used).'),
    column('MinPods', 'string', 'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.'),
    column('MaxPods', 'string', 'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up.'),
    column('Replicas', 'string', 'currentReplicas is current number of replicas of pods managed by this autoscaler.'),
    ageColumn,
  ],
  cells(hpa, { now }) {
    const spec = hpa.spec ?? {};
    const ref = spec.scaleTargetRef ?? {};
    return [
      nameOf(hpa),
      `${ref.kind ?? ''}/${ref.name ?? ''}`,
      hpaTargets(hpa),
      typeof spec.minReplicas === 'number' ? String(spec.minReplicas) : '<unset>',
      int(spec.maxReplicas),
      int(hpa.status?.currentReplicas),
      age(hpa, now),
    ];
  },
};
