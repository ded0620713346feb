/** Behaviour checks: break a fork of the cluster and see whether the learner's setup recovers. */
import type { ExerciseCheck } from '../../shared/exercises/schema.js';
import type { Cluster } from '../sim/cluster.js';
import { injectFault } from './faults.js';
import { forkInMemory, type Sandbox } from './sandbox.js';
import { assertObjects, type Verdict } from './state-check.js';
import { selectObjects } from './select.js';

type BehaviourCheck = Extract<ExerciseCheck, { type: 'behaviour' }>;

function workers(cluster: Cluster): string[] {
  return cluster.store
    .list('nodes')
    .filter((n) => !('node-role.kubernetes.io/control-plane' in (n.metadata.labels ?? {})))
    .map((n) => n.metadata.name!);
}

/** The worker whose loss hurts most: the one running the most pods of the checked objects' namespace. */
function busiestWorker(cluster: Cluster, namespace: string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const p of cluster.store.list('pods', namespace)) {
    const node = p.spec?.nodeName;
    if (node) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  return workers(cluster).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))[0];
}

/** Breaks the sandbox the way the faults API breaks a live playground (`delete-pod` deletes through the API). */
function breakSandbox(sb: Sandbox, fault: BehaviourCheck['fault'], target: string): void {
  sb.cluster.write(() => {
    if (fault.type === 'delete-pod') sb.client.delete('pods', fault.namespace ?? 'default', target);
    else injectFault(sb.cluster, { type: fault.type, target, namespace: fault.namespace });
  });
}

export function behaviourCheck(check: BehaviourCheck, cluster: Cluster): Verdict {
  const targets =
    check.fault.target === 'each-worker' ? workers(cluster) : check.fault.target === 'any-worker' ? [busiestWorker(cluster, check.select.namespace)].filter((x): x is string => !!x) : [check.fault.target];
  if (targets.length === 0) return { passed: false, message: 'no worker node to break' };
  for (const target of targets) {
    const sb = forkInMemory(cluster);
    breakSandbox(sb, check.fault, target);
    sb.advance(check.advanceSeconds * 1000);
    const v = assertObjects(selectObjects(sb.cluster, check.select), check.select, check.assert, check.any);
    if (!v.passed) return { passed: false, message: `after ${check.fault.type} ${target} and ${check.advanceSeconds}s: ${v.message}` };
  }
  return { passed: true, message: `recovered from ${check.fault.type} of ${targets.join(', ')} within ${check.advanceSeconds}s` };
}
