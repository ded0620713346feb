/** Discovery and OpenAPI documents for the non-resource paths of the Kubernetes API. */
import type { ParsedPath } from './path.js';
import { apiGroupList, apiResourceList, apiVersions, openApiV2Document, openApiV3Document, openApiV3Index } from '../discovery/index.js';

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

/** The JSON document for a discovery path, or undefined when there is none. */
export function discoveryResponse(path: ParsedPath, prefix: string, origin: string): unknown {
  switch (path.type) {
    case 'version':
      return SERVER_VERSION;
    case 'legacy-versions':
      return apiVersions(new URL(origin).host);
    case 'groups':
      return apiGroupList();
    case 'group': {
      const list = apiGroupList() as { groups: { name: string }[] };
      const g = list.groups.find((x) => x.name === path.group);
      return g ? { kind: 'APIGroup', apiVersion: 'v1', ...g } : undefined;
    }
    case 'resource-list':
      return apiResourceList(path.group, path.version);
    case 'openapi': {
      const [version, ...rest] = path.rest;
      if (version === 'v2' && rest.length === 0) return openApiV2Document();
      if (version === 'v3' && rest.length === 0) return openApiV3Index(prefix);
      if (version === 'v3') return openApiV3Document(rest.join('/'));
      return undefined;
    }
    default:
      return undefined;
  }
}
