/** Product API errors: `{error: {code, message, details}}` with an HTTP status. */
import type { Context } from 'hono';
import { ZodError } from 'zod';

export class ProductError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what = 'playground') => new ProductError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'this link is read-only') => new ProductError(403, 'forbidden', message);

/** Converts a thrown error into the product API's JSON error response. */
export function productErrorResponse(c: Context, err: unknown): Response {
  if (err instanceof ProductError) return c.json({ error: { code: err.code, message: err.message, details: err.details } }, err.status as 400);
  if (err instanceof ZodError) return c.json({ error: { code: 'invalid_request', message: 'the request body is invalid', details: err.issues } }, 400);
  if (err instanceof SyntaxError) return c.json({ error: { code: 'invalid_json', message: `the request body is not valid JSON: ${err.message}` } }, 400);
  console.error('internal error on the product API:', err);
  return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
}

/** Parses a JSON body (empty → {}), with a size limit. */
export async function jsonBody(c: Context, limit = 1024 * 1024): Promise<unknown> {
  const text = await c.req.text();
  if (text.length > limit) throw new ProductError(413, 'too_large', `request body exceeds ${limit} bytes`);
  if (text.trim() === '') return {};
  return JSON.parse(text);
}
