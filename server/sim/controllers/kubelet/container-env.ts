/** A container's environment as the kubelet assembles it: service links, `env` (values, fieldRef,
 * configMapKeyRef, secretKeyRef), `envFrom`, and what the image itself sets (PATH, HOSTNAME, HOME). */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { SimContext } from '../../controller.js';
import { serviceEnvironment } from './service-env.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function decode(b64: string): string {
  try {
    return atob(b64);
  } catch {
    return '';
  }
}

function fieldValue(pod: KObject, path: string): string {
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name ?? '';
    case 'metadata.namespace':
      return pod.metadata.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata.uid ?? '';
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
    default: {
      const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
      return m ? (pod.metadata[m[1] as 'labels' | 'annotations']?.[m[2]] ?? '') : '';
    }
  }
}

/** The environment (as a map and as `env` prints it) of a container of a pod. */
export function containerEnvironment(ctx: Pick<SimContext, 'get'>, pod: KObject, container: Json, linked: string[], podIP: string | undefined): { env: Record<string, string>; lines: string[] } {
  const ns = pod.metadata.namespace ?? 'default';
  const services = serviceEnvironment((n, name) => ctx.get('services', n, name), linked);
  const own: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    const src = from.configMapRef ? ctx.get('configmaps', ns, from.configMapRef.name) : from.secretRef ? ctx.get('secrets', ns, from.secretRef.name) : undefined;
    const data: Record<string, string> = src?.data ?? {};
    for (const [k, v] of Object.entries(data)) own[`${from.prefix ?? ''}${k}`] = from.secretRef ? decode(v) : v;
  }
  for (const e of container.env ?? []) {
    if (e.value !== undefined) own[e.name] = String(e.value).replace(/\$\(([A-Za-z_]\w*)\)/g, (m: string, n: string) => own[n] ?? services[n] ?? m);
    else if (e.valueFrom?.fieldRef) own[e.name] = e.valueFrom.fieldRef.fieldPath === 'status.podIP' ? (podIP ?? '') : fieldValue(pod, e.valueFrom.fieldRef.fieldPath);
    else if (e.valueFrom?.configMapKeyRef) own[e.name] = ctx.get('configmaps', ns, e.valueFrom.configMapKeyRef.name)?.data?.[e.valueFrom.configMapKeyRef.key] ?? '';
    else if (e.valueFrom?.secretKeyRef) own[e.name] = decode(ctx.get('secrets', ns, e.valueFrom.secretKeyRef.name)?.data?.[e.valueFrom.secretKeyRef.key] ?? '');
    else own[e.name] = '';
  }
  const hostname = pod.spec?.hostname ?? pod.metadata.name ?? '';
  const env: Record<string, string> = { ...services, HOSTNAME: hostname, HOME: '/root', PATH, ...own };
  const lines = [
    ...Object.keys(services)
      .sort()
      .filter((k) => !(k in own))
      .map((k) => `${k}=${services[k]}`),
    `HOSTNAME=${hostname}`,
    'SHLVL=1',
    'HOME=/root',
    ...Object.entries(own).map(([k, v]) => `${k}=${v}`),
    `PATH=${PATH}`,
    'PWD=/',
  ];
  return { env, lines };
}
