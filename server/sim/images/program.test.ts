import { describe, it, expect } from 'vitest';
import { containerProgram, programFileExists, programLines } from './program.js';
import { resolveImage } from './registry.js';
import { piDigits } from './pi.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const behavior = (image: string) => {
  const r = resolveImage(undefined, image);
  if (!r.ok) throw new Error(r.error);
  return r.behavior;
};
const prog = (image: string, command?: string[], args?: string[], env: Record<string, string> = {}) =>
  containerProgram({ command, args, behavior: behavior(image), env, environment: [], startedAt: T0 });

describe('container programs', () => {
  it('servers run forever and listen on their ports', () => {
    const p = prog('nginx:1.25');
    expect(p.kind).toBe('server');
    expect(p.exitAfter).toBeUndefined();
    expect(p.ports).toEqual([80]);
  });

  it('busybox runs what the command says', () => {
    expect(prog('busybox', ['sh', '-c', 'exit 1']).exitCode).toBe(1);
    expect(prog('busybox', ['sh', '-c', 'echo hello; sleep 3600']).exitAfter).toBe(3_600_000);
    const echo = prog('busybox', ['echo', 'done']);
    expect(echo.exitAfter).toBe(0);
    expect(programLines(echo, 0, 10, 10).map((l) => l.text)).toEqual(['done']);
    // Without a command busybox runs `sh`, which exits at once without a terminal.
    expect(prog('busybox').exitAfter).toBe(0);
  });

  it('models the liveness tutorial file and the memory tutorial stress', () => {
    const live = prog('registry.k8s.io/busybox:1.27.2', undefined, ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600']);
    expect(programFileExists(live, '/tmp/healthy', 10_000)).toBe(true);
    expect(programFileExists(live, '/tmp/healthy', 31_000)).toBe(false);
    const stress = prog('polinux/stress', ['stress'], ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1']);
    expect(stress.memoryBytes).toBeGreaterThan(250 * 1024 * 1024);
    expect(stress.lines[0].text).toBe('stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd');
  });

  it('postgres without a password exits with its real complaint', () => {
    const p = prog('postgres:16');
    expect(p.exitCode).toBe(1);
    expect(p.lines[0].text).toContain('Database is uninitialized and superuser password is not specified');
    expect(prog('postgres:16', undefined, undefined, { POSTGRES_PASSWORD: 'x' }).exitAfter).toBeUndefined();
  });

  it('perl computes pi for the Job example', () => {
    expect(piDigits(10)).toBe('3.141592654');
    const p = prog('perl:5.34.0', ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)']);
    expect(p.exitCode).toBe(0);
    expect(p.lines[0].text.startsWith('3.14159265358979323846')).toBe(true);
    expect(p.lines[0].text.length).toBe(2001);
  });
});
