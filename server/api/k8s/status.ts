/** Kubernetes `Status` errors: every failure on the Kubernetes API is one of these. */
import type { Status, StatusCause } from '../../../shared/k8s/types.js';

export type StatusReason =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Gone'
  | 'Expired'
  | 'Invalid'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'TooManyRequests'
  | 'InternalError';

/** An error that carries the Status the API answers with. */
export class StatusError extends Error {
  constructor(
    public readonly code: number,
    public readonly reason: StatusReason,
    message: string,
    public readonly details?: Status['details'],
  ) {
    super(message);
  }

  toStatus(): Status {
    const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: this.message, reason: this.reason, code: this.code };
    if (this.details) s.details = this.details;
    return s;
  }
}

/** `group` part of a qualified resource in messages: `deployments.apps "x" not found`. */
function qualified(resource: string, group: string): string {
  return group ? `${resource}.${group}` : resource;
}

export const errors = {
  badRequest: (message: string) => new StatusError(400, 'BadRequest', message),
  unauthorized: () => new StatusError(401, 'Unauthorized', 'Unauthorized'),
  forbidden: (verb: string, resource: string, group: string, namespace: string | undefined, message = 'this playground link is read-only') =>
    new StatusError(
      403,
      'Forbidden',
      `${qualified(resource, group)} is forbidden: User "system:anonymous" cannot ${verb} resource "${resource}" in API group "${group}"${namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope'}: ${message}`,
      { group, kind: resource },
    ),
  notFound: (resource: string, group: string, name: string) =>
    new StatusError(404, 'NotFound', `${qualified(resource, group)} "${name}" not found`, { name, group, kind: resource }),
  notFoundPath: () => new StatusError(404, 'NotFound', 'the server could not find the requested resource'),
  alreadyExists: (resource: string, group: string, name: string) =>
    new StatusError(409, 'AlreadyExists', `${qualified(resource, group)} "${name}" already exists`, { name, group, kind: resource }),
  conflict: (resource: string, group: string, name: string, why: string) =>
    new StatusError(409, 'Conflict', `Operation cannot be fulfilled on ${qualified(resource, group)} "${name}": ${why}`, { name, group, kind: resource }),
  expired: (message: string) => new StatusError(410, 'Expired', message),
  invalid: (kindQualified: string, name: string, message: string, causes: StatusCause[], group: string, kind: string) =>
    new StatusError(422, 'Invalid', message, { name, group, kind, causes }),
  tooLarge: (message = 'Request entity too large: limit is 3145728') => new StatusError(413, 'RequestEntityTooLarge', message),
  unsupportedMediaType: (type: string) => new StatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf (got ${type})`),
  methodNotAllowed: (message = 'the server does not allow this method on the requested resource') => new StatusError(405, 'MethodNotAllowed', message),
  tooManyRequests: (message = 'Too many requests, please try again later.') => new StatusError(429, 'TooManyRequests', message, { retryAfterSeconds: 1 }),
  internal: (message: string) => new StatusError(500, 'InternalError', `Internal error occurred: ${message}`),
};

/** Status for a successful delete of a non-pod object. */
export function successStatus(resource: string, group: string, name: string, uid?: string): Status {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 200, details: { name, group, kind: resource, uid } };
}
