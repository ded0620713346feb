import { describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import type { ClusterManager } from '../cluster-manager.js';
import type { ExerciseCatalog } from '../../grading/catalog.js';
import type { ClassroomService } from '../../classroom/service.js';
import { simulationRoutes } from './simulation.js';
import { gradingRoutes } from './grading.js';
import { classroomRoutes } from './classrooms.js';
import { openApiDocument, openApiRoutes } from './openapi.js';

// Route registration never touches its dependencies, so stand-ins are enough to list the routes.
const manager = {} as ClusterManager;
function app(): Hono {
  return createApp({
    manager,
    extraRoutes: [
      simulationRoutes({ manager, tickerOf: () => undefined }),
      gradingRoutes({ manager, catalog: {} as ExerciseCatalog, realNow: () => 0 }),
      classroomRoutes({ classrooms: {} as ClassroomService }),
      openApiRoutes(),
    ],
  });
}

/** `/api/playgrounds/:key/load/:id` → `/api/playgrounds/{key}/load/{id}`. */
const openApiPath = (p: string) => p.replace(/:([A-Za-z]+)/g, '{$1}');

function registered(): string[] {
  const seen = new Set<string>();
  for (const r of app().routes) {
    if (!r.path.startsWith('/api/') || r.path === '/api/*' || r.method === 'ALL') continue;
    seen.add(`${r.method.toLowerCase()} ${openApiPath(r.path)}`);
  }
  return [...seen].sort();
}

function documented(): string[] {
  const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths)
    .flatMap(([p, item]) => Object.keys(item).filter((k) => k !== 'parameters').map((m) => `${m} ${p}`))
    .sort();
}

describe('product OpenAPI document', () => {
  it('documents every registered /api route, and nothing that is not served', () => {
    const routes = registered();
    expect(routes.length).toBeGreaterThan(25);
    expect(documented()).toEqual(routes);
  });

  it('declares every path parameter its path uses', () => {
    const paths = openApiDocument().paths as Record<string, { parameters?: { name: string; in: string }[] }>;
    for (const [p, item] of Object.entries(paths)) {
      const used = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (item.parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name).sort();
      expect(declared, p).toEqual(used);
    }
  });

  it('resolves every $ref to a component', () => {
    const doc = openApiDocument();
    const components = doc.components as Record<string, Record<string, unknown>>;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, kind, name] of refs) expect(components[kind]?.[name], `${kind}/${name}`).toBeDefined();
  });

  it('is served at GET /api/openapi.json', async () => {
    const res = await app().request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/playgrounds/{key}/grade']).toBeDefined();
  });
});
