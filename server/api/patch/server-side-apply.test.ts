import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { applyConflictCauses, applyConflictMessage, recordUpdate, serverSideApply } from './server-side-apply.js';

const T0 = '2025-01-01T00:00:00Z';
const T1 = '2025-01-01T00:01:00Z';
const T2 = '2025-01-01T00:02:00Z';

function config(opts: { replicas?: number; sidecar?: boolean; labels?: Record<string, string> } = {}): KObject {
  const containers: unknown[] = [{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }];
  if (opts.sidecar) containers.push({ name: 'log', image: 'busybox' });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: opts.labels ?? { app: 'web' } },
    spec: {
      ...(opts.replicas === undefined ? {} : { replicas: opts.replicas }),
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers } },
    },
  };
}

const apply = (live: KObject | undefined, cfg: KObject, now = T0, force = false, manager = 'kubectl') =>
  serverSideApply(live, cfg, { manager, force, now, kind: 'Deployment' });

describe('serverSideApply', () => {
  it('creates the object with an Apply entry whose FieldsV1 uses k: keys for containers and ports', () => {
    const { object, conflicts } = apply(undefined, config({ replicas: 2 }));
    expect(conflicts).toEqual([]);
    expect(object.spec.replicas).toBe(2);
    expect(object.spec.template.spec.containers[0].image).toBe('nginx:1.25');
    expect(object.metadata.managedFields).toEqual([
      {
        manager: 'kubectl',
        operation: 'Apply',
        apiVersion: 'apps/v1',
        time: T0,
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': {
            'f:replicas': {},
            'f:selector': {},
            'f:template': {
              'f:metadata': { 'f:labels': { 'f:app': {} } },
              'f:spec': {
                'f:containers': {
                  'k:{"name":"nginx"}': {
                    '.': {},
                    'f:image': {},
                    'f:name': {},
                    'f:ports': { 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
                  },
                },
              },
            },
          },
        },
      },
    ]);
  });

  it('removes a container and a label the manager no longer applies', () => {
    const first = apply(undefined, config({ sidecar: true, labels: { app: 'web', tier: 'front' } })).object;
    const second = apply(first, config(), T1).object;
    expect(second.spec.template.spec.containers.map((c: { name: string }) => c.name)).toEqual(['nginx']);
    expect(second.metadata.labels).toEqual({ app: 'web' });
    expect(JSON.stringify(second.metadata.managedFields)).not.toContain('log');
    expect(second.metadata.managedFields?.[0].time).toBe(T1);
  });

  it('keeps live fields nobody applied, such as those set by other writers', () => {
    const first = apply(undefined, config()).object;
    const scaled = recordUpdate(first, { ...first, spec: { ...first.spec, replicas: 5 } }, { manager: 'kubectl-scale', now: T1, kind: 'Deployment' });
    const reapplied = apply(scaled, config(), T2).object;
    expect(reapplied.spec.replicas).toBe(5);
    expect(reapplied.metadata.managedFields?.map((m) => m.manager)).toEqual(['kubectl', 'kubectl-scale']);
  });

  it('reports a conflict with a client-side-apply owner and changes nothing without force', () => {
    const created = recordUpdate(undefined, config({ replicas: 3 }), { manager: 'kubectl-client-side-apply', now: T0, kind: 'Deployment' });
    const { object, conflicts } = apply(created, config({ replicas: 5 }), T1);
    expect(conflicts).toEqual([{ manager: 'kubectl-client-side-apply', field: '.spec.replicas', operation: 'Update', apiVersion: 'apps/v1' }]);
    expect(applyConflictMessage(conflicts)).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas',
    );
    expect(applyConflictCauses(conflicts)).toEqual([
      { reason: 'FieldManagerConflict', message: 'conflict with "kubectl-client-side-apply" using apps/v1', field: '.spec.replicas' },
    ]);
    expect(object).toEqual(created);
  });

  it('takes ownership with force=true', () => {
    const created = recordUpdate(undefined, config({ replicas: 3 }), { manager: 'kubectl-client-side-apply', now: T0, kind: 'Deployment' });
    const { object, conflicts } = apply(created, config({ replicas: 5 }), T1, true);
    expect(conflicts).toEqual([]);
    expect(object.spec.replicas).toBe(5);
    const csa = object.metadata.managedFields?.find((m) => m.manager === 'kubectl-client-side-apply');
    expect(csa?.fieldsV1?.['f:spec']).not.toHaveProperty('f:replicas');
    const mine = object.metadata.managedFields?.find((m) => m.manager === 'kubectl');
    expect(mine?.fieldsV1?.['f:spec']).toHaveProperty('f:replicas');
  });

  it('shares ownership without conflict when the applied value is the same', () => {
    const created = recordUpdate(undefined, config({ replicas: 3 }), { manager: 'kubectl-create', now: T0, kind: 'Deployment' });
    const { object, conflicts } = apply(created, config({ replicas: 3 }), T1);
    expect(conflicts).toEqual([]);
    for (const entry of object.metadata.managedFields ?? []) expect(entry.fieldsV1?.['f:spec']).toHaveProperty('f:replicas');
    // Dropping replicas from the config leaves it in place: the other manager still owns it.
    const dropped = apply(object, config(), T2).object;
    expect(dropped.spec.replicas).toBe(3);
  });

  it('lists several conflicts grouped by manager', () => {
    const other = apply(undefined, config({ replicas: 1, labels: { app: 'web', team: 'a' } }), T0, false, 'ops').object;
    const { conflicts } = apply(other, config({ replicas: 2, labels: { app: 'web', team: 'b' } }), T1);
    expect(applyConflictMessage(conflicts)).toBe(
      'Apply failed with 2 conflicts: conflicts with "ops":\n- .metadata.labels.team\n- .spec.replicas',
    );
  });

  it('treats an object without managedFields as owned by before-first-apply', () => {
    const live = { ...config({ replicas: 1 }), metadata: { ...config().metadata, uid: 'u1', resourceVersion: '7' } };
    const { conflicts } = apply(live, config({ replicas: 4 }));
    expect(conflicts.map((c) => [c.manager, c.field])).toEqual([['before-first-apply', '.spec.replicas']]);
  });

  it('keeps identity metadata of the live object and never mutates inputs', () => {
    const live = apply(undefined, config()).object;
    live.metadata.uid = 'u1';
    live.metadata.resourceVersion = '9';
    const liveCopy = structuredClone(live);
    const cfg = config({ sidecar: true });
    const cfgCopy = structuredClone(cfg);
    const { object } = apply(live, cfg, T1);
    expect(object.metadata.uid).toBe('u1');
    expect(object.spec.template.spec.containers).toHaveLength(2);
    expect(live).toEqual(liveCopy);
    expect(cfg).toEqual(cfgCopy);
  });

  it('merges finalizers as a set with v: entries', () => {
    const cm = (finalizers: string[]): KObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', finalizers } });
    const live = recordUpdate(undefined, cm(['example.com/a']), { manager: 'controller', now: T0, kind: 'ConfigMap' });
    const { object } = serverSideApply(live, cm(['example.com/b']), { manager: 'kubectl', force: false, now: T1, kind: 'ConfigMap' });
    expect(object.metadata.finalizers).toEqual(['example.com/a', 'example.com/b']);
    const mine = object.metadata.managedFields?.find((m) => m.manager === 'kubectl');
    expect(mine?.fieldsV1).toEqual({ 'f:metadata': { 'f:finalizers': { 'v:"example.com/b"': {} } } });
  });
});

