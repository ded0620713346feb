/** The transport the emulated kubectl talks through: the same Kubernetes REST API real kubectl uses. */

export interface KubeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  contentType?: string;
  accept?: string;
}

export interface KubeResponse {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface WatchEventMessage {
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  object: any;
}

export interface KubeClient {
  request(req: KubeRequest): Promise<KubeResponse>;
  watch(req: KubeRequest, onEvent: (ev: WatchEventMessage) => void, signal: AbortSignal): Promise<void>;
}

/** Builds the URL of a request relative to the cluster base ('/clusters/<key>'). */
export function requestUrl(baseUrl: string, req: KubeRequest): string {
  const qs = new URLSearchParams(req.query ?? {}).toString();
  return `${baseUrl.replace(/\/$/, '')}${req.path}${qs ? `?${qs}` : ''}`;
}

function requestInit(req: KubeRequest, signal?: AbortSignal): RequestInit {
  const headers: Record<string, string> = { Accept: req.accept ?? 'application/json' };
  let body: string | undefined;
  if (req.body !== undefined) {
    headers['Content-Type'] = req.contentType ?? 'application/json';
    body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  }
  return { method: req.method, headers, body, signal };
}

/** A KubeClient over fetch; watch reads the chunked JSON-lines stream. */
export function fetchClient(baseUrl: string, fetchImpl: typeof fetch = fetch): KubeClient {
  return {
    async request(req) {
      const res = await fetchImpl(requestUrl(baseUrl, req), requestInit(req));
      const text = await res.text();
      const type = res.headers.get('content-type') ?? '';
      let body: unknown = text;
      if (type.includes('json') || /^\s*[{[]/.test(text)) {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      return { status: res.status, body };
    },
    async watch(req, onEvent, signal) {
      const query = { ...(req.query ?? {}), watch: 'true' };
      let res: Response;
      try {
        res = await fetchImpl(requestUrl(baseUrl, { ...req, query }), requestInit(req, signal));
      } catch (err) {
        if (signal.aborted) return;
        throw err;
      }
      if (res.status >= 400) {
        const text = await res.text();
        let object: unknown = text;
        try {
          object = JSON.parse(text);
        } catch {
          object = { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: text, code: res.status };
        }
        onEvent({ type: 'ERROR', object });
        return;
      }
      if (!res.body) return;
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffered = '';
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffered += decoder.decode(value, { stream: true });
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0) {
            const line = buffered.slice(0, nl).trim();
            buffered = buffered.slice(nl + 1);
            if (line) onEvent(JSON.parse(line));
          }
        }
        if (buffered.trim()) onEvent(JSON.parse(buffered));
      } catch (err) {
        if (!signal.aborted) throw err;
      }
    },
  };
}
