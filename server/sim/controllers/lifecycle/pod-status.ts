/** Small pod helpers shared by the lifecycle controllers: readiness, conditions, pods bound to a node. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { SimContext } from '../../controller.js';
import { isoTime } from '../../time.js';

export interface PodConditionInput {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
}

/** Whether the pod's Ready condition is True. */
export function isPodReady(pod: KObject): boolean {
  return (pod.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
}

/** Whether the pod reached a terminal phase. */
export function isPodTerminated(pod: KObject): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** The pod with a condition set as the API's UpdatePodCondition does (transition time moves only when the
 * status changes), or undefined when nothing would change. */
export function withPodCondition(pod: KObject, cond: PodConditionInput, now: number): KObject | undefined {
  const conditions: Record<string, unknown>[] = [...(pod.status?.conditions ?? [])];
  const i = conditions.findIndex((c) => c.type === cond.type);
  const old = i >= 0 ? conditions[i] : undefined;
  if (old && old.status === cond.status && old.reason === cond.reason && old.message === cond.message) return undefined;
  const next: Record<string, unknown> = {
    type: cond.type,
    status: cond.status,
    lastProbeTime: null,
    lastTransitionTime: old && old.status === cond.status ? old.lastTransitionTime : isoTime(now),
    ...(cond.reason ? { reason: cond.reason } : {}),
    ...(cond.message ? { message: cond.message } : {}),
  };
  if (i >= 0) conditions[i] = next;
  else conditions.push(next);
  return { ...pod, status: { ...(pod.status ?? {}), conditions } };
}

/** Pods bound to a node, sorted by namespace/name (the store's node index). */
export function podsOnNode(ctx: SimContext, node: string): KObject[] {
  return ctx.cluster.store.onNode('pods', node).sort((a, b) => podKey(a).localeCompare(podKey(b)));
}

/** `namespace/name` of a pod. */
export function podKey(pod: KObject): string {
  return `${pod.metadata.namespace}/${pod.metadata.name}`;
}
