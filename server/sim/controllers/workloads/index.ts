/** The workloads controllers, in the order a tick runs them: ReplicaSets before Deployments so a
 * Deployment always reads its ReplicaSets' fresh status; Jobs before CronJobs likewise. */
import type { Controller } from '../../controller.js';
import { replicaSetController } from './replica-set.js';
import { deploymentController } from './deployment.js';
import { daemonSetController } from './daemon-set.js';
import { statefulSetController } from './stateful-set.js';
import { jobController } from './job.js';
import { cronJobController } from './cron-job.js';
import { ttlAfterFinishedController } from './ttl-after-finished.js';

export function workloadsControllers(): Controller[] {
  return [replicaSetController(), deploymentController(), daemonSetController(), statefulSetController(), jobController(), cronJobController(), ttlAfterFinishedController()];
}
