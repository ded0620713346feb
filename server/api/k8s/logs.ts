/** GET pods/x/log: simulated container logs as text/plain, optionally followed. */
import type { Context } from 'hono';
import type { Cluster } from '../../sim/cluster.js';
import type { Scope } from '../registry/context.js';
import { getObject } from '../registry/read.js';
import { StatusError } from './status.js';
import { intQuery } from './request.js';

/** How often a followed log is polled for new lines (real time). */
const FOLLOW_POLL_MS = 1000;

export function logResponse(c: Context, cluster: Cluster, scope: Scope): Response {
  const pod = getObject(cluster, scope);
  const containers: string[] = (pod.spec?.containers ?? []).map((x: { name: string }) => x.name);
  const initContainers: string[] = (pod.spec?.initContainers ?? []).map((x: { name: string }) => x.name);
  let container = c.req.query('container');
  if (!container) {
    if (containers.length !== 1) {
      throw new StatusError(
        400,
        'BadRequest',
        `a container name must be specified for pod ${scope.name}, choose one of: [${containers.join(' ')}]${initContainers.length ? ` or one of the init containers: [${initContainers.join(' ')}]` : ''}`,
      );
    }
    container = containers[0];
  } else if (!containers.includes(container) && !initContainers.includes(container)) {
    throw new StatusError(400, 'BadRequest', `container ${container} is not valid for pod ${scope.name}`);
  }
  const opts = {
    container,
    previous: c.req.query('previous') === 'true',
    tailLines: intQuery(c, 'tailLines'),
    sinceSeconds: intQuery(c, 'sinceSeconds'),
    timestamps: c.req.query('timestamps') === 'true',
  };
  if (!cluster.logs || !pod.spec?.nodeName) {
    throw new StatusError(400, 'BadRequest', `container "${container}" in pod "${scope.name}" is waiting to start: ContainerCreating`);
  }
  const read = cluster.logs.read(scope.namespace!, scope.name!, opts);
  if ('error' in read) throw new StatusError(read.code, 'BadRequest', read.error);
  const headers = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache, private' };
  if (c.req.query('follow') !== 'true') return new Response(read.text, { status: 200, headers });
  const encoder = new TextEncoder();
  const logs = cluster.logs;
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (read.text) controller.enqueue(encoder.encode(read.text));
      // Follow by polling what the simulated container wrote since the last poll (the simulation has no timers).
      let after = cluster.now();
      timer = setInterval(() => {
        const next = logs.since(scope.namespace!, scope.name!, opts, after);
        after = next.now;
        try {
          if (next.text) controller.enqueue(encoder.encode(next.text));
          if (next.ended) {
            stop();
            controller.close();
          }
        } catch {
          stop();
        }
      }, FOLLOW_POLL_MS);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { status: 200, headers });
}
