/** Chunked HTTP watch: one JSON line per event, resumable from a resourceVersion, with bookmarks. */
import type { Context } from 'hono';
import type { KObject } from '../../../shared/k8s/types.js';
import type { Cluster } from '../../sim/cluster.js';
import type { Change } from '../../sim/store.js';
import { objectKey } from '../../sim/store.js';
import type { Scope } from '../registry/context.js';
import { selectorFilter } from '../registry/read.js';
import { storageOf } from '../registry/prepare.js';
import { toTable } from '../tables/index.js';
import { toServedVersion } from '../registry/hpa-convert.js';
import { errors, StatusError } from './status.js';
import { includeObject, intQuery, wantsTable } from './request.js';

const BOOKMARK_MS = 30_000;
const MAX_TIMEOUT_S = 1800;

export interface WatchFilter {
  resource: string;
  namespace?: string;
  matches(obj: KObject): boolean;
}

/** Translates committed changes into the events a filtered watcher sees: an object that stops matching
 * the selector is DELETED for it, one that starts matching is ADDED. */
export class WatchTranslator {
  private readonly visible = new Set<string>();

  constructor(private readonly filter: WatchFilter) {}

  seed(obj: KObject) {
    this.visible.add(objectKey(obj.metadata.namespace, obj.metadata.name!));
  }

  translate(change: Change): { type: string; object: KObject } | undefined {
    const f = this.filter;
    if (change.resource !== f.resource) return undefined;
    const obj = change.object;
    if (f.namespace && obj.metadata.namespace !== f.namespace) return undefined;
    const key = objectKey(obj.metadata.namespace, obj.metadata.name!);
    const was = this.visible.has(key);
    const is = change.type !== 'DELETED' && f.matches(obj);
    if (is) this.visible.add(key);
    else this.visible.delete(key);
    if (change.type === 'DELETED') return was || f.matches(obj) ? { type: 'DELETED', object: obj } : undefined;
    if (is && !was) return { type: 'ADDED', object: obj };
    if (!is && was) return { type: 'DELETED', object: obj };
    if (is) return { type: change.type, object: obj };
    return undefined;
  }
}

