import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { check, lines } from './test-helpers.js';

function pod(spec: Record<string, unknown> = {}): KObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { containers: [{ name: 'web', image: 'nginx' }], ...spec } };
}

const stored = (p: KObject): KObject => ({ ...p, metadata: { ...p.metadata, uid: 'u1', resourceVersion: '3' } });

describe('Pod validation', () => {
  it('accepts a minimal pod', () => {
    expect(check(pod(), 'pods')).toEqual([]);
  });

  it('rejects an unknown restart policy listing the supported values in API order', () => {
    expect(lines(check(pod({ restartPolicy: 'Sometimes' }), 'pods'))).toEqual([
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    ]);
  });

  it('requires at least one container', () => {
    expect(lines(check(pod({ containers: [] }), 'pods'))).toEqual(['spec.containers: Required value']);
  });

  it('rejects bad container port names and duplicates', () => {
    const p = pod({ containers: [{ name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }, { name: 'Bad_Name', containerPort: 82 }] }] });
    expect(lines(check(p, 'pods'))).toEqual([
      'spec.containers[0].ports[1].name: Duplicate value: "http"',
      'spec.containers[0].ports[2].name: Invalid value: "Bad_Name": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
  });

  it('rejects a probe without a handler and a liveness successThreshold other than 1', () => {
    const p = pod({ containers: [{ name: 'web', image: 'nginx', livenessProbe: { successThreshold: 2, tcpSocket: { port: 80 } }, readinessProbe: {} }] });
    expect(lines(check(p, 'pods'))).toEqual([
      'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
      'spec.containers[0].readinessProbe: Required value: must specify a handler type',
    ]);
  });

  it('rejects a volume mount of a missing volume', () => {
    const p = pod({ containers: [{ name: 'web', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] });
    expect(lines(check(p, 'pods'))).toEqual(['spec.containers[0].volumeMounts[0].name: Not found: "data"']);
  });

  it('allows changing only the image on update', () => {
    const before = stored(pod({ containers: [{ name: 'web', image: 'nginx:1.26' }] }));
    const after = stored(pod({ containers: [{ name: 'web', image: 'nginx:1.27' }] }));
    expect(check(after, 'pods', '', before)).toEqual([]);
  });

  it('forbids other spec changes on update with the real message', () => {
    const before = stored(pod());
    const after = stored(pod({ containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }] }));
    const errs = check(after, 'pods', '', before);
    expect(errs).toHaveLength(1);
    expect(errs[0].field).toBe('spec');
    expect(errs[0].message).toMatch(
      /^Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`,`spec.initContainers\[\*\].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` \(only additions to existing tolerations\),`spec.terminationGracePeriodSeconds` \(allow it to be set to 1 if it was previously negative\)\n/,
    );
  });

  it('forbids adding containers on update', () => {
    const before = stored(pod());
    const after = stored(pod({ containers: [{ name: 'web', image: 'nginx' }, { name: 'side', image: 'busybox' }] }));
    expect(lines(check(after, 'pods', '', before))).toEqual(['spec.containers: Forbidden: pod updates may not add or remove containers']);
  });

  it('requires resourceVersion on update', () => {
    const before = stored(pod());
    const after = { ...pod(), metadata: { ...pod().metadata, uid: 'u1' } };
    expect(lines(check(after, 'pods', '', before))).toEqual(['metadata.resourceVersion: Invalid value: "": must be specified for an update']);
  });
});
