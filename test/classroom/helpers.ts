/** Helpers for classroom tests: JSON calls and a server-sent events reader. */

export interface Reply {
  status: number;
  body: any;
  text: string;
}

/** Calls a JSON route; the reply body is parsed when it is JSON. */
export async function call(method: string, url: string, body?: unknown): Promise<Reply> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text };
}

export interface SseEvent {
  event: string;
  data: any;
}

export interface SseReader {
  status: number;
  events: SseEvent[];
  /** Resolves with the first event (already received or not) that satisfies `pred`. */
  waitFor(pred: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

/** Opens an event stream and collects its events. */
export async function openSse(url: string): Promise<SseReader> {
  const abort = new AbortController();
  const res = await fetch(url, { signal: abort.signal });
  const events: SseEvent[] = [];
  if (res.ok && res.body) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buf += decoder.decode(value, { stream: true });
          for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            let event = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('event:')) event = line.slice(6).trim();
              else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
            }
            if (data.length) events.push({ event, data: JSON.parse(data.join('\n')) });
          }
        }
      } catch {
        /* aborted */
      }
    })();
  } else await res.body?.cancel();
  return {
    status: res.status,
    events,
    async waitFor(pred, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const hit = events.find(pred);
        if (hit) return hit;
        if (Date.now() > end) throw new Error(`no matching event within ${timeoutMs} ms; got ${events.map((e) => e.event).join(', ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => abort.abort(),
  };
}
