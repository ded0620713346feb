/** DefaultPreemption as a post-filter: when no node fits, finds nodes where evicting lower-priority pods
 * would let the pod fit, and otherwise explains per node why preemption cannot help. */
import type { KObject } from '../../../shared/k8s/types.js';
import { buildNodeInfo } from './node-info.js';
import type { Cycle, FilterFailure, NodeInfo, Plugin } from './types.js';
import { fitErrorMessage, filterNode, newCycle } from './framework.js';

export const NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NO_VICTIMS = 'No preemption victims found for incoming pod';
export const NOT_ELIGIBLE = 'not eligible due to preemptionPolicy=Never.';
export const TERMINATING_VICTIM = 'not eligible due to a terminating pod on the nominated node.';

export interface PreemptionPlan {
  node: string;
  victims: KObject[];
}

const priorityOf = (pod: KObject): number => pod.spec?.priority ?? 0;

/** Whether the pod passes every filter on `node` when that node holds only `pods`. */
function fitsWith(cycle: Cycle, node: NodeInfo, pods: KObject[], plugins: Plugin[]): boolean {
  const replaced = buildNodeInfo(node.node, pods);
  const trial = newCycle(
    cycle.pod,
    cycle.nodes.map((n) => (n.name === node.name ? replaced : n)),
    { defaultSpreadSelector: cycle.defaultSpreadSelector, namespaceLabels: cycle.namespaceLabels },
  );
  for (const p of plugins) p.preFilter?.(trial);
  return !filterNode(trial, replaced, plugins, false).failure;
}

/** The fewest victims on a node that make room: remove every lower-priority pod, then give back the most
 * important ones while the pod still fits. Undefined when even removing all of them is not enough. */
function victimsOn(cycle: Cycle, node: NodeInfo, plugins: Plugin[]): KObject[] | undefined {
  const priority = priorityOf(cycle.pod);
  const lower = node.pods.filter((p) => priorityOf(p) < priority);
  if (lower.length === 0) return undefined;
  const kept = node.pods.filter((p) => priorityOf(p) >= priority);
  if (!fitsWith(cycle, node, kept, plugins)) return undefined;
  const victims: KObject[] = [];
  for (const p of [...lower].sort((a, b) => priorityOf(b) - priorityOf(a))) {
    if (fitsWith(cycle, node, [...kept, p], plugins)) kept.push(p);
    else victims.push(p);
  }
  return victims;
}

/** The post-filter verdict: a plan to evict victims, or the `preemption: ...` message explaining why not. */
export function preemptionVerdict(cycle: Cycle, failures: Map<string, FilterFailure>, plugins: Plugin[]): { message: string; plan?: PreemptionPlan } {
  if (cycle.pod.spec?.preemptionPolicy === 'Never') return { message: `preemption: ${NOT_ELIGIBLE}` };
  // Victims already evicted for this pod are still terminating: wait for them rather than evict more.
  const nominated = cycle.nodeByName.get(cycle.pod.status?.nominatedNodeName ?? '');
  if (nominated?.pods.some((p) => p.metadata.deletionTimestamp && priorityOf(p) < priorityOf(cycle.pod))) return { message: `preemption: ${TERMINATING_VICTIM}` };
  const statuses = new Map<string, FilterFailure>();
  const candidates: PreemptionPlan[] = [];
  for (const node of cycle.nodes) {
    if (failures.get(node.name)?.code === 'UnschedulableAndUnresolvable') {
      statuses.set(node.name, { code: 'UnschedulableAndUnresolvable', reasons: [NOT_HELPFUL] });
      continue;
    }
    const victims = victimsOn(cycle, node, plugins);
    if (victims) candidates.push({ node: node.name, victims });
    else statuses.set(node.name, { code: 'Unschedulable', reasons: [NO_VICTIMS] });
  }
  if (candidates.length === 0) return { message: `preemption: ${fitErrorMessage(cycle.nodes.length, statuses)}` };
  const highest = (c: PreemptionPlan) => Math.max(...c.victims.map(priorityOf));
  const total = (c: PreemptionPlan) => c.victims.reduce((s, v) => s + priorityOf(v), 0);
  candidates.sort((a, b) => highest(a) - highest(b) || total(a) - total(b) || a.victims.length - b.victims.length);
  return { message: '', plan: candidates[0] };
}
