/** Classroom playgrounds as clusters in this process (the Node runtime): created by the cluster manager,
 * ticked by the runtime's tickers, followed through their commit hooks. */
import type { ClusterManager } from '../api/cluster-manager.js';
import { systemClient } from '../api/registry/system-client.js';
import { gradeCluster } from '../grading/grade.js';
import { setUpExercise } from '../grading/setup.js';
import type { Ticker } from '../runtime/ticker.js';
import type { Cluster } from '../sim/cluster.js';
import { applyFault, checkFaultTarget, type FaultSpec } from '../sim/controllers/lifecycle/fault-actions.js';
import { NODE_LIFECYCLE } from '../sim/controllers/lifecycle/node-lifecycle.js';
import type { Exercise } from '../../shared/exercises/schema.js';
import { isUserActivity, miniMap } from './mini-map.js';
import type { ClassroomPlaygrounds, CreateStudentPlayground, PlaygroundListener, PlaygroundState } from './playgrounds.js';

export interface LocalPlaygroundDeps {
  manager: ClusterManager;
  /** The runtime's ticker of a loaded cluster (runs setups forward, wakes after a fault). */
  tickerOf(id: string): Ticker | undefined;
}

export class LocalPlaygrounds implements ClassroomPlaygrounds {
  private listener: PlaygroundListener | undefined;
  private readonly observed = new WeakSet<Cluster>();
  /** Whether a loaded cluster is a student's, so commits of other clusters cost nothing; weak, so an
   * evicted cluster takes its entry with it. */
  private readonly owned = new WeakMap<Cluster, boolean>();

  constructor(private readonly deps: LocalPlaygroundDeps) {}

  follow(listener: PlaygroundListener): void {
    this.listener = listener;
  }

  async create(opts: CreateStudentPlayground): Promise<void> {
    const { cluster } = await this.deps.manager.create({
      id: opts.id,
      editKey: opts.editKey,
      name: opts.name,
      template: opts.exercise.setup.template,
      seed: opts.exercise.setup.seed,
      exercise: opts.exercise.id,
    });
    this.owned.set(cluster, true);
    this.observe(cluster);
    setUpExercise(cluster, opts.exercise, (ms) => this.deps.tickerOf(cluster.id)?.step(ms));
  }

  async inspect(id: string, exercise: Exercise): Promise<PlaygroundState | undefined> {
    const cluster = this.deps.manager.get(id);
    if (!cluster) return undefined;
    this.observe(cluster);
    return { result: gradeCluster(cluster, exercise), map: miniMap(cluster) };
  }

  async applyFault(id: string, spec: FaultSpec): Promise<string | undefined> {
    const cluster = this.deps.manager.get(id);
    if (!cluster) return 'no playground';
    return applyFaultNow(cluster, spec, this.deps.tickerOf(id));
  }

  async delete(id: string): Promise<void> {
    this.deps.manager.delete(id);
  }

  /** Follows a cluster's commits (call once a cluster is loaded, after the runtime attached its own hook). */
  observe(cluster: Cluster): void {
    if (this.observed.has(cluster)) return;
    this.observed.add(cluster);
    const previous = cluster.onCommit;
    cluster.onCommit = (changes) => {
      previous?.(changes);
      const listener = this.listener;
      if (!listener) return;
      let owned = this.owned.get(cluster);
      if (owned === undefined) this.owned.set(cluster, (owned = listener.isClassroomPlayground(cluster.id)));
      if (owned) listener.changed(cluster.id, changes.some(isUserActivity));
    };
  }
}

/** Applies a fault to a loaded cluster as the faults API does; returns why it was refused, if it was. */
export function applyFaultNow(cluster: Cluster, spec: FaultSpec, ticker: Ticker | undefined): string | undefined {
  const problem = checkFaultTarget(cluster, spec);
  if (problem) return problem;
  const engine = ticker?.engine;
  cluster.write(() =>
    applyFault(cluster, spec, {
      client: systemClient(cluster),
      nodeChanged: (node) => {
        if (engine?.controllers.some((c) => c.name === NODE_LIFECYCLE)) engine.enqueue(NODE_LIFECYCLE, node, 0);
      },
    }),
  );
  ticker?.kick();
  return undefined;
}
