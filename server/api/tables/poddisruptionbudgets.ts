/** `kubectl get pdb`: MIN AVAILABLE / MAX UNAVAILABLE as written ('N/A' when unset), ALLOWED DISRUPTIONS. */
import { int } from './format.js';
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

function intOrString(value: unknown): string {
  return value === undefined || value === null ? 'N/A' : String(value);
}

export const podDisruptionBudgetPrinter: Printer = {
  columns: [
    nameColumn,
    column('Min Available', 'string', 'The minimum number of pods that must be available.'),
    column('Max Unavailable', 'string', 'The maximum number of pods that may be unavailable.'),
    column('Allowed Disruptions', 'integer', 'Calculated number of pods that may be disrupted at this time.'),
    ageColumn,
  ],
  cells: (pdb, { now }) => [
    nameOf(pdb),
    intOrString(pdb.spec?.minAvailable),
    intOrString(pdb.spec?.maxUnavailable),
    int(pdb.status?.disruptionsAllowed),
    age(pdb, now),
  ],
};
