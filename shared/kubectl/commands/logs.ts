/** kubectl logs: pod (or workload) logs, -c, --tail, -p, --timestamps, -f (polled until interrupted). */
import { findResource } from '../../k8s/resources';
import { formatLabelSelector } from '../../k8s/selectors';
import type { KObject } from '../../k8s/types';
import { call, mustResolve, resourcePath } from '../api';
import { ApiError, CommandError } from '../errors';
import type { Invocation } from '../invocation';
import { boolFlag, flag } from '../parse';

const POLL_MS = 1000;

async function getPod(inv: Invocation, name: string): Promise<KObject> {
  try {
    return await call(inv.client, { method: 'GET', path: resourcePath(findResource('', 'v1', 'pods')!, inv.namespace, name) });
  } catch (err) {
    if (err instanceof ApiError && err.httpStatus === 404) throw new CommandError(`error from server (NotFound): pods "${name}" not found in namespace "${inv.namespace}"`);
    throw err;
  }
}

async function podFor(inv: Invocation, arg: string): Promise<KObject> {
  const pods = findResource('', 'v1', 'pods')!;
  if (!arg.includes('/')) return getPod(inv, arg);
  const [type, name] = [arg.slice(0, arg.indexOf('/')), arg.slice(arg.indexOf('/') + 1)];
  const info = mustResolve(type);
  if (info.resource === 'pods') return getPod(inv, name);
  const owner = await call(inv.client, { method: 'GET', path: resourcePath(info, inv.namespace, name) });
  const selector = formatLabelSelector(owner.spec?.selector);
  const list = await call(inv.client, { method: 'GET', path: resourcePath(pods, inv.namespace), query: { labelSelector: selector } });
  const items: KObject[] = list.items ?? [];
  if (items.length === 0) throw new CommandError(`timed out waiting for the condition`);
  // kubectl prefers running, ready pods, then the oldest.
  const score = (p: KObject) => (p.status?.phase === 'Running' ? 0 : 1);
  items.sort((a, b) => score(a) - score(b) || String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)));
  if (items.length > 1) inv.io.stderr(`Found ${items.length} pods, using pod/${items[0].metadata.name}\n`);
  return items[0];
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

/** Runs `kubectl logs`. */
export async function logs(inv: Invocation): Promise<number> {
  if (inv.args.length === 0) throw new CommandError('expected \'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]\'.\nPOD or TYPE/NAME is a required argument for the logs command');
  const pod = await podFor(inv, inv.args[0]);
  const containers: string[] = (pod.spec?.containers ?? []).map((c: { name: string }) => c.name);
  let container = flag(inv.parsed, 'container') ?? inv.args[1];
  if (!container) {
    container = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? containers[0];
    if (containers.length > 1) inv.io.stderr(`Defaulted container "${container}" out of: ${containers.join(', ')}\n`);
  } else if (!containers.includes(container) && !(pod.spec?.initContainers ?? []).some((c: { name: string }) => c.name === container)) {
    throw new CommandError(`container ${container} is not valid for pod ${pod.metadata.name}`);
  }
  const query: Record<string, string> = { container: container! };
  const tail = flag(inv.parsed, 'tail');
  if (tail !== undefined && tail !== '-1') query.tailLines = tail;
  if (boolFlag(inv.parsed, 'previous')) query.previous = 'true';
  if (boolFlag(inv.parsed, 'timestamps')) query.timestamps = 'true';
  const since = flag(inv.parsed, 'since');
  if (since) query.sinceSeconds = String(Math.ceil(parseSince(since)));
  const path = resourcePath(findResource('', 'v1', 'pods')!, pod.metadata.namespace, pod.metadata.name, 'log');
  const text: string = await call(inv.client, { method: 'GET', path, query, accept: 'text/plain' });
  inv.io.stdout(typeof text === 'string' ? text : JSON.stringify(text));
  if (!boolFlag(inv.parsed, 'follow')) return 0;
  // The simulated kubelet serves whole logs; following is a poll for lines past what was printed.
  const full = { ...query };
  delete full.tailLines;
  const lineCount = (t: string) => t.split('\n').length - 1;
  let seen = lineCount(await call(inv.client, { method: 'GET', path, query: full, accept: 'text/plain' }));
  while (!inv.io.signal?.aborted) {
    await sleep(POLL_MS, inv.io.signal);
    if (inv.io.signal?.aborted) break;
    const current: string = await call(inv.client, { method: 'GET', path, query: full, accept: 'text/plain' });
    const total = lineCount(current);
    if (total > seen) inv.io.stdout(`${current.split('\n').slice(seen, total).join('\n')}\n`);
    seen = total;
  }
  return 0;
}

function parseSince(s: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(s);
  if (!m) throw new CommandError(`invalid argument "${s}" for "--since" flag: time: invalid duration "${s}"`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as 's' | 'm' | 'h'];
}
