/** The table of resources without a dedicated printer: NAME and AGE. */
import { age, ageColumn, nameColumn, nameOf, type Printer } from './printer.js';

export const defaultPrinter: Printer = {
  columns: [nameColumn, ageColumn],
  cells: (obj, { now }) => [nameOf(obj), age(obj, now)],
};
