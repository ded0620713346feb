/** `kubectl get cronjobs`: SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE. */
import { containerCells, selectorCell } from './format.js';
import { age, ageColumn, column, containersColumn, imagesColumn, nameColumn, nameOf, since, type Printer } from './printer.js';

function boolPtr(value: unknown): string {
  if (typeof value !== 'boolean') return '<unset>';
  return value ? 'True' : 'False';
}

export const cronJobPrinter: Printer = {
  columns: [
    nameColumn,
    column('Schedule', 'string', 'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.'),
    column('Timezone', 'string', 'The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones.'),
    column('Suspend', 'boolean', 'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.'),
    column('Active', 'integer', 'A list of pointers to currently running jobs.'),
    column('Last Schedule', 'string', 'Information when was the last time the job was successfully scheduled.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    column('Selector', 'string', 'A label query over pods that should match the pod count.', 1),
  ],
  cells(cj, { now }) {
    const jobSpec = cj.spec?.jobTemplate?.spec ?? {};
    const [names, images] = containerCells(jobSpec.template?.spec?.containers);
    const last = cj.status?.lastScheduleTime;
    return [
      nameOf(cj),
      cj.spec?.schedule ?? '',
      cj.spec?.timeZone ?? '<none>',
      boolPtr(cj.spec?.suspend),
      (cj.status?.active ?? []).length,
      last ? since(last, now) : '<none>',
      age(cj, now),
      names,
      images,
      selectorCell(jobSpec.selector),
    ];
  },
};
