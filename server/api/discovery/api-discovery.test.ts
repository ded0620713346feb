import { describe, expect, it } from 'vitest';
import { aggregatedDiscovery, aggregatedDiscoveryContentType, apiGroup, apiGroupList, apiResourceList, apiVersions } from './index.js';

type Entry = { name: string; kind: string; verbs: string[]; group?: string; version?: string; singularName: string; namespaced: boolean; shortNames?: string[]; categories?: string[]; storageVersionHash?: string };
const resources = (g: string, v: string): Entry[] => (apiResourceList(g, v) as { resources: Entry[] }).resources;
const entry = (g: string, v: string, name: string): Entry | undefined => resources(g, v).find((r) => r.name === name);

describe('legacy discovery', () => {
  it('GET /api lists v1 and the server address', () => {
    expect(apiVersions('play.example:8080')).toEqual({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: 'play.example:8080' }] });
  });

  it('GET /apis lists groups with autoscaling/v2 preferred over v1', () => {
    const list = apiGroupList() as { kind: string; groups: { name: string; versions: { groupVersion: string }[]; preferredVersion: { groupVersion: string; version: string } }[] };
    expect(list.kind).toBe('APIGroupList');
    const autoscaling = list.groups.find((g) => g.name === 'autoscaling')!;
    expect(autoscaling.versions.map((v) => v.groupVersion)).toEqual(['autoscaling/v2', 'autoscaling/v1']);
    expect(autoscaling.preferredVersion).toEqual({ groupVersion: 'autoscaling/v2', version: 'v2' });
    expect(list.groups.map((g) => g.name)).toContain('apps');
    expect(apiGroup('apps')).toMatchObject({ kind: 'APIGroup', name: 'apps', preferredVersion: { groupVersion: 'apps/v1' } });
    expect(apiGroup('nope.example.com')).toBeUndefined();
  });

  it('lists core resources with short names, categories and a stable storage hash', () => {
    const list = apiResourceList('', 'v1') as { kind: string; groupVersion: string };
    expect(list).toMatchObject({ kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'v1' });
    const pods = entry('', 'v1', 'pods')!;
    expect(pods).toMatchObject({ singularName: 'pod', namespaced: true, kind: 'Pod', shortNames: ['po'], categories: ['all'] });
    expect(pods.verbs).toEqual(['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']);
    expect(pods.storageVersionHash).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    expect(entry('', 'v1', 'pods')!.storageVersionHash).toBe(pods.storageVersionHash);
    expect(entry('', 'v1', 'nodes')).toMatchObject({ namespaced: false, shortNames: ['no'] });
    expect(entry('', 'v1', 'secrets')!.shortNames).toBeUndefined();
  });

  it('lists subresources as kube-apiserver does (drain needs pods/eviction in group policy)', () => {
    expect(entry('', 'v1', 'pods/eviction')).toEqual({ name: 'pods/eviction', singularName: '', namespaced: true, group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] });
    expect(entry('', 'v1', 'pods/log')).toEqual({ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] });
    expect(entry('', 'v1', 'pods/binding')).toMatchObject({ kind: 'Binding', verbs: ['create'] });
    expect(entry('', 'v1', 'pods/status')).toMatchObject({ kind: 'Pod', verbs: ['get', 'patch', 'update'] });
    expect(entry('', 'v1', 'namespaces/finalize')).toMatchObject({ kind: 'Namespace', verbs: ['update'], namespaced: false });
    expect(entry('apps', 'v1', 'deployments/scale')).toEqual({ name: 'deployments/scale', singularName: '', namespaced: true, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] });
    const names = resources('', 'v1').map((r) => r.name);
    expect(names).toEqual([...names].sort());
    expect(names.indexOf('pods/eviction')).toBe(names.indexOf('pods') + 2);
  });

  it('serves create-only and metrics resources without a storage hash, and nothing for unknown versions', () => {
    expect(entry('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews')).toMatchObject({ verbs: ['create'], namespaced: false, kind: 'SelfSubjectAccessReview' });
    expect(entry('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews')!.storageVersionHash).toBeUndefined();
    expect(entry('metrics.k8s.io', 'v1beta1', 'pods')).toMatchObject({ kind: 'PodMetrics', verbs: ['get', 'list'] });
    expect(apiResourceList('apps', 'v1beta1')).toBeUndefined();
    expect(apiResourceList('nope', 'v1')).toBeUndefined();
  });
});

describe('aggregated discovery', () => {
  it('describes every group version in one document', () => {
    const apis = aggregatedDiscovery('apis') as { kind: string; apiVersion: string; items: { metadata: { name?: string }; versions: { version: string; freshness: string; resources: Record<string, unknown>[] }[] }[] };
    expect(apis).toMatchObject({ kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2' });
    const apps = apis.items.find((i) => i.metadata.name === 'apps')!;
    const deploy = apps.versions[0].resources.find((r) => r.resource === 'deployments');
    expect(deploy).toMatchObject({ scope: 'Namespaced', singularResource: 'deployment', shortNames: ['deploy'], categories: ['all'], responseKind: { group: 'apps', version: 'v1', kind: 'Deployment' } });
    expect(deploy!.subresources).toContainEqual({ subresource: 'scale', responseKind: { group: 'autoscaling', version: 'v1', kind: 'Scale' }, verbs: ['get', 'patch', 'update'] });
    const core = aggregatedDiscovery('api') as typeof apis;
    expect(core.items).toHaveLength(1);
    expect(core.items[0].metadata).toEqual({});
    expect(core.items[0].versions[0].resources.find((r) => r.resource === 'nodes')).toMatchObject({ scope: 'Cluster' });
    expect((aggregatedDiscovery('api', 'v2beta1') as { apiVersion: string }).apiVersion).toBe('apidiscovery.k8s.io/v2beta1');
    expect(aggregatedDiscoveryContentType()).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
  });
});
