/** A throwaway in-memory copy of a cluster with its own engine: where behaviour checks break things, so the
 * learner's cluster is never touched. Deterministic: same objects, same RNG state, paused clock. */
import { snapshotCluster } from '../sim/snapshot.js';
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
  const { meta, changes } = snapshotCluster(source);
  const id = `${source.id}-sandbox`;
  storage.createCluster({ ...meta, id, clockAnchor: 0, clockPaused: true }, { changes, meta: {} });
  return sandboxOf(Cluster.load(storage, id, { now: () => 0 })!);
}
