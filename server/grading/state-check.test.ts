import { describe, expect, it } from 'vitest';
import type { KObject } from '../../shared/k8s/types.js';
import { assertObjects } from './state-check.js';

const pod = (name: string, phase: string, node?: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { app: 'web' } }, spec: { nodeName: node }, status: { phase } });
const sel = { kind: 'Pod', namespace: 'default', labelSelector: 'app=web' };
const pods = [pod('web-a', 'Running', 'worker-1'), pod('web-b', 'Running', 'worker-2'), pod('web-c', 'Pending')];

describe('state checks', () => {
  it('count compares the number of selected objects', () => {
    expect(assertObjects(pods, sel, [{ op: 'count', value: 3 }]).passed).toBe(true);
    const v = assertObjects(pods, sel, [{ op: 'count', value: 2 }]);
    expect(v).toEqual({ passed: false, message: 'expected 2 Pods in default with labels app=web, found 3' });
  });

  it('count 0 passes when nothing matches (an object must be gone)', () => {
    expect(assertObjects([], sel, [{ op: 'count', value: 0 }]).passed).toBe(true);
  });

  it('fails on missing objects rather than passing vacuously', () => {
    const v = assertObjects([], { kind: 'Deployment', namespace: 'default', name: 'web' }, [{ path: 'status.availableReplicas', op: '>=', value: 1 }]);
    expect(v).toEqual({ passed: false, message: 'no Deployment "web" in default found' });
  });

  it('requires every object to pass by default and names the ones that do not', () => {
    const v = assertObjects(pods, sel, [{ path: 'status.phase', op: 'equals', value: 'Running' }]);
    expect(v.passed).toBe(false);
    expect(v.message).toBe('web-c: status.phase equals "Running" (is "Pending")');
  });

  it('with any, one passing object is enough', () => {
    expect(assertObjects(pods, sel, [{ path: 'spec.nodeName', op: 'equals', value: 'worker-2' }], true).passed).toBe(true);
    expect(assertObjects(pods, sel, [{ path: 'spec.nodeName', op: 'equals', value: 'control-plane' }], true).passed).toBe(false);
  });

  it('combines count with per-object assertions', () => {
    const running = pods.slice(0, 2);
    expect(assertObjects(running, sel, [{ op: 'count', value: 2 }, { path: 'status.phase', op: 'equals', value: 'Running' }]).passed).toBe(true);
    expect(assertObjects(pods, sel, [{ op: 'count', value: 3 }, { path: 'spec.nodeName', op: 'exists' }]).message).toBe('web-c: spec.nodeName exists (is <none>)');
  });
});
