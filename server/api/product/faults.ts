/** Product routes: faults (simulation). */
import { Hono } from 'hono';
import type { SimulationDeps } from './simulation.js';

export function faultsRoutes(_deps: SimulationDeps): Hono {
  return new Hono();
}
