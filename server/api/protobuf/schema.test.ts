import { describe, it, expect } from 'vitest';
import { MESSAGES, protobufKinds, rootMessage } from './schema.js';

describe('protobuf schema', () => {
  it('resolves every message a field refers to', () => {
    const missing = [...MESSAGES.values()].flatMap((m) =>
      m.fields.filter((f) => f.message && !MESSAGES.has(f.message)).map((f) => `${m.name}.${f.json} -> ${f.message}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no duplicate field numbers or JSON names within a message', () => {
    for (const m of MESSAGES.values()) {
      expect(m.byNumber.size, m.name).toBe(m.fields.length);
      const names = m.fields.filter((f) => !f.inline).map((f) => f.json);
      expect(new Set(names).size, m.name).toBe(names.length);
    }
  });

  it('gives every top-level kind its ObjectMeta at field 1', () => {
    for (const key of protobufKinds()) {
      const slash = key.lastIndexOf('/');
      const desc = rootMessage(key.slice(0, slash), key.slice(slash + 1));
      expect(desc?.byNumber.get(1)?.message, key).toBe('ObjectMeta');
    }
  });

  it('covers the kinds kubectl create, autoscale and auth can-i send as protobuf', () => {
    expect(protobufKinds()).toEqual(
      expect.arrayContaining([
        'apps/v1/Deployment',
        'v1/Service',
        'v1/ConfigMap',
        'v1/Secret',
        'v1/Namespace',
        'v1/ServiceAccount',
        'v1/ResourceQuota',
        'batch/v1/Job',
        'batch/v1/CronJob',
        'autoscaling/v1/HorizontalPodAutoscaler',
        'autoscaling/v2/HorizontalPodAutoscaler',
        'networking.k8s.io/v1/Ingress',
        'policy/v1/PodDisruptionBudget',
        'authorization.k8s.io/v1/SelfSubjectAccessReview',
      ]),
    );
  });
});
