/** Legacy and aggregated discovery documents: what `kubectl api-resources` and every RESTMapper read. */

import { RESOURCES, apiVersionOf, groupVersions, type ResourceInfo } from '../../../shared/k8s/resources.js';
import { shortBase64Hash } from './hash.js';
import { subresourceKind } from './subresources.js';

/** GET /api: the core API versions. */
export function apiVersions(serverAddress: string): object {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupEntry(group: string, versions: string[]): object {
  const gvs = versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  return { name: group, versions: gvs, preferredVersion: gvs[0] };
}

/** GET /apis: every named group with its versions; the first listed version is preferred. */
export function apiGroupList(): object {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groupVersions().map((g) => groupEntry(g.group, g.versions)) };
}

/** GET /apis/<group>: one group, or undefined when it is not served. */
export function apiGroup(group: string): object | undefined {
  const g = groupVersions().find((x) => x.group === group);
  return g && { kind: 'APIGroup', apiVersion: 'v1', ...groupEntry(g.group, g.versions) };
}

function resourcesOf(group: string, version: string): ResourceInfo[] {
  return RESOURCES.filter((r) => r.group === group && r.version === version);
}

function resourceEntries(info: ResourceInfo): object[] {
  const main: Record<string, unknown> = {
    name: info.resource,
    singularName: info.singular,
    namespaced: info.namespaced,
    kind: info.kind,
    verbs: info.verbs,
  };
  if (info.shortNames.length) main.shortNames = info.shortNames;
  if (info.categories.length) main.categories = info.categories;
  if (!info.virtual) main.storageVersionHash = shortBase64Hash(`${apiVersionOf(info)}/${info.resource}`);
  const subs = info.subresources.flatMap((sub) => {
    const sk = subresourceKind(info, sub);
    if (!sk) return [];
    const entry: Record<string, unknown> = { name: `${info.resource}/${sub}`, singularName: '', namespaced: info.namespaced };
    if (sk.group !== info.group || sk.version !== info.version) Object.assign(entry, { group: sk.group, version: sk.version });
    return [{ ...entry, kind: sk.kind, verbs: sk.verbs }];
  });
  return [main, ...subs];
}

/** GET /api/v1 or /apis/<group>/<version>: the resources and subresources served there. */
export function apiResourceList(group: string, version: string): object | undefined {
  const infos = resourcesOf(group, version);
  if (!infos.length) return undefined;
  const resources = infos.flatMap(resourceEntries).sort((a, b) => ((a as { name: string }).name < (b as { name: string }).name ? -1 : 1));
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: apiVersionOf({ group, version }), resources };
}

/** The Content-Type an aggregated discovery reply must carry, or kubectl ignores it; kubectl 1.27–1.29 ask
 * only for v2beta1, later ones prefer v2. */
export function aggregatedDiscoveryContentType(version: 'v2' | 'v2beta1' = 'v2'): string {
  return `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`;
}

function aggregatedResource(info: ResourceInfo): object {
  const out: Record<string, unknown> = {
    resource: info.resource,
    responseKind: { group: info.group, version: info.version, kind: info.kind },
    scope: info.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: info.singular,
    verbs: info.verbs,
  };
  if (info.shortNames.length) out.shortNames = info.shortNames;
  if (info.categories.length) out.categories = info.categories;
  const subs = info.subresources.flatMap((sub) => {
    const sk = subresourceKind(info, sub);
    return sk ? [{ subresource: sub, responseKind: { group: sk.group, version: sk.version, kind: sk.kind }, verbs: sk.verbs }] : [];
  });
  if (subs.length) out.subresources = subs;
  return out;
}

function discoveryGroup(group: string, versions: string[]): object {
  return {
    metadata: group ? { name: group } : {},
    // Sorted by name as the real API server does: kubectl keeps this order, e.g. for what `get all` prints.
    versions: versions.map((version) => ({ version, resources: [...resourcesOf(group, version)].sort((a, b) => (a.resource < b.resource ? -1 : 1)).map(aggregatedResource), freshness: 'Current' })),
  };
}

/** Aggregated discovery for GET /api (`'api'`) or GET /apis (`'apis'`): one document with every resource,
 * saving kubectl a request per group version. v2 and v2beta1 have the same shape. */
export function aggregatedDiscovery(root: 'api' | 'apis', version: 'v2' | 'v2beta1' = 'v2'): object {
  const items = root === 'api' ? [discoveryGroup('', ['v1'])] : groupVersions().map((g) => discoveryGroup(g.group, g.versions));
  return { kind: 'APIGroupDiscoveryList', apiVersion: `apidiscovery.k8s.io/${version}`, metadata: {}, items };
}
