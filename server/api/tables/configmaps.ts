/** `kubectl get configmaps`: DATA counts data and binaryData keys. */
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

export const configMapPrinter: Printer = {
  columns: [nameColumn, column('Data', 'string', 'Data contains the configuration data.'), ageColumn],
  cells: (cm, { now }) => [nameOf(cm), Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length, age(cm, now)],
};
