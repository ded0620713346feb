/** `kubectl get namespaces`: NAME STATUS AGE. */
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

export const namespacePrinter: Printer = {
  columns: [nameColumn, column('Status', 'string', 'The status of the namespace'), ageColumn],
  cells: (ns, { now }) => [nameOf(ns), ns.status?.phase ?? '', age(ns, now)],
};
