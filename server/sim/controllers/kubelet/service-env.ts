/** Service links: the `<NAME>_SERVICE_HOST` / `<NAME>_PORT_...` variables the kubelet injects for the
 * Services of the pod's namespace that existed when it started (plus `kubernetes` from default). */
import type { KObject } from '../../../../shared/k8s/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function envName(service: string): string {
  return service.toUpperCase().replace(/-/g, '_');
}

/** The variables of one Service, in the order the kubelet builds them. */
export function serviceVariables(svc: KObject): [string, string][] {
  const ip: string | undefined = svc.spec?.clusterIP;
  if (!ip || ip === 'None') return [];
  const ports: Json[] = svc.spec?.ports ?? [];
  if (ports.length === 0) return [];
  const n = envName(svc.metadata.name!);
  const out: [string, string][] = [
    [`${n}_SERVICE_HOST`, ip],
    [`${n}_SERVICE_PORT`, String(ports[0].port)],
  ];
  for (const p of ports) if (p.name) out.push([`${n}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
  const first = ports[0];
  out.push([`${n}_PORT`, `${(first.protocol ?? 'TCP').toLowerCase()}://${ip}:${first.port}`]);
  for (const p of ports) {
    const proto = (p.protocol ?? 'TCP').toUpperCase();
    const prefix = `${n}_PORT_${p.port}_${proto}`;
    out.push([prefix, `${proto.toLowerCase()}://${ip}:${p.port}`], [`${prefix}_PROTO`, proto.toLowerCase()], [`${prefix}_PORT`, String(p.port)], [`${prefix}_ADDR`, ip]);
  }
  return out;
}

/** Names of the Services whose variables a pod starting now gets. */
export function linkedServices(services: KObject[], namespace: string, enableServiceLinks: boolean): string[] {
  return services
    .filter((s) => (enableServiceLinks && s.metadata.namespace === namespace) || (s.metadata.namespace === 'default' && s.metadata.name === 'kubernetes'))
    .map((s) => `${s.metadata.namespace}/${s.metadata.name}`)
    .sort();
}

/** The variables of the linked Services that still exist. */
export function serviceEnvironment(lookup: (ns: string, name: string) => KObject | undefined, linked: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of linked) {
    const [ns, name] = key.split('/');
    const svc = lookup(ns, name);
    if (svc) for (const [k, v] of serviceVariables(svc)) env[k] = v;
  }
  return env;
}
