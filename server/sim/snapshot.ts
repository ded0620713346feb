/** A cluster as plain data — its meta and one ADDED change per object — for forks (a new playground, or a
 * grader's throwaway copy). The RNG state is included so a copy continues the same random sequence. */
import type { ClusterMeta } from '../storage/port.js';
import type { Cluster } from './cluster.js';

export interface ClusterSnapshot {
  meta: ClusterMeta;
  changes: { resourceVersion: number; type: 'ADDED'; resource: string; namespace: string; name: string; time: number; body: string }[];
}

export function snapshotCluster(source: Cluster): ClusterSnapshot {
  const now = source.now();
  const changes: ClusterSnapshot['changes'] = [];
  for (const resource of source.store.resources()) {
    for (const obj of source.store.list(resource)) {
      changes.push({ resourceVersion: Number(obj.metadata.resourceVersion), type: 'ADDED', resource, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name!, time: now, body: JSON.stringify(obj) });
    }
  }
  changes.sort((a, b) => a.resourceVersion - b.resourceVersion);
  source.sim.rng = source.rng.state;
  return {
    meta: { ...source.meta, clockSim: now, resourceVersion: source.store.resourceVersion, simState: JSON.stringify(source.sim) },
    changes,
  };
}
