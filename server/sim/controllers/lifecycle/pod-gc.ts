/** The pod garbage collector: force-deletes pods bound to nodes that no longer exist (after the 40 s
 * quarantine, marking them Failed with a DisruptionTarget condition first), terminating pods that were
 * never scheduled, and the oldest terminated pods above terminated-pod-gc-threshold. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller, SimContext } from '../../controller.js';
import type { Cluster } from '../../cluster.js';
import { splitKey } from '../../controller.js';
import { isPodTerminated, podsOnNode, withPodCondition } from './pod-status.js';

export const POD_GC = 'pod-garbage-collector';
/** How long a node must stay missing before its pods are treated as orphans. */
export const QUARANTINE_MS = 40_000;
/** kube-controller-manager --terminated-pod-gc-threshold. */
export const TERMINATED_POD_GC_THRESHOLD = 12_500;

const TERMINATED_KEY = '#terminated';

/** When each missing node was first seen missing. */
function missingNodes(cluster: Cluster): Record<string, number> {
  const s = cluster.sim as { podGC?: Record<string, number> };
  return (s.podGC ??= {});
}

/** Creates the pod GC controller (optionally with a lower terminated-pod threshold, for tests). */
export function podGCController(threshold = TERMINATED_POD_GC_THRESHOLD): Controller {
  return {
    name: POD_GC,
    watches: [
      {
        resource: 'pods',
        keys: (pod) => {
          const keys = [`pod:${pod.metadata.namespace}/${pod.metadata.name}`];
          if (isPodTerminated(pod)) keys.push(TERMINATED_KEY);
          return keys;
        },
      },
      { resource: 'nodes', keys: (node, change) => (change.type === 'DELETED' ? [`node:${node.metadata.name}`] : []) },
    ],
    reconcile(key, ctx) {
      if (key === TERMINATED_KEY) return gcTerminated(ctx, threshold);
      if (key.startsWith('node:')) return gcOrphans(ctx, key.slice(5));
      const { namespace, name } = splitKey(key.slice(4));
      const pod = ctx.get('pods', namespace, name);
      if (!pod) return;
      const nodeName: string | undefined = pod.spec?.nodeName;
      if (!nodeName) {
        if (pod.metadata.deletionTimestamp) forceDelete(ctx, pod);
        return;
      }
      if (!ctx.get('nodes', undefined, nodeName)) ctx.enqueue(`node:${nodeName}`);
    },
  };
}

/** Pods of a node missing for the whole quarantine are marked Failed and force-deleted. */
function gcOrphans(ctx: SimContext, nodeName: string) {
  const missing = missingNodes(ctx.cluster);
  if (ctx.get('nodes', undefined, nodeName)) {
    if (missing[nodeName] !== undefined) {
      delete missing[nodeName];
      ctx.cluster.touchSim();
    }
    return;
  }
  const now = ctx.now();
  if (missing[nodeName] === undefined) {
    missing[nodeName] = now;
    ctx.cluster.touchSim();
  }
  const due = missing[nodeName] + QUARANTINE_MS;
  if (now < due) return { requeueAfter: due - now };
  delete missing[nodeName];
  ctx.cluster.touchSim();
  for (const pod of podsOnNode(ctx, nodeName)) {
    let current = pod;
    if (!isPodTerminated(pod)) {
      const marked = withPodCondition(pod, { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists' }, now);
      current = ctx.client.updateStatus('pods', { ...(marked ?? pod), status: { ...(marked ?? pod).status, phase: 'Failed' } });
    }
    forceDelete(ctx, current);
  }
}

/** Deletes the oldest terminated pods above the threshold. */
function gcTerminated(ctx: SimContext, threshold: number) {
  const terminated: KObject[] = [];
  for (const p of ctx.cluster.store.values('pods')) if (isPodTerminated(p) && !p.metadata.deletionTimestamp) terminated.push(p);
  const excess = terminated.length - threshold;
  if (excess <= 0) return;
  terminated.sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
  for (const pod of terminated.slice(0, excess)) forceDelete(ctx, pod);
}

function forceDelete(ctx: SimContext, pod: KObject): void {
  ctx.client.delete('pods', pod.metadata.namespace, pod.metadata.name!, { gracePeriodSeconds: 0 });
}
