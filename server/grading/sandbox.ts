/** A throwaway in-memory copy of a cluster with its own engine: where behaviour checks break things, so the
 * learner's cluster is never touched. Deterministic: same objects, same RNG state, paused clock. */
import type { ClusterMeta } from '../storage/port.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { Cluster } from '../sim/cluster.js';
import { Engine } from '../sim/engine.js';
import { controllers } from '../sim/simulation.js';
import { systemClient } from '../api/registry/system-client.js';
import type { SystemClient } from '../sim/controller.js';

export interface Sandbox {
  cluster: Cluster;
  engine: Engine;
  client: SystemClient;
  /** Advances simulated time, processing everything due. */
  advance(ms: number): void;
}

/** Runs `cluster`'s engine with a paused clock at its current time, reconciling as ticks come. */
export function sandboxOf(cluster: Cluster): Sandbox {
  const engine = new Engine(cluster, controllers(), systemClient(cluster));
  engine.resyncAll();
  engine.tick(cluster.now());
  return {
    cluster,
    engine,
    client: systemClient(cluster, 'grader'),
    advance(ms) {
      engine.step(ms);
    },
  };
}

/** Copies a cluster's objects and simulation state into a new in-memory cluster. */
export function forkInMemory(source: Cluster): Sandbox {
  const storage = memoryStorage();
  const now = source.now();
  source.sim.rng = source.rng.state;
  const meta: ClusterMeta = { ...source.meta, id: `${source.id}-sandbox`, clockSim: now, clockAnchor: 0, clockPaused: true, simState: JSON.stringify(source.sim), resourceVersion: source.store.resourceVersion };
  const changes = [];
  for (const resource of source.store.resources()) {
    for (const obj of source.store.list(resource)) {
      changes.push({ resourceVersion: Number(obj.metadata.resourceVersion), type: 'ADDED' as const, resource, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name!, time: now, body: JSON.stringify(obj) });
    }
  }
  storage.createCluster(meta, { changes, meta: {} });
  const copy = Cluster.load(storage, meta.id, { now: () => 0 })!;
  return sandboxOf(copy);
}
