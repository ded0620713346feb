/** Benchmark of the playground page in headless Chromium: time from navigation until every pod of a 100-pod
 * cluster is drawn on the map, and frame times and long tasks while 200 pods of a 1,000-pod cluster change. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { buildNode } from '../../server/sim/bootstrap/nodes.js';
import { Rng } from '../../server/sim/rng.js';
import type { CreatedPlayground } from '../../shared/api/product.js';
import { ms, percentile, report } from './stats.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function post(url: string, body: unknown, method = 'POST', type = 'application/json'): Promise<unknown> {
  const res = await fetch(url, { method, headers: { 'content-type': type }, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

function deployment(name: string, replicas: number) {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', resources: { requests: { cpu: '1m', memory: '1Mi' } } }] } },
    },
  };
}

async function podCount(pg: CreatedPlayground): Promise<{ total: number; running: number }> {
  const list = (await (await fetch(`${pg.kubeServer}/api/v1/pods`)).json()) as { items: { status?: { phase?: string } }[] };
  return { total: list.items.length, running: list.items.filter((p) => p.status?.phase === 'Running').length };
}

/** A paused playground whose `extraNodes` extra nodes and Deployments add up to `pods` Running pods in all. */
async function bigPlayground(server: TestServer, pods: number, extraNodes: number): Promise<CreatedPlayground> {
  const pg = await server.createPlayground({ template: 'default', seed: 3 });
  const clock = (body: unknown) => post(`${server.url}/api/playgrounds/${encodeURIComponent(pg.editKey)}/clock`, body);
  await clock({ action: 'pause' });
  const rng = new Rng(9);
  const now = pg.clock.now;
  for (let i = 0; i < extraNodes; i++) {
    const node = buildNode({ name: `bench-${i + 1}`, controlPlane: false, tainted: false, cpu: 32, memoryKi: 64 * 1024 * 1024 }, 10 + i, now, rng);
    node.status.capacity.pods = node.status.allocatable.pods = '250';
    await post(`${pg.kubeServer}/api/v1/nodes`, node);
  }
  const system = (await podCount(pg)).total;
  let left = pods - system;
  for (let d = 0; left > 0; d++) {
    const n = Math.min(100, left);
    await post(`${pg.kubeServer}/apis/apps/v1/namespaces/default/deployments`, deployment(`app-${d}`, n));
    left -= n;
  }
  for (let i = 0; i < 80 && (await podCount(pg)).running < pods; i++) {
    await clock({ action: 'step', seconds: 2 });
  }
  const counted = await podCount(pg);
  if (counted.running < pods) throw new Error(`only ${counted.running}/${pods} pods Running`);
  return pg;
}

/** Milliseconds from navigation start until `count` pods are drawn on the map. */
async function timeToDraw(page: Page, url: string, count: number): Promise<number> {
  await page.goto('about:blank');
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((n) => document.querySelectorAll('.stage button.pod').length >= n, count, { polling: 'raf', timeout: 30_000 });
  return Date.now() - start;
}

/** Records frame intervals and long tasks in the page. Kept as source text: the TypeScript loader would wrap
 * named functions in a helper that does not exist in the page. */
const RECORDER = `(() => {
  const w = window;
  w.__frames = [];
  w.__long = [];
  w.__stop = false;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask' });
  let last = performance.now();
  const frame = (t) => { w.__frames.push(t - last); last = t; if (!w.__stop) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})()`;

async function stopRecording(page: Page): Promise<{ frames: number[]; long: number[] }> {
  return page.evaluate('(() => { window.__stop = true; return { frames: window.__frames, long: window.__long }; })()');
}

/** Runs the UI benchmarks and prints their figures. */
export async function benchUi(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.warn(`*** SKIPPING UI benchmark: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH) ***`);
    return;
  }
  const webRoot = mkdtempSync(join(tmpdir(), 'kp-web-'));
  const profile = mkdtempSync(join(tmpdir(), 'kp-chromium-'));
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
  const server = await startTestServer({ webRoot });
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1920, height: 1080 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());

    const small = await bigPlayground(server, 100, 0);
    const smallUrl = `${server.url}/p/${encodeURIComponent(small.editKey)}`;
    await timeToDraw(page, smallUrl, 100);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) times.push(await timeToDraw(page, smallUrl, 100));
    report('100-pod cluster: navigation → all pods drawn, p50 / max', `${ms(percentile(times, 50))} / ${ms(Math.max(...times))}`);

    const big = await bigPlayground(server, 1000, 4);
    const bigUrl = `${server.url}/p/${encodeURIComponent(big.editKey)}`;
    report('1,000-pod cluster: navigation → all pods drawn', ms(await timeToDraw(page, bigUrl, 1000)));

    // 200 pods change: two Deployments roll out a new template while the clock runs at 10×.
    await new Promise((r) => setTimeout(r, 1000));
    await page.evaluate(RECORDER);
    const restart = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' } } } } };
    for (const name of ['app-0', 'app-1']) {
      await post(`${big.kubeServer}/apis/apps/v1/namespaces/default/deployments/${name}`, restart, 'PATCH', 'application/strategic-merge-patch+json');
    }
    await post(`${server.url}/api/playgrounds/${encodeURIComponent(big.editKey)}/clock`, { action: 'speed', speed: 10 });
    await post(`${server.url}/api/playgrounds/${encodeURIComponent(big.editKey)}/clock`, { action: 'resume' });
    await new Promise((r) => setTimeout(r, 8000));
    const { frames, long } = await stopRecording(page);
    const drawn = await page.locator('.stage button.pod').count();
    const counted = await podCount(big);
    report('1,000 pods, 200 rolling: frames / p50 / p95 / max frame', `${frames.length} / ${ms(percentile(frames, 50))} / ${ms(percentile(frames, 95))} / ${ms(Math.max(...frames))}`);
    report('1,000 pods, 200 rolling: long tasks (count, total)', `${long.length}, ${ms(long.reduce((a, b) => a + b, 0))} (pods: ${counted.total} in the API, ${drawn} drawn)`);
  } finally {
    await context.close();
    await server.close();
    rmSync(webRoot, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
