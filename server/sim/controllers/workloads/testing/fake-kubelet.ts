/** A stand-in kubelet for the workload controllers' unit tests: binds pods to a node, makes them Running
 * and Ready after a delay, finishes run-to-completion pods, and removes deleted pods at once. */
import type { KObject } from '../../../../../shared/k8s/types.js';
import type { Controller } from '../../../controller.js';
import { isoTime } from '../../../time.js';

export interface FakeKubeletOptions {
  /** Ms from creation until Ready (per pod; default 1000). */
  readyAfter?: (pod: KObject) => number;
  /** Exit code of a pod whose restartPolicy is not Always, decided at start (default 0). */
  exitCode?: (pod: KObject) => number;
  /** Ms a run-to-completion pod runs before it exits (default 5000). */
  runFor?: number;
  /** Ms a deleted pod stays Terminating before it is removed (default 0). */
  terminateAfter?: number;
  /** Node for pods without one (default worker-1). */
  node?: (pod: KObject) => string;
}

/** The fake kubelet controller; deterministic, time-driven through requeueAfter. */
export function fakeKubelet(opts: FakeKubeletOptions = {}): Controller {
  const readyAfter = opts.readyAfter ?? (() => 1000);
  const runFor = opts.runFor ?? 5000;
  return {
    name: 'fake-kubelet',
    watches: [{ resource: 'pods' }],
    reconcile(key, ctx) {
      const [ns, name] = key.split('/');
      const pod = ctx.get('pods', ns, name);
      if (!pod) return;
      if (pod.metadata.deletionTimestamp) {
        const requested = Date.parse(pod.metadata.deletionTimestamp) - (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000;
        const at = requested + (opts.terminateAfter ?? 0);
        if (ctx.now() < at) return { requeueAfter: at - ctx.now() };
        ctx.remove('pods', ns, name);
        return;
      }
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') return;
      const now = ctx.now();
      const created = Date.parse(pod.metadata.creationTimestamp!);
      const t = isoTime(now);
      if (!pod.spec.nodeName) {
        ctx.put('pods', { ...pod, spec: { ...pod.spec, nodeName: opts.node?.(pod) ?? 'worker-1' }, status: { ...pod.status, conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: t }] } });
        return { requeueAfter: Math.max(1, created + readyAfter(pod) - now) };
      }
      const due = created + readyAfter(pod);
      if (phase !== 'Running') {
        if (now < due) return { requeueAfter: due - now };
        const conds = [{ type: 'PodScheduled', status: 'True', lastTransitionTime: t }, { type: 'Ready', status: 'True', lastTransitionTime: t }];
        ctx.put('pods', { ...pod, status: { ...pod.status, phase: 'Running', startTime: t, conditions: conds } });
        return pod.spec.restartPolicy === 'Always' ? undefined : { requeueAfter: runFor };
      }
      if (pod.spec.restartPolicy === 'Always') return;
      const started = Date.parse(pod.status.startTime);
      if (now < started + runFor) return { requeueAfter: started + runFor - now };
      const code = opts.exitCode?.(pod) ?? 0;
      ctx.put('pods', { ...pod, status: { ...pod.status, phase: code === 0 ? 'Succeeded' : 'Failed', conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: t }, { type: 'Ready', status: 'False', reason: code === 0 ? 'PodCompleted' : 'PodFailed', lastTransitionTime: t }] } });
    },
  };
}
