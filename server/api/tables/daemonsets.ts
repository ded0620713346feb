/** `kubectl get daemonsets`: the scheduling counters and the template's NODE SELECTOR. */
import { containerCells, formatLabels, int, selectorCell, templateContainers } from './format.js';
import { age, ageColumn, column, containersColumn, imagesColumn, nameColumn, nameOf, type Printer } from './printer.js';

export const daemonSetPrinter: Printer = {
  columns: [
    nameColumn,
    column('Desired', 'integer', 'The total number of nodes that should be running the daemon pod.'),
    column('Current', 'integer', 'The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.'),
    column('Ready', 'integer', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.'),
    column('Up-to-date', 'integer', 'The total number of nodes that are running updated daemon pod'),
    column('Available', 'integer', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available.'),
    column('Node Selector', 'string', 'NodeSelector is a selector which must be true for the pod to fit on a node.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    column('Selector', 'string', 'A label query over pods that are managed by the daemon set.', 1),
  ],
  cells(ds, { now }) {
    const status = ds.status ?? {};
    const [names, images] = containerCells(templateContainers(ds));
    return [
      nameOf(ds),
      int(status.desiredNumberScheduled),
      int(status.currentNumberScheduled),
      int(status.numberReady),
      int(status.updatedNumberScheduled),
      int(status.numberAvailable),
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      age(ds, now),
      names,
      images,
      selectorCell(ds.spec?.selector),
    ];
  },
};
