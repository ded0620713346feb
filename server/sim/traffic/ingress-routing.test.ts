import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { defaultHost, hostMatches, isNginxIngress, pathMatches, routeIngress } from './ingress-routing.js';

const backend = (name: string, number = 80) => ({ service: { name, port: { number } } });
const ing = (spec: object, annotations?: Record<string, string>): KObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i', namespace: 'default', ...(annotations ? { annotations } : {}) }, spec });

describe('ingress routing', () => {
  const example = ing({
    ingressClassName: 'nginx',
    rules: [
      {
        host: 'hello-world.example',
        http: {
          paths: [
            { path: '/', pathType: 'Prefix', backend: backend('web') },
            { path: '/v2', pathType: 'Prefix', backend: backend('web2', 8080) },
            { path: '/v2/exact', pathType: 'Exact', backend: backend('exact') },
          ],
        },
      },
      { http: { paths: [{ path: '/any', pathType: 'ImplementationSpecific', backend: backend('catchall') }] } },
    ],
  });

  it('picks the longest matching path for the request host', () => {
    expect(routeIngress(example, 'hello-world.example', '/')?.service).toBe('web');
    expect(routeIngress(example, 'hello-world.example', '/v2/page')).toEqual({ service: 'web2', port: { number: 8080 } });
    expect(routeIngress(example, 'hello-world.example', '/v2/exact')?.service).toBe('exact');
    expect(routeIngress(example, 'hello-world.example', '/v22')?.service).toBe('web');
  });

  it('uses host-less rules for other hosts, the defaultBackend last, and nothing (404) otherwise', () => {
    expect(routeIngress(example, 'other.example', '/anything')?.service).toBe('catchall');
    expect(routeIngress(example, 'other.example', '/')).toBeUndefined();
    const withDefault = ing({ defaultBackend: backend('fallback'), rules: [{ host: 'a.example', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('a') }] } }] });
    expect(routeIngress(withDefault, 'b.example', '/')?.service).toBe('fallback');
  });

  it('matches path types and wildcard hosts like the Ingress spec says', () => {
    expect(pathMatches('Prefix', '/foo/', '/foo')).toBe(true);
    expect(pathMatches('Prefix', '/foo', '/foobar')).toBe(false);
    expect(pathMatches('Exact', '/foo', '/foo/')).toBe(false);
    expect(pathMatches('ImplementationSpecific', '/foo', '/foobar')).toBe(true);
    expect(hostMatches('*.foo.com', 'bar.foo.com')).toBe(true);
    expect(hostMatches('*.foo.com', 'baz.bar.foo.com')).toBe(false);
    expect(hostMatches('*.foo.com', 'foo.com')).toBe(false);
  });

  it('serves class nginx and class-less ingresses only, and knows the default host', () => {
    expect(isNginxIngress(example)).toBe(true);
    expect(isNginxIngress(ing({}))).toBe(true);
    expect(isNginxIngress(ing({ ingressClassName: 'traefik' }))).toBe(false);
    expect(isNginxIngress(ing({}, { 'kubernetes.io/ingress.class': 'haproxy' }))).toBe(false);
    expect(defaultHost(example)).toBe('hello-world.example');
  });
});
