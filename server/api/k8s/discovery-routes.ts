/** Discovery and OpenAPI documents for the non-resource paths of the Kubernetes API. */
import type { ParsedPath } from './path.js';
import {
  aggregatedDiscovery,
  aggregatedDiscoveryContentType,
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  openApiV2Document,
  openApiV2Protobuf,
  openApiV3Document,
  openApiV3Index,
} from '../discovery/index.js';

/** The version this API server reports; kubectl dispatchers pick their client by its minor. */
export const SERVER_VERSION = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.0-playground',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2024-12-11T00:00:00Z',
  goVersion: 'go1.23.3',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** Aggregated discovery (apidiscovery.k8s.io) when the client's first acceptable type asks for it. */
function aggregated(root: 'api' | 'apis', accept: string): Response | undefined {
  for (const offered of accept.split(',').map((a) => a.replace(/\s/g, ''))) {
    const v = (['v2', 'v2beta1'] as const).find((x) => offered === aggregatedDiscoveryContentType(x));
    if (v) return new Response(JSON.stringify(aggregatedDiscovery(root, v)), { headers: { 'content-type': aggregatedDiscoveryContentType(v) } });
    if (offered.startsWith('application/json') && !offered.includes('g=apidiscovery')) return undefined;
  }
  return undefined;
}

/** The document for a discovery path (JSON value, or a ready Response for non-JSON), or undefined. */
export function discoveryResponse(path: ParsedPath, prefix: string, origin: string, accept: string): unknown {
  switch (path.type) {
    case 'version':
      return SERVER_VERSION;
    case 'legacy-versions':
      return aggregated('api', accept) ?? apiVersions(new URL(origin).host);
    case 'groups':
      return aggregated('apis', accept) ?? apiGroupList();
    case 'group':
      return apiGroup(path.group);
    case 'resource-list':
      return apiResourceList(path.group, path.version);
    case 'openapi': {
      const [version, ...rest] = path.rest;
      if (version === 'v2' && rest.length === 0) {
        // kubectl 1.27/1.28 ask for protobuf only and cannot read JSON here.
        if (accept.includes('protobuf')) return new Response(openApiV2Protobuf() as unknown as BodyInit, { headers: { 'content-type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf' } });
        return openApiV2Document();
      }
      if (version === 'v3' && rest.length === 0) return openApiV3Index(prefix);
      if (version === 'v3') return openApiV3Document(rest.join('/'));
      return undefined;
    }
    default:
      return undefined;
  }
}
