/** kubectl's human-readable printer for server-side meta.k8s.io/v1 Tables. */
import type { Table } from '../../k8s/types';
import type { TabWriter } from '../tabwriter';

export interface TableOptions {
  wide?: boolean;
  withNamespace?: boolean;
  showLabels?: boolean;
  labelColumns?: string[];
  /** Prefix for the NAME cell: 'pod' prints 'pod/web-1'. */
  kind?: string;
  noHeaders?: boolean;
}

/** Formats a cell as Go's fmt.Fprint would. */
export function formatCell(cell: unknown): string {
  if (cell === null || cell === undefined) return '<nil>';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return JSON.stringify(cell);
}

/** 'a=b,c=d' sorted by key, '<none>' when empty (labels.FormatLabels). */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/** Header of a -L column: the last path segment of the key, upper-cased. */
function labelHeader(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1].toUpperCase();
}

/** Writes the header (unless suppressed or already printed) and rows of a Table into the tab writer. */
export function writeTable(w: TabWriter, table: Table, opts: TableOptions, printHeader: boolean): void {
  const visible = table.columnDefinitions.map((c, i) => ({ c, i })).filter(({ c }) => opts.wide || c.priority === 0);
  const labelCols = opts.labelColumns ?? [];
  if (printHeader && !opts.noHeaders) {
    const headers = visible.map(({ c }) => c.name.toUpperCase());
    if (opts.withNamespace) headers.unshift('NAMESPACE');
    headers.push(...labelCols.map(labelHeader));
    if (opts.showLabels) headers.push('LABELS');
    w.write(`${headers.join('\t')}\n`);
  }
  for (const row of table.rows) {
    const meta = row.object?.metadata;
    const cells = visible.map(({ i }, n) => {
      const text = formatCell(row.cells[i]);
      return n === 0 && opts.kind ? `${opts.kind}/${text}` : text;
    });
    if (opts.withNamespace) cells.unshift(meta?.namespace ?? '');
    for (const key of labelCols) cells.push(meta?.labels?.[key] ?? '');
    if (opts.showLabels) cells.push(formatLabels(meta?.labels));
    w.write(`${cells.join('\t')}\n`);
  }
}
