/** `kubectl get serviceaccounts`: SECRETS counts the listed secrets (0 since token secrets are no longer made). */
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

export const serviceAccountPrinter: Printer = {
  columns: [nameColumn, column('Secrets', 'string', 'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use.'), ageColumn],
  cells: (sa, { now }) => [nameOf(sa), (sa.secrets ?? []).length, age(sa, now)],
};
