import { describe, expect, it } from 'vitest';
import { PathError, parsePath, valuesAt } from './paths.js';

const pod = {
  metadata: { name: 'web', labels: { app: 'web', 'app.kubernetes.io/name': 'shop' }, annotations: { 'a.b/c': 'x' } },
  spec: {
    containers: [
      { name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
      { name: 'agent', image: 'busybox:1.36' },
    ],
  },
  status: { containerStatuses: [{ name: 'nginx', ready: true, state: { running: {} } }, { name: 'agent', ready: false, lastState: { terminated: { reason: 'OOMKilled' } } }] },
};

describe('check paths', () => {
  it('follows dotted keys and numeric indexes', () => {
    expect(valuesAt(pod, 'metadata.name')).toEqual(['web']);
    expect(valuesAt(pod, 'spec.containers[1].image')).toEqual(['busybox:1.36']);
    expect(valuesAt(pod, 'spec.containers[0].ports[0].containerPort')).toEqual([80]);
  });

  it('fans out over arrays and object values with [*]', () => {
    expect(valuesAt(pod, 'spec.containers[*].name')).toEqual(['nginx', 'agent']);
    expect(valuesAt(pod, 'status.containerStatuses[*][*].terminated.reason')).toEqual(['OOMKilled']);
    expect(valuesAt(pod, 'metadata.labels[*]')).toEqual(['web', 'shop']);
  });

  it('reads bracketed keys containing dots and slashes', () => {
    expect(valuesAt(pod, 'metadata.labels["app.kubernetes.io/name"]')).toEqual(['shop']);
    expect(valuesAt(pod, "metadata.annotations['a.b/c']")).toEqual(['x']);
  });

  it('yields nothing for missing parts instead of failing', () => {
    expect(valuesAt(pod, 'spec.containers[5].image')).toEqual([]);
    expect(valuesAt(pod, 'spec.nodeName')).toEqual([]);
    expect(valuesAt(pod, 'spec.containers[*].ports[*].containerPort')).toEqual([80]);
    expect(valuesAt(pod, 'metadata.name.first')).toEqual([]);
  });

  it('rejects malformed paths', () => {
    expect(() => parsePath('spec.containers[x]')).toThrow(PathError);
    expect(() => parsePath('metadata.labels["unterminated')).toThrow(PathError);
  });
});
