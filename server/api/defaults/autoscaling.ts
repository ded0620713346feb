/** autoscaling HorizontalPodAutoscaler defaults (v2: minReplicas, the 80% CPU metric, behavior rules). */
import type { KObject } from '../../../shared/k8s/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const DEFAULT_CPU_UTILIZATION = 80;

function scaleUpRules(rules: Json): Json {
  const r = rules ?? {};
  r.stabilizationWindowSeconds ??= 0;
  r.selectPolicy ||= 'Max';
  if (!r.policies?.length) {
    r.policies = [
      { type: 'Pods', value: 4, periodSeconds: 15 },
      { type: 'Percent', value: 100, periodSeconds: 15 },
    ];
  }
  return r;
}

function scaleDownRules(rules: Json): Json {
  const r = rules ?? {};
  r.stabilizationWindowSeconds ??= 300;
  r.selectPolicy ||= 'Max';
  if (!r.policies?.length) r.policies = [{ type: 'Percent', value: 100, periodSeconds: 15 }];
  return r;
}

/** Mutates an HPA in place. autoscaling/v1 gets only minReplicas; its CPU target stays as written. */
export function defaultHorizontalPodAutoscaler(hpa: KObject): void {
  const spec = (hpa.spec ??= {});
  spec.minReplicas ??= 1;
  if (hpa.apiVersion === 'autoscaling/v1') return;
  if (!spec.metrics?.length) {
    spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  }
  // Rules are filled in only when the user wrote a behavior at all.
  if (spec.behavior) {
    spec.behavior.scaleUp = scaleUpRules(spec.behavior.scaleUp);
    spec.behavior.scaleDown = scaleDownRules(spec.behavior.scaleDown);
  }
}
