/** The optional classroom webhook: a student's results are POSTed when they change. */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Accepts only absolute http(s) URLs without credentials. Returns the reason a URL is refused, if it is. */
export function webhookProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'the webhook URL is not a valid absolute URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'the webhook URL must use http or https';
  if (u.username || u.password) return 'the webhook URL must not carry credentials';
  return undefined;
}

/** Posts JSON without waiting for or failing on the answer; gives up after `timeoutMs`. */
export function fireWebhook(fetchFn: FetchLike, url: string, body: unknown, timeoutMs: number): Promise<void> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  return fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'kube-playground-classroom' },
    body: JSON.stringify(body),
    signal: abort.signal,
  })
    .then((res) => void res.body?.cancel())
    .catch(() => undefined)
    .finally(() => clearTimeout(timer));
}
