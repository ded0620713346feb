/** Query-string and header conventions of the Kubernetes API. */
import type { Context } from 'hono';
import type { WriteOptions, FieldValidation } from '../registry/context.js';
import { errors } from './status.js';

/** Whether the client asked for a meta.k8s.io Table (kubectl's human output). */
export function wantsTable(c: Context): boolean {
  const accept = c.req.header('accept') ?? '';
  const first = accept.split(',')[0] ?? '';
  return /as=Table/.test(first);
}

/** includeObject for Table rows: None, Metadata (default) or Object. */
export function includeObject(c: Context): 'None' | 'Metadata' | 'Object' {
  const v = c.req.query('includeObject');
  return v === 'None' || v === 'Object' ? v : 'Metadata';
}

export function intQuery(c: Context, name: string): number | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw errors.badRequest(`invalid value for ${name}: ${JSON.stringify(v)}`);
  return n;
}

export function writeOptions(c: Context): WriteOptions {
  const dryRun = c.req.queries('dryRun') ?? [];
  for (const d of dryRun) if (d !== 'All') throw errors.badRequest(`dryRun: Unsupported value: "${d}": supported values: "All"`);
  const fv = c.req.query('fieldValidation');
  if (fv !== undefined && !['Strict', 'Warn', 'Ignore'].includes(fv)) {
    throw errors.badRequest(`fieldValidation: Unsupported value: "${fv}": supported values: "Ignore", "Strict", "Warn"`);
  }
  const manager = c.req.query('fieldManager');
  if (manager !== undefined && manager.length > 128) throw errors.badRequest('fieldManager: Too long: may not be longer than 128');
  return {
    dryRun: dryRun.length > 0,
    fieldManager: manager || userAgentManager(c.req.header('user-agent')),
    fieldValidation: fv as FieldValidation | undefined,
    force: c.req.query('force') === 'true',
  };
}

/** The default field manager is the user agent up to its first '/', as in the real server. */
function userAgentManager(ua: string | undefined): string | undefined {
  if (!ua) return undefined;
  return ua.split('/')[0].slice(0, 128) || undefined;
}

/** `Warning` response header values (RFC 7234 format kubectl prints as `Warning: ...`). */
export function warningHeader(warnings: string[]): string | undefined {
  if (warnings.length === 0) return undefined;
  return warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ');
}
