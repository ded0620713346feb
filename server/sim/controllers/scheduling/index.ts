/** The scheduling controllers, in the order a tick runs them. */
import type { Controller } from '../../controller.js';
import { schedulerController } from './scheduler.js';

export function schedulingControllers(): Controller[] {
  return [schedulerController()];
}
