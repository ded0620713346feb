/** The scheduling controllers, in the order a tick runs them. */
import type { Controller } from '../../controller.js';

export function schedulingControllers(): Controller[] {
  return [];
}
