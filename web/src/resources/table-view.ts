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
