/** The Workers bundle builds (`wrangler deploy --dry-run`, offline) and the code it shares with Node imports
 * nothing Node-only: what CI runs to prove the edge build stays an adapter, not a fork. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Code that runs in workerd and the browser as well as in Node. */
const PORTABLE = ['shared', 'server/sim', 'server/api', 'server/grading', 'server/classroom', 'server/storage', 'server/runtime/workers'];
/** Node-only files inside those folders (the Node storage driver and the migrations bundler). */
const NODE_ONLY = new Set(['server/storage/sqlite-node.ts', 'server/storage/bundle-source.ts']);
const FORBIDDEN = new Set([...builtinModules, 'better-sqlite3', 'ws', '@hono/node-server']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    // Tests run only under Node and may use it.
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) && !NODE_ONLY.has(path) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

describe('the Workers build', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kp-edge-bundle-'));
  const outdir = join(scratch, 'out');
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('imports nothing Node-only from shared/, server/sim, server/api and the rest of the portable code', () => {
    const offenders: string[] = [];
    const files = PORTABLE.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      for (const spec of specifiers(readFileSync(join(ROOT, file), 'utf8'))) {
        const bare = spec.replace(/^node:/, '').split('/')[0];
        if (spec.startsWith('node:') || FORBIDDEN.has(bare) || FORBIDDEN.has(spec)) offenders.push(`${relative(ROOT, join(ROOT, file))} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('bundles with `wrangler deploy --dry-run`', async () => {
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        'npx',
        // Without a web build (`npm run build:web`) the assets folder wrangler.toml names does not exist yet.
        ['wrangler', 'deploy', '--dry-run', '--outdir', outdir, ...(existsSync(join(ROOT, 'dist/web')) ? [] : ['--assets', mkdtempSync(join(scratch, 'assets-'))])],
        { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_SEND_ERROR_REPORTS: 'false', CI: '1' } },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/--dry-run: exiting now/);
    const bundle = readFileSync(join(outdir, 'index.js'), 'utf8');
    // Both Durable Object classes wrangler.toml binds are exported by the bundle.
    const exported = /export\s*\{([^}]*)\}/.exec(bundle)?.[1] ?? '';
    expect(exported).toMatch(/\bClusterObject\b/);
    expect(exported).toMatch(/\bDirectoryObject\b/);
  }, 150_000);
});