/** Starts a watch for `scope` and streams it as the response body. */
export function watchResponse(c: Context, cluster: Cluster, scope: Scope): Response {
  const matches = selectorFilter({ labelSelector: c.req.query('labelSelector'), fieldSelector: c.req.query('fieldSelector') }, scope.info);
  const filter: WatchFilter = { resource: storageOf(scope), namespace: scope.info.namespaced ? scope.namespace : undefined, matches };
  const nameOnly = scope.name;
  const filterWithName: WatchFilter = nameOnly ? { ...filter, matches: (o) => o.metadata.name === nameOnly && matches(o) } : filter;
  const translator = new WatchTranslator(filterWithName);
  const rvParam = c.req.query('resourceVersion');
  const bookmarks = c.req.query('allowWatchBookmarks') === 'true';
  const timeout = Math.min(intQuery(c, 'timeoutSeconds') ?? MAX_TIMEOUT_S, MAX_TIMEOUT_S);
  const asTable = wantsTable(c);
  const include = includeObject(c);
  const encoder = new TextEncoder();
  // Streaming lists (sendInitialEvents) replay the current state whatever the resourceVersion, then mark its end.
  const sendInitial = c.req.query('sendInitialEvents') === 'true';
  if (sendInitial && c.req.query('resourceVersionMatch') !== 'NotOlderThan') {
    throw new StatusError(422, 'Invalid', 'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan');
  }

  let initial: { type: string; object: KObject }[] = [];
  if (!rvParam || rvParam === '0' || sendInitial) {
    for (const obj of cluster.store.list(filter.resource, filter.namespace)) {
      if (!filterWithName.matches(obj)) continue;
      translator.seed(obj);
      initial.push({ type: 'ADDED', object: obj });
    }
  } else {
    const rv = Number(rvParam);
    if (!Number.isInteger(rv) || rv < 0) throw errors.badRequest(`invalid resource version: ${rvParam}`);
    for (const obj of cluster.store.list(filter.resource, filter.namespace)) if (filterWithName.matches(obj)) translator.seed(obj);
    const replay = cluster.changesSince(rv);
    if (replay === 'expired') throw errors.expired(`too old resource version: ${rv} (${cluster.store.resourceVersion})`);
    // Replay is computed against the current visible set, so seeded keys are re-derived from the log.
    const replayTranslator = new WatchTranslator(filterWithName);
    for (const obj of replayBase(cluster, filter, replay)) replayTranslator.seed(obj);
    for (const ch of replay) {
      const ev = replayTranslator.translate(ch);
      if (ev) initial.push(ev);
    }
  }

  let unsubscribe = () => {};
  let timers: ReturnType<typeof setTimeout>[] = [];
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (type: string, object: unknown) => {
        const body = asTable && type !== 'BOOKMARK' && type !== 'ERROR' ? toTable(scope.info, [object as KObject], { now: cluster.now(), includeObject: include }) : toServedVersion(scope.info, object as KObject);
        try {
          controller.enqueue(encoder.encode(JSON.stringify({ type, object: body }) + '\n'));
        } catch {
          close();
        }
      };
      const close = () => {
        unsubscribe();
        for (const t of timers) clearTimeout(t), clearInterval(t);
        timers = [];
        try {
          controller.close();
        } catch {
          /* already closed by the client */
        }
      };
      for (const ev of initial) send(ev.type, ev.object);
      if (sendInitial && bookmarks) send('BOOKMARK', bookmarkObject(scope, cluster.store.resourceVersion, { 'k8s.io/initial-events-end': 'true' }));
      unsubscribe = cluster.hub.subscribe({
        resource: filter.resource,
        send(change) {
          const ev = translator.translate(change);
          if (ev) send(ev.type, ev.object);
        },
      });
      if (bookmarks) {
        timers.push(
          setInterval(() => send('BOOKMARK', bookmarkObject(scope, cluster.store.resourceVersion)), BOOKMARK_MS) as unknown as ReturnType<typeof setTimeout>,
        );
      }
      timers.push(setTimeout(close, timeout * 1000));
    },
    cancel() {
      unsubscribe();
      for (const t of timers) clearTimeout(t), clearInterval(t);
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache, private', 'transfer-encoding': 'chunked' },
  });
}

/** The objects visible at the start of a replay: untouched current ones, plus each replayed object whose first
 * change is not its creation (it existed then) and whose first replayed state matches — the log keeps no older
 * state, so that state stands in for it when deriving selector transitions. */
function replayBase(cluster: Cluster, filter: WatchFilter, replay: Change[]): KObject[] {
  const first = new Map<string, Change>();
  for (const c of replay) {
    if (c.resource !== filter.resource) continue;
    const key = objectKey(c.object.metadata.namespace, c.object.metadata.name!);
    if (!first.has(key)) first.set(key, c);
  }
  const untouched = cluster.store.list(filter.resource, filter.namespace).filter((o) => !first.has(objectKey(o.metadata.namespace, o.metadata.name!)) && filter.matches(o));
  const existing = [...first.values()].filter((c) => c.type !== 'ADDED' && (!filter.namespace || c.object.metadata.namespace === filter.namespace) && filter.matches(c.object));
  return [...untouched, ...existing.map((c) => c.object)];
}

function bookmarkObject(scope: Scope, rv: number, annotations?: Record<string, string>): KObject {
  const metadata = annotations ? { resourceVersion: String(rv), annotations } : { resourceVersion: String(rv) };
  return { apiVersion: scope.info.group ? `${scope.info.group}/${scope.info.version}` : scope.info.version, kind: scope.info.kind, metadata };
}
