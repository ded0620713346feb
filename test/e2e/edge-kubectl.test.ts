/** Real kubectl against the edge build served locally by wrangler (what `npm run dev:edge` runs): the same
 * Worker and Durable Objects as production, offline, on a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable, kubectlFor } from '../helpers/kubectl.js';

const hasKubectl = kubectlAvailable();
const ROOT = join(import.meta.dirname, '..', '..');

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.runIf(hasKubectl)('real kubectl against the edge build (wrangler dev)', () => {
  let child: ChildProcess | undefined;
  let output = '';
  const scratch = mkdtempSync(join(tmpdir(), 'kp-edge-dev-'));
  let base = '';
  let k: ReturnType<typeof kubectlFor>;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const args = ['scripts/dev-edge.mjs', '--persist-to', join(scratch, 'state')];
    if (!existsSync(join(ROOT, 'dist/web'))) args.push('--assets', mkdtempSync(join(scratch, 'assets-')));
    // Its own process group, so wrangler and the workerd it starts are stopped together.
    child = spawn(process.execPath, args, { cwd: ROOT, detached: true, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => void (output += d));
    child.stderr?.on('data', (d) => void (output += d));
    await until('wrangler dev to answer /healthz', async () => ((await fetch(`${base}/healthz`)).ok ? true : undefined), 40_000).catch((err: Error) => {
      throw new Error(`${err.message}\n${output}`);
    });
    const res = await fetch(`${base}/api/playgrounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"edge-e2e"}' });
    expect(res.status).toBe(201);
    const pg = (await res.json()) as { kubeServer: string; editKey: string };
    expect(pg.kubeServer.startsWith(`${base}/clusters/`)).toBe(true);
    // Simulated time at 100×: image pulls and container starts take real milliseconds.
    await fetch(`${base}/api/playgrounds/${pg.editKey}/clock`, { method: 'POST', body: JSON.stringify({ action: 'speed', speed: 100 }) });
    k = kubectlFor(pg.kubeServer);
  }, 60_000);

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(scratch, { recursive: true, force: true });
  });

  it('lists the nodes', async () => {
    const nodes = await k(['get', 'nodes']);
    expect(nodes.code, nodes.stderr).toBe(0);
    expect(nodes.stdout.split('\n')[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    expect(nodes.stdout).toMatch(/worker-1\s+Ready/);
  });

  it('applies a Deployment whose pods come up Running, driven by Durable Object alarms', async () => {
    const applied = await k(['apply', '-f', '-'], DEPLOYMENT);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout.trim()).toBe('deployment.apps/web created');
    const pods = await until(
      'two Running web pods',
      async () => {
        const r = await k(['get', 'pods', '-l', 'app=web']);
        return r.stdout.match(/^web-\S+\s+1\/1\s+Running\s+0\s+\S+$/gm)?.length === 2 ? r.stdout : undefined;
      },
      30_000,
    );
    expect(pods.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
  }, 40_000);

  it('creates a Deployment from a protobuf body and deletes it', async () => {
    const created = await k(['create', 'deployment', 'hello', '--image=nginx:1.25', '--replicas=1']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout.trim()).toBe('deployment.apps/hello created');
    const got = await k(['get', 'deployment', 'hello', '-o', 'jsonpath={.spec.template.spec.containers[0].image}']);
    expect(got.stdout).toBe('nginx:1.25');
    const deleted = await k(['delete', 'deployment', 'hello']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout.trim()).toBe('deployment.apps "hello" deleted');
    const gone = await k(['get', 'deployment', 'hello']);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain('deployments.apps "hello" not found');
  });
});
