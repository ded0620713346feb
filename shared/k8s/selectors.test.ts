import { describe, it, expect } from 'vitest';
import {
  SelectorError,
  escapeFieldValue,
  formatLabelSelector,
  formatRequirements,
  labelSelectorToRequirements,
  matchesFieldSelector,
  matchesLabelSelector,
  matchesRequirements,
  parseFieldSelector,
  parseLabelSelector,
  type LabelSelector,
} from './selectors.js';

describe('parseLabelSelector', () => {
  it('parses every operator and sorts requirements by key', () => {
    expect(parseLabelSelector('tier!=db,app=web,env in (b,a),!gone,has,x==y,z notin (q)')).toEqual([
      { key: 'app', operator: '=', values: ['web'] },
      { key: 'env', operator: 'in', values: ['a', 'b'] },
      { key: 'gone', operator: '!', values: [] },
      { key: 'has', operator: 'exists', values: [] },
      { key: 'tier', operator: '!=', values: ['db'] },
      { key: 'x', operator: '==', values: ['y'] },
      { key: 'z', operator: 'notin', values: ['q'] },
    ]);
  });

  it.each([
    ['', []],
    ['   ', []],
    ['app', [{ key: 'app', operator: 'exists', values: [] }]],
    [' app = web ', [{ key: 'app', operator: '=', values: ['web'] }]],
    ['app=', [{ key: 'app', operator: '=', values: [''] }]],
    ['app!=,b', [{ key: 'app', operator: '!=', values: [''] }, { key: 'b', operator: 'exists', values: [] }]],
    ['x in ()', [{ key: 'x', operator: 'in', values: [''] }]],
    ['x in (a,,b)', [{ key: 'x', operator: 'in', values: ['', 'a', 'b'] }]],
    ['x in (,a)', [{ key: 'x', operator: 'in', values: ['', 'a'] }]],
    ['x in (a,)', [{ key: 'x', operator: 'in', values: ['', 'a'] }]],
    ['x in (a,a)', [{ key: 'x', operator: 'in', values: ['a'] }]],
    ['x in (in,notin)', [{ key: 'x', operator: 'in', values: ['in', 'notin'] }]],
    ['in=notin', [{ key: 'in', operator: '=', values: ['notin'] }]],
    ['n>5', [{ key: 'n', operator: 'gt', values: ['5'] }]],
    ['n<5', [{ key: 'n', operator: 'lt', values: ['5'] }]],
    ['app.kubernetes.io/name=web', [{ key: 'app.kubernetes.io/name', operator: '=', values: ['web'] }]],
  ])('%j', (input, expected) => {
    expect(parseLabelSelector(input)).toEqual(expected);
  });

  it.each([
    ['a b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
    ['a=b c', "found 'c', expected: ',' or 'end of string'"],
    ['a,', "found '', expected: identifier after ','"],
    [',a', "found ',', expected: !, identifier, or 'end of string'"],
    ['=a', "found '=', expected: !, identifier, or 'end of string'"],
    ['!', "unable to parse requirement: found '', expected: identifier"],
    ['!a=b', "found '=', expected: ',' or 'end of string'"],
    ['x in a', "unable to parse requirement: found 'a' expected: '('"],
    ['x in (a b)', "unable to parse requirement: found 'b', expected: ',' or ')'"],
    ['x in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['x in (=)', "unable to parse requirement: found '=', expected: ',', ')' or identifier"],
    ['a==(', "unable to parse requirement: found '(', expected: identifier"],
    ['n>x', `unable to parse requirement: values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer`],
  ])('rejects %j with %j', (input, message) => {
    expect(() => parseLabelSelector(input)).toThrow(SelectorError);
    expect(() => parseLabelSelector(input)).toThrow(message);
  });

  it('reports an invalid key like the API server, with a <nil> field path', () => {
    expect(() => parseLabelSelector('-bad=x')).toThrow(
      'unable to parse requirement: <nil>: Invalid value: "-bad": name part must consist of alphanumeric characters',
    );
  });

  it('reports an invalid value with its values[i][key] path', () => {
    expect(() => parseLabelSelector('app=-x')).toThrow(
      'unable to parse requirement: values[0][app]: Invalid value: "-x": a valid label must be an empty string',
    );
  });
});

describe('matchesRequirements', () => {
  const labels = { app: 'web', tier: 'front', n: '10' };
  it.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app=db', false],
    ['app!=db', true],
    ['app!=web', false],
    ['missing!=x', true],
    ['missing=x', false],
    ['app in (web,api)', true],
    ['app in (api)', false],
    ['missing in (a)', false],
    ['app notin (api)', true],
    ['app notin (web)', false],
    ['missing notin (a)', true],
    ['app', true],
    ['missing', false],
    ['!missing', true],
    ['!app', false],
    ['app=web,tier=front', true],
    ['app=web,tier=back', false],
    ['n>9', true],
    ['n>10', false],
    ['n<11', true],
    ['app>1', false],
    ['missing>1', false],
  ])('%j → %s', (sel, expected) => {
    expect(matchesRequirements(parseLabelSelector(sel), labels)).toBe(expected);
  });

  it('treats undefined labels as empty', () => {
    expect(matchesRequirements(parseLabelSelector('!app'), undefined)).toBe(true);
    expect(matchesRequirements(parseLabelSelector('app'), undefined)).toBe(false);
    expect(matchesRequirements([], undefined)).toBe(true);
  });

  it('does not treat inherited object properties as labels', () => {
    expect(matchesRequirements(parseLabelSelector('constructor'), {})).toBe(false);
  });
});

