/** Prepares a playground for an exercise: applies its manifests and faults, lets it settle, and marks where
 * the learner's history starts. */
import { parseAllDocuments } from 'yaml';
import type { KObject } from '../../shared/k8s/types.js';
import type { Exercise } from '../../shared/exercises/schema.js';
import { resourceForKind, storageKey } from '../../shared/k8s/resources.js';
import type { Cluster } from '../sim/cluster.js';
import { systemClient } from '../api/registry/system-client.js';
import { injectFault } from './faults.js';
import { startLoad } from '../sim/traffic/load-state.js';


/** Parses a multi-document manifest into objects (empty documents skipped). */
export function parseManifests(text: string): KObject[] {
  const out: KObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`invalid YAML: ${doc.errors[0].message}`);
    const value = doc.toJS({ maxAliasCount: 100 }) as KObject | null;
    if (!value) continue;
    if (value.kind === 'List' && Array.isArray(value.items)) out.push(...(value.items as KObject[]));
    else out.push(value);
  }
  return out;
}

/** Creates the manifests' objects as a user's `kubectl apply` would (through the API registry). */
export function applyManifests(cluster: Cluster, text: string, manager = 'kubectl-client-side-apply'): void {
  const client = systemClient(cluster, manager);
  for (const obj of parseManifests(text)) {
    const info = resourceForKind(obj.apiVersion, obj.kind);
    if (!info) throw new Error(`exercise manifest has unknown kind ${obj.apiVersion}/${obj.kind}`);
    client.create(storageKey(info), { ...obj, metadata: { namespace: info.namespaced ? (obj.metadata?.namespace ?? 'default') : undefined, ...obj.metadata } });
  }
}

/** Sets a playground up for an exercise; `advance` runs the simulation forward (the runtime's ticker). */
export function setUpExercise(cluster: Cluster, exercise: Exercise, advance: (ms: number) => void): void {
  const setup = exercise.setup;
  cluster.write(() => {
    if (setup.manifests.trim()) applyManifests(cluster, setup.manifests);
    for (const f of setup.faults) injectFault(cluster, f, f.at);
    // The load generator controller wakes on the setup's EndpointSlice changes and drives these from then on.
    for (const l of setup.load) startLoad(cluster, { target: l.target, namespace: l.namespace ?? 'default', rps: l.rps, durationSeconds: l.durationSeconds, path: l.path ?? '/' });
  });
  if (setup.settleSeconds > 0) advance(setup.settleSeconds * 1000);
  (cluster.sim as { exercise?: unknown }).exercise = { id: exercise.id, startRv: cluster.store.resourceVersion };
  cluster.touchSim();
  cluster.setClock({ speed: setup.speed });
}
