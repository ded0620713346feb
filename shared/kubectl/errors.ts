/** Errors of the emulated kubectl and how kubectl prints them (cmdutil.CheckErr). */
import type { Status } from '../k8s/types';

/** A failed API call carrying the server's Status. */
export class ApiError extends Error {
  constructor(
    readonly status: Status,
    readonly httpStatus: number,
  ) {
    super(status.message ?? `the server responded with status ${httpStatus}`);
  }
}

/** A client-side error; printed as 'error: <message>'. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Text kubectl prints for an unstructured HTTP failure (the body was not a Status). */
function statusFromBody(code: number, body: unknown): Status {
  const text = typeof body === 'string' ? body.trim() : JSON.stringify(body);
  const reasons: Record<number, [string, string]> = {
    400: ['BadRequest', text || 'the server rejected our request for an unknown reason'],
    401: ['Unauthorized', 'Unauthorized'],
    403: ['Forbidden', text || 'forbidden'],
    404: ['NotFound', 'the server could not find the requested resource'],
    405: ['MethodNotAllowed', 'the server does not allow this method on the requested resource'],
    409: ['Conflict', 'the server reported a conflict'],
    415: ['UnsupportedMediaType', 'the server responded with the status code 415 but did not return more information'],
    429: ['TooManyRequests', 'the server has received too many requests and has asked us to try again later'],
  };
  const [reason, message] =
    reasons[code] ?? ['InternalError', `an error on the server (${JSON.stringify(text)}) has prevented the request from succeeding`];
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason, message, code };
}

/** Turns a non-2xx response into an ApiError. */
export function apiErrorFrom(code: number, body: unknown): ApiError {
  const isStatus = body && typeof body === 'object' && (body as { kind?: string }).kind === 'Status';
  return new ApiError(isStatus ? (body as Status) : statusFromBody(code, body), code);
}

/** Prefixes an API error message the way kubectl's AddSourceToErr does ('error when creating "STDIN": ...'). */
export function withSource(err: unknown, verb: string, source: string): unknown {
  if (!source) return err;
  if (err instanceof ApiError) {
    return new ApiError({ ...err.status, message: `error when ${verb} ${JSON.stringify(source)}: ${err.status.message ?? ''}` }, err.httpStatus);
  }
  if (err instanceof CommandError) return new CommandError(`error when ${verb} ${JSON.stringify(source)}: ${err.message}`);
  return err;
}

/** Formats an error exactly as kubectl prints it to stderr, trailing newline included. */
export function formatError(err: unknown): string {
  if (err instanceof ApiError) {
    const s = err.status;
    if (s.reason === 'Invalid') {
      const d = s.details;
      if (!d) return 'The request is invalid\n';
      const head = d.kind || d.name ? `The ${d.kind ?? ''} ${JSON.stringify(d.name ?? '')} is invalid` : 'The request is invalid';
      const causes = (d.causes ?? []).map((c) => (c.field ? `${c.field}: ${c.message ?? ''}` : (c.message ?? '')));
      if (causes.length === 0) return `${head}\n`;
      if (causes.length === 1) return `${head}: ${causes[0]}\n`;
      return `${head}: \n${causes.map((c) => `* ${c}\n`).join('')}`;
    }
    if (s.reason === 'Unauthorized') return `error: You must be logged in to the server (${s.message ?? 'Unauthorized'})\n`;
    if (s.reason) return `Error from server (${s.reason}): ${s.message ?? ''}\n`;
    return `Error from server: ${s.message ?? ''}\n`;
  }
  const msg = err instanceof Error ? err.message : String(err);
  const line = msg.startsWith('error: ') ? msg : `error: ${msg}`;
  return line.endsWith('\n') ? line : `${line}\n`;
}

/** Rewrites a BadRequest/NotFound from a list the way kubectl's resource builder does, naming the resource and
 * selectors while keeping the server's reason. */
export function listError(err: unknown, group: string, version: string, resource: string, query: { labelSelector?: string; fieldSelector?: string }): unknown {
  if (!(err instanceof ApiError) || (err.httpStatus !== 400 && err.httpStatus !== 404)) return err;
  const gvr = `${group}/${version}, Resource=${resource}`;
  const label = query.labelSelector ?? '';
  const field = query.fieldSelector ?? '';
  const message = label || field
    ? `Unable to find ${JSON.stringify(gvr)} that match label selector ${JSON.stringify(label)}, field selector ${JSON.stringify(field)}: ${err.status.message}`
    : `Unable to list ${JSON.stringify(gvr)}: ${err.status.message}`;
  return new ApiError({ ...err.status, message }, err.httpStatus);
}
