/** Product routes: images (simulation). */
import { Hono } from 'hono';
import type { SimulationDeps } from './simulation.js';

export function imagesRoutes(_deps: SimulationDeps): Hono {
  return new Hono();
}
