/** HTTP status codes a patch failure maps to, as kube-apiserver reports them. */
export type PatchErrorCode = 400 | 409 | 422 | 500;

/** A patch that cannot be applied; the route turns it into a Status with `code` (BadRequest 400, Invalid 422). */
export class PatchError extends Error {
  readonly code: PatchErrorCode;

  constructor(message: string, code: PatchErrorCode = 422) {
    super(message);
    this.name = 'PatchError';
    this.code = code;
  }
}
