/** Ordering and filtering of core/v1 Events for the timeline and the side panel. */
import type { KObject } from '../../../shared/k8s/types.js';

export interface EventRow {
  key: string;
  type: string;
  reason: string;
  message: string;
  /** Involved object as `kind/name`. */
  object: string;
  namespace: string;
  count: number;
  /** Last time seen, ms (simulated clock). */
  time: number;
  source: string;
}

/** When an event last happened: lastTimestamp, else eventTime, else series time, else creation. */
export function eventTime(ev: KObject): number {
  const t = ev.lastTimestamp ?? ev.series?.lastObservedTime ?? ev.eventTime ?? ev.firstTimestamp ?? ev.metadata.creationTimestamp;
  const ms = t ? Date.parse(t) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

/** Flattens an Event into a timeline row. */
export function eventRow(ev: KObject): EventRow {
  const io = ev.involvedObject ?? ev.regarding ?? {};
  return {
    key: `${ev.metadata.namespace}/${ev.metadata.name}`,
    type: ev.type ?? 'Normal',
    reason: ev.reason ?? '',
    message: ev.message ?? ev.note ?? '',
    object: `${String(io.kind ?? '').toLowerCase()}/${io.name ?? ''}`,
    namespace: io.namespace ?? ev.metadata.namespace ?? '',
    count: ev.count ?? ev.series?.count ?? 1,
    time: eventTime(ev),
    source: ev.source?.component ?? ev.reportingComponent ?? '',
  };
}

/** Events about one object (matched by uid when both sides have one, else by kind, namespace and name). */
export function eventsFor(events: Iterable<KObject>, obj: KObject): KObject[] {
  const out: KObject[] = [];
  for (const ev of events) {
    const io = ev.involvedObject ?? ev.regarding;
    if (!io) continue;
    const byUid = io.uid && obj.metadata.uid ? io.uid === obj.metadata.uid : false;
    const byName = io.kind === obj.kind && io.name === obj.metadata.name && (io.namespace ?? '') === (obj.metadata.namespace ?? '');
    if (byUid || byName) out.push(ev);
  }
  return out.sort((a, b) => eventTime(b) - eventTime(a));
}

/** Timeline rows, newest first, keeping those whose object or message contains the filter text. */
export function timeline(events: Iterable<KObject>, filter = '', warningsOnly = false): EventRow[] {
  const needle = filter.trim().toLowerCase();
  const rows: EventRow[] = [];
  for (const ev of events) {
    const row = eventRow(ev);
    if (warningsOnly && row.type !== 'Warning') continue;
    if (needle && !`${row.namespace}/${row.object} ${row.object} ${row.reason} ${row.message}`.toLowerCase().includes(needle)) continue;
    rows.push(row);
  }
  return rows.sort((a, b) => b.time - a.time || a.key.localeCompare(b.key));
}
