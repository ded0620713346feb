/** Product routes: load (simulation). */
import { Hono } from 'hono';
import type { SimulationDeps } from './simulation.js';

export function loadRoutes(_deps: SimulationDeps): Hono {
  return new Hono();
}
