/** Parses a Kubernetes API path (below /clusters/:key) into group, version, namespace, resource, name and
 * subresource. */
import type { ResourceInfo } from '../../../shared/k8s/resources.js';
import { findResource } from '../../../shared/k8s/resources.js';

export type ParsedPath =
  | { type: 'version' }
  | { type: 'legacy-versions' }
  | { type: 'groups' }
  | { type: 'group'; group: string }
  | { type: 'resource-list'; group: string; version: string }
  | { type: 'openapi'; rest: string[] }
  | { type: 'resource'; info: ResourceInfo; namespace?: string; name?: string; subresource?: string }
  | { type: 'unknown-resource'; group: string; version: string; resource: string }
  | { type: 'not-found' };

/** `segments` are the decoded path segments after /clusters/:key. */
export function parseApiPath(segments: string[]): ParsedPath {
  const s = segments.filter((x) => x !== '');
  if (s.length === 1 && s[0] === 'version') return { type: 'version' };
  if (s[0] === 'openapi') return { type: 'openapi', rest: s.slice(1) };
  let group: string;
  let version: string;
  let rest: string[];
  if (s[0] === 'api') {
    if (s.length === 1) return { type: 'legacy-versions' };
    group = '';
    version = s[1];
    rest = s.slice(2);
  } else if (s[0] === 'apis') {
    if (s.length === 1) return { type: 'groups' };
    if (s.length === 2) return { type: 'group', group: s[1] };
    group = s[1];
    version = s[2];
    rest = s.slice(3);
  } else {
    return { type: 'not-found' };
  }
  if (rest.length === 0) return { type: 'resource-list', group, version };
  let namespace: string | undefined;
  // namespaces/<ns>/<resource>... is a namespaced path unless it addresses the namespace itself.
  if (rest[0] === 'namespaces' && rest.length >= 3 && !(group === '' && rest.length === 3 && (rest[2] === 'status' || rest[2] === 'finalize'))) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource, name, subresource, ...extra] = rest;
  if (extra.length > 0) return { type: 'not-found' };
  const info = findResource(group, version, resource);
  if (!info) return { type: 'unknown-resource', group, version, resource };
  if (namespace !== undefined && !info.namespaced) return { type: 'not-found' };
  if (subresource !== undefined && !info.subresources.includes(subresource)) return { type: 'not-found' };
  return { type: 'resource', info, namespace, name, subresource };
}
