/** Runs the real kubectl on PATH against a playground, with a private HOME so caches never leak. */
import { execFile, spawnSync, type ChildProcess } from 'node:child_process';
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

/** A kubectl left running (`logs -f`, `get -w`, `drain`): its output so far, waits on it, and its end. */
export interface BackgroundKubectl {
  stdout(): string;
  /** Resolves once `check(stdout so far)` holds; rejects when kubectl exits first or after `ms`. */
  waitFor(check: (stdout: string) => boolean, what: string, ms?: number): Promise<void>;
  /** Stops kubectl (SIGTERM) if it still runs and resolves with what it printed. */
  stop(): Promise<KubectlResult>;
  /** Resolves when kubectl exits by itself (or is killed after its timeout). */
  done: Promise<KubectlResult>;
}

/** kubectl bound to one server: `run(args)` waits for it to exit, `run.start(args)` leaves it running. */
export function kubectlFor(server: string) {
  const home = mkdtempSync(join(tmpdir(), 'kp-kubectl-'));
  const launch = (args: string[], input: string | undefined, timeoutMs: number): { child: ChildProcess; done: Promise<KubectlResult> } => {
    let child!: ChildProcess;
    const done = new Promise<KubectlResult>((resolve) => {
      child = execFile(
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
    return { child, done };
  };
  const run = (args: string[], input?: string, timeoutMs = 20_000): Promise<KubectlResult> => launch(args, input, timeoutMs).done;
  const start = (args: string[], timeoutMs = 60_000): BackgroundKubectl => {
    const { child, done } = launch(args, undefined, timeoutMs);
    let out = '';
    let exited = false;
    child.stdout?.on('data', (d) => (out += String(d)));
    void done.then(() => (exited = true));
    return {
      stdout: () => out,
      async waitFor(check, what, ms = 20_000) {
        const deadline = Date.now() + ms;
        while (!check(out)) {
          if (exited) throw new Error(`kubectl ${args.join(' ')} exited before ${what}: ${JSON.stringify(await done)}`);
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; kubectl printed: ${out}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      },
      stop() {
        if (!exited) child.kill('SIGTERM');
        return done;
      },
      done,
    };
  };
  return Object.assign(run, { start });
}
