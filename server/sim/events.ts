/** The event recorder: Kubernetes Events with the real reasons, aggregated by (object, type, reason,
 * message, source) into one Event whose count grows, as client-go's recorder does. */
import type { KObject } from '../../shared/k8s/types.js';
import { apiVersionOf, RESOURCES } from '../../shared/k8s/resources.js';
import { isoTime } from './time.js';
import type { Cluster } from './cluster.js';

export function recordEvent(
  cluster: Cluster,
  involved: KObject,
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
  source: { component: string; host?: string },
  fieldPath?: string,
): KObject {
  const ns = involved.metadata.namespace ?? 'default';
  const now = isoTime(cluster.now());
  for (const ev of cluster.store.values('events')) {
    if (
      ev.metadata.namespace === ns &&
      ev.involvedObject?.uid === involved.metadata.uid &&
      ev.reason === reason &&
      ev.message === message &&
      ev.type === type &&
      ev.source?.component === source.component &&
      ev.involvedObject?.fieldPath === fieldPath
    ) {
      return cluster.write(() => cluster.store.put('events', { ...ev, count: (ev.count ?? 1) + 1, lastTimestamp: now }));
    }
  }
  const name = `${involved.metadata.name}.${eventSuffix(cluster)}`;
  const event: KObject = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: ns, uid: cluster.rng.uuid(), creationTimestamp: now },
    involvedObject: {
      kind: involved.kind,
      namespace: involved.metadata.namespace,
      name: involved.metadata.name,
      uid: involved.metadata.uid,
      apiVersion: involved.apiVersion ?? apiVersionOfKind(involved.kind),
      resourceVersion: involved.metadata.resourceVersion,
      ...(fieldPath ? { fieldPath } : {}),
    },
    reason,
    message,
    source: source.host ? { component: source.component, host: source.host } : { component: source.component },
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
    type,
    eventTime: null,
    reportingComponent: source.component,
    reportingInstance: source.host ?? '',
  };
  if (!involved.metadata.namespace) delete event.involvedObject.namespace;
  return cluster.write(() => cluster.store.put('events', event));
}

/** The recorder names events `<object>.<hex UnixNano>`, so listing by name is listing in time order, which
 * `kubectl describe` relies on to order events of the same second. The next resourceVersion stands in for the
 * nanoseconds, keeping names unique and increasing within one millisecond. */
function eventSuffix(cluster: Cluster): string {
  const nanos = BigInt(Math.floor(cluster.now())) * 1_000_000n + BigInt((cluster.store.resourceVersion + 1) % 1_000_000);
  return nanos.toString(16);
}

function apiVersionOfKind(kind: string): string {
  const info = RESOURCES.find((r) => r.kind === kind);
  return info ? apiVersionOf(info) : 'v1';
}
