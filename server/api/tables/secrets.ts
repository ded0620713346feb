/** `kubectl get secrets`: NAME TYPE DATA AGE. */
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

export const secretPrinter: Printer = {
  columns: [
    nameColumn,
    column('Type', 'string', 'Used to facilitate programmatic handling of secret data.'),
    column('Data', 'string', 'Data contains the secret data.'),
    ageColumn,
  ],
  cells: (secret, { now }) => [nameOf(secret), secret.type ?? '', Object.keys(secret.data ?? {}).length, age(secret, now)],
};
