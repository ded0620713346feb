/** A deterministic cluster for tests: in-memory storage, a paused clock you advance by hand, the real
 * registry as system client, and the controllers you choose (default: all of them). */
import { seedChanges } from '../../storage/seed.js';
import type { KObject } from '../../../shared/k8s/types.js';
import { Cluster } from '../cluster.js';
import { Engine } from '../engine.js';
import type { Controller } from '../controller.js';
import { controllers as allControllers } from '../simulation.js';
import { Rng } from '../rng.js';
import { bootstrapCluster } from '../bootstrap/index.js';
import { findTemplate } from '../bootstrap/templates.js';
import { memoryStorage } from '../../storage/memory-storage.js';
import { systemClient } from '../../api/registry/system-client.js';

export const T0 = Date.parse('2026-01-01T00:00:00Z');

export interface TestClusterOptions {
  template?: string;
  seed?: number;
  controllers?: Controller[];
}

export interface TestCluster {
  cluster: Cluster;
  engine: Engine;
  /** Creates an object as a user would through the API (defaults, validation, uid...). */
  create(resource: string, obj: KObject): KObject;
  update(resource: string, obj: KObject): KObject;
  delete(resource: string, namespace: string | undefined, name: string): void;
  get(resource: string, namespace: string | undefined, name: string): KObject | undefined;
  list(resource: string, namespace?: string): KObject[];
  /** Runs the queue at the current time (no time passes). */
  settle(): void;
  /** Advances simulated time by `ms`, firing timers in order. */
  advance(ms: number): void;
  /** Events (reason + message) of an object, oldest first. */
  events(involvedName?: string): { reason: string; message: string; type: string; count: number }[];
  now(): number;
}

export function createTestCluster(opts: TestClusterOptions = {}): TestCluster {
  const storage = memoryStorage();
  const seed = opts.seed ?? 42;
  const rng = new Rng(seed);
  const template = findTemplate(opts.template ?? 'default')!;
  const objects = bootstrapCluster(template, T0, rng);
  const changes = seedChanges(objects, T0);
  const rv = changes.length;
  storage.createCluster(
    {
      id: 'test',
      name: 'test',
      template: template.id,
      seed,
      editKeyHash: 'e',
      viewKeyHash: 'v',
      createdAt: T0,
      clockSim: T0,
      clockAnchor: T0,
      clockPaused: true,
      clockSpeed: 1,
      resourceVersion: rv,
      simState: JSON.stringify({ rng: rng.state }),
      exercise: null,
    },
    { changes, meta: {} },
  );
  const cluster = Cluster.load(storage, 'test', { now: () => T0 })!;
  const client = systemClient(cluster, 'test-user');
  const engine = new Engine(cluster, opts.controllers ?? allControllers(), systemClient(cluster));
  engine.resyncAll();
  const settle = () => engine.tick(cluster.now());
  settle();
  return {
    cluster,
    engine,
    create: (r, o) => {
      const out = client.create(r, o);
      settle();
      return cluster.store.get(r, out.metadata.namespace, out.metadata.name!) ?? out;
    },
    update: (r, o) => {
      const out = client.update(r, o);
      settle();
      return out;
    },
    delete: (r, ns, n) => {
      client.delete(r, ns, n);
      settle();
    },
    get: (r, ns, n) => cluster.store.get(r, ns, n),
    list: (r, ns) => cluster.store.list(r, ns),
    settle,
    advance(ms) {
      engine.step(ms);
    },
    events(name) {
      return cluster.store
        .list('events')
        .filter((e) => !name || e.involvedObject?.name === name)
        .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion))
        .map((e) => ({ reason: e.reason, message: e.message, type: e.type, count: e.count }));
    },
    now: () => cluster.now(),
  };
}
