import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { check, deployment, lines, template } from './test-helpers.js';

const stored = (obj: KObject): KObject => ({ ...obj, metadata: { ...obj.metadata, uid: 'u1', resourceVersion: '5', creationTimestamp: '2024-01-01T00:00:00Z' } });

describe('Deployment validation', () => {
  it('accepts a minimal deployment', () => {
    expect(check(deployment(), 'deployments', 'apps')).toEqual([]);
  });

  it('rejects negative replicas with the API server message', () => {
    expect(lines(check(deployment({ replicas: -1 }), 'deployments', 'apps'))).toEqual(['spec.replicas: Invalid value: -1: must be greater than or equal to 0']);
  });

  it('requires a container image', () => {
    const d = deployment({ template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web' }] } } });
    expect(lines(check(d, 'deployments', 'apps'))).toEqual(['spec.template.spec.containers[0].image: Required value']);
  });

  it('rejects a selector that does not match the template', () => {
    const d = deployment({ template: template('x') });
    expect(lines(check(d, 'deployments', 'apps'))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });

  it('requires a selector', () => {
    const d = deployment();
    delete d.spec.selector;
    expect(lines(check(d, 'deployments', 'apps'))).toEqual(['spec.selector: Required value']);
  });

  it('rejects a restart policy other than Always', () => {
    const d = deployment({ template: template('web', { restartPolicy: 'Never' }) });
    expect(lines(check(d, 'deployments', 'apps'))).toEqual(['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']);
  });

  it('rejects an unknown strategy type', () => {
    const d = deployment({ strategy: { type: 'BlueGreen' } });
    expect(lines(check(d, 'deployments', 'apps'))).toEqual([
      'spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"BlueGreen", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"',
    ]);
  });

  it('rejects maxSurge and maxUnavailable both zero', () => {
    const d = deployment({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } });
    expect(lines(check(d, 'deployments', 'apps'))).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0',
    ]);
  });

  it('rejects a changed selector on update', () => {
    const before = stored(deployment());
    const after = stored(deployment({ selector: { matchLabels: { app: 'web', tier: 'x' } }, template: { ...template(), metadata: { labels: { app: 'web', tier: 'x' } } } }));
    expect(lines(check(after, 'deployments', 'apps', before))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"x"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
  });

  it('reports bad names, duplicate containers and bad ports together', () => {
    const d = deployment({
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            { name: 'web', image: 'a', ports: [{ containerPort: 70000 }] },
            { name: 'web', image: 'b' },
          ],
        },
      },
    });
    d.metadata.name = 'Web';
    expect(lines(check(d, 'deployments', 'apps'))).toEqual([
      "metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      'spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.template.spec.containers[1].name: Duplicate value: "web"',
    ]);
  });

  it('checks requests against limits', () => {
    const d = deployment({
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'a', resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } }] } },
    });
    expect(lines(check(d, 'deployments', 'apps'))).toEqual(['spec.template.spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1']);
  });

  it('rejects a malformed quantity', () => {
    const d = deployment({
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'a', resources: { limits: { memory: '1 gig' } } }] } },
    });
    expect(lines(check(d, 'deployments', 'apps'))).toEqual([
      "spec.template.spec.containers[0].resources.limits[memory]: Invalid value: \"1 gig\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    ]);
  });
});

describe('ReplicaSet, DaemonSet and StatefulSet validation', () => {
  const rs = (spec: Record<string, unknown> = {}): KObject => ({ ...deployment(spec), kind: 'ReplicaSet' });
  const ds = (spec: Record<string, unknown> = {}): KObject => ({ ...deployment(spec), kind: 'DaemonSet' });
  const sts = (spec: Record<string, unknown> = {}): KObject => ({ ...deployment({ serviceName: 'web', ...spec }), kind: 'StatefulSet' });

  it('accepts valid objects', () => {
    expect(check(rs(), 'replicasets', 'apps')).toEqual([]);
    expect(check(ds(), 'daemonsets', 'apps')).toEqual([]);
    expect(check(sts(), 'statefulsets', 'apps')).toEqual([]);
  });

  it('rejects an empty ReplicaSet selector with the deployment wording the API server uses', () => {
    expect(lines(check(rs({ selector: {} }), 'replicasets', 'apps'))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    ]);
  });

  it('rejects a DaemonSet with both maxSurge and maxUnavailable', () => {
    const d = ds({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } } });
    expect(lines(check(d, 'daemonsets', 'apps'))).toEqual([
      'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1, StrVal:""}: may not be set when maxUnavailable is non-zero',
    ]);
  });

  it('rejects a bad podManagementPolicy', () => {
    expect(lines(check(sts({ podManagementPolicy: 'Random' }), 'statefulsets', 'apps'))).toEqual([
      `spec.podManagementPolicy: Invalid value: "Random": must be 'OrderedReady' or 'Parallel'`,
    ]);
  });

  it('forbids changing a StatefulSet serviceName but allows replicas', () => {
    const before = stored(sts());
    expect(check(stored(sts({ replicas: 3 })), 'statefulsets', 'apps', before)).toEqual([]);
    expect(lines(check(stored(sts({ serviceName: 'other' })), 'statefulsets', 'apps', before))).toEqual([
      "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ]);
  });
});
