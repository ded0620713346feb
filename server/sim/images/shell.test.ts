import { describe, it, expect } from 'vitest';
import { busyboxDate, loopLines, runScript, type ShellEnv } from './shell.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const env: ShellEnv = { vars: { HOSTNAME: 'pod-a' }, startedAt: T0, environment: () => ['A=1', 'B=2'] };

describe('shell simulation', () => {
  it('echoes, sleeps and exits', () => {
    const r = runScript('echo "hello world"; sleep 5; echo done && exit 3', env);
    expect(r.lines).toEqual([
      { at: 0, text: 'hello world' },
      { at: 5000, text: 'done' },
    ]);
    expect(r.endAt).toBe(5000);
    expect(r.exitCode).toBe(3);
  });

  it('runs forever on sleep infinity and tracks files', () => {
    const r = runScript('touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600', env);
    expect(r.endAt).toBe(30_000 + 600_000);
    expect(r.files).toEqual([
      { at: 0, path: '/tmp/healthy', exists: true },
      { at: 30_000, path: '/tmp/healthy', exists: false },
    ]);
    expect(runScript('echo hi; sleep infinity', env).endAt).toBeUndefined();
  });

  it('evaluates endless counter loops lazily', () => {
    const src = 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done';
    const r = runScript(src, env);
    expect(r.endAt).toBeUndefined();
    const lines = loopLines(r, env, 0, 3000, 100);
    expect(lines.map((l) => l.text)).toEqual([`0: ${busyboxDate(T0)}`, `1: ${busyboxDate(T0 + 1000)}`, `2: ${busyboxDate(T0 + 2000)}`, `3: ${busyboxDate(T0 + 3000)}`]);
    const late = loopLines(r, env, 0, 86_400_000, 2);
    expect(late.map((l) => l.text.split(':')[0])).toEqual(['86399', '86400']);
  });

  it('prints the environment and expands variables', () => {
    expect(runScript('env', env).lines.map((l) => l.text)).toEqual(['A=1', 'B=2']);
    expect(runScript('echo $HOSTNAME', env).lines[0].text).toBe('pod-a');
    expect(runScript("echo 'no $HOSTNAME'", env).lines[0].text).toBe('no $HOSTNAME');
  });
});
