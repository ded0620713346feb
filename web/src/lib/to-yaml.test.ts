import { describe, it, expect } from 'vitest';
import { toYaml } from './to-yaml.js';

const obj = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'p', uid: 'u', resourceVersion: '5', managedFields: [{ manager: 'web' }] },
  spec: { containers: [{ name: 'a', image: 'nginx' }] },
  status: { phase: 'Running' },
};

describe('toYaml', () => {
  it('hides managedFields and keeps lists flush with their key, like kubectl', () => {
    const y = toYaml(obj);
    expect(y).not.toContain('managedFields');
    expect(y).toContain('containers:\n  - name: a');
    expect(y).toContain('phase: Running');
  });
  it('drops server-owned fields when preparing for edit', () => {
    const y = toYaml(obj, true);
    expect(y).not.toContain('uid:');
    expect(y).not.toContain('status:');
    expect(y).toContain('name: p');
  });
});
