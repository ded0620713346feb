/** The kube-proxy and load-generator simulation: each step turns every running generator's rate into
 * requests, routes them (Ingress rules → Service → ready endpoints), spreads them round-robin (or sticks
 * to one pod under ClientIP session affinity) and publishes per-pod rates through traffic-state, which
 * the kubelet turns into CPU use and access logs. Requests nobody can serve count as errors. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Cluster } from '../cluster.js';
import { podTraffic, setPodTraffic } from '../traffic-state.js';
import { readyBackends, servicePort, type ServicePortRef } from './backends.js';
import { defaultHost, isNginxIngress, routeIngress } from './ingress-routing.js';
import { loadState, parseTarget, type LoadGenerator } from './load-state.js';

interface Route {
  namespace: string;
  service: KObject;
  port: ServicePortRef | undefined;
}

/** Where a generator's requests go right now, or why they fail. */
export function resolveRoute(cluster: Cluster, gen: LoadGenerator): Route | { error: string } {
  const target = parseTarget(gen.target);
  if (!target) return { error: `invalid target ${gen.target}` };
  const ns = gen.namespace;
  if (target.kind === 'svc') {
    const svc = cluster.store.get('services', ns, target.name);
    return svc ? { namespace: ns, service: svc, port: undefined } : { error: `services "${target.name}" not found` };
  }
  const ing = cluster.store.get('ingresses.networking.k8s.io', ns, target.name);
  if (!ing) return { error: `ingresses.networking.k8s.io "${target.name}" not found` };
  if (!isNginxIngress(ing)) return { error: `ingress ${target.name} is not served by ingress-nginx (class nginx)` };
  const backend = routeIngress(ing, gen.host ?? defaultHost(ing), gen.path);
  if (!backend) return { error: '404 Not Found: no Ingress rule matches the request' };
  const svc = cluster.store.get('services', ns, backend.service);
  if (!svc) return { error: `503 Service Temporarily Unavailable: services "${backend.service}" not found` };
  return { namespace: ns, service: svc, port: backend.port };
}

/** Advances every running generator to `now`; returns whether any is still running. */
export function stepLoad(cluster: Cluster, now: number): boolean {
  const state = loadState(cluster);
  const rates = new Map<string, number>();
  const served = new Map<string, number>();
  let changed = false;
  for (const gen of state.generators) {
    if (gen.state !== 'Running' && gen.lastStepAt >= gen.endsAt) continue;
    const to = Math.min(now, gen.endsAt);
    if (to > gen.lastStepAt) {
      changed = true;
      const exact = (gen.rps * (to - gen.lastStepAt)) / 1000 + gen.carry;
      const n = Math.floor(exact + 1e-9);
      gen.carry = Math.max(0, exact - n);
      gen.lastStepAt = to;
      send(cluster, gen, n, gen.state === 'Running' && to < gen.endsAt ? rates : undefined, served);
    }
    if (gen.state === 'Running' && now >= gen.endsAt) {
      gen.state = 'Completed';
      changed = true;
    }
  }
  for (const key of [...new Set([...state.loadedPods, ...rates.keys(), ...served.keys()])].sort()) {
    const [ns, pod] = key.split('/');
    const before = podTraffic(cluster, ns, pod);
    const rps = rates.get(key) ?? 0;
    const requests = before.requests + (served.get(key) ?? 0);
    if (before.rps !== rps || before.requests !== requests) {
      setPodTraffic(cluster, ns, pod, { rps, requests });
      changed = true;
    }
  }
  const loaded = [...rates.keys()].sort();
  if (loaded.join() !== state.loadedPods.join()) {
    state.loadedPods = loaded;
    changed = true;
  }
  if (changed) cluster.touchSim();
  return state.generators.some((g) => g.state === 'Running');
}

/** Sends `n` requests of a generator; adds its continuing rate per pod to `rates` when given. */
function send(cluster: Cluster, gen: LoadGenerator, n: number, rates: Map<string, number> | undefined, served: Map<string, number>): void {
  gen.requests += n;
  const route = resolveRoute(cluster, gen);
  if ('error' in route) {
    gen.errors += n;
    gen.lastError = route.error;
    return;
  }
  const svc = route.service;
  const port = servicePort(svc, route.port);
  const svcName = svc.metadata.name!;
  const backends = port ? readyBackends(cluster, route.namespace, svcName, port.name) : [];
  if (backends.length === 0) {
    gen.errors += n;
    gen.lastError = port ? `no ready endpoints for service ${route.namespace}/${svcName}` : `service ${svcName} has no such port`;
    return;
  }
  delete gen.lastError;
  const add = (pod: string, count: number, rate: number) => {
    const key = `${route.namespace}/${pod}`;
    if (count > 0) {
      gen.pods[pod] = (gen.pods[pod] ?? 0) + count;
      served.set(key, (served.get(key) ?? 0) + count);
    }
    if (rates) rates.set(key, (rates.get(key) ?? 0) + rate);
  };
  if (svc.spec?.sessionAffinity === 'ClientIP') {
    // One load generator is one client IP: every request lands on the pod it first reached.
    const stuck = gen.sticky[svcName];
    const pod = stuck && backends.includes(stuck) ? stuck : backends[gen.cursor++ % backends.length];
    gen.sticky[svcName] = pod;
    add(pod, n, gen.rps);
    return;
  }
  const k = backends.length;
  const base = Math.floor(n / k);
  const extra = n % k;
  const start = gen.cursor % k;
  for (let i = 0; i < k; i++) {
    const offset = (i - start + k) % k;
    add(backends[i], base + (offset < extra ? 1 : 0), gen.rps / k);
  }
  gen.cursor = (start + extra) % k;
}
