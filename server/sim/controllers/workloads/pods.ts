/** Pod facts the workload controllers share: readiness, availability, ownership and pod construction. */
import type { KObject, OwnerReference } from '../../../../shared/k8s/types.js';
import { labelSelectorToRequirements, matchesRequirements, type LabelSelector } from '../../../../shared/k8s/selectors.js';
import { parseTime } from '../../time.js';
import type { SimContext } from '../../controller.js';

/** Whether a pod is on its way out (deletionTimestamp set). */
export function isTerminating(pod: KObject): boolean {
  return !!pod.metadata.deletionTimestamp;
}

/** controller.IsPodActive: not finished and not being deleted. */
export function isPodActive(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !isTerminating(pod);
}

/** The pod's Ready condition, if any. */
function readyCondition(pod: KObject): { status?: string; lastTransitionTime?: string } | undefined {
  return (pod.status?.conditions as { type: string; status?: string; lastTransitionTime?: string }[] | undefined)?.find((c) => c.type === 'Ready');
}

/** Whether the pod reports condition Ready=True. */
export function isPodReady(pod: KObject): boolean {
  return readyCondition(pod)?.status === 'True';
}

/** Simulated ms since the pod became Ready (NaN when not ready). */
export function readySince(pod: KObject): number {
  return isPodReady(pod) ? parseTime(readyCondition(pod)?.lastTransitionTime) : NaN;
}

/** podutil.IsPodAvailable: Ready for at least minReadySeconds. */
export function isPodAvailable(pod: KObject, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const since = readySince(pod);
  return !Number.isNaN(since) && since + minReadySeconds * 1000 <= now;
}

/** Ms until a ready-but-not-yet-available pod becomes available (undefined when nothing is pending). */
export function untilAvailable(pod: KObject, minReadySeconds: number, now: number): number | undefined {
  if (!minReadySeconds || !isPodReady(pod)) return undefined;
  const at = readySince(pod) + minReadySeconds * 1000;
  return at > now ? at - now : undefined;
}

/** The controlling owner reference of an object. */
export function controllerRef(obj: KObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((o) => o.controller);
}

/** The owner reference a controller puts on what it creates. */
export function ownerRefTo(owner: KObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

/** A compiled label selector (nil selects nothing, {} everything), parsed once per reconcile. */
export function selectorMatcher(sel: LabelSelector | undefined | null): (labels: Record<string, string> | undefined) => boolean {
  if (!sel) return () => false;
  try {
    const reqs = labelSelectorToRequirements(sel);
    return (labels) => matchesRequirements(reqs, labels);
  } catch {
    return () => false;
  }
}

/** Objects of `resource` in a namespace, unsorted (hot path). */
export function inNamespace(ctx: SimContext, resource: string, namespace: string | undefined): KObject[] {
  const out: KObject[] = [];
  for (const o of ctx.cluster.store.values(resource)) if (o.metadata.namespace === namespace) out.push(o);
  return out;
}

export interface ClaimResult {
  /** Objects controlled by the owner that still match its selector. */
  owned: KObject[];
}

/** ClaimObjects like the controller ref manager: adopts matching orphans, releases owned ones that no longer
 * match, and returns what the owner controls. Adoption and release write through the client. */
export function claim(ctx: SimContext, resource: string, owner: KObject, candidates: KObject[], matches: (labels: Record<string, string> | undefined) => boolean): ClaimResult {
  const uid = owner.metadata.uid;
  const owned: KObject[] = [];
  const deleting = !!owner.metadata.deletionTimestamp;
  for (const obj of candidates) {
    const ref = controllerRef(obj);
    if (ref) {
      if (ref.uid !== uid) continue;
      if (matches(obj.metadata.labels)) owned.push(obj);
      else if (!deleting && !isTerminating(obj)) release(ctx, resource, obj, uid!);
      continue;
    }
    if (deleting || isTerminating(obj) || !matches(obj.metadata.labels)) continue;
    owned.push(ctx.client.update(resource, { ...obj, metadata: { ...obj.metadata, ownerReferences: [...(obj.metadata.ownerReferences ?? []), ownerRefTo(owner)] } }));
  }
  return { owned };
}

function release(ctx: SimContext, resource: string, obj: KObject, uid: string): void {
  const refs = (obj.metadata.ownerReferences ?? []).filter((o) => o.uid !== uid);
  ctx.client.update(resource, { ...obj, metadata: { ...obj.metadata, ownerReferences: refs.length ? refs : undefined } });
}

/** A pod built from a template (controller.GetPodFromTemplate): labels, annotations, finalizers, spec. */
export function podFromTemplate(template: KObject['spec'], owner: KObject, extra: { name?: string; generateName?: string; labels?: Record<string, string> } = {}): KObject {
  const tm = template?.metadata ?? {};
  const labels = { ...(tm.labels ?? {}), ...(extra.labels ?? {}) };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(extra.name ? { name: extra.name } : { generateName: extra.generateName ?? `${owner.metadata.name}-` }),
      namespace: owner.metadata.namespace,
      labels,
      ...(tm.annotations ? { annotations: { ...tm.annotations } } : {}),
      ...(tm.finalizers ? { finalizers: [...tm.finalizers] } : {}),
      ownerReferences: [ownerRefTo(owner)],
    },
    spec: structuredClone(template?.spec ?? {}),
  };
}

/** Resolves an int-or-percent against a total (intstr.GetScaledValueFromIntOrPercent). */
export function scaledValue(v: number | string | undefined, total: number, roundUp: boolean): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return Number(v) || 0;
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

/** Writes a status only when it differs (a converged controller makes no writes). */
export function updateStatusIfChanged(ctx: SimContext, resource: string, obj: KObject, status: Record<string, unknown>): KObject {
  if (sameJson(obj.status ?? {}, status)) return obj;
  return ctx.client.updateStatus(resource, { ...obj, status });
}

/** Deep equality of JSON values ignoring undefined members. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameJson(ao[k], bo[k])) return false;
  return true;
}

/** Drops zero-valued counters the API serialises with omitempty. */
export function omitZero(status: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out = { ...status };
  for (const k of keys) if (out[k] === 0) delete out[k];
  return out;
}
