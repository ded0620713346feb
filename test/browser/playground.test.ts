/** End to end in headless Chromium: a learner creates a playground from the landing page, applies a Deployment
 * from the YAML editor, runs kubectl in the terminal, stops a node from the chaos menu, shares a read-only view
 * and forks. Screenshots of every step land in test-artifacts/. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { startTestServer, type TestServer } from '../helpers/server.js';

const ARTIFACTS = resolve('test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.REQUIRE_CHROMIUM === '1') throw new Error(`REQUIRE_CHROMIUM=1 but no Chromium at ${CHROMIUM}`);
  console.warn(`\n*** SKIPPING browser end-to-end tests: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH) ***\n`);
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 4
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        resources:
          requests:
            cpu: 100m
            memory: 64Mi
`;

let webRoot: string;
let server: TestServer;
const contexts: { context: BrowserContext; dir: string }[] = [];

/** Opens a page in a fresh browser profile (no shared localStorage between contexts). */
async function newPage(viewport = { width: 1280, height: 800 }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const dir = mkdtempSync(join(tmpdir(), 'kp-chromium-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport, colorScheme });
  contexts.push({ context, dir });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => console.error('page error:', err.message));
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `playground-${name}.png`) });

/** Pods drawn on the map, as their aria-labels ("Pod default/web-x, Running"). */
const mapPods = (page: Page, prefix: string) =>
  page.locator(`.stage button.pod[aria-label^="Pod ${prefix}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

/** The node each matching pod is drawn in. */
const podNodes = (page: Page, prefix: string) =>
  page.locator(`.stage button.pod[aria-label^="Pod ${prefix}"]`).evaluateAll((els) => els.map((e) => e.closest('article.node')?.getAttribute('aria-label') ?? 'unscheduled'));

async function terminalRun(page: Page, command: string): Promise<void> {
  await page.getByRole('tab', { name: 'Terminal' }).click();
  await page.locator('.xterm').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

const terminalText = (page: Page) => page.locator('.xterm-rows').innerText();

beforeAll(async () => {
  if (!hasChromium) return;
  webRoot = mkdtempSync(join(tmpdir(), 'kp-web-'));
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
  server = await startTestServer({ webRoot });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  for (const { context, dir } of contexts) {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await server?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe.runIf(hasChromium)('playground in the browser', () => {
  it('create, apply, kubectl, chaos, read-only view and fork', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'New playground' }).waitFor();
    await shot(page, '01-landing');

    // Create from the landing page: the URL becomes the playground's edit link.
    await page.getByRole('button', { name: /3-node cluster/ }).click();
    await page.waitForURL(/\/p\/[^/]+$/);
    const editKey = decodeURIComponent(new URL(page.url()).pathname.slice(3));
    await page.locator('article.node').nth(2).waitFor();
    expect(await page.locator('article.node').count()).toBe(3);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Live');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await shot(page, '02-new-playground');

    // Apply a Deployment from the YAML editor; its pods appear on the map, live.
    await page.getByRole('tab', { name: 'YAML editor' }).click();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(DEPLOYMENT);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => page.locator('.results').innerText()).toContain('deployment.apps/web');
    // The clock is paused: the pods exist but nothing has started yet.
    await expect.poll(() => mapPods(page, 'default/web-'), { timeout: 15_000 }).toHaveLength(4);
    await shot(page, '03-applied-paused');
    // The editor has search and undo: find the image, then undo the whole paste back to the starter text.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+f');
    await page.locator('.cm-search input[name="search"]').waitFor();
    await page.keyboard.type('nginx:1.27');
    await expect.poll(() => page.locator('.cm-searchMatch').count()).toBeGreaterThan(0);
    await shot(page, '03b-editor-search');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.cm-search').count()).toBe(0);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.cm-content').innerText()).not.toContain('replicas: 4');
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step one second' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await mapPods(page, 'default/web-')).filter((l) => l.endsWith(', Running')).length, { timeout: 30_000 }).toBe(4);
    await shot(page, '04-pods-running');

    // kubectl in the terminal prints the same table as real kubectl.
    await terminalRun(page, 'kubectl get pods');
    await expect.poll(() => terminalText(page), { timeout: 15_000 }).toMatch(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
    expect((await terminalText(page)).match(/web-\S+\s+1\/1\s+Running\s+0\s+\d+s/g)).toHaveLength(4);
    await shot(page, '05-terminal-get-pods');

    // Stop a worker's kubelet from the chaos menu; at 100× the 40 s grace and 5 min eviction pass in seconds.
    const before = await podNodes(page, 'default/web-');
    const victim = before.find((n) => n.includes('worker'))!.replace('Node ', '');
    await page.getByRole('button', { name: 'Chaos' }).click();
    await page.getByRole('dialog', { name: 'Chaos' }).getByRole('combobox', { name: /^What/ }).selectOption('stop-kubelet');
    await page.getByRole('dialog', { name: 'Chaos' }).getByRole('combobox', { name: /^Target/ }).selectOption(victim);
    await shot(page, '06-chaos-menu');
    await page.getByRole('dialog', { name: 'Chaos' }).getByRole('button', { name: 'Inject' }).click();
    await page.getByLabel('Speed').selectOption('100');
    const victimCard = page.locator(`article.node[aria-label="Node ${victim}"]`);
    await expect.poll(() => victimCard.locator('.badge').first().innerText(), { timeout: 30_000 }).toBe('NotReady');
    await shot(page, '07-node-not-ready');
    await expect
      .poll(async () => {
        const pods = await page.locator('.stage button.pod[aria-label^="Pod default/web-"]').evaluateAll((els) =>
          els.map((e) => ({ node: e.closest('article.node')?.getAttribute('aria-label') ?? '', label: e.getAttribute('aria-label') ?? '' })),
        );
        return pods.filter((p) => p.label.endsWith(', Running') && p.node !== `Node ${victim}`).length;
      }, { timeout: 60_000, interval: 500 })
      .toBe(4);
    await page.getByRole('button', { name: 'Pause' }).click();
    await shot(page, '08-pods-moved');

    // The view link opens the same cluster read-only: no controls, and kubectl writes are refused.
    await page.getByRole('button', { name: 'Share' }).click();
    const viewUrl = await page.getByLabel('View link').inputValue();
    await shot(page, '09-share-menu');
    await page.keyboard.press('Escape');
    const viewer = await newPage({ width: 1280, height: 800 }, 'dark');
    await viewer.goto(viewUrl);
    await viewer.getByText('read-only', { exact: true }).first().waitFor();
    await expect.poll(async () => (await mapPods(viewer, 'default/web-')).length).toBeGreaterThanOrEqual(4);
    expect(await viewer.getByRole('button', { name: 'Chaos' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Play' }).count()).toBe(0);
    await viewer.getByRole('tab', { name: 'YAML editor' }).click();
    expect(await viewer.getByRole('button', { name: 'Apply', exact: true }).count()).toBe(0);
    await terminalRun(viewer, 'kubectl scale deployment web --replicas=1');
    await expect.poll(() => terminalText(viewer), { timeout: 15_000 }).toContain('Error from server (Forbidden)');
    await shot(viewer, '10-view-forbidden-dark');
    // Both browsers count each other.
    await expect.poll(() => page.locator('.viewers').innerText()).toContain('2');

    // Fork: a new playground with the same objects, opened in edit mode.
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Fork this playground' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/p/') && decodeURIComponent(url.pathname.slice(3)) !== editKey);
    await expect.poll(async () => (await mapPods(page, 'default/web-')).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.locator('.bar .badge').first().innerText()).toBe('edit');
    await expect.poll(() => page.locator('.shell').count()).toBe(1);
    await shot(page, '11-forked');
  });

  it('lays out cleanly at desktop, wide and phone sizes in both themes', async () => {
    const pg = await server.createPlayground({ template: 'multi-zone' });
    const sizes = [
      { name: '1280', viewport: { width: 1280, height: 800 } },
      { name: '1920', viewport: { width: 1920, height: 1080 } },
      { name: 'phone', viewport: { width: 390, height: 844 } },
    ];
    for (const scheme of ['light', 'dark'] as const) {
      for (const size of sizes) {
        const page = await newPage(size.viewport, scheme);
        await page.goto(`${server.url}/p/${encodeURIComponent(pg.editKey)}`);
        await page.locator('article.node').nth(5).waitFor();
        // Nothing in the header spills past the right edge of the screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${scheme} ${size.name}`).toBeLessThanOrEqual(0);
        // The terminal fits the screen too (it sits in a clipped dock, so page overflow alone would not show it).
        await page.locator('.xterm-screen').waitFor();
        const termWidth = await page.locator('.xterm-screen').evaluate((e) => e.getBoundingClientRect().right);
        expect(termWidth, `${scheme} ${size.name} terminal`).toBeLessThanOrEqual(size.viewport.width);
        await shot(page, `layout-${size.name}-${scheme}`);
        await page.context().close();
      }
    }
    const landing = await newPage({ width: 390, height: 844 }, 'dark');
    await landing.goto(server.url);
    await landing.getByRole('heading', { name: 'New playground' }).waitFor();
    await landing.screenshot({ path: join(ARTIFACTS, 'playground-layout-landing-phone-dark.png'), fullPage: true });
  });
});
