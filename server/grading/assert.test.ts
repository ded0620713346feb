import { describe, expect, it } from 'vitest';
import type { Assertion } from '../../shared/exercises/schema.js';
import { describeAssertion, evaluate } from './assert.js';

const deploy = {
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: { replicas: 3, paused: false, template: { spec: { containers: [{ image: 'nginx:1.27' }, { image: 'nginx:1.26' }] } } },
  status: { availableReplicas: 2, conditions: [{ type: 'Available' }, { type: 'Progressing' }] },
};
const ok = (a: Assertion) => evaluate(deploy, a).passed;

describe('assertion operators', () => {
  it('equals and notEquals compare as strings, so YAML numbers and booleans match', () => {
    expect(ok({ path: 'spec.replicas', op: 'equals', value: 3 })).toBe(true);
    expect(ok({ path: 'spec.replicas', op: 'equals', value: '3' })).toBe(true);
    expect(ok({ path: 'spec.paused', op: 'equals', value: false })).toBe(true);
    expect(ok({ path: 'spec.replicas', op: 'equals', value: 4 })).toBe(false);
    expect(ok({ path: 'spec.replicas', op: 'notEquals', value: 4 })).toBe(true);
    expect(ok({ path: 'spec.replicas', op: 'notEquals', value: 3 })).toBe(false);
  });

  it('contains matches substrings of strings', () => {
    expect(ok({ path: 'metadata.name', op: 'contains', value: 'we' })).toBe(true);
    expect(ok({ path: 'metadata.name', op: 'contains', value: 'api' })).toBe(false);
  });

  it('matches tests a regular expression', () => {
    expect(ok({ path: 'spec.template.spec.containers[0].image', op: 'matches', value: '^nginx:1\\.2[0-9]$' })).toBe(true);
    expect(ok({ path: 'spec.template.spec.containers[0].image', op: 'matches', value: '^httpd' })).toBe(false);
  });

  it('compares numbers with >=, <=, > and <', () => {
    expect(ok({ path: 'status.availableReplicas', op: '>=', value: 2 })).toBe(true);
    expect(ok({ path: 'status.availableReplicas', op: '>=', value: 3 })).toBe(false);
    expect(ok({ path: 'status.availableReplicas', op: '<=', value: 2 })).toBe(true);
    expect(ok({ path: 'status.availableReplicas', op: '<=', value: 1 })).toBe(false);
    expect(ok({ path: 'status.availableReplicas', op: '>', value: 1 })).toBe(true);
    expect(ok({ path: 'status.availableReplicas', op: '>', value: 2 })).toBe(false);
    expect(ok({ path: 'status.availableReplicas', op: '<', value: 3 })).toBe(true);
    expect(ok({ path: 'status.availableReplicas', op: '<', value: 2 })).toBe(false);
  });

  it('exists and notExists look at whether the path reaches a value', () => {
    expect(ok({ path: 'status.availableReplicas', op: 'exists' })).toBe(true);
    expect(ok({ path: 'status.unavailableReplicas', op: 'exists' })).toBe(false);
    expect(ok({ path: 'status.unavailableReplicas', op: 'notExists' })).toBe(true);
    expect(ok({ path: 'metadata.labels.app', op: 'notExists' })).toBe(false);
  });

  it('fails comparisons on a missing value and reports <none>', () => {
    expect(evaluate(deploy, { path: 'status.readyReplicas', op: '>=', value: 0 })).toEqual({ passed: false, actual: '<none>' });
    expect(ok({ path: 'status.readyReplicas', op: 'notEquals', value: 3 })).toBe(false);
  });

  it('requires every value a wildcard reaches to pass', () => {
    expect(ok({ path: 'spec.template.spec.containers[*].image', op: 'matches', value: '^nginx' })).toBe(true);
    const r = evaluate(deploy, { path: 'spec.template.spec.containers[*].image', op: 'equals', value: 'nginx:1.27' });
    expect(r).toEqual({ passed: false, actual: '["nginx:1.27", "nginx:1.26"]' });
  });

  it('describes an assertion for messages', () => {
    expect(describeAssertion({ path: 'status.availableReplicas', op: '>=', value: 3 })).toBe('status.availableReplicas >= 3');
    expect(describeAssertion({ path: 'spec.nodeName', op: 'exists' })).toBe('spec.nodeName exists');
  });
});
