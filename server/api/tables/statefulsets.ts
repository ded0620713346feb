/** `kubectl get statefulsets`: READY ready/desired. */
import { containerCells, int, templateContainers } from './format.js';
import { age, ageColumn, column, containersColumn, imagesColumn, nameColumn, nameOf, type Printer } from './printer.js';

export const statefulSetPrinter: Printer = {
  columns: [nameColumn, column('Ready', 'string', 'Number of the pod with ready state'), ageColumn, containersColumn, imagesColumn],
  cells(sts, { now }) {
    const [names, images] = containerCells(templateContainers(sts));
    return [nameOf(sts), `${int(sts.status?.readyReplicas)}/${sts.spec?.replicas ?? 1}`, age(sts, now), names, images];
  },
};
