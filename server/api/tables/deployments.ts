/** `kubectl get deployments`: READY ready/desired, UP-TO-DATE, AVAILABLE. */
import { containerCells, int, selectorString, templateContainers } from './format.js';
import { age, ageColumn, column, containersColumn, imagesColumn, nameColumn, nameOf, type Printer } from './printer.js';

export const deploymentPrinter: Printer = {
  columns: [
    nameColumn,
    column('Ready', 'string', 'Number of the pod with ready state'),
    column('Up-to-date', 'string', 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'),
    column('Available', 'string', 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    column('Selector', 'string', 'Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.', 1),
  ],
  cells(deploy, { now }) {
    const [names, images] = containerCells(templateContainers(deploy));
    return [
      nameOf(deploy),
      `${int(deploy.status?.readyReplicas)}/${deploy.spec?.replicas ?? 1}`,
      int(deploy.status?.updatedReplicas),
      int(deploy.status?.availableReplicas),
      age(deploy, now),
      names,
      images,
      selectorString(deploy.spec?.selector),
    ];
  },
};
