/** The TTL-after-finished controller: deletes a finished Job (and, in the foreground, its pods) once
 * `ttlSecondsAfterFinished` has passed since it completed or failed. */
import { type Controller, splitKey } from '../../controller.js';
import { jobFinished } from './job.js';

/** The ttl-after-finished-controller. */
export function ttlAfterFinishedController(): Controller {
  return {
    name: 'ttl-after-finished-controller',
    watches: [{ resource: 'jobs.batch' }],
    reconcile(key, ctx) {
      const { namespace, name } = splitKey(key);
      const job = ctx.get('jobs.batch', namespace, name);
      const ttl = job?.spec?.ttlSecondsAfterFinished;
      if (!job || ttl === undefined || ttl === null || job.metadata.deletionTimestamp) return;
      const finished = jobFinished(job);
      if (!finished) return;
      const at = finished.at + ttl * 1000;
      if (ctx.now() < at) return { requeueAfter: at - ctx.now() };
      ctx.client.delete('jobs.batch', namespace, name, { propagationPolicy: 'Foreground' });
    },
  };
}
