import { describe, it, expect } from 'vitest';
import { fetchClient } from './client';

describe('fetchClient', () => {
  it('sends requests under the cluster base and parses JSON answers', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fake = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ kind: 'Pod' }), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    const client = fetchClient('/clusters/k1', fake);
    const res = await client.request({ method: 'PATCH', path: '/api/v1/nodes/n', query: { fieldManager: 'x' }, body: { spec: {} }, contentType: 'application/merge-patch+json' });
    expect(res).toEqual({ status: 200, body: { kind: 'Pod' } });
    expect(seen[0].url).toBe('/clusters/k1/api/v1/nodes/n?fieldManager=x');
    expect((seen[0].init.headers as Record<string, string>)['Content-Type']).toBe('application/merge-patch+json');
  });

  it('reads a watch stream split across chunks into events', async () => {
    const lines = '{"type":"ADDED","object":{"a":1}}\n{"type":"DEL';
    const rest = 'ETED","object":{"a":2}}\n';
    const fake = (async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode(lines));
            c.enqueue(new TextEncoder().encode(rest));
            c.close();
          },
        }),
        { status: 200 },
      )) as unknown as typeof fetch;
    const events: { type: string }[] = [];
    await fetchClient('/clusters/k1', fake).watch({ method: 'GET', path: '/api/v1/pods' }, (e) => events.push(e), new AbortController().signal);
    expect(events).toEqual([
      { type: 'ADDED', object: { a: 1 } },
      { type: 'DELETED', object: { a: 2 } },
    ]);
  });
});
