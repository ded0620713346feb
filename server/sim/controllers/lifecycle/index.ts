/** The lifecycle controllers, in the order a tick runs them. */
import type { Controller } from '../../controller.js';
import { faultController } from './faults.js';
import { nodeLifecycleController } from './node-lifecycle.js';
import { memoryEvictionController } from './memory-eviction.js';
import { taintEvictionController } from './taint-eviction.js';
import { podGCController } from './pod-gc.js';
import { namespaceController } from './namespace.js';
import { garbageCollector } from './garbage-collector.js';
import { disruptionController } from './disruption.js';
import { nodeIpamController } from './node-ipam.js';

export function lifecycleControllers(): Controller[] {
  return [
    faultController(),
    nodeIpamController(),
    nodeLifecycleController(),
    memoryEvictionController(),
    taintEvictionController(),
    podGCController(),
    namespaceController(),
    garbageCollector(),
    disruptionController(),
  ];
}
