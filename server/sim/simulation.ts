/** Wires a cluster to its controllers: the list of reconcilers and the read-side sources they feed. */
import type { Cluster } from './cluster.js';
import type { Controller, SystemClient } from './controller.js';
import { Engine } from './engine.js';
import { schedulingControllers } from './controllers/scheduling/index.js';
import { kubeletControllers } from './controllers/kubelet/index.js';
import { workloadsControllers } from './controllers/workloads/index.js';
import { lifecycleControllers } from './controllers/lifecycle/index.js';
import { networkingControllers } from './controllers/networking/index.js';
import { attachSources } from './controllers/kubelet/sources.js';

/** Every controller of the simulation, in the order a tick runs them. */
export function controllers(): Controller[] {
  return [...lifecycleControllers(), ...workloadsControllers(), ...schedulingControllers(), ...kubeletControllers(), ...networkingControllers()];
}

/** Attaches the simulation to a loaded cluster and queues a full resync. */
export function attachSimulation(cluster: Cluster, client: SystemClient): Engine {
  const engine = new Engine(cluster, controllers(), client);
  attachSources(cluster);
  engine.resyncAll();
  return engine;
}
