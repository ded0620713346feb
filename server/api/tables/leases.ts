/** `kubectl get leases`: NAME HOLDER AGE. */
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

export const leasePrinter: Printer = {
  columns: [nameColumn, column('Holder', 'string', 'holderIdentity contains the identity of the holder of a current lease.'), ageColumn],
  cells: (lease, { now }) => [nameOf(lease), lease.spec?.holderIdentity ?? '', age(lease, now)],
};