describe('LabelSelector (metav1)', () => {
  const sel: LabelSelector = {
    matchLabels: { tier: 'front', app: 'nginx' },
    matchExpressions: [
      { key: 'env', operator: 'In', values: ['prod', 'dev'] },
      { key: 'legacy', operator: 'DoesNotExist' },
    ],
  };

  it('converts to sorted requirements', () => {
    expect(labelSelectorToRequirements(sel)).toEqual([
      { key: 'app', operator: '=', values: ['nginx'] },
      { key: 'env', operator: 'in', values: ['prod', 'dev'] },
      { key: 'legacy', operator: '!', values: [] },
      { key: 'tier', operator: '=', values: ['front'] },
    ]);
  });

  it('matches: nil matches nothing, {} matches everything', () => {
    expect(matchesLabelSelector(sel, { app: 'nginx', tier: 'front', env: 'dev' })).toBe(true);
    expect(matchesLabelSelector(sel, { app: 'nginx', tier: 'front', env: 'qa' })).toBe(false);
    expect(matchesLabelSelector(sel, { app: 'nginx', tier: 'front', env: 'dev', legacy: '' })).toBe(false);
    expect(matchesLabelSelector({}, { any: 'thing' })).toBe(true);
    expect(matchesLabelSelector({}, undefined)).toBe(true);
    expect(matchesLabelSelector({ matchLabels: {} }, {})).toBe(true);
    expect(matchesLabelSelector(null, { app: 'nginx' })).toBe(false);
    expect(matchesLabelSelector(undefined, {})).toBe(false);
  });

  it('rejects unknown operators and invalid values', () => {
    const bad = { matchExpressions: [{ key: 'a', operator: 'Gt' }] } as unknown as LabelSelector;
    expect(() => labelSelectorToRequirements(bad)).toThrow('"Gt" is not a valid label selector operator');
    expect(() => labelSelectorToRequirements({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).toThrow(
      `values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty`,
    );
    expect(() => labelSelectorToRequirements({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] })).toThrow(
      `values: Invalid value: []string{"x"}: values set must be empty for exists and does not exist`,
    );
    expect(() => labelSelectorToRequirements({ matchLabels: { app: 'bad value' } })).toThrow(SelectorError);
    expect(matchesLabelSelector(bad, { a: '1' })).toBe(false);
  });

  it('aggregates several errors in brackets', () => {
    expect(() => labelSelectorToRequirements({ matchExpressions: [{ key: '-k', operator: 'In', values: [] }] })).toThrow(
      /^\[key: Invalid value: "-k": name part .*, values: Invalid value: \[\]string\{\}: for 'in', 'notin' operators, values set can't be empty\]$/,
    );
  });

  it.each([
    [sel, 'app=nginx,env in (dev,prod),!legacy,tier=front'],
    [{ matchLabels: { app: 'nginx' } }, 'app=nginx'],
    [{ matchExpressions: [{ key: 'k', operator: 'Exists' as const }] }, 'k'],
    [{ matchExpressions: [{ key: 'k', operator: 'NotIn' as const, values: ['b', 'a'] }] }, 'k notin (a,b)'],
    [{}, '<none>'],
    [null, '<none>'],
    [undefined, '<none>'],
    [{ matchExpressions: [{ key: 'k', operator: 'In' as const, values: [] }] }, '<error>'],
  ])('formatLabelSelector(%j) = %s', (input, expected) => {
    expect(formatLabelSelector(input)).toBe(expected);
  });

  it('formats parsed string selectors back the way the API server does', () => {
    expect(formatRequirements(parseLabelSelector('b notin (y,x), a==1, !c, d, n>3'))).toBe('a==1,b notin (x,y),!c,d,n>3');
  });
});

describe('field selectors', () => {
  it.each([
    ['', []],
    ['metadata.name=x', [{ field: 'metadata.name', operator: '=', value: 'x' }]],
    ['metadata.name==x', [{ field: 'metadata.name', operator: '=', value: 'x' }]],
    ['spec.nodeName!=', [{ field: 'spec.nodeName', operator: '!=', value: '' }]],
    [
      'status.phase=Running,metadata.namespace!=kube-system',
      [
        { field: 'metadata.namespace', operator: '!=', value: 'kube-system' },
        { field: 'status.phase', operator: '=', value: 'Running' },
      ],
    ],
    ['a=b\\,c', [{ field: 'a', operator: '=', value: 'b,c' }]],
    ['a=b\\=c\\\\', [{ field: 'a', operator: '=', value: 'b=c\\' }]],
    ['a=b,,', [{ field: 'a', operator: '=', value: 'b' }]],
  ])('parses %j', (input, expected) => {
    expect(parseFieldSelector(input)).toEqual(expected);
  });

  it.each([
    ['metadata.name', "invalid selector: 'metadata.name'; can't understand 'metadata.name'"],
    ['a=b,c', "invalid selector: 'a=b,c'; can't understand 'c'"],
    ['a=b=c', 'invalid field selector: unescaped character in value: 61'],
    ['a=b\\x', 'invalid field selector: invalid escape sequence: \\x'],
    ['a=b\\', 'invalid field selector: invalid escape sequence: \\'],
  ])('rejects %j with %j', (input, message) => {
    expect(() => parseFieldSelector(input)).toThrow(SelectorError);
    expect(() => parseFieldSelector(input)).toThrow(message);
  });

  it('escapes values so they round-trip', () => {
    const raw = 'a,b=c\\d';
    expect(parseFieldSelector(`x=${escapeFieldValue(raw)}`)).toEqual([{ field: 'x', operator: '=', value: raw }]);
  });

  const pod = {
    metadata: { name: 'web-1', namespace: 'default' },
    spec: { nodeName: 'node-1', replicas: 3, hostNetwork: false },
    status: { phase: 'Running' },
  };
  const unscheduled = { metadata: { name: 'web-2', namespace: 'default' }, spec: {}, status: { phase: 'Pending' } };

  it.each([
    ['metadata.name=web-1', pod, true],
    ['metadata.name=web-2', pod, false],
    ['metadata.name!=web-2', pod, true],
    ['spec.nodeName=node-1,status.phase=Running', pod, true],
    ['spec.nodeName=node-1,status.phase=Pending', pod, false],
    ['spec.nodeName=', unscheduled, true],
    ['spec.nodeName!=', unscheduled, false],
    ['spec.nodeName!=', pod, true],
    ['spec.replicas=3', pod, true],
    ['spec.hostNetwork=false', pod, true],
    ['spec.missing.deep=', pod, true],
    ['', pod, true],
  ])('%j on %j → %s', (sel, obj, expected) => {
    expect(matchesFieldSelector(parseFieldSelector(sel), obj)).toBe(expected);
  });
});
