/** Benchmarks of the simulation (issue 3): converged tick cost at 1,000 nodes / 100,000 pods and its memory,
 * tick cost per changed object, CPU of idle and active playgrounds, memory per 100-pod cluster. */
import { Engine } from '../../server/sim/engine.js';
import type { Cluster } from '../../server/sim/cluster.js';
import { controllers } from '../../server/sim/simulation.js';
import { systemClient } from '../../server/api/registry/system-client.js';
import { buildBigCluster } from './big-cluster.js';
import { ms, report } from './stats.js';

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Ticks until nothing is queued (or a cap), returning the time taken. */
function converge(engine: Engine, now: number, cap = 50): number {
  const t = performance.now();
  for (let i = 0; i < cap && engine.hasQueued(); i++) engine.tick(now);
  return performance.now() - t;
}

/** Advances simulated time second by second, one tick per second. */
function advance(cluster: Cluster, engine: Engine, seconds: number): void {
  let now = cluster.now();
  for (let s = 0; s < seconds; s++) {
    now += 1000;
    cluster.setClock({ advanceMs: 1000 });
    engine.tick(now);
  }
}

export function benchBigCluster(nodes: number, deployments: number, replicas: number): void {
  const before = heapMb();
  let t = performance.now();
  const cluster = buildBigCluster(nodes, deployments, replicas);
  const loadMs = performance.now() - t;
  const engine = new Engine(cluster, controllers(), systemClient(cluster));
  engine.resyncAll();
  const first = converge(engine, cluster.now());
  const mem = heapMb() - before;
  const pods = cluster.store.count('pods');
  report(`${nodes} nodes / ${pods} pods: build + load`, ms(loadMs));
  report(`${nodes} nodes / ${pods} pods: first full resync to converged`, ms(first));
  report(`${nodes} nodes / ${pods} pods: heap`, `${mem.toFixed(0)} MB`);
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    engine.tick(cluster.now());
    idle.push(performance.now() - t);
  }
  report(`${nodes} nodes / ${pods} pods: converged tick`, ms(idle.reduce((a, b) => a + b) / idle.length));
  // The resync placed a kube-proxy pod on every new node; let their image pulls and starts finish (one minute of
  // simulated time) so the change below is measured on its own.
  t = performance.now();
  advance(cluster, engine, 60);
  report(`${nodes} nodes: kube-proxy on every node to Running (60 simulated s)`, ms(performance.now() - t));
  // A change: scale 20 Deployments up by one pod each, then run until converged (RS creates, scheduler
  // binds, kubelet pulls and starts, statuses roll up), advancing simulated time as it goes.
  const client = systemClient(cluster, 'bench');
  const changed = 20;
  t = performance.now();
  for (let d = 0; d < changed; d++) {
    const dep = cluster.store.get('deployments.apps', 'default', `app-${d}`)!;
    client.update('deployments.apps', { ...dep, spec: { ...dep.spec, replicas: dep.spec.replicas + 1 } });
  }
  advance(cluster, engine, 30);
  const perChange = (performance.now() - t) / changed;
  const running = cluster.store.list('pods', 'default').filter((p) => p.status?.phase === 'Running').length;
  report(`${nodes} nodes: tick cost per changed object (scale +1, pod to Running)`, `${ms(perChange)} (${running} running)`);
}

/** Heap per cluster of 100 pods, averaged over several clusters. */
export function benchMemoryPer100Pods(): void {
  const n = 10;
  const keep = [];
  const before = heapMb();
  for (let i = 0; i < n; i++) {
    const c = buildBigCluster(2, 10, 10, i + 1);
    const e = new Engine(c, controllers(), systemClient(c));
    e.resyncAll();
    converge(e, c.now());
    keep.push({ c, e });
  }
  const per = (heapMb() - before) / n;
  report('memory per 100-pod cluster (heap, converged, with its engine)', `${(per * 1024).toFixed(0)} KB`);
  void keep.length;
}
