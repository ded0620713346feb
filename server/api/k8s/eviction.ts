/** POST pods/x/eviction (policy/v1): a delete that respects PodDisruptionBudgets, as `kubectl drain` uses. */
import type { KObject, Status } from '../../../shared/k8s/types.js';
import { matchesLabelSelector } from '../../../shared/k8s/selectors.js';
import type { Cluster } from '../../sim/cluster.js';
import type { Scope } from '../registry/context.js';
import { getObject } from '../registry/read.js';
import { deleteObject } from '../registry/delete.js';
import { StatusError } from './status.js';

export function evictPod(cluster: Cluster, scope: Scope, body: unknown, dryRun: boolean): Status {
  const pod = getObject(cluster, scope);
  const eviction = (body ?? {}) as KObject;
  if (eviction.metadata?.name && eviction.metadata.name !== scope.name) {
    throw new StatusError(400, 'BadRequest', `name in URL does not match name in Eviction object`);
  }
  if (!pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed') {
    for (const pdb of cluster.store.values('poddisruptionbudgets.policy')) {
      if (pdb.metadata.namespace !== pod.metadata.namespace) continue;
      if (!matchesLabelSelector(pdb.spec?.selector, pod.metadata.labels)) continue;
      if ((pdb.status?.disruptionsAllowed ?? 0) <= 0) {
        throw new StatusError(429, 'TooManyRequests', "Cannot evict pod as it would violate the pod's disruption budget.", {
          causes: [{ reason: 'DisruptionBudget', message: `The disruption budget ${pdb.metadata.name} needs ${pdb.status?.desiredHealthy ?? 0} healthy pods and has ${pdb.status?.currentHealthy ?? 0} currently` }],
        });
      }
    }
  }
  const opts = eviction.deleteOptions ?? {};
  deleteObject(cluster, scope, { gracePeriodSeconds: opts.gracePeriodSeconds, preconditions: opts.preconditions, dryRun });
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 };
}
