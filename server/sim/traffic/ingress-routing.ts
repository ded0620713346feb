/** How ingress-nginx routes a request: the Ingress rules for the request's host (or the host-less rules
 * when no host matches), the longest matching path (Exact beats Prefix at equal length), else the
 * Ingress's defaultBackend; nothing matched means the controller's default backend answers 404. */
import type { KObject } from '../../../shared/k8s/types.js';

export interface IngressBackendRef {
  service: string;
  port?: { name?: string; number?: number };
}

interface HttpPath {
  path?: string;
  pathType?: string;
  backend?: { service?: { name: string; port?: { name?: string; number?: number } } };
}

interface Rule {
  host?: string;
  http?: { paths?: HttpPath[] };
}

/** Whether ingress-nginx (class `nginx`) serves this Ingress: class nginx, or no class at all. */
export function isNginxIngress(ing: KObject): boolean {
  const className = ing.spec?.ingressClassName ?? ing.metadata.annotations?.['kubernetes.io/ingress.class'];
  return className === undefined || className === 'nginx';
}

/** A rule host matches exactly, or as a `*.example.com` wildcard covering exactly one more label. */
export function hostMatches(ruleHost: string, host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  const r = ruleHost.toLowerCase();
  if (!r.startsWith('*.')) return r === h;
  const suffix = r.slice(1);
  return h.endsWith(suffix) && !h.slice(0, -suffix.length).includes('.') && h.length > suffix.length;
}

/** Whether a request path matches an Ingress path of the given type. */
export function pathMatches(pathType: string | undefined, rulePath: string, path: string): boolean {
  if (pathType === 'Exact') return path === rulePath;
  if (pathType === 'Prefix') {
    const base = rulePath.replace(/\/+$/, '');
    return base === '' || path === base || path.startsWith(`${base}/`);
  }
  // ImplementationSpecific: nginx treats it as a plain string prefix.
  return path.startsWith(rulePath);
}

/** The backend Service an Ingress sends a request for `host` and `path` to, if any. */
export function routeIngress(ing: KObject, host: string | undefined, path: string): IngressBackendRef | undefined {
  const rules: Rule[] = ing.spec?.rules ?? [];
  const hostRules = host ? rules.filter((r) => r.host && hostMatches(r.host, host)) : [];
  const candidates = hostRules.length ? hostRules : rules.filter((r) => !r.host);
  let best: { len: number; exact: boolean; backend: IngressBackendRef } | undefined;
  for (const rule of candidates) {
    for (const p of rule.http?.paths ?? []) {
      const rulePath = p.path ?? '/';
      const svc = p.backend?.service;
      if (!svc || !pathMatches(p.pathType, rulePath, path)) continue;
      const exact = p.pathType === 'Exact';
      if (!best || rulePath.length > best.len || (rulePath.length === best.len && exact && !best.exact)) {
        best = { len: rulePath.length, exact, backend: { service: svc.name, ...(svc.port ? { port: svc.port } : {}) } };
      }
    }
  }
  if (best) return best.backend;
  const def = ing.spec?.defaultBackend?.service;
  return def ? { service: def.name, ...(def.port ? { port: def.port } : {}) } : undefined;
}

/** The host a request to this Ingress uses when none is given: its first rule's host (if it has one). */
export function defaultHost(ing: KObject): string | undefined {
  return (ing.spec?.rules ?? []).find((r: Rule) => r.host && !r.host.startsWith('*.'))?.host;
}
