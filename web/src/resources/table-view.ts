/** Shapes a server Table the way `kubectl get` prints it: priority-1 columns only when wide, NAMESPACE first
 * when listing every namespace, headers upper-cased. */
import type { Table } from '../../../shared/k8s/types.js';

export interface TableView {
  headers: string[];
  rows: { key: string; namespace?: string; name: string; cells: string[] }[];
}

/** Builds the visible headers and rows of a Table. */
export function tableView(table: Table, opts: { wide: boolean; allNamespaces: boolean }): TableView {
  const visible = table.columnDefinitions.map((c, i) => ({ c, i })).filter(({ c }) => opts.wide || c.priority === 0);
  const headers = visible.map(({ c }) => c.name.toUpperCase());
  if (opts.allNamespaces) headers.unshift('NAMESPACE');
  const rows = table.rows.map((r, idx) => {
    const meta = r.object?.metadata ?? {};
    const name = meta.name ?? String(r.cells[0] ?? '');
    const cells = visible.map(({ i }) => cellText(r.cells[i]));
    if (opts.allNamespaces) cells.unshift(meta.namespace ?? '');
    return { key: `${meta.namespace ?? ''}/${name}/${idx}`, namespace: meta.namespace, name, cells };
  });
  return { headers, rows };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '<none>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const GOOD = new Set(['Running', 'Ready', 'Completed', 'Succeeded', 'Bound', 'Active', 'True', 'Complete']);
const BAD = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'Error', 'Failed', 'OOMKilled', 'NotReady', 'Evicted', 'Unknown', 'Lost', 'InvalidImageName', 'CreateContainerConfigError']);
const BUSY = new Set(['Pending', 'ContainerCreating', 'Terminating', 'PodInitializing', 'SchedulingDisabled']);

/** Colour family of a STATUS cell, so failures stand out in a long list. */
export function statusTone(cell: string): 'ok' | 'bad' | 'busy' | null {
  const parts = cell.split(',');
  if (parts.some((p) => BAD.has(p) || p.startsWith('Init:Err') || p.startsWith('Init:Crash'))) return 'bad';
  if (parts.some((p) => BUSY.has(p) || p.startsWith('Init:'))) return 'busy';
  if (parts.every((p) => GOOD.has(p))) return 'ok';
  return null;
}