describe('recordUpdate', () => {
  it('gives a create all fields, marking maps it created with "."', () => {
    const created = recordUpdate(undefined, config({ replicas: 1 }), { manager: 'kubectl-create', now: T0, kind: 'Deployment' });
    const [entry] = created.metadata.managedFields ?? [];
    expect(entry).toMatchObject({ manager: 'kubectl-create', operation: 'Update', apiVersion: 'apps/v1', time: T0, fieldsType: 'FieldsV1' });
    expect(entry.fieldsV1?.['f:metadata']).toEqual({ 'f:labels': { '.': {}, 'f:app': {} } });
    expect((entry.fieldsV1?.['f:spec'] as Record<string, unknown>)['f:replicas']).toEqual({});
  });

  it('moves a changed field to the writer and keeps the rest with its owner', () => {
    const created = recordUpdate(undefined, config(), { manager: 'kubectl-create', now: T0, kind: 'Deployment' });
    const next = structuredClone(created);
    next.spec.template.spec.containers[0].image = 'nginx:1.26';
    next.spec.template.metadata.annotations = { 'kubectl.kubernetes.io/restartedAt': T1 };
    const updated = recordUpdate(created, next, { manager: 'kubectl-set', now: T1, kind: 'Deployment' });
    const [create, set] = updated.metadata.managedFields ?? [];
    expect(create.manager).toBe('kubectl-create');
    expect(create.time).toBe(T0);
    expect(JSON.stringify(create.fieldsV1)).not.toContain('f:image');
    expect(set.manager).toBe('kubectl-set');
    expect(set.fieldsV1).toEqual({
      'f:spec': {
        'f:template': {
          'f:metadata': { 'f:annotations': { '.': {}, 'f:kubectl.kubernetes.io/restartedAt': {} } },
          'f:spec': { 'f:containers': { 'k:{"name":"nginx"}': { 'f:image': {} } } },
        },
      },
    });
  });

  it('resets ownership when the writer sends a single empty managedFields entry', () => {
    const created = recordUpdate(undefined, config(), { manager: 'kubectl-create', now: T0, kind: 'Deployment' });
    const reset = recordUpdate(created, { ...created, metadata: { ...created.metadata, managedFields: [{}] } }, { manager: 'x', now: T1, kind: 'Deployment' });
    expect(reset.metadata.managedFields).toBeUndefined();
  });
});
