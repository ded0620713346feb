/** The scheduling framework: runs the default profile's filter plugins over every node, scores the feasible
 * ones, picks the best, and when nothing fits builds the FailedScheduling message the real scheduler prints
 * (with the preemption post-filter's verdict). */
import type { KObject } from '../../../shared/k8s/types.js';
import { buildNodeInfo } from './node-info.js';
import { balancedAllocationPlugin } from './plugins/balanced-allocation.js';
import { interPodAffinityPlugin } from './plugins/inter-pod-affinity.js';
import { nodeAffinityPlugin } from './plugins/node-affinity.js';
import { nodeNamePlugin } from './plugins/node-name.js';
import { nodeResourcesFitPlugin } from './plugins/node-resources-fit.js';
import { nodeUnschedulablePlugin } from './plugins/node-unschedulable.js';
import { podTopologySpreadPlugin } from './plugins/pod-topology-spread.js';
import { taintTolerationPlugin } from './plugins/taint-toleration.js';
import { preemptionVerdict, type PreemptionPlan } from './preemption.js';
import type { Cycle, FilterFailure, NodeInfo, NodeVerdict, Plugin, ScheduleOptions, ScheduleResult } from './types.js';

/** The default profile's plugins, filters in the order kube-scheduler runs them. */
export const DEFAULT_PLUGINS: Plugin[] = [
  nodeUnschedulablePlugin,
  nodeNamePlugin,
  taintTolerationPlugin,
  nodeAffinityPlugin,
  nodeResourcesFitPlugin,
  podTopologySpreadPlugin,
  interPodAffinityPlugin,
  balancedAllocationPlugin,
];

/** The error when the cluster has no nodes at all (not a fit error). */
export const NO_NODES_MESSAGE = 'no nodes available to schedule pods';

export interface FullScheduleResult extends ScheduleResult {
  /** Why each rejected node was rejected (first failing plugin). */
  failures: Map<string, FilterFailure>;
  /** Victims to evict when preemption found a node, with the node to nominate. */
  preemption?: PreemptionPlan;
}

/** Schedules one pod against nodes and the pods bound to them (by node name). */
export function schedulePod(pod: KObject, nodes: KObject[], podsOnNode: Map<string, KObject[]>, opts: ScheduleOptions = {}): FullScheduleResult {
  return scheduleOnNodeInfos(pod, nodes.map((n) => buildNodeInfo(n, podsOnNode.get(n.metadata.name!) ?? [])), opts);
}

/** Creates the state of one scheduling attempt over prepared NodeInfos. */
export function newCycle(pod: KObject, nodes: NodeInfo[], opts: ScheduleOptions = {}): Cycle {
  const sorted = [...nodes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    pod,
    nodes: sorted,
    nodeByName: new Map(sorted.map((n) => [n.name, n])),
    state: new Map(),
    defaultSpreadSelector: opts.defaultSpreadSelector,
    namespaceLabels: opts.namespaceLabels,
  };
}

/** Runs the filters on one node: the first failure (the node's status) and each plugin's verdict. */
export function filterNode(cycle: Cycle, node: NodeInfo, plugins: Plugin[], full: boolean): { failure?: FilterFailure; verdict: NodeVerdict } {
  const verdict: NodeVerdict = { node: node.name, plugins: [] };
  let failure: FilterFailure | undefined;
  for (const p of plugins) {
    if (!p.filter) continue;
    const f = p.filter(cycle, node);
    verdict.plugins.push(f ? { plugin: p.name, passed: false, reason: f.reasons.join(', ') } : { plugin: p.name, passed: true });
    if (f && !failure) {
      failure = f;
      if (!full) break;
    }
  }
  return { failure, verdict };
}

/** Schedules one pod over prepared NodeInfos (the controller keeps them up to date incrementally). */
export function scheduleOnNodeInfos(pod: KObject, nodes: NodeInfo[], opts: ScheduleOptions = {}, plugins: Plugin[] = DEFAULT_PLUGINS): FullScheduleResult {
  const cycle = newCycle(pod, nodes, opts);
  if (cycle.nodes.length === 0) return { verdicts: [], message: NO_NODES_MESSAGE, failures: new Map() };
  for (const p of plugins) p.preFilter?.(cycle);
  const verdicts: NodeVerdict[] = [];
  const failures = new Map<string, FilterFailure>();
  const feasible: NodeInfo[] = [];
  const feasibleVerdicts: NodeVerdict[] = [];
  for (const node of cycle.nodes) {
    const { failure, verdict } = filterNode(cycle, node, plugins, opts.full ?? false);
    verdicts.push(verdict);
    if (failure) failures.set(node.name, failure);
    else {
      feasible.push(node);
      feasibleVerdicts.push(verdict);
    }
  }
  if (feasible.length === 0) {
    const verdict = preemptionVerdict(cycle, failures, plugins);
    return { verdicts, failures, message: fitErrorMessage(cycle.nodes.length, failures, verdict.message), preemption: verdict.plan };
  }
  const totals = feasible.map(() => 0);
  for (const p of plugins) {
    if (!p.score || p.weight === 0) continue;
    const scores = p.score(cycle, feasible);
    if (!scores) continue;
    scores.forEach((s, i) => (totals[i] += s * p.weight));
  }
  totals.forEach((t, i) => (feasibleVerdicts[i].score = t));
  return { node: feasible[selectHost(totals, opts)].name, verdicts, failures, message: '' };
}

/** Index of the highest total; ties go to a seeded random pick (reservoir sampling) or the first node. */
function selectHost(totals: number[], opts: ScheduleOptions): number {
  let best = 0;
  let ties = 1;
  for (let i = 1; i < totals.length; i++) {
    if (totals[i] > totals[best]) {
      best = i;
      ties = 1;
    } else if (totals[i] === totals[best] && opts.rng) {
      ties++;
      if (opts.rng.int(ties) === 0) best = i;
    }
  }
  return best;
}

/** `0/N nodes are available: <count> <reason>, ... .` with reasons counted over nodes and sorted as strings,
 * followed by the post-filter (preemption) message. */
export function fitErrorMessage(numNodes: number, failures: Map<string, FilterFailure>, postFilterMessage = ''): string {
  const histogram = new Map<string, number>();
  for (const f of failures.values()) for (const r of f.reasons) histogram.set(r, (histogram.get(r) ?? 0) + 1);
  const reasons = [...histogram].map(([r, n]) => `${n} ${r}`).sort();
  let msg = `0/${numNodes} nodes are available:`;
  if (reasons.length) msg += ` ${reasons.join(', ')}.`;
  if (postFilterMessage) msg += ` ${postFilterMessage.replace(/\.$/, '')}.`;
  return msg;
}
