import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { FieldSet, fieldSetOf, valueAt, type FieldPath } from './field-set.js';
import { cloneJson, jsonEqual, type JsonMap } from './json-value.js';
import { schemaForKind } from './merge-keys.js';
import { fieldChanges, recordUpdate } from './server-side-apply.js';

const T0 = '2025-01-01T00:00:00Z';
const T1 = '2025-01-01T00:01:00Z';

// The plain definition the incremental comparison must agree with: field sets of both whole objects.
const STRIPPED = new Set(
  [['f:apiVersion'], ['f:kind'], ['f:metadata'], ...['name', 'namespace', 'creationTimestamp', 'selfLink', 'uid', 'clusterName', 'generation', 'managedFields', 'resourceVersion'].map((f) => ['f:metadata', `f:${f}`])].map(
    (p) => JSON.stringify(p),
  ),
);
const ALWAYS_PRESENT = new Set(['metadata', 'spec', 'status', 'template', 'strategy', 'updateStrategy', 'jobTemplate', 'resources', 'loadBalancer', 'nodeInfo', 'daemonEndpoints', 'kubeletEndpoint'].map((f) => `f:${f}`));
const ownable = (s: FieldSet) => s.filter((p) => !STRIPPED.has(JSON.stringify(p)));

function reference(before: KObject, after: KObject, kind: string): { changed: FieldPath[]; removed: FieldPath[] } {
  const type = schemaForKind(kind);
  const strip = (o: KObject) => {
    const c = cloneJson(o) as JsonMap;
    delete (c.metadata as JsonMap).managedFields;
    return c;
  };
  const b = strip(before);
  const a = strip(after);
  const oldSet = ownable(fieldSetOf(b, type));
  const newSet = ownable(fieldSetOf(a, type));
  const changed = new FieldSet();
  for (const path of newSet.paths()) {
    if (!oldSet.has(path)) changed.add(path);
    else if (!newSet.hasDescendantOf(path) && !jsonEqual(valueAt(b, path), valueAt(a, path))) changed.add(path);
    for (let n = 1; n < path.length; n++) {
      const prefix = path.slice(0, n);
      const last = prefix[n - 1];
      if (last.startsWith('f:') && !ALWAYS_PRESENT.has(last) && valueAt(b, prefix) === undefined) changed.add(prefix);
    }
  }
  return { changed: ownable(changed).paths(), removed: oldSet.difference(newSet).paths() };
}

function pod(): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-1', namespace: 'default', uid: 'u1', labels: { app: 'web', tier: 'front' }, annotations: { note: 'x' }, managedFields: [] },
    spec: {
      nodeName: 'worker-1',
      containers: [
        { name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }], env: [{ name: 'A', value: '1' }], resources: { requests: { cpu: '10m' } } },
        { name: 'log', image: 'busybox', args: ['sh', '-c', 'tail -f /dev/null'] },
      ],
      tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }],
    },
    status: {
      phase: 'Running',
      conditions: [
        { type: 'Ready', status: 'True', lastTransitionTime: T0 },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: T0 },
      ],
      containerStatuses: [
        { name: 'web', ready: true, restartCount: 0, state: { running: { startedAt: T0 } } },
        { name: 'log', ready: true, restartCount: 0, state: { running: { startedAt: T0 } } },
      ],
      podIP: '10.244.1.5',
    },
  };
}

/** A small deterministic generator for the randomized comparison. */
function lcg(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

type Container = JsonMap;

// Immutable edits in the style of the controllers: copy along the changed path, share the rest.
const STATUS_EDITS: ((p: KObject, r: (n: number) => number) => KObject)[] = [
  (p, r) => ({ ...p, status: { ...p.status, podIP: `10.244.1.${r(200)}` } }),
  (p) => ({ ...p, status: { ...p.status, conditions: p.status.conditions.map((c: JsonMap) => (c.type === 'Ready' ? { ...c, status: c.status === 'True' ? 'False' : 'True', lastTransitionTime: T1 } : c)) } }),
  (p) => ({ ...p, status: { ...p.status, conditions: [...p.status.conditions, { type: `C${p.status.conditions.length}`, status: 'True' }] } }),
  (p) => ({ ...p, status: { ...p.status, conditions: p.status.conditions.slice(1) } }),
  (p, r) => ({ ...p, status: { ...p.status, containerStatuses: p.status.containerStatuses.map((c: JsonMap, i: number) => (i === 0 ? { ...c, restartCount: r(5), state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1 } } } : c)) } }),
  (p) => ({ ...p, status: { ...p.status, containerStatuses: [] } }),
];

