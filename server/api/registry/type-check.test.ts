import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { typeMismatch } from './type-check.js';
import { pruneUnknownFields } from './prune-unknown.js';

const deployment = (spec: Record<string, unknown>): KObject => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec });

describe('typeMismatch', () => {
  it('accepts well-typed objects, nulls and int-or-string values', () => {
    expect(typeMismatch(deployment({ replicas: 2, selector: null, strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } } }))).toBeUndefined();
  });

  it('names the field and the Go type the value does not fit', () => {
    expect(typeMismatch(deployment({ replicas: 'many' }))).toBe('json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32');
    expect(typeMismatch(deployment({ replicas: 1.5 }))).toBe('json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32');
    expect(typeMismatch({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels: { a: 5 } as never } })).toContain('ObjectMeta.metadata.labels of type map[string]string');
    expect(typeMismatch(deployment({ template: { spec: { containers: { name: 'c' } } } }))).toContain('PodSpec.spec.template.spec.containers');
  });

  it('rejects times that are not RFC 3339', () => {
    expect(typeMismatch({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', creationTimestamp: 'soon' } })).toMatch(/^parsing time/);
    expect(typeMismatch({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', creationTimestamp: '2026-01-01T00:00:00Z' } })).toBeUndefined();
  });
});

describe('pruneUnknownFields', () => {
  it('drops unknown fields and nulls, sharing untouched subtrees', () => {
    const template = { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx', imagePullPolicyy: 'Always' }] } };
    const selector = { matchLabels: { a: 'b' } };
    const obj = deployment({ replicas: null, selector, template, bogus: 1 });
    const pruned = pruneUnknownFields(obj);
    expect(pruned.spec).toEqual({ selector, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } });
    expect(pruned.spec.selector).toBe(selector);
    expect(obj.spec.bogus).toBe(1);
  });

  it('turns null string-map values into empty strings', () => {
    const cm: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', annotations: { a: null as never } }, data: { k: null as never } };
    expect(pruneUnknownFields(cm)).toMatchObject({ metadata: { annotations: { a: '' } }, data: { k: '' } });
  });

  it('returns the same object when nothing changes', () => {
    const cm: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { k: 'v' } };
    expect(pruneUnknownFields(cm)).toBe(cm);
  });
});
