/** What each served subresource is on the wire: the kind its body carries and the verbs it allows, as
 * kube-apiserver lists them in discovery. */

import type { ResourceInfo } from '../../../shared/k8s/resources.js';

export interface SubresourceKind {
  group: string;
  version: string;
  kind: string;
  verbs: string[];
}

const STATUS_VERBS = ['get', 'patch', 'update'];

/** The kind and verbs of `<resource>/<sub>`; undefined for a subresource this server does not describe. */
export function subresourceKind(info: ResourceInfo, sub: string): SubresourceKind | undefined {
  const own = { group: info.group, version: info.version, kind: info.kind };
  switch (sub) {
    case 'status':
      return { ...own, verbs: STATUS_VERBS };
    case 'scale':
      return { group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: STATUS_VERBS };
    case 'log':
      return { ...own, verbs: ['get'] };
    case 'eviction':
      return { group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] };
    case 'binding':
      return { group: '', version: 'v1', kind: 'Binding', verbs: ['create'] };
    case 'finalize':
      return { ...own, verbs: ['update'] };
    default:
      return undefined;
  }
}
