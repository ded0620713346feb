import { describe, expect, it } from 'vitest';
import { checkFieldLabels } from './field-labels.js';

const message = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
};

describe('checkFieldLabels', () => {
  it('accepts each kind\'s registered fields', () => {
    expect(message(() => checkFieldLabels({ group: '', resource: 'pods' }, ['spec.nodeName', 'status.phase', 'metadata.namespace']))).toBe('accepted');
    expect(message(() => checkFieldLabels({ group: '', resource: 'events' }, ['involvedObject.uid', 'type']))).toBe('accepted');
    expect(message(() => checkFieldLabels({ group: 'apps', resource: 'replicasets' }, ['status.replicas']))).toBe('accepted');
  });

  it('rejects other fields in the wording of the real server', () => {
    expect(message(() => checkFieldLabels({ group: '', resource: 'pods' }, ['spec.image']))).toBe('field label not supported: spec.image');
    expect(message(() => checkFieldLabels({ group: '', resource: 'nodes' }, ['metadata.namespace']))).toBe('field label not supported: metadata.namespace');
    expect(message(() => checkFieldLabels({ group: 'networking.k8s.io', resource: 'ingresses' }, ['foo.bar']))).toBe('"foo.bar" is not a known field selector: only "metadata.name", "metadata.namespace"');
  });
});