const EDITS: ((p: KObject, r: (n: number) => number) => KObject)[] = [
  ...STATUS_EDITS.map((edit) => (p: KObject, r: (n: number) => number) => (p.status ? edit(p, r) : { ...p, status: pod().status })),
  (p) => ({ ...p, metadata: { ...p.metadata, labels: { ...p.metadata.labels, extra: 'y' } } }),
  (p) => {
    const { note: _note, ...rest } = p.metadata.annotations ?? {};
    return { ...p, metadata: { ...p.metadata, annotations: rest } };
  },
  (p) => ({ ...p, spec: { ...p.spec, containers: p.spec.containers.map((c: Container, i: number) => (i === 0 ? { ...c, securityContext: { runAsUser: 1000 } } : c)) } }),
  (p, r) => ({ ...p, spec: { ...p.spec, containers: p.spec.containers.map((c: Container, i: number) => (i === 0 ? { ...c, image: `nginx:1.${r(30)}` } : c)) } }),
  (p) => ({ ...p, spec: { ...p.spec, containers: p.spec.containers.map((c: Container, i: number) => (i === 0 ? { ...c, ports: [...(c.ports as JsonMap[]), { containerPort: 443 }] } : c)) } }),
  (p) => ({ ...p, spec: { ...p.spec, containers: p.spec.containers.slice(0, 1) } }),
  (p) => ({ ...p, spec: { ...p.spec, nodeSelector: { disk: 'ssd' } } }),
  (p) => {
    const { status: _status, ...rest } = p;
    return rest as KObject;
  },
];

describe('fieldChanges', () => {
  it('agrees with comparing the full field sets, for shared and for deep-copied versions', () => {
    const r = lcg(7);
    for (let round = 0; round < 300; round++) {
      let before = pod();
      for (let i = r(4); i > 0; i--) before = EDITS[r(EDITS.length)](before, r);
      let after = before;
      for (let i = 1 + r(3); i > 0; i--) after = EDITS[r(EDITS.length)](after, r);
      const want = reference(before, after, 'Pod');
      for (const candidate of [after, cloneJson(after)]) {
        const got = fieldChanges(before, candidate, 'Pod');
        expect({ changed: got.changed.paths(), removed: got.removed.paths() }).toEqual(want);
      }
    }
  });

  it('finds nothing between an object and itself', () => {
    const p = pod();
    const got = fieldChanges(p, { ...p, metadata: { ...p.metadata, resourceVersion: '9' } }, 'Pod');
    expect(got.changed.size + got.removed.size).toBe(0);
  });
});

describe('recordUpdate on status writes', () => {
  const { status, ...spec } = pod();
  const created = { ...recordUpdate(undefined, spec as KObject, { manager: 'kubectl-create', now: T0, kind: 'Pod' }), status };
  const ready = (p: KObject, status: string) => ({ ...p, status: { ...p.status, conditions: p.status.conditions.map((c: JsonMap) => (c.type === 'Ready' ? { ...c, status } : c)) } });

  it("gives the kubelet the status fields it changed and leaves the creator's entry exactly as it was", () => {
    const updated = recordUpdate(created, ready(created, 'False'), { manager: 'kubelet', now: T1, kind: 'Pod', subresource: 'status' });
    const [creator, kubelet] = updated.metadata.managedFields!;
    expect(creator).toBe(created.metadata.managedFields!.find((e) => e.manager === 'kubectl-create'));
    expect(kubelet).toMatchObject({ manager: 'kubelet', operation: 'Update', subresource: 'status', time: T1 });
    expect(kubelet.fieldsV1).toEqual({ 'f:status': { 'f:conditions': { 'k:{"type":"Ready"}': { 'f:status': {} } } } });
    const again = recordUpdate(updated, { ...updated, status: { ...updated.status, podIP: '10.244.1.6' } }, { manager: 'kubelet', now: T1, kind: 'Pod', subresource: 'status' });
    expect(again.metadata.managedFields![1].fieldsV1).toEqual({ 'f:status': { 'f:conditions': { 'k:{"type":"Ready"}': { 'f:status': {} } }, 'f:podIP': {} } });
  });

  it('takes a field from its previous owner when another manager changes it, and keeps the time of an idle entry', () => {
    const kubelet = recordUpdate(created, ready(created, 'False'), { manager: 'kubelet', now: T1, kind: 'Pod', subresource: 'status' });
    const relabelled = recordUpdate(kubelet, { ...kubelet, metadata: { ...kubelet.metadata, labels: { app: 'web', tier: 'back' } } }, { manager: 'kubectl-label', now: '2025-01-01T00:02:00Z', kind: 'Pod' });
    const byManager = new Map(relabelled.metadata.managedFields!.map((e) => [e.manager, e]));
    expect((byManager.get('kubectl-create')!.fieldsV1 as JsonMap)['f:metadata']).toEqual({ 'f:annotations': { '.': {}, 'f:note': {} }, 'f:labels': { '.': {}, 'f:app': {} } });
    expect(byManager.get('kubectl-label')!.fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:tier': {} } } });
    expect(byManager.get('kubelet')).toBe(kubelet.metadata.managedFields!.find((e) => e.manager === 'kubelet'));
  });

  it('treats managedFields sent back unchanged (a deep copy of the stored ones) like none sent', () => {
    const kubelet = recordUpdate(created, ready(created, 'False'), { manager: 'kubelet', now: T1, kind: 'Pod', subresource: 'status' });
    const copy = cloneJson(kubelet);
    const again = recordUpdate(kubelet, ready(copy, 'True'), { manager: 'kubelet', now: '2025-01-01T00:03:00Z', kind: 'Pod', subresource: 'status' });
    expect(again.metadata.managedFields!.map((e) => [e.manager, e.time])).toEqual([
      ['kubectl-create', T0],
      ['kubelet', '2025-01-01T00:03:00Z'],
    ]);
  });
});
