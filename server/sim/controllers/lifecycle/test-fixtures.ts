/** Test helpers for the lifecycle controllers: a stand-in kubelet that honours node reachability (pods on
 * an unreachable node neither start nor finish terminating), pod builders and fault injection. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { Controller } from '../../controller.js';
import type { TestCluster } from '../../testing/harness.js';
import { kubeletReachable } from '../../faults-state.js';
import { systemClient } from '../../../api/registry/system-client.js';
import { isoTime } from '../../time.js';
import { applyFault, type FaultSpec } from './fault-actions.js';
import { NODE_LIFECYCLE } from './node-lifecycle.js';

/** A kubelet that makes bound pods Running and Ready at once and removes deleted pods after their grace
 * period, only while the node's kubelet is reachable. */
export function reachableKubelet(): Controller {
  return {
    name: 'test-kubelet',
    watches: [
      { resource: 'pods' },
      // A node heard again finishes the work it missed: re-examine its pods.
      { resource: 'nodes', keys: (node) => [`node:${node.metadata.name}`] },
    ],
    reconcile(key, ctx) {
      if (key.startsWith('node:')) {
        const node = key.slice(5);
        for (const p of ctx.cluster.store.values('pods')) if (p.spec?.nodeName === node) ctx.enqueue(`${p.metadata.namespace}/${p.metadata.name}`);
        return;
      }
      const [ns, name] = key.split('/');
      const pod = ctx.get('pods', ns, name);
      if (!pod?.spec?.nodeName || !ctx.get('nodes', undefined, pod.spec.nodeName)) return;
      if (!kubeletReachable(ctx.cluster, pod.spec.nodeName)) return;
      const now = ctx.now();
      if (pod.metadata.deletionTimestamp) {
        const at = Date.parse(pod.metadata.deletionTimestamp);
        if (now < at) return { requeueAfter: at - now };
        ctx.remove('pods', ns, name);
        return;
      }
      if (pod.status?.phase !== 'Pending') return;
      const t = isoTime(now);
      const conditions = [
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: t },
        { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: t },
      ];
      const containerStatuses = (pod.spec.containers ?? []).map((c: { name: string; image: string }) => ({
        name: c.name,
        image: c.image,
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: t } },
      }));
      ctx.put('pods', { ...pod, status: { ...pod.status, phase: 'Running', startTime: t, conditions, containerStatuses } });
    },
  };
}

/** A bare pod bound to a node (BestEffort unless `requests` is given). */
export function boundPod(t: TestCluster, name: string, node: string, extra: { labels?: Record<string, string>; requests?: Record<string, string>; namespace?: string; tolerations?: unknown[] } = {}): KObject {
  return t.create('pods', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: extra.namespace ?? 'default', labels: extra.labels ?? { app: 'web' } },
    spec: {
      nodeName: node,
      containers: [{ name: 'app', image: 'nginx:1.27', ...(extra.requests ? { resources: { requests: extra.requests } } : {}) }],
      ...(extra.tolerations ? { tolerations: extra.tolerations } : {}),
    },
  });
}

/** Applies a fault as the faults API does and lets the cluster react at the current time. */
export function injectFault(t: TestCluster, fault: FaultSpec): void {
  const client = systemClient(t.cluster);
  t.cluster.write(() =>
    applyFault(t.cluster, fault, {
      client,
      nodeChanged: (node) => {
        if (t.engine.controllers.some((c) => c.name === NODE_LIFECYCLE)) t.engine.enqueue(NODE_LIFECYCLE, node);
      },
    }),
  );
  t.settle();
}

/** The condition of a type on an object's status. */
export function conditionOf(obj: KObject | undefined, type: string): Record<string, string> | undefined {
  return obj?.status?.conditions?.find((c: { type: string }) => c.type === type);
}
