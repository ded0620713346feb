import { describe, it, expect } from 'vitest';
import { UsageError, boolFlag, flag, listFlag, parseArgs, tokenize } from './parse';

describe('tokenize', () => {
  it('splits like a shell, honouring quotes and escapes', () => {
    expect(tokenize(`get pods -o jsonpath='{.items[*].metadata.name}' -l "app=web app"`)).toEqual([
      'get',
      'pods',
      '-o',
      'jsonpath={.items[*].metadata.name}',
      '-l',
      'app=web app',
    ]);
    expect(tokenize('label pod a note=hello\\ world')).toEqual(['label', 'pod', 'a', 'note=hello world']);
  });

  it('rejects an unterminated quote', () => {
    expect(() => tokenize('get "pods')).toThrow(UsageError);
  });
});

describe('parseArgs', () => {
  it('accepts every spelling cobra accepts', () => {
    const p = parseArgs(['pods', '-nkube-system', '-owide', '--selector=app=web', '-A', '-L', 'a,b', '-L', 'c'], 'get');
    expect(flag(p, 'namespace')).toBe('kube-system');
    expect(flag(p, 'output')).toBe('wide');
    expect(flag(p, 'selector')).toBe('app=web');
    expect(boolFlag(p, 'all-namespaces')).toBe(true);
    expect(listFlag(p, 'label-columns', true)).toEqual(['a', 'b', 'c']);
    expect(p.args).toEqual(['pods']);
  });

  it('reads -f as --follow for logs but as --filename elsewhere', () => {
    expect(boolFlag(parseArgs(['web', '-f'], 'logs'), 'follow')).toBe(true);
    expect(listFlag(parseArgs(['-f', '-'], 'apply'), 'filename')).toEqual(['-']);
  });

  it('keeps arguments after -- apart and fills optional flags', () => {
    const p = parseArgs(['job', 'j', '--image=busybox', '--dry-run', '--', 'echo', '-n', 'hi'], 'create');
    expect(p.rest).toEqual(['echo', '-n', 'hi']);
    expect(flag(p, 'dry-run')).toBe('unchanged');
  });

  it('rejects unknown flags', () => {
    expect(() => parseArgs(['--nope'], 'get')).toThrow('unknown flag: --nope');
    expect(() => parseArgs(['-w'], 'apply')).toThrow("unknown shorthand flag: 'w' in -w");
  });
});
