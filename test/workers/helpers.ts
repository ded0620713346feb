/** Helpers for the workerd tests: product API calls through the Worker, and the Durable Object stubs. */
import { SELF, env } from 'cloudflare:test';
import { expect } from 'vitest';

export const ORIGIN = 'https://playground.test';

export interface Playground {
  id: string;
  kubeServer: string;
  viewKubeServer: string;
  editKey: string;
  viewKey: string;
  name: string;
}

/** A JSON request through the Worker; the body is parsed when it is JSON. */
export async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; text: string }> {
  const res = await SELF.fetch(`${ORIGIN}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text };
}

/** Creates a playground (optionally for an exercise) and returns its keys and links. */
export async function createPlayground(body: Record<string, unknown> = {}): Promise<Playground> {
  const res = await call('POST', '/api/playgrounds', body);
  expect(res.status, res.text).toBe(201);
  return res.body as Playground;
}

/** Steps a playground's simulated clock by `seconds`, in steps of at most 10 s (as a running clock ticks). */
export async function step(editKey: string, seconds: number): Promise<void> {
  for (let done = 0; done < seconds; done += 10) {
    const res = await call('POST', `/api/playgrounds/${editKey}/clock`, { action: 'step', seconds: Math.min(10, seconds - done) });
    expect(res.status, res.text).toBe(200);
  }
}

/** The Durable Object holding playground `id`. */
export function clusterStub(id: string) {
  return env.CLUSTERS.get(env.CLUSTERS.idFromName(id));
}

/** A Kubernetes API path of a playground (`kubeServer` already carries the key). */
export function kube(pg: Playground, path: string): string {
  return `${new URL(pg.kubeServer).pathname}${path}`;
}
