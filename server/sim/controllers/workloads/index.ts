/** The workloads controllers, in the order a tick runs them: ReplicaSets before Deployments so a
 * Deployment always reads its ReplicaSets' fresh status. */
import type { Controller } from '../../controller.js';
import { replicaSetController } from './replica-set.js';
import { deploymentController } from './deployment.js';

export function workloadsControllers(): Controller[] {
  return [replicaSetController(), deploymentController()];
}
