/** `kubectl get replicasets`: DESIRED CURRENT READY. */
import { containerCells, int, selectorCell, templateContainers } from './format.js';
import { age, ageColumn, column, containersColumn, imagesColumn, nameColumn, nameOf, type Printer } from './printer.js';

export const replicaSetPrinter: Printer = {
  columns: [
    nameColumn,
    column('Desired', 'integer', 'Replicas is the number of desired replicas.'),
    column('Current', 'integer', 'Replicas is the most recently observed number of replicas.'),
    column('Ready', 'integer', 'The number of ready replicas for this replica set.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    column('Selector', 'string', 'Selector is a label query over pods that should match the replica count.', 1),
  ],
  cells(rs, { now }) {
    const [names, images] = containerCells(templateContainers(rs));
    return [
      nameOf(rs),
      rs.spec?.replicas ?? 1,
      int(rs.status?.replicas),
      int(rs.status?.readyReplicas),
      age(rs, now),
      names,
      images,
      selectorCell(rs.spec?.selector),
    ];
  },
};
