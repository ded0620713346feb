/** The resources this API server serves: the single source for routing, discovery, OpenAPI and the web kubectl. */

export interface ResourceInfo {
  /** '' for the core group. */
  group: string;
  version: string;
  /** Plural, lower-case: 'deployments'. */
  resource: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  /** Subresource names served under this resource: 'status', 'scale', 'log', 'eviction', 'binding'. */
  subresources: string[];
  /** Create-only virtual resources (evictions, selfsubjectaccessreviews) are not stored. */
  virtual?: boolean;
}

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function r(
  group: string,
  version: string,
  resource: string,
  kind: string,
  namespaced: boolean,
  opts: Partial<Pick<ResourceInfo, 'shortNames' | 'categories' | 'verbs' | 'subresources' | 'virtual'>> = {},
): ResourceInfo {
  return {
    group,
    version,
    resource,
    singular: kind.toLowerCase(),
    kind,
    namespaced,
    shortNames: opts.shortNames ?? [],
    categories: opts.categories ?? [],
    verbs: opts.verbs ?? CRUD,
    subresources: opts.subresources ?? [],
    virtual: opts.virtual,
  };
}

export const RESOURCES: ResourceInfo[] = [
  r('', 'v1', 'namespaces', 'Namespace', false, { shortNames: ['ns'], subresources: ['status', 'finalize'], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] }),
  r('', 'v1', 'nodes', 'Node', false, { shortNames: ['no'], subresources: ['status'] }),
  r('', 'v1', 'pods', 'Pod', true, { shortNames: ['po'], categories: ['all'], subresources: ['status', 'log', 'eviction', 'binding'] }),
  r('', 'v1', 'services', 'Service', true, { shortNames: ['svc'], categories: ['all'], subresources: ['status'] }),
  r('', 'v1', 'endpoints', 'Endpoints', true, { shortNames: ['ep'] }),
  r('', 'v1', 'configmaps', 'ConfigMap', true, { shortNames: ['cm'] }),
  r('', 'v1', 'secrets', 'Secret', true),
  r('', 'v1', 'events', 'Event', true, { shortNames: ['ev'] }),
  r('', 'v1', 'serviceaccounts', 'ServiceAccount', true, { shortNames: ['sa'] }),
  r('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true, { shortNames: ['pvc'], subresources: ['status'] }),
  r('apps', 'v1', 'deployments', 'Deployment', true, { shortNames: ['deploy'], categories: ['all'], subresources: ['status', 'scale'] }),
  r('apps', 'v1', 'replicasets', 'ReplicaSet', true, { shortNames: ['rs'], categories: ['all'], subresources: ['status', 'scale'] }),
  r('apps', 'v1', 'daemonsets', 'DaemonSet', true, { shortNames: ['ds'], categories: ['all'], subresources: ['status'] }),
  r('apps', 'v1', 'statefulsets', 'StatefulSet', true, { shortNames: ['sts'], categories: ['all'], subresources: ['status', 'scale'] }),
  r('batch', 'v1', 'jobs', 'Job', true, { categories: ['all'], subresources: ['status'] }),
  r('batch', 'v1', 'cronjobs', 'CronJob', true, { shortNames: ['cj'], categories: ['all'], subresources: ['status'] }),
  r('autoscaling', 'v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, { shortNames: ['hpa'], categories: ['all'], subresources: ['status'] }),
  r('autoscaling', 'v1', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, { shortNames: ['hpa'], categories: ['all'], subresources: ['status'] }),
  r('networking.k8s.io', 'v1', 'ingresses', 'Ingress', true, { shortNames: ['ing'], subresources: ['status'] }),
  r('discovery.k8s.io', 'v1', 'endpointslices', 'EndpointSlice', true),
  r('coordination.k8s.io', 'v1', 'leases', 'Lease', true),
  r('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, { shortNames: ['pdb'], subresources: ['status'] }),
  r('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, { verbs: ['create'], virtual: true }),
  r('metrics.k8s.io', 'v1beta1', 'nodes', 'NodeMetrics', false, { verbs: ['get', 'list'], virtual: true }),
  r('metrics.k8s.io', 'v1beta1', 'pods', 'PodMetrics', true, { verbs: ['get', 'list'], virtual: true }),
];

/** Group versions in discovery order; the first version listed for a group is its preferred version. */
export function groupVersions(): { group: string; versions: string[] }[] {
  const out: { group: string; versions: string[] }[] = [];
  for (const info of RESOURCES) {
    if (info.group === '') continue;
    let g = out.find((x) => x.group === info.group);
    if (!g) out.push((g = { group: info.group, versions: [] }));
    if (!g.versions.includes(info.version)) g.versions.push(info.version);
  }
  return out;
}

export function apiVersionOf(info: Pick<ResourceInfo, 'group' | 'version'>): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}

/** Finds the resource served at group/version/plural. */
export function findResource(group: string, version: string, resource: string): ResourceInfo | undefined {
  return RESOURCES.find((x) => x.group === group && x.version === version && x.resource === resource);
}

/** The storage key of a resource: versions of one group share storage (autoscaling v1 and v2 HPAs). */
export function storageKey(info: Pick<ResourceInfo, 'group' | 'resource'>): string {
  return info.group ? `${info.resource}.${info.group}` : info.resource;
}

/** Resolves what a user types (`deploy`, `deployments.apps`, `Pod`, `po`) to a resource, preferring the
 * preferred version of its group. */
export function resolveResource(name: string): ResourceInfo | undefined {
  const lower = name.toLowerCase();
  const [base, ...groupParts] = lower.split('.');
  const group = groupParts.join('.');
  const candidates = RESOURCES.filter(
    (x) =>
      (!group || x.group === group || x.group.startsWith(group)) &&
      (x.resource === base || x.singular === base || x.shortNames.includes(base) || x.kind.toLowerCase() === base),
  );
  return candidates.find((x) => !x.group.startsWith('metrics')) ?? candidates[0];
}

/** Finds the resource for an apiVersion + kind pair (what a manifest carries). */
export function resourceForKind(apiVersion: string, kind: string): ResourceInfo | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return RESOURCES.find((x) => x.group === group && x.version === version && x.kind === kind && !x.virtual);
}
