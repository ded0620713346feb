/** Pod defaults: SetDefaults_Pod plus what create-time admission adds (service account, priority,
 * default not-ready/unreachable tolerations) and the initial status the pod strategy writes. */
import { cpuMillis, isValidQuantity, memoryBytes } from '../../../shared/k8s/quantity.js';
import type { KObject } from '../../../shared/k8s/types.js';
import { defaultPodSpec } from './pod-spec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const DEFAULT_TOLERATION_SECONDS = 300;
const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

/** Requests default to limits for resources that only have a limit (pods only, never templates). */
function requestsFromLimits(c: Json): void {
  const limits = c.resources?.limits;
  if (!limits) return;
  c.resources.requests ??= {};
  for (const [name, q] of Object.entries(limits)) if (!(name in c.resources.requests)) c.resources.requests[name] = q;
}

function tolerates(tolerations: Json[], key: string): boolean {
  return tolerations.some(
    (t) => (t.key === key || (!t.key && t.operator === 'Exists')) && (!t.effect || t.effect === 'NoExecute'),
  );
}

function same(a: unknown, b: unknown, scale: (q: string | number) => number): boolean {
  if (!isValidQuantity(a) || !isValidQuantity(b)) return false;
  return scale(a as string) === scale(b as string);
}

/** qos.GetPodQOS: Guaranteed when every container's cpu and memory requests equal their limits. */
export function podQOSClass(spec: Json): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers: Json[] = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  const any = containers.some((c) => Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0);
  if (!any) return 'BestEffort';
  const guaranteed = containers.every((c) => {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    return same(req.cpu, lim.cpu, cpuMillis) && same(req.memory, lim.memory, memoryBytes);
  });
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** Mutates a Pod in place. */
export function defaultPod(pod: KObject): void {
  pod.spec ??= {};
  const spec = pod.spec;
  defaultPodSpec(spec);
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) requestsFromLimits(c);
  spec.serviceAccountName ||= 'default';
  spec.serviceAccount ||= spec.serviceAccountName;
  if (spec.priority === undefined && !spec.priorityClassName) spec.priority = 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  const tolerations: Json[] = (spec.tolerations ??= []);
  for (const key of [NOT_READY, UNREACHABLE]) {
    if (!tolerates(tolerations, key)) tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
  }
  pod.status ??= {};
  pod.status.phase ||= 'Pending';
  pod.status.qosClass ||= podQOSClass(spec);
}
