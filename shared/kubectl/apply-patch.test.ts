import { describe, it, expect } from 'vitest';
import type { KObject } from '../k8s/types';
import { LAST_APPLIED, threeWayPatch, withLastApplied } from './apply-patch';

const deploy = (containers: object[], extra: object = {}): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: { replicas: 2, template: { spec: { containers } }, ...extra },
});

describe('withLastApplied', () => {
  it('records the manifest, sorted and with empty annotations, as kubectl does', () => {
    const out = withLastApplied({ kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'c' } });
    expect(out.metadata.annotations?.[LAST_APPLIED]).toBe('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"annotations":{},"name":"c"}}\n');
  });
});

describe('threeWayPatch', () => {
  it('is empty when the manifest matches what was applied', () => {
    const m = withLastApplied(deploy([{ name: 'nginx', image: 'nginx:1' }]));
    const live = { ...structuredClone(m), status: { replicas: 2 } };
    expect(threeWayPatch(JSON.parse(m.metadata.annotations![LAST_APPLIED]), m, live)).toEqual({});
  });

  it('merges containers by name with $setElementOrder', () => {
    const before = deploy([{ name: 'nginx', image: 'nginx:1' }]);
    const after = deploy([{ name: 'nginx', image: 'nginx:2' }]);
    expect(threeWayPatch(before, after, before)).toEqual({
      spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'nginx' }], containers: [{ image: 'nginx:2', name: 'nginx' }] } } },
    });
  });

  it('deletes fields and list items the previous apply set but the manifest dropped', () => {
    const before = deploy([{ name: 'a', image: 'a' }, { name: 'b', image: 'b' }], { paused: true });
    const after = deploy([{ name: 'a', image: 'a' }]);
    expect(threeWayPatch(before, after, before)).toEqual({ spec: { paused: null, template: { spec: { containers: [{ $patch: 'delete', name: 'b' }] } } } });
  });

  it('leaves fields set by the server alone', () => {
    const m = deploy([{ name: 'a', image: 'a' }]);
    const live = structuredClone(m);
    live.spec.revisionHistoryLimit = 10;
    expect(threeWayPatch(m, m, live)).toEqual({});
  });
});
