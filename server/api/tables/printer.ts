/** The contract every per-kind printer implements, plus the cell helpers they share. */
import { ageSince } from '../../../shared/k8s/duration.js';
import type { KObject, TableColumnDefinition } from '../../../shared/k8s/types.js';

/** What a printer needs beyond the object itself. */
export interface PrintContext {
  /** Simulated clock, ms since epoch. */
  now: number;
}

/** metav1.TableRowCondition: kube-apiserver marks finished pods with a Completed condition. */
export interface RowCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/** Column definitions and the row function of one kind, as in kube-apiserver's printers. */
export interface Printer {
  columns: TableColumnDefinition[];
  /** Cells for every column, wide ones included: the server always prints wide and kubectl drops priority-1
   * columns unless asked for `-o wide`. */
  cells(obj: KObject, ctx: PrintContext): unknown[];
  conditions?(obj: KObject): RowCondition[] | undefined;
}

/** A column definition; priority 1 marks a wide-only column. */
export function column(name: string, type: string, description: string, priority = 0, format = ''): TableColumnDefinition {
  return { name, type, format, description, priority };
}

/** The Name column every printer starts with. */
export const nameColumn = column(
  'Name',
  'string',
  'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
  0,
  'name',
);

/** The Age column: creationTimestamp as a human duration. */
export const ageColumn = column(
  'Age',
  'string',
  'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC. Populated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
);

/** Wide columns shared by the workload printers. */
export const containersColumn = column('Containers', 'string', 'Names of each container in the template.', 1);
export const imagesColumn = column('Images', 'string', 'Images referenced by each container in the template.', 1);

/** translateTimestampSince: how long ago an RFC 3339 timestamp was, '<unknown>' when unset. */
export const since = ageSince;

/** The Age cell of an object. */
export function age(obj: KObject, now: number): string {
  return since(obj.metadata.creationTimestamp, now);
}

/** The object's name, '' when missing (as Go prints a zero string). */
export function nameOf(obj: KObject): string {
  return obj.metadata.name ?? '';
}
