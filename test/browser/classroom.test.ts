/** End to end in headless Chromium: a teacher creates a classroom, two students join from separate browser
 * contexts, one solves the exercise in the in-browser terminal, and the teacher's grid updates live. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { startTestServer, type TestServer } from '../helpers/server.js';

const ARTIFACTS = resolve('test-artifacts');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let webRoot: string;
let server: TestServer;
const contexts: { context: BrowserContext; dir: string }[] = [];

async function newPage(): Promise<Page> {
  const dir = mkdtempSync(join(tmpdir(), 'kp-chromium-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1400, height: 900 } });
  contexts.push({ context, dir });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => console.error('page error:', err.message));
  return page;
}

beforeAll(async () => {
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
  rmSync(webRoot, { recursive: true, force: true });
});

async function joinAs(code: string, name: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${server.url}/c/${code}`);
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('heading', { name: 'Scale a Deployment' }).waitFor();
  await page.locator('.xterm').waitFor();
  return page;
}

describe('classroom in the browser', () => {
  it('a teacher watches two students, one solving the exercise in the terminal, live', async () => {
    const teacher = await newPage();
    await teacher.goto(server.url);
    await teacher.getByRole('link', { name: 'Create classroom' }).click();
    await teacher.getByLabel('Classroom name').fill('Kubernetes 101');
    await teacher.locator('label.ex', { hasText: 'Scale a Deployment' }).locator('input').check();
    await teacher.getByRole('button', { name: 'Create classroom' }).click();
    const code = (await teacher.getByTestId('join-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(new URL(teacher.url()).pathname).toMatch(/^\/c\/t\//);

    const ana = await joinAs(code, 'Ana');
    const ben = await joinAs(code, 'Ben');
    const anaCard = teacher.locator('[data-student="Ana"]');
    const benCard = teacher.locator('[data-student="Ben"]');
    await expect.poll(() => teacher.locator('[data-student]').count()).toBe(2);
    await expect.poll(() => anaCard.getByTestId('progress').textContent()).toBe('1/4');

    // Ana types the solution into the in-browser terminal.
    await ana.locator('.xterm').click();
    await ana.keyboard.type('kubectl scale deployment web --replicas=3');
    await ana.keyboard.press('Enter');
    await expect.poll(() => ana.locator('.xterm-rows').textContent(), { timeout: 15_000 }).toContain('deployment.apps/web scaled');

    // Grading follows the simulated clock: the pods need a few simulated seconds to start.
    await expect.poll(() => anaCard.getByTestId('progress').textContent(), { timeout: 60_000, interval: 250 }).toBe('4/4');
    await expect.poll(() => ana.getByTestId('checks-passed').textContent(), { timeout: 10_000 }).toBe('4/4');
    await expect.poll(() => anaCard.locator('.dot').count()).toBe(3);
    expect(await benCard.getByTestId('progress').textContent()).toBe('1/4');
    expect(await teacher.getByTestId('solved').textContent()).toBe('1/2');

    await teacher.screenshot({ path: join(ARTIFACTS, 'classroom-teacher.png'), fullPage: true });
    await ana.screenshot({ path: join(ARTIFACTS, 'classroom-student-solved.png') });
    await ben.screenshot({ path: join(ARTIFACTS, 'classroom-student-start.png') });

    // Coming back from the same browser returns Ana to the same playground.
    const before = ana.url();
    await ana.reload();
    await ana.getByRole('heading', { name: 'Scale a Deployment' }).waitFor();
    expect(ana.url()).toBe(before);
    await expect.poll(() => ana.getByTestId('checks-passed').textContent()).toBe('4/4');

    // The teacher opens Ana's playground read-only.
    const [readOnly] = await Promise.all([teacher.context().waitForEvent('page'), anaCard.getByRole('link', { name: 'Open read-only' }).click()]);
    await readOnly.getByText('read-only', { exact: true }).waitFor();
  });
});
