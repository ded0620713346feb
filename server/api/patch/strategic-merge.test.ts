import { describe, expect, it } from 'vitest';
import { PatchError } from './errors.js';
import { strategicMergePatch } from './strategic-merge.js';

interface DeploymentShape {
  metadata: { labels: Record<string, unknown> };
  spec: {
    replicas: number;
    selector: unknown;
    strategy: unknown;
    template: { metadata: Record<string, unknown>; spec: { containers: Array<{ name: string; env?: unknown }> } };
  };
}

function deployment(containers: unknown[], extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers, ...extra } },
    },
  };
}

const nginx = { name: 'nginx', image: 'nginx:1.14', ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 443, protocol: 'TCP' }] };
const sidecar = { name: 'sidecar', image: 'busybox' };

describe('strategicMergePatch', () => {
  it('applies `kubectl set image`, keeping the other containers and fields', () => {
    const live = deployment([nginx, sidecar]);
    const out = strategicMergePatch(
      live,
      { spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'nginx' }, { name: 'sidecar' }], containers: [{ image: 'nginx:1.16', name: 'nginx' }] } } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.spec.template.spec.containers).toEqual([{ ...nginx, image: 'nginx:1.16' }, sidecar]);
    expect(out.spec.replicas).toBe(2);
    expect(JSON.stringify(out)).not.toContain('$setElementOrder');
  });

  it('removes one container port from a kubectl apply three-way patch', () => {
    const live = deployment([nginx]);
    const patch = {
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'nginx' }],
            containers: [{ '$setElementOrder/ports': [{ containerPort: 80 }], name: 'nginx', ports: [{ $patch: 'delete', containerPort: 443 }] }],
          },
        },
      },
    };
    const out = strategicMergePatch(live, patch, 'Deployment') as DeploymentShape;
    expect(out.spec.template.spec.containers).toEqual([{ name: 'nginx', image: 'nginx:1.14', ports: [{ containerPort: 80, protocol: 'TCP' }] }]);
  });

  it('deletes a whole container with $patch: delete', () => {
    const out = strategicMergePatch(
      deployment([nginx, sidecar]),
      { spec: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.spec.template.spec.containers.map((c) => c.name)).toEqual(['nginx']);
  });

  it('merges env by name, changing one variable and adding another', () => {
    const live = deployment([{ name: 'app', image: 'app', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] }]);
    const out = strategicMergePatch(
      live,
      { spec: { template: { spec: { containers: [{ name: 'app', '$setElementOrder/env': [{ name: 'A' }, { name: 'B' }, { name: 'C' }], env: [{ name: 'B', value: 'two' }, { name: 'C', value: '3' }] }] } } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.spec.template.spec.containers[0].env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: 'two' },
      { name: 'C', value: '3' },
    ]);
  });

  it('puts new list items before live-only ones when no $setElementOrder is sent, as Go does', () => {
    const out = strategicMergePatch(
      deployment([nginx]),
      { spec: { template: { spec: { containers: [sidecar] } } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.spec.template.spec.containers.map((c) => c.name)).toEqual(['sidecar', 'nginx']);
  });

  it('honours $setElementOrder to append a new container at the end', () => {
    const out = strategicMergePatch(
      deployment([nginx]),
      { spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'nginx' }, { name: 'sidecar' }], containers: [sidecar] } } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.spec.template.spec.containers.map((c) => c.name)).toEqual(['nginx', 'sidecar']);
  });

  it('merges finalizers as a set and deletes with $deleteFromPrimitiveList', () => {
    const live = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', finalizers: ['a', 'b'] } };
    const added = strategicMergePatch(live, { metadata: { finalizers: ['b', 'c'] } }, 'ConfigMap') as typeof live;
    expect([...added.metadata.finalizers].sort()).toEqual(['a', 'b', 'c']);
    const removed = strategicMergePatch(live, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, 'ConfigMap') as typeof live;
    expect(removed.metadata.finalizers).toEqual(['b']);
  });

  it('orders merged finalizers by $setElementOrder', () => {
    const live = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', finalizers: ['a', 'b'] } };
    const out = strategicMergePatch(live, { metadata: { '$setElementOrder/finalizers': ['a', 'b', 'c'], finalizers: ['c'] } }, 'Pod') as typeof live;
    expect(out.metadata.finalizers).toEqual(['a', 'b', 'c']);
  });

  it('applies the `kubectl rollout restart` annotation patch', () => {
    const at = '2025-01-01T00:00:00Z';
    const out = strategicMergePatch(
      deployment([nginx]),
      { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } } },
      'Deployment',
    ) as { spec: { template: { metadata: { labels: unknown; annotations: unknown } } } };
    expect(out.spec.template.metadata).toEqual({ labels: { app: 'web' }, annotations: { 'kubectl.kubernetes.io/restartedAt': at } });
  });

  it('cordons a node and replaces its taints (NodeSpec.taints has no merge strategy)', () => {
    const node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'n1' },
      spec: { taints: [{ key: 'a', effect: 'NoSchedule' }, { key: 'b', effect: 'NoExecute' }] },
    };
    const cordoned = strategicMergePatch(node, { spec: { unschedulable: true } }, 'Node') as { spec: Record<string, unknown> };
    expect(cordoned.spec.unschedulable).toBe(true);
    expect(cordoned.spec.taints).toEqual(node.spec.taints);
    const tainted = strategicMergePatch(node, { spec: { taints: [{ key: 'c', value: 'x', effect: 'NoSchedule' }] } }, 'Node') as { spec: Record<string, unknown> };
    expect(tainted.spec.taints).toEqual([{ key: 'c', value: 'x', effect: 'NoSchedule' }]);
  });

  it('deletes keys set to null and replaces maps marked $patch: replace', () => {
    const out = strategicMergePatch(
      deployment([nginx]),
      { metadata: { labels: { app: null, tier: 'front' } }, spec: { selector: { $patch: 'replace', matchLabels: { app: 'x' } } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.metadata.labels).toEqual({ tier: 'front' });
    expect(out.spec.selector).toEqual({ matchLabels: { app: 'x' } });
  });

  it('replaces a merge list entirely with a $patch: replace item', () => {
    const out = strategicMergePatch(
      deployment([nginx, sidecar]),
      { spec: { template: { spec: { containers: [{ name: 'only', image: 'x' }, { $patch: 'replace' }] } } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.spec.template.spec.containers).toEqual([{ name: 'only', image: 'x' }]);
  });

  it('drops rollingUpdate when switching to Recreate with $retainKeys', () => {
    const out = strategicMergePatch(
      deployment([nginx]),
      { spec: { strategy: { $retainKeys: ['type'], rollingUpdate: null, type: 'Recreate' } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('rejects a $retainKeys list that omits a patched key', () => {
    expect(() =>
      strategicMergePatch(deployment([nginx]), { spec: { strategy: { $retainKeys: ['type'], rollingUpdate: { maxSurge: 1 } } } }, 'Deployment'),
    ).toThrow('invalid patch format of retainKeys');
  });

  it('merges Service ports by port and volumes by name', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'a' } } };
    const out = strategicMergePatch(svc, { spec: { ports: [{ port: 80, targetPort: 9090 }, { port: 443 }] } }, 'Service') as typeof svc;
    expect(out.spec.ports).toEqual([{ port: 80, targetPort: 9090 }, { port: 443 }]);

    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [], volumes: [{ name: 'data', emptyDir: {} }] } };
    const withVolume = strategicMergePatch(pod, { spec: { '$setElementOrder/volumes': [{ name: 'data' }, { name: 'cfg' }], volumes: [{ name: 'cfg', configMap: { name: 'c' } }] } }, 'Pod') as typeof pod;
    expect(withVolume.spec.volumes).toEqual([{ name: 'data', emptyDir: {} }, { name: 'cfg', configMap: { name: 'c' } }]);
  });

  it('merges the CronJob pod template at spec.jobTemplate.spec.template.spec', () => {
    const cj = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'cj' },
      spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: { containers: [nginx, sidecar] } } } } },
    };
    const out = strategicMergePatch(cj, { spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'sidecar', image: 'busybox:2' }] } } } } } }, 'CronJob') as typeof cj;
    expect(out.spec.jobTemplate.spec.template.spec.containers).toHaveLength(2);
  });

  it('merges pod conditions by type', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, status: { conditions: [{ type: 'Ready', status: 'False' }, { type: 'PodScheduled', status: 'True' }] } };
    const out = strategicMergePatch(pod, { status: { conditions: [{ type: 'Ready', status: 'True' }] } }, 'Pod') as typeof pod;
    expect(out.status.conditions).toEqual([{ type: 'Ready', status: 'True' }, { type: 'PodScheduled', status: 'True' }]);
  });

  it('replaces lists of kinds it has no merge keys for', () => {
    const cm = { apiVersion: 'v1', kind: 'Lease', metadata: { name: 'l' }, spec: { items: [1, 2] } };
    expect((strategicMergePatch(cm, { spec: { items: [3] } }, 'Lease') as typeof cm).spec.items).toEqual([3]);
  });

  it('replaces a Service port the way a three-way apply patch does', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] } };
    const out = strategicMergePatch(
      svc,
      { spec: { '$setElementOrder/ports': [{ port: 8080 }], ports: [{ port: 8080, protocol: 'TCP', targetPort: 8080 }, { $patch: 'delete', port: 80 }] } },
      'Service',
    ) as typeof svc;
    expect(out.spec.ports).toEqual([{ port: 8080, protocol: 'TCP', targetPort: 8080 }]);
  });

  it('removes one of two containers with $setElementOrder and a delete directive', () => {
    const out = strategicMergePatch(
      deployment([nginx, sidecar]),
      { spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'nginx' }], containers: [{ $patch: 'delete', name: 'sidecar' }] } } } },
      'Deployment',
    ) as DeploymentShape;
    expect(out.spec.template.spec.containers).toEqual([nginx]);
  });

  it('switches a volume source with $retainKeys inside the volume item', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { volumes: [{ name: 'data', emptyDir: {} }] } };
    const out = strategicMergePatch(
      pod,
      { spec: { volumes: [{ $retainKeys: ['configMap', 'name'], configMap: { name: 'cfg' }, name: 'data' }] } },
      'Pod',
    ) as typeof pod;
    expect(out.spec.volumes).toEqual([{ name: 'data', configMap: { name: 'cfg' } }]);
  });

  it('rejects a patch list whose order contradicts $setElementOrder', () => {
    const run = () =>
      strategicMergePatch(
        deployment([nginx, sidecar]),
        { spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'nginx' }, { name: 'sidecar' }], containers: [{ name: 'sidecar', image: 'a' }, { name: 'nginx', image: 'b' }] } } } },
        'Deployment',
      );
    expect(run).toThrow("doesn't match $setElementOrder list");
  });

  it('never mutates its inputs', () => {
    const live = deployment([nginx, sidecar]);
    const patch = { spec: { template: { spec: { containers: [{ name: 'nginx', $patch: 'delete' }] } } } };
    const liveCopy = structuredClone(live);
    const patchCopy = structuredClone(patch);
    strategicMergePatch(live, patch, 'Deployment');
    expect(live).toEqual(liveCopy);
    expect(patch).toEqual(patchCopy);
  });

  it('fails like the API server when a merge key is missing or the patch is not an object', () => {
    const run = () => strategicMergePatch(deployment([nginx]), { spec: { template: { spec: { containers: [{ image: 'x' }] } } } }, 'Deployment');
    expect(run).toThrow(PatchError);
    expect(run).toThrow('map: map[image:x] does not contain declared merge key: name');
    try {
      strategicMergePatch({}, [1], 'Pod');
      expect.unreachable();
    } catch (err) {
      expect((err as PatchError).code).toBe(400);
    }
  });
});
