import { describe, it, expect } from 'vitest';
import { Shell, type ShellHost } from './shell.js';

function setup() {
  const out: string[] = [];
  const runs: { argv: string[]; stdin?: string }[] = [];
  let release: (() => void) | null = null;
  const host: ShellHost = {
    write: (s) => out.push(s),
    clear: () => out.push('<clear>'),
    history: () => ['kubectl get pods'],
    kubectl: (argv, stdin, signal) =>
      new Promise((resolve) => {
        runs.push({ argv, stdin });
        if (argv.includes('-w')) {
          release = () => resolve(0);
          signal.addEventListener('abort', () => resolve(130));
        } else resolve(0);
      }),
  };
  return { shell: new Shell(host), out, runs, release: () => release?.() };
}

describe('Shell', () => {
  it('runs kubectl and its k alias with argv split like a shell', async () => {
    const { shell, runs } = setup();
    await shell.submit(`kubectl get pods -l 'app=web'`);
    await shell.submit('k get svc');
    expect(runs.map((r) => r.argv)).toEqual([['get', 'pods', '-l', 'app=web'], ['get', 'svc']]);
  });
  it('collects a heredoc and passes it as stdin', async () => {
    const { shell, runs } = setup();
    await shell.submit('kubectl apply -f - <<EOF');
    expect(shell.prompt).toBe('> ');
    await shell.submit('apiVersion: v1');
    await shell.submit('kind: Namespace');
    await shell.submit('EOF');
    expect(runs).toEqual([{ argv: ['apply', '-f', '-'], stdin: 'apiVersion: v1\nkind: Namespace\n' }]);
    expect(shell.prompt).toBe('$ ');
  });
  it('accepts a quoted terminator written apart from <<', async () => {
    const { shell, runs } = setup();
    await shell.submit(`kubectl apply -f - << 'END'`);
    await shell.submit('x: 1');
    await shell.submit('END');
    expect(runs[0]).toEqual({ argv: ['apply', '-f', '-'], stdin: 'x: 1\n' });
  });
  it('aborts a watching command on Ctrl-C', async () => {
    const { shell } = setup();
    const p = shell.submit('kubectl get pods -w');
    expect(shell.running).toBe(true);
    shell.interrupt();
    await p;
    expect(shell.running).toBe(false);
  });
  it('explains unknown commands and prints help', async () => {
    const { shell, out } = setup();
    await shell.submit('ls -la');
    await shell.submit('help');
    expect(out[0]).toBe("ls: command not found (this terminal runs kubectl only; try 'help')\n");
    expect(out[1]).toContain('kubectl apply -f - <<EOF');
  });
});
