/** Raw HTTP against a playground's Kubernetes API, for tests that need exact bodies, headers and statuses. */
import type { KObject, Status } from '../../shared/k8s/types.js';

export interface K8sResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export type K8sRequest = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<K8sResponse<any>>;

/** A requester bound to `base` (the playground's kubeServer); objects are sent as JSON, strings and bytes raw. */
export function k8sClient(base: string): K8sRequest {
  return async (method, path, body, headers = {}) => {
    let payload: BodyInit | undefined;
    const h: Record<string, string> = { ...headers };
    if (typeof body === 'string' || body instanceof Uint8Array) payload = body as BodyInit;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(base + path, { method, body: payload, headers: h });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  };
}

/** Asserts-friendly view of a Status body. */
export function asStatus(body: unknown): Status {
  return body as Status;
}

/** Names in a List body. */
export function names(list: { items: KObject[] }): string[] {
  return list.items.map((o) => o.metadata.name!);
}

/** Polls until `check` returns true, failing after a deadline (no fixed sleeps). */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Reads newline-delimited watch events from a streaming response until `stop` says enough or time runs out. */
export async function readWatch(res: Response, stop: (events: { type: string; object: any }[]) => boolean, ms = 15_000): Promise<{ type: string; object: any }[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: { type: string; object: any }[] = [];
  let buf = '';
  const deadline = Date.now() + ms;
  try {
    while (!stop(events)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`watch: timed out with ${events.length} events: ${JSON.stringify(events.map((e) => e.type))}`);
      const next = await Promise.race([reader.read(), new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), left))]);
      if (next === 'timeout') continue;
      if (next.done) break;
      buf += decoder.decode(next.value, { stream: true });
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.trim()) events.push(JSON.parse(line));
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return events;
}
