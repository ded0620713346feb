/** `kubectl get events`: LAST SEEN TYPE REASON OBJECT MESSAGE, wide SUBOBJECT SOURCE FIRST SEEN COUNT NAME. */
import type { KObject } from '../../../shared/k8s/types.js';
import { column, nameColumn, nameOf, since, type Printer } from './printer.js';

function firstNonEmpty(...values: (string | undefined)[]): string {
  return values.find((v) => v) ?? '';
}

/** formatEventSource: component (or reporting controller), then ', host' when a host is known. */
function eventSource(ev: KObject): string {
  const component = firstNonEmpty(ev.source?.component, ev.reportingComponent);
  const host = firstNonEmpty(ev.source?.host, ev.reportingInstance);
  return host ? `${component}, ${host}` : component;
}

export const eventPrinter: Printer = {
  columns: [
    column('Last Seen', 'string', 'The time at which the most recent occurrence of this event was recorded.'),
    column('Type', 'string', 'Type of this event (Normal, Warning), new types could be added in the future'),
    column('Reason', 'string', "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
    column('Object', 'string', 'The object that this event is about.'),
    column('Subobject', 'string', 'If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2].', 1),
    column('Source', 'string', 'The component reporting this event. Should be a short machine understandable string.', 1),
    column('Message', 'string', 'A human-readable description of the status of this operation.'),
    column('First Seen', 'string', 'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)', 1),
    column('Count', 'string', 'The number of times this event has occurred.', 1),
    { ...nameColumn, priority: 1 },
  ],
  cells(ev, { now }) {
    const firstSeen = ev.firstTimestamp ? since(ev.firstTimestamp, now) : since(ev.eventTime, now);
    let lastSeen = ev.lastTimestamp ? since(ev.lastTimestamp, now) : firstSeen;
    let count: number = ev.count ?? 0;
    if (ev.series) {
      lastSeen = since(ev.series.lastObservedTime, now);
      count = ev.series.count ?? 0;
    } else if (count === 0) {
      // Singleton events of the events.k8s.io API carry no count.
      count = 1;
    }
    const involved = ev.involvedObject ?? {};
    const kind = String(involved.kind ?? '').toLowerCase();
    const target = involved.name ? `${kind}/${involved.name}` : kind;
    return [
      lastSeen,
      ev.type ?? '',
      ev.reason ?? '',
      target,
      involved.fieldPath ?? '',
      eventSource(ev),
      String(ev.message ?? '').trim(),
      firstSeen,
      count,
      nameOf(ev),
    ];
  },
};
