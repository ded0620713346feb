/** Server-side Table printing (meta.k8s.io/v1 Table), what `kubectl get` shows, per kube-apiserver's printers. */
import type { ResourceInfo } from '../../../shared/k8s/resources.js';
import type { KObject, ObjectMeta, Table, TableRow } from '../../../shared/k8s/types.js';
import { configMapPrinter } from './configmaps.js';
import { cronJobPrinter } from './cronjobs.js';
import { daemonSetPrinter } from './daemonsets.js';
import { defaultPrinter } from './default.js';
import { deploymentPrinter } from './deployments.js';
import { endpointsPrinter } from './endpoints.js';
import { endpointSlicePrinter } from './endpointslices.js';
import { eventPrinter } from './events.js';
import { horizontalPodAutoscalerPrinter } from './horizontalpodautoscalers.js';
import { ingressPrinter } from './ingresses.js';
import { jobPrinter } from './jobs.js';
import { leasePrinter } from './leases.js';
import { namespacePrinter } from './namespaces.js';
import { nodePrinter } from './nodes.js';
import { persistentVolumeClaimPrinter } from './persistentvolumeclaims.js';
import { podDisruptionBudgetPrinter } from './poddisruptionbudgets.js';
import { podPrinter } from './pods.js';
import type { Printer, RowCondition } from './printer.js';
import { replicaSetPrinter } from './replicasets.js';
import { secretPrinter } from './secrets.js';
import { serviceAccountPrinter } from './serviceaccounts.js';
import { servicePrinter } from './services.js';
import { statefulSetPrinter } from './statefulsets.js';

/** Objects a printer needs beyond the one it prints. None of the served kinds needs any yet: every cell
 * kube-apiserver prints comes from the object itself. */
export interface RelatedObjects {
  readonly [kind: string]: readonly KObject[] | undefined;
}

export interface TableOptions {
  /** Simulated clock, ms since epoch: AGE and the other durations are measured against it. */
  now: number;
  /** What each row carries in `object`: PartialObjectMetadata (default), the full object, or nothing. */
  includeObject?: 'None' | 'Metadata' | 'Object';
  resourceVersion?: string;
  continue?: string;
  related?: RelatedObjects;
}

/** A Table row with the conditions kube-apiserver attaches to finished pods. */
export interface PrintedRow extends TableRow {
  conditions?: RowCondition[];
}

/** Printers by `<group>/<resource>`: versions of one group print alike. */
const PRINTERS: Record<string, Printer> = {
  '/pods': podPrinter,
  '/nodes': nodePrinter,
  '/namespaces': namespacePrinter,
  '/services': servicePrinter,
  '/endpoints': endpointsPrinter,
  '/configmaps': configMapPrinter,
  '/secrets': secretPrinter,
  '/events': eventPrinter,
  '/serviceaccounts': serviceAccountPrinter,
  '/persistentvolumeclaims': persistentVolumeClaimPrinter,
  'apps/deployments': deploymentPrinter,
  'apps/replicasets': replicaSetPrinter,
  'apps/daemonsets': daemonSetPrinter,
  'apps/statefulsets': statefulSetPrinter,
  'batch/jobs': jobPrinter,
  'batch/cronjobs': cronJobPrinter,
  'autoscaling/horizontalpodautoscalers': horizontalPodAutoscalerPrinter,
  'networking.k8s.io/ingresses': ingressPrinter,
  'discovery.k8s.io/endpointslices': endpointSlicePrinter,
  'coordination.k8s.io/leases': leasePrinter,
  'policy/poddisruptionbudgets': podDisruptionBudgetPrinter,
};

/** The printer of a resource, the NAME/AGE default when it has none. */
export function printerFor(resource: Pick<ResourceInfo, 'group' | 'resource'>): Printer {
  return PRINTERS[`${resource.group}/${resource.resource}`] ?? defaultPrinter;
}

function partialMetadata(obj: KObject): TableRow['object'] {
  const metadata: ObjectMeta = { ...obj.metadata };
  delete metadata.managedFields;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata };
}

/** Prints objects of one resource as a meta.k8s.io/v1 Table, wide columns included (priority 1). */
export function toTable(resource: ResourceInfo, objects: KObject[], opts: TableOptions): Table {
  const printer = printerFor(resource);
  const include = opts.includeObject ?? 'Metadata';
  const rows = objects.map((obj): PrintedRow => {
    const row: PrintedRow = { cells: printer.cells(obj, { now: opts.now }) };
    const conditions = printer.conditions?.(obj);
    if (conditions) row.conditions = conditions;
    if (include === 'Object') row.object = obj;
    else if (include === 'Metadata') row.object = partialMetadata(obj);
    return row;
  });
  const metadata: Table['metadata'] = {};
  if (opts.resourceVersion !== undefined) metadata.resourceVersion = opts.resourceVersion;
  if (opts.continue) metadata.continue = opts.continue;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata,
    columnDefinitions: printer.columns.map((c) => ({ ...c })),
    rows,
  };
}
