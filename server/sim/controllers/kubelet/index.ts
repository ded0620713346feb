/** The kubelet controllers, in the order a tick runs them. */
import type { Controller } from '../../controller.js';
import { nodeStatusController } from './node-status.js';
import { podLifecycleController } from './pod-lifecycle.js';

export function kubeletControllers(): Controller[] {
  return [nodeStatusController, podLifecycleController];
}
