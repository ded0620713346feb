/** Runs the real kubectl on PATH against a playground, with a private HOME so caches never leak. */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether a real kubectl is installed; CI sets REQUIRE_KUBECTL=1 to make its absence a failure. */
export function kubectlAvailable(): boolean {
  const found = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  if (!found) {
    if (process.env.REQUIRE_KUBECTL === '1') throw new Error('REQUIRE_KUBECTL=1 but no kubectl on PATH');
    console.warn('\n*** SKIPPING real-kubectl end-to-end tests: no kubectl on PATH ***\n');
  }
  return found;
}

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function kubectlFor(server: string) {
  const home = mkdtempSync(join(tmpdir(), 'kp-kubectl-'));
  const run = (args: string[], input?: string, timeoutMs = 20_000): Promise<KubectlResult> =>
    new Promise((resolve) => {
      const child = execFile(
        'kubectl',
        ['--server', server, '--cache-dir', join(home, 'cache'), ...args],
        { env: { ...process.env, HOME: home, KUBECONFIG: join(home, 'none') }, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      if (input !== undefined) {
        child.stdin?.write(input);
        child.stdin?.end();
      }
    });
  return run;
}
