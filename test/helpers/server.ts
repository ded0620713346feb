/** Starts the Node runtime on a random port with a throwaway database, for end-to-end tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNodeServer } from '../../server/runtime/node/server.js';
import type { CreatedPlayground } from '../../shared/api/product.js';

export interface TestServer {
  url: string;
  dir: string;
  createPlayground(body?: Record<string, unknown>): Promise<CreatedPlayground>;
  close(): Promise<void>;
}

/** `realNow` replaces the server's wall clock (a frozen one keeps simulated time still until a test steps it). */
export async function startTestServer(opts: { webRoot?: string; databasePath?: string; realNow?: () => number } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kp-test-'));
  const server = await startNodeServer({ port: 0, databasePath: opts.databasePath ?? join(dir, 'test.db'), webRoot: opts.webRoot, realNow: opts.realNow });
  return {
    url: server.url,
    dir,
    async createPlayground(body = {}) {
      const res = await fetch(`${server.url}/api/playgrounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status !== 201) throw new Error(`create playground: ${res.status} ${await res.text()}`);
      return (await res.json()) as CreatedPlayground;
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
