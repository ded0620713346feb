/** Product routes: scheduling (simulation). */
import { Hono } from 'hono';
import type { SimulationDeps } from './simulation.js';

export function schedulingRoutes(_deps: SimulationDeps): Hono {
  return new Hono();
}
