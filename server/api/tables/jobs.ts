/** `kubectl get jobs`: STATUS from the conditions, COMPLETIONS and DURATION. */
import { humanDuration } from '../../../shared/k8s/duration.js';
import type { KObject } from '../../../shared/k8s/types.js';
import { conditionTrue, containerCells, int, selectorCell, templateContainers } from './format.js';
import { age, ageColumn, column, containersColumn, imagesColumn, nameColumn, nameOf, type Printer } from './printer.js';

/** The Job STATUS cell: Complete, Failed, Terminating, Suspended, FailureTarget or Running. */
export function jobStatus(job: KObject): string {
  const conditions = job.status?.conditions;
  if (conditionTrue(conditions, 'Complete')) return 'Complete';
  if (conditionTrue(conditions, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (conditionTrue(conditions, 'Suspended')) return 'Suspended';
  if (conditionTrue(conditions, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function completions(job: KObject): string {
  const succeeded = int(job.status?.succeeded);
  const wanted = job.spec?.completions;
  if (typeof wanted === 'number') return `${succeeded}/${wanted}`;
  const parallelism = int(job.spec?.parallelism);
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(job: KObject, now: number): string {
  const start = job.status?.startTime;
  if (!start) return '';
  const end = job.status?.completionTime ? Date.parse(job.status.completionTime) : now;
  return humanDuration(end - Date.parse(start));
}

export const jobPrinter: Printer = {
  columns: [
    nameColumn,
    column('Status', 'string', 'Status of the job.'),
    column('Completions', 'string', 'The number of pods which reached phase Succeeded.'),
    column('Duration', 'string', 'Time required to complete the job.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    column('Selector', 'string', 'A label query over pods that should match the pod count.', 1),
  ],
  cells(job, { now }) {
    const [names, images] = containerCells(templateContainers(job));
    return [
      nameOf(job),
      jobStatus(job),
      completions(job),
      jobDuration(job, now),
      age(job, now),
      names,
      images,
      selectorCell(job.spec?.selector),
    ];
  },
};
