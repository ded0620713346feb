import { describe, it, expect } from 'vitest';
import { ApiError, formatError, listError } from './errors';

const badRequest = new ApiError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'BadRequest', message: 'unable to parse requirement', code: 400 }, 400);

describe('listError', () => {
  it('names the resource and selectors of a failed list, as kubectl does', () => {
    expect(formatError(listError(badRequest, '', 'v1', 'pods', { labelSelector: 'app in (x' }))).toBe(
      'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app in (x", field selector "": unable to parse requirement\n',
    );
    expect(formatError(listError(badRequest, 'apps', 'v1', 'deployments', {}))).toBe(
      'Error from server (BadRequest): Unable to list "apps/v1, Resource=deployments": unable to parse requirement\n',
    );
  });

  it('leaves other errors alone', () => {
    const forbidden = new ApiError({ ...badRequest.status, reason: 'Forbidden', code: 403, message: 'no' }, 403);
    expect(listError(forbidden, '', 'v1', 'pods', {})).toBe(forbidden);
  });
});
