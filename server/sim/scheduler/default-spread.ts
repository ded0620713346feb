/** The selector the system default topology spreading uses: the labels of the Services selecting the pod
 * and of the ReplicaSet or StatefulSet controlling it (helper.DefaultSelector). */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Cluster } from '../cluster.js';
import type { DefaultSpreadSelector } from './types.js';

const CONTROLLERS: Record<string, string> = {
  ReplicaSet: 'replicasets.apps',
  StatefulSet: 'statefulsets.apps',
};

function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** The merged matchLabels, or undefined when nothing selects the pod. */
export function defaultSpreadSelector(cluster: Cluster, pod: KObject): DefaultSpreadSelector | undefined {
  const labels = pod.metadata.labels ?? {};
  const ns = pod.metadata.namespace;
  const matchLabels: Record<string, string> = {};
  let found = false;
  for (const svc of cluster.store.values('services')) {
    if (svc.metadata.namespace !== ns || !selects(svc.spec?.selector, labels)) continue;
    Object.assign(matchLabels, svc.spec.selector);
    found = true;
  }
  const owner = (pod.metadata.ownerReferences ?? []).find((o) => o.controller && CONTROLLERS[o.kind]);
  const controller = owner && cluster.store.get(CONTROLLERS[owner.kind], ns, owner.name);
  if (controller) {
    const sel = controller.spec?.selector?.matchLabels as Record<string, string> | undefined;
    if (sel && Object.keys(sel).length) {
      Object.assign(matchLabels, sel);
      found = true;
    }
  }
  return found ? { matchLabels } : undefined;
}
