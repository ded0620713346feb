/** The lifecycle controllers, in the order a tick runs them. */
import type { Controller } from '../../controller.js';

export function lifecycleControllers(): Controller[] {
  return [];
}
