/** The disruption controller: keeps each PodDisruptionBudget's status (expectedPods, currentHealthy,
 * desiredHealthy, disruptionsAllowed, the DisruptionAllowed condition) in line with its pods and their
 * controllers' scale, so the eviction API can honour it. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { matchesLabelSelector } from '../../../../shared/k8s/selectors.js';
import type { Controller, SimContext } from '../../controller.js';
import { splitKey } from '../../controller.js';
import { isoTime } from '../../time.js';
import { isPodReady } from './pod-status.js';

export const DISRUPTION_CONTROLLER = 'disruption-controller';
const PDB = 'poddisruptionbudgets.policy';
const SOURCE = { component: 'controllermanager' };

type IntOrString = number | string;

/** An int-or-percent scaled against a total, rounding up (GetScaledValueFromIntOrPercent with roundUp). */
function scaled(v: IntOrString, total: number): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return Number.parseInt(v, 10) || 0;
  return Math.ceil((Number(m[1]) * total) / 100);
}

/** Creates the disruption controller. */
export function disruptionController(): Controller {
  const nsKey = (obj: KObject) => [`ns:${obj.metadata.namespace}`];
  return {
    name: DISRUPTION_CONTROLLER,
    watches: [
      { resource: PDB },
      { resource: 'pods', keys: nsKey },
      { resource: 'replicasets.apps', keys: nsKey },
      { resource: 'deployments.apps', keys: nsKey },
      { resource: 'statefulsets.apps', keys: nsKey },
    ],
    reconcile(key, ctx) {
      if (key.startsWith('ns:')) {
        const ns = key.slice(3);
        for (const pdb of ctx.list(PDB, ns)) sync(ctx, pdb);
        return;
      }
      const { namespace, name } = splitKey(key);
      const pdb = ctx.get(PDB, namespace, name);
      if (pdb) sync(ctx, pdb);
    },
  };
}

function sync(ctx: SimContext, pdb: KObject): void {
  if (pdb.metadata.deletionTimestamp) return;
  const ns = pdb.metadata.namespace!;
  const pods = ctx.list('pods', ns).filter((p) => matchesLabelSelector(pdb.spec?.selector, p.metadata.labels));
  const currentHealthy = pods.filter((p) => !p.metadata.deletionTimestamp && isPodReady(p)).length;
  let status: Record<string, unknown>;
  let failure: string | undefined;
  try {
    const { expected, desired } = expectedCount(ctx, pdb, pods);
    status = {
      observedGeneration: pdb.metadata.generation,
      disruptionsAllowed: Math.max(0, currentHealthy - desired),
      currentHealthy,
      desiredHealthy: desired,
      expectedPods: expected,
    };
  } catch (err) {
    failure = (err as Error).message;
    status = {
      observedGeneration: pdb.metadata.generation,
      disruptionsAllowed: 0,
      currentHealthy,
      desiredHealthy: pdb.status?.desiredHealthy ?? 0,
      expectedPods: pdb.status?.expectedPods ?? 0,
    };
  }
  const allowed = (status.disruptionsAllowed as number) > 0;
  const condition = failure
    ? { type: 'DisruptionAllowed', status: 'False', reason: 'SyncFailed', message: failure }
    : { type: 'DisruptionAllowed', status: allowed ? 'True' : 'False', reason: allowed ? 'SufficientPods' : 'InsufficientPods', message: '' };
  const old = (pdb.status?.conditions ?? []).find((c: { type: string }) => c.type === 'DisruptionAllowed');
  const conditions = [
    {
      ...condition,
      observedGeneration: pdb.metadata.generation,
      lastTransitionTime: old && old.status === condition.status ? old.lastTransitionTime : isoTime(ctx.now()),
    },
  ];
  const next = { ...status, ...(pdb.status?.disruptedPods ? { disruptedPods: pdb.status.disruptedPods } : {}), conditions };
  if (JSON.stringify(next) === JSON.stringify(pdb.status ?? {})) return;
  const stored = ctx.client.updateStatus(PDB, { ...pdb, status: next });
  if (failure) ctx.event(stored, 'Warning', 'CalculateExpectedPodCountFailed', `Failed to calculate the number of expected pods: ${failure}`, SOURCE);
  else if (pods.length === 0) ctx.event(stored, 'Normal', 'NoPods', 'No matching pods found', SOURCE);
}

/** expectedPods and desiredHealthy as getExpectedPodCount computes them. */
function expectedCount(ctx: SimContext, pdb: KObject, pods: KObject[]): { expected: number; desired: number } {
  const spec = pdb.spec ?? {};
  if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) {
    const expected = expectedScale(ctx, pods);
    return { expected, desired: Math.max(0, expected - scaled(spec.maxUnavailable, expected)) };
  }
  const min: IntOrString = spec.minAvailable ?? 1;
  if (typeof min === 'number' || !min.endsWith('%')) return { expected: pods.length, desired: scaled(min, pods.length) };
  const expected = expectedScale(ctx, pods);
  return { expected, desired: scaled(min, expected) };
}

/** Sum of the scale of the pods' controllers (a Deployment's replicas for its ReplicaSets' pods). */
function expectedScale(ctx: SimContext, pods: KObject[]): number {
  const scales = new Map<string, number>();
  const ns = pods[0]?.metadata.namespace;
  for (const pod of pods) {
    const ref = pod.metadata.ownerReferences?.find((o) => o.controller);
    const found = ref ? controllerScale(ctx, ns!, ref.kind, ref.name, ref.uid) : undefined;
    if (!found) throw new Error(`found no controllers for pod "${pod.metadata.name}"`);
    scales.set(found.uid, found.replicas);
  }
  let total = 0;
  for (const n of scales.values()) total += n;
  return total;
}

function controllerScale(ctx: SimContext, ns: string, kind: string, name: string, uid: string): { uid: string; replicas: number } | undefined {
  if (kind === 'StatefulSet') {
    const sts = ctx.get('statefulsets.apps', ns, name);
    return sts && sts.metadata.uid === uid ? { uid, replicas: sts.spec?.replicas ?? 1 } : undefined;
  }
  if (kind !== 'ReplicaSet') return undefined;
  const rs = ctx.get('replicasets.apps', ns, name);
  if (!rs || rs.metadata.uid !== uid) return undefined;
  const owner = rs.metadata.ownerReferences?.find((o) => o.controller && o.kind === 'Deployment');
  if (owner) {
    const d = ctx.get('deployments.apps', ns, owner.name);
    if (d && d.metadata.uid === owner.uid) return { uid: owner.uid, replicas: d.spec?.replicas ?? 1 };
  }
  return { uid, replicas: rs.spec?.replicas ?? 1 };
}
