import { describe, it, expect } from 'vitest';
import { goYaml } from './go-yaml';
import { executeJsonPath } from './jsonpath';
import { toJson } from './yaml-json';

describe('goYaml', () => {
  it('quotes like go-yaml v2 and leaves sequences unindented', () => {
    expect(goYaml({ b: ['x', { k: 1 }], a: '123', c: 'a: b', d: '', e: 'yes', f: null, g: {}, n: 'on' })).toBe(
      'a: "123"\nb:\n- x\n- k: 1\nc: \'a: b\'\nd: ""\ne: "yes"\nf: null\ng: {}\n"n": "on"\n',
    );
  });

  it('leaves IP addresses plain but quotes what Go would parse as a number', () => {
    expect(goYaml({ ip: '10.96.0.1', f: '1.5', u: '1_000', h: '0x1F', o: '0755', e: '1e3', v: 'v1.32', t: '1:20' })).toBe(
      'e: "1e3"\nf: "1.5"\nh: "0x1F"\nip: 10.96.0.1\no: "0755"\nt: "1:20"\nu: "1_000"\nv: v1.32\n',
    );
  });

  it('writes multi-line strings as literal blocks with the right chomping', () => {
    expect(goYaml({ a: 'x\ny\n', b: 'x\ny', c: 'x\n\n' })).toBe('a: |\n  x\n  y\nb: |-\n  x\n  y\nc: |+\n  x\n\n');
  });

  it('folds long plain strings past column 80 at a space', () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
    const out = goYaml({ message: words });
    expect(out.split('\n')[0].length).toBeGreaterThan(80);
    expect(out.split('\n')[1].startsWith('  word')).toBe(true);
  });
});

describe('jsonpath', () => {
  const list = { items: [{ metadata: { name: 'a' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } }, { metadata: { name: 'b' } }] };

  it('prints wildcard results separated by spaces', () => {
    expect(executeJsonPath('{.items[*].metadata.name}', list)).toBe('a b');
  });

  it('supports range, literals and filters', () => {
    expect(executeJsonPath('{range .items[*]}{.metadata.name}{"\\n"}{end}', list)).toBe('a\nb\n');
    expect(executeJsonPath('{.items[0].status.conditions[?(@.type=="Ready")].status}', list)).toBe('True');
  });

  it('prints maps as compact JSON', () => {
    expect(executeJsonPath('{.items[0].metadata}', list)).toBe('{"name":"a"}');
  });
});

describe('toJson', () => {
  it('indents four spaces, sorts keys and escapes HTML characters', () => {
    expect(toJson({ b: '<x>', a: 1 })).toBe('{\n    "a": 1,\n    "b": "\\u003cx\\u003e"\n}\n');
  });
});
