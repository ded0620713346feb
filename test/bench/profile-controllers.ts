/** Times every controller's reconciles on a big cluster, for the first resync and for a change (20 Deployments
 * scaled up by one): `node --import tsx test/bench/profile-controllers.ts [nodes] [deployments]`. */
import { Engine } from '../../server/sim/engine.js';
import { controllers } from '../../server/sim/simulation.js';
import { systemClient } from '../../server/api/registry/system-client.js';
import { buildBigCluster } from './big-cluster.js';

const nodes = Number(process.argv[2] ?? 100);
const deployments = Number(process.argv[3] ?? 100);
const cluster = buildBigCluster(nodes, deployments, 100);
const engine = new Engine(cluster, controllers(), systemClient(cluster));
const timing = new Map<string, { ms: number; count: number }>();
for (const c of engine.controllers) {
  const reconcile = c.reconcile.bind(c);
  c.reconcile = (key, ctx) => {
    const t = performance.now();
    try {
      return reconcile(key, ctx);
    } finally {
      const e = timing.get(c.name) ?? { ms: 0, count: 0 };
      e.ms += performance.now() - t;
      e.count++;
      timing.set(c.name, e);
    }
  };
}

function print(phase: string, wall: number): void {
  const parts = [...timing].sort((a, b) => b[1].ms - a[1].ms).map(([name, e]) => `${name}:${e.ms.toFixed(0)}ms/${e.count}`);
  console.log(`${phase} (${wall.toFixed(0)} ms): ${parts.join(' ')}`);
  timing.clear();
}

function advance(seconds: number): void {
  let now = cluster.now();
  for (let s = 0; s < seconds; s++) {
    now += 1000;
    cluster.setClock({ advanceMs: 1000 });
    engine.tick(now);
  }
}

let t = performance.now();
engine.resyncAll();
for (let i = 0; i < 50 && engine.hasQueued(); i++) engine.tick(cluster.now());
print('resync', performance.now() - t);
t = performance.now();
advance(60);
print('settle 60 s', performance.now() - t);
t = performance.now();
const client = systemClient(cluster, 'bench');
for (let d = 0; d < 20; d++) {
  const dep = cluster.store.get('deployments.apps', 'default', `app-${d}`)!;
  client.update('deployments.apps', { ...dep, spec: { ...dep.spec, replicas: dep.spec.replicas + 1 } });
}
advance(30);
print('change', performance.now() - t);
