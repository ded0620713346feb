/** Resource resolution and REST helpers shared by the kubectl commands. */
import { RESOURCES, apiVersionOf, resolveResource, resourceForKind, type ResourceInfo } from '../k8s/resources';
import type { KObject } from '../k8s/types';
import type { KubeClient, KubeRequest } from './client';
import { CommandError, apiErrorFrom } from './errors';

export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

/** Resolves what the user typed to a served resource or fails like kubectl. */
export function mustResolve(name: string): ResourceInfo {
  const info = resolveResource(name);
  if (!info || info.virtual) throw new CommandError(`the server doesn't have a resource type "${name}"`);
  return info;
}

/** Resolves a manifest's apiVersion/kind. */
export function mustResolveKind(apiVersion: string, kind: string, name = '', source = 'STDIN'): ResourceInfo {
  const info = resourceForKind(apiVersion, kind);
  if (!info) {
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
    const version = apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
    throw new CommandError(
      `resource mapping not found for name: "${name}" namespace: "" from "${source}": no matches for kind "${kind}" in version "${group ? `${group}/` : ''}${version}"\nensure CRDs are installed first`,
    );
  }
  return info;
}

/** The REST path of a resource collection or object. */
export function resourcePath(info: ResourceInfo, namespace?: string, name?: string, subresource?: string): string {
  let p = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
  if (info.namespaced && namespace) p += `/namespaces/${encodeURIComponent(namespace)}`;
  p += `/${info.resource}`;
  if (name !== undefined) p += `/${encodeURIComponent(name)}`;
  if (subresource) p += `/${subresource}`;
  return p;
}

/** 'pod', 'deployment.apps': the lower-case kind kubectl prints in 'kind/name'. */
export function kindPrefix(info: ResourceInfo): string {
  return info.group ? `${info.kind.toLowerCase()}.${info.group}` : info.kind.toLowerCase();
}

/** 'pods', 'deployments.apps': how kubectl names a resource in messages. */
export function resourceWithGroup(info: ResourceInfo): string {
  return info.group ? `${info.resource}.${info.group}` : info.resource;
}

/** Fills apiVersion/kind on list items as kubectl's decoder does. */
export function withTypeMeta(info: ResourceInfo, obj: KObject): KObject {
  return { ...obj, apiVersion: obj.apiVersion ?? apiVersionOf(info), kind: obj.kind ?? info.kind };
}

/** Sends a request and returns the body; non-2xx answers throw ApiError. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call(client: KubeClient, req: KubeRequest): Promise<any> {
  const res = await client.request(req);
  if (res.status < 200 || res.status >= 300) throw apiErrorFrom(res.status, res.body);
  return res.body;
}

/** GET that returns undefined on 404 instead of throwing. */
export async function getOptional(client: KubeClient, path: string): Promise<KObject | undefined> {
  const res = await client.request({ method: 'GET', path });
  if (res.status === 404) return undefined;
  if (res.status < 200 || res.status >= 300) throw apiErrorFrom(res.status, res.body);
  return res.body;
}

/** Resources in a category ('all'), in the order kubectl lists them. */
export function categoryResources(category: string): ResourceInfo[] {
  const order = ['pods', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'horizontalpodautoscalers', 'cronjobs', 'jobs'];
  const seen = new Set<string>();
  const list = RESOURCES.filter((r) => r.categories.includes(category)).filter((r) => {
    const key = `${r.group}/${r.resource}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return list.sort((a, b) => order.indexOf(a.resource) - order.indexOf(b.resource));
}

/** Splits 'deploy/web' or ('deploy', 'web') style arguments into resource/name pairs. */
export function resourceNameArgs(args: string[]): { info: ResourceInfo; names: string[] }[] {
  if (args.length === 0) return [];
  if (args.every((a) => a.includes('/'))) {
    const out: { info: ResourceInfo; names: string[] }[] = [];
    for (const a of args) {
      const [type, name] = [a.slice(0, a.indexOf('/')), a.slice(a.indexOf('/') + 1)];
      const info = mustResolve(type);
      const entry = out.find((e) => e.info === info);
      if (entry) entry.names.push(name);
      else out.push({ info, names: [name] });
    }
    return out;
  }
  if (args.slice(1).some((a) => a.includes('/'))) {
    throw new CommandError('there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. \'kubectl get resource/<resource_name>\' instead of \'kubectl get resource resource/<resource_name>\'');
  }
  return args[0].split(',').map((t) => ({ info: mustResolve(t), names: args.slice(1) }));
}
