import { describe, expect, it } from 'vitest';
import { openApiGroupVersionPaths, openApiV2Document, openApiV2Protobuf, openApiV3Document, openApiV3Index } from './index.js';

type Json = Record<string, any>;

describe('OpenAPI v3', () => {
  it('indexes every group version under the mount prefix with a content hash', () => {
    const index = openApiV3Index('/clusters/abc/') as { paths: Record<string, { serverRelativeURL: string }> };
    expect(Object.keys(index.paths)).toEqual(openApiGroupVersionPaths());
    expect(Object.keys(index.paths)).toEqual(expect.arrayContaining(['api/v1', 'apis/apps/v1', 'apis/autoscaling/v2', 'apis/autoscaling/v1', 'apis/policy/v1']));
    expect(index.paths['apis/apps/v1'].serverRelativeURL).toMatch(/^\/clusters\/abc\/openapi\/v3\/apis\/apps\/v1\?hash=[0-9A-F]{32}$/);
    const hashOf = (p: string): string => index.paths[p].serverRelativeURL.split('hash=')[1];
    expect(hashOf('api/v1')).not.toBe(hashOf('apis/apps/v1'));
    expect(hashOf('api/v1')).toBe((openApiV3Index('/other') as typeof index).paths['api/v1'].serverRelativeURL.split('hash=')[1]);
    expect((openApiV3Index('') as typeof index).paths['api/v1'].serverRelativeURL).toMatch(/^\/openapi\/v3\/api\/v1\?hash=/);
  });

  it('publishes kind schemas with group-version-kind for explain', () => {
    const doc = openApiV3Document('apis/apps/v1') as Json;
    expect(doc.openapi).toBe('3.0.0');
    const d = doc.components.schemas['io.k8s.api.apps.v1.Deployment'];
    expect(d['x-kubernetes-group-version-kind']).toEqual([{ group: 'apps', kind: 'Deployment', version: 'v1' }]);
    expect(d.properties.spec).toEqual({ allOf: [{ $ref: '#/components/schemas/io.k8s.api.apps.v1.DeploymentSpec' }], default: {}, description: 'Spec defines the desired behavior of the object.' });
    const spec = doc.components.schemas['io.k8s.api.apps.v1.DeploymentSpec'];
    expect(spec.required).toEqual(['selector', 'template']);
    expect(spec.properties.replicas).toMatchObject({ type: 'integer', format: 'int32' });
    const containers = doc.components.schemas['io.k8s.api.core.v1.PodSpec'].properties.containers;
    expect(containers).toMatchObject({ type: 'array', 'x-kubernetes-patch-merge-key': 'name', 'x-kubernetes-patch-strategy': 'merge', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'] });
    expect(doc.components.schemas['io.k8s.api.core.v1.ResourceRequirements'].properties.limits.additionalProperties).toEqual({ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity' });
    expect(doc.components.schemas['io.k8s.api.apps.v1.DeploymentList']['x-kubernetes-group-version-kind']).toEqual([{ group: 'apps', kind: 'DeploymentList', version: 'v1' }]);
    // Every $ref points at a schema of the same document.
    for (const ref of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas[ref[1]], ref[1]).toBeDefined();
  });

  it('declares fieldValidation on the PATCH operation of each kind, so kubectl validates server-side', () => {
    const doc = openApiV3Document('api/v1') as Json;
    const item = doc.paths['/api/v1/namespaces/{namespace}/pods/{name}'];
    expect(item.patch['x-kubernetes-group-version-kind']).toEqual({ group: '', version: 'v1', kind: 'Pod' });
    expect(item.patch.operationId).toBe('patchCoreV1NamespacedPod');
    expect(item.patch.parameters.map((p: Json) => p.name)).toEqual(['dryRun', 'fieldManager', 'fieldValidation', 'force']);
    expect(item.patch.requestBody.content).toHaveProperty('application/strategic-merge-patch+json');
    expect(item.parameters.map((p: Json) => `${p.in}:${p.name}`)).toEqual(['path:name', 'path:namespace', 'query:pretty']);
    expect(doc.paths['/api/v1/namespaces/{name}'].patch['x-kubernetes-group-version-kind'].kind).toBe('Namespace');
    expect(doc.paths['/api/v1/pods'].get.operationId).toBe('listCoreV1PodForAllNamespaces');
    expect(doc.paths['/api/v1/namespaces/{namespace}/pods/{name}/eviction'].post['x-kubernetes-group-version-kind']).toEqual({ group: 'policy', version: 'v1', kind: 'Eviction' });
    expect(doc.components.schemas['io.k8s.api.policy.v1.Eviction']).toBeDefined();
    expect(doc.paths['/api/v1/namespaces/{namespace}/pods/{name}/log'].get.parameters.map((p: Json) => p.name)).toContain('tailLines');
    const scale = openApiV3Document('apis/apps/v1') as Json;
    expect(scale.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale'].patch['x-kubernetes-group-version-kind']).toEqual({ group: 'autoscaling', version: 'v1', kind: 'Scale' });
  });

  it('returns nothing for group versions it does not serve', () => {
    expect(openApiV3Document('apis/apps/v1beta1')).toBeUndefined();
    expect(openApiV3Document('nonsense')).toBeUndefined();
  });
});

/** Reads the length-delimited fields of a protobuf message: field number → payloads. */
function fields(buf: Uint8Array): Map<number, Uint8Array[]> {
  const out = new Map<number, Uint8Array[]>();
  let i = 0;
  const varint = (): number => {
    let n = 0;
    let s = 1;
    for (;;) {
      const b = buf[i++];
      n += (b & 0x7f) * s;
      s *= 128;
      if (b < 0x80) return n;
    }
  };
  while (i < buf.length) {
    const tag = varint();
    if ((tag & 7) === 0) {
      varint();
      continue;
    }
    const len = varint();
    const list = out.get(tag >> 3) ?? [];
    list.push(buf.subarray(i, i + len));
    out.set(tag >> 3, list);
    i += len;
  }
  return out;
}
const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

describe('OpenAPI v2', () => {
  it('is a Swagger 2.0 document of every served kind', () => {
    const doc = openApiV2Document() as Json;
    expect(doc.swagger).toBe('2.0');
    expect(doc.definitions['io.k8s.api.batch.v1.CronJob']['x-kubernetes-group-version-kind']).toEqual([{ group: 'batch', kind: 'CronJob', version: 'v1' }]);
    expect(doc.definitions['io.k8s.api.apps.v1.DeploymentSpec'].properties.template).toEqual({ $ref: '#/definitions/io.k8s.api.core.v1.PodTemplateSpec', description: 'Template describes the pods that will be created.' });
    const patch = doc.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}'].patch;
    expect(patch.parameters.find((p: Json) => p.name === 'fieldValidation')).toMatchObject({ in: 'query', type: 'string' });
    expect(patch.parameters[0]).toMatchObject({ name: 'body', in: 'body', required: true });
  });

  it('encodes as the protobuf message kubectl 1.27/1.28 decode', () => {
    const doc = fields(openApiV2Protobuf());
    expect(text(doc.get(1)?.[0])).toBe('2.0');
    const definitions = fields(doc.get(9)![0]).get(1)!.map((d) => fields(d));
    const deployment = definitions.find((d) => text(d.get(1)?.[0]) === 'io.k8s.api.apps.v1.Deployment')!;
    const schema = fields(deployment.get(2)![0]);
    const ext = fields(schema.get(31)![0]);
    expect(text(ext.get(1)?.[0])).toBe('x-kubernetes-group-version-kind');
    expect(JSON.parse(text(fields(ext.get(2)![0]).get(2)?.[0]))).toEqual([{ group: 'apps', kind: 'Deployment', version: 'v1' }]);
    const paths = fields(doc.get(8)![0]).get(2)!.map((p) => fields(p));
    const item = paths.find((p) => text(p.get(1)?.[0]) === '/apis/apps/v1/namespaces/{namespace}/deployments/{name}')!;
    const patchOp = fields(fields(item.get(2)![0]).get(8)![0]);
    const queryNames = patchOp.get(8)!.map((p) => fields(fields(p).get(1)![0])).filter((p) => p.has(2)).map((p) => text(fields(fields(p.get(2)![0]).get(3)![0]).get(4)?.[0]));
    expect(queryNames).toContain('fieldValidation');
  });
});
