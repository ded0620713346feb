import { describe, expect, it } from 'vitest';
import { RESOURCES, apiVersionOf } from '../resources.js';
import { parseField } from './dsl.js';
import { allTypeSchemas, fieldAt, schemaFor, typeSchema } from './index.js';

describe('schema registry', () => {
  it('has a schema for every served kind, tagged with its group/version/kind', () => {
    for (const r of RESOURCES) {
      const s = schemaFor(apiVersionOf(r), r.kind);
      expect(s, `${apiVersionOf(r)} ${r.kind}`).toBeDefined();
      expect(s!.gvk).toEqual({ group: r.group, version: r.version, kind: r.kind });
    }
    expect(schemaFor('autoscaling/v1', 'Scale')?.fields.map((f) => f.name)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(schemaFor('v1', 'Binding')).toBeDefined();
    expect(schemaFor('v1', 'PodSpec')).toBeUndefined();
  });

  it('resolves every nested type reference', () => {
    for (const t of allTypeSchemas()) for (const f of t.fields) if (f.ref) expect(typeSchema(f.ref), `${t.name}.${f.name}`).toBeDefined();
  });

  it('keeps the HPA versions apart', () => {
    expect(fieldAt('autoscaling/v1', 'HorizontalPodAutoscaler', 'spec.targetCPUUtilizationPercentage')).toBeDefined();
    expect(fieldAt('autoscaling/v2', 'HorizontalPodAutoscaler', 'spec.targetCPUUtilizationPercentage')).toBeUndefined();
    expect(fieldAt('autoscaling/v2', 'HorizontalPodAutoscaler', 'spec.behavior.scaleDown.policies')?.type?.name).toBe('io.k8s.api.autoscaling.v2.HPAScalingPolicy');
  });

  it('walks field paths for explain, with the patch metadata of the real API', () => {
    const containers = fieldAt('apps/v1', 'Deployment', 'spec.template.spec.containers');
    expect(containers?.field).toMatchObject({ type: 'array', required: true, patchMergeKey: 'name', patchStrategy: 'merge', listType: 'map', listMapKeys: ['name'] });
    expect(containers?.type?.name).toBe('io.k8s.api.core.v1.Container');
    expect(fieldAt('apps/v1', 'Deployment', 'spec.replicas')?.field).toMatchObject({ type: 'integer', format: 'int32' });
    expect(fieldAt('v1', 'Pod', 'spec.containers.resources.limits')?.field).toMatchObject({ type: 'map', items: 'quantity' });
    expect(fieldAt('v1', 'Pod', 'spec.restartPolicy')?.field?.enum).toEqual(['Always', 'Never', 'OnFailure']);
    expect(fieldAt('v1', 'Pod', 'spec.nope')).toBeUndefined();
    expect(fieldAt('v1', 'Node', 'status.daemonEndpoints.kubeletEndpoint.Port')?.field?.required).toBe(true);
  });
});

describe('schema notation', () => {
  it('parses types, requiredness and modifiers', () => {
    const f = parseField('ports []ContainerPort merge=containerPort list=map keys=containerPort,protocol | List of ports.', (s) => `x.${s}`);
    expect(f).toEqual({ name: 'ports', type: 'array', ref: 'x.ContainerPort', description: 'List of ports.', patchMergeKey: 'containerPort', patchStrategy: 'merge', listType: 'map', listMapKeys: ['containerPort', 'protocol'] });
    expect(parseField('port! ios | Port.', (s) => s)).toEqual({ name: 'port', type: 'int-or-string', required: true, description: 'Port.' });
    expect(parseField('data {}byte | Data.', (s) => s)).toEqual({ name: 'data', type: 'map', items: 'byte', description: 'Data.' });
    expect(() => parseField('x string bogus=1 | X.', (s) => s)).toThrow(/unknown schema modifier/);
  });
});
