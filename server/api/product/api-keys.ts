/** API keys for course platforms: `Authorization: Bearer <key>` or `X-Api-Key`, hashed at rest, rate-limited
 * per key with a token bucket. */
import type { Context } from 'hono';
import type { ProductStorage, ApiKeyRow } from '../../storage/product-storage.js';
import { hashKey, newId, newKey } from '../keys.js';
import { ProductError } from './errors.js';
import { TokenBuckets } from '../token-bucket.js';

const buckets = new TokenBuckets();

/** Creates an API key (operator command or environment); returns the secret once. */
export async function createApiKey(product: ProductStorage, name: string, now: number, secret?: string): Promise<{ row: ApiKeyRow; key: string }> {
  const id = newId();
  const key = secret ?? newKey(`ak${id}`);
  const row = { id, name, keyHash: await hashKey(key), createdAt: now, ratePerMinute: 600 };
  product.insertApiKey(row);
  return { row: product.apiKeyByHash(row.keyHash)!, key };
}

/** The caller's API key, or a 401/429 product error. */
export async function requireApiKey(c: Context, product: ProductStorage | undefined, now: number): Promise<ApiKeyRow> {
  const raw = c.req.header('x-api-key') ?? c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (!raw || !product) throw new ProductError(401, 'unauthorized', 'an API key is required (Authorization: Bearer <key> or X-Api-Key)');
  const row = product.apiKeyByHash(await hashKey(raw));
  if (!row) throw new ProductError(401, 'unauthorized', 'unknown API key');
  if (!buckets.take(row.id, { perSecond: row.ratePerMinute / 60, burst: row.ratePerMinute }, now)) {
    throw new ProductError(429, 'rate_limited', `rate limit of ${row.ratePerMinute} requests per minute exceeded`);
  }
  return row;
}

/** Registers keys from a `name:secret,other:secret2` list (the PLAYGROUND_API_KEYS setting); a key already
 * stored is left as it is. */
export async function importApiKeys(product: ProductStorage, list: string, now: number): Promise<void> {
  for (const entry of list.split(',').filter(Boolean)) {
    const i = entry.indexOf(':');
    const [name, secret] = i > 0 ? [entry.slice(0, i), entry.slice(i + 1)] : ['env', entry];
    if (secret.length < 24) throw new Error(`PLAYGROUND_API_KEYS: the key for "${name}" must be at least 24 characters`);
    await createApiKey(product, name, now, secret);
  }
}
