/** PodTopologySpread: DoNotSchedule constraints reject nodes where placing the pod would exceed maxSkew;
 * ScheduleAnyway constraints (and the system defaults for pods of Services and controllers) score nodes
 * with fewer matching pods in their domain higher. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { LabelSelector } from '../../../../shared/k8s/selectors.js';
import { compileSelector, countMatchingPods, labelKeyRequirements, selectorMatches, type CompiledSelector } from '../label-match.js';
import { MAX_NODE_SCORE } from '../normalize.js';
import type { Cycle, NodeInfo, Plugin } from '../types.js';
import { podMatchesNodeSelectorAndAffinity } from './node-affinity.js';
import { taintsOf, tolerationsOf, untoleratedTaint } from './taint-toleration.js';

export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = ERR_REASON_CONSTRAINTS_NOT_MATCH + ' (missing required label)';

const HOSTNAME = 'kubernetes.io/hostname';
const ZONE = 'topology.kubernetes.io/zone';

interface Constraint {
  maxSkew: number;
  topologyKey: string;
  selector: CompiledSelector;
  minDomains: number;
  honorAffinity: boolean;
  honorTaints: boolean;
}

interface SpecConstraint {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: string;
  labelSelector?: LabelSelector;
  minDomains?: number;
  nodeAffinityPolicy?: string;
  nodeTaintsPolicy?: string;
  matchLabelKeys?: string[];
}

function constraintsOf(cycle: Cycle, when: 'DoNotSchedule' | 'ScheduleAnyway'): { constraints: Constraint[]; systemDefaulted: boolean } {
  const pod = cycle.pod;
  const spec = (pod.spec?.topologySpreadConstraints ?? []) as SpecConstraint[];
  if (spec.length > 0) {
    const constraints = spec
      .filter((c) => c.whenUnsatisfiable === when)
      .map((c) => ({
        maxSkew: c.maxSkew,
        topologyKey: c.topologyKey,
        selector: compileSelector(c.labelSelector, labelKeyRequirements(c.matchLabelKeys, pod.metadata.labels, 'in')),
        minDomains: c.minDomains ?? 1,
        honorAffinity: c.nodeAffinityPolicy !== 'Ignore',
        honorTaints: c.nodeTaintsPolicy === 'Honor',
      }));
    return { constraints, systemDefaulted: false };
  }
  const sel = cycle.defaultSpreadSelector;
  if (when === 'DoNotSchedule' || !sel || Object.keys(sel.matchLabels).length === 0) return { constraints: [], systemDefaulted: true };
  const selector = compileSelector({ matchLabels: sel.matchLabels });
  const base = { selector, minDomains: 1, honorAffinity: true, honorTaints: false };
  return {
    constraints: [
      { ...base, maxSkew: 3, topologyKey: HOSTNAME },
      { ...base, maxSkew: 5, topologyKey: ZONE },
    ],
    systemDefaulted: true,
  };
}

function included(c: Constraint, pod: KObject, node: NodeInfo): boolean {
  if (c.honorAffinity && !podMatchesNodeSelectorAndAffinity(pod, node.node)) return false;
  if (c.honorTaints && untoleratedTaint(taintsOf(node.node), tolerationsOf(pod))) return false;
  return true;
}

function hasAllKeys(labels: Record<string, string>, constraints: Constraint[]): boolean {
  return constraints.every((c) => Object.hasOwn(labels, c.topologyKey));
}

const pairKey = (key: string, value: string) => `${key}\u0000${value}`;

interface FilterState {
  constraints: Constraint[];
  counts: Map<string, number>;
  minByKey: Map<string, number>;
  domainsByKey: Map<string, number>;
}

function filterState(cycle: Cycle): FilterState {
  const cached = cycle.state.get('PodTopologySpread') as FilterState | undefined;
  if (cached) return cached;
  const { constraints } = constraintsOf(cycle, 'DoNotSchedule');
  const counts = new Map<string, number>();
  for (const node of constraints.length ? cycle.nodes : []) {
    if (!hasAllKeys(node.labels, constraints)) continue;
    for (const c of constraints) {
      if (!included(c, cycle.pod, node)) continue;
      const k = pairKey(c.topologyKey, node.labels[c.topologyKey]);
      counts.set(k, (counts.get(k) ?? 0) + countMatchingPods(node, c.selector, cycle.pod.metadata.namespace));
    }
  }
  const minByKey = new Map<string, number>();
  const domainsByKey = new Map<string, number>();
  for (const [k, n] of counts) {
    const key = k.slice(0, k.indexOf('\u0000'));
    minByKey.set(key, Math.min(minByKey.get(key) ?? Infinity, n));
    domainsByKey.set(key, (domainsByKey.get(key) ?? 0) + 1);
  }
  const state = { constraints, counts, minByKey, domainsByKey };
  cycle.state.set('PodTopologySpread', state);
  return state;
}

function scoreState(cycle: Cycle, feasible: NodeInfo[]) {
  const { constraints, systemDefaulted } = constraintsOf(cycle, 'ScheduleAnyway');
  const requireAll = !systemDefaulted;
  const ignored = new Set<string>();
  const counts = new Map<string, number>();
  const domains = constraints.map(() => new Set<string>());
  let scored = 0;
  for (const node of feasible) {
    if (requireAll && !hasAllKeys(node.labels, constraints)) {
      ignored.add(node.name);
      continue;
    }
    scored++;
    constraints.forEach((c, i) => {
      if (!Object.hasOwn(node.labels, c.topologyKey)) return;
      domains[i].add(node.labels[c.topologyKey]);
      if (c.topologyKey !== HOSTNAME) counts.set(pairKey(c.topologyKey, node.labels[c.topologyKey]), 0);
    });
  }
  for (const node of cycle.nodes) {
    if (requireAll && !hasAllKeys(node.labels, constraints)) continue;
    for (const c of constraints) {
      if (c.topologyKey === HOSTNAME || !Object.hasOwn(node.labels, c.topologyKey) || !included(c, cycle.pod, node)) continue;
      const k = pairKey(c.topologyKey, node.labels[c.topologyKey]);
      if (!counts.has(k)) continue;
      counts.set(k, counts.get(k)! + countMatchingPods(node, c.selector, cycle.pod.metadata.namespace));
    }
  }
  const weights = constraints.map((c, i) => Math.log((c.topologyKey === HOSTNAME ? scored : domains[i].size) + 2));
  return { constraints, ignored, counts, weights };
}

export const podTopologySpreadPlugin: Plugin = {
  name: 'PodTopologySpread',
  weight: 2,
  preFilter(cycle) {
    filterState(cycle);
  },
  filter(cycle, node) {
    const s = filterState(cycle);
    for (const c of s.constraints) {
      if (!Object.hasOwn(node.labels, c.topologyKey)) return { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_NODE_LABEL_NOT_MATCH] };
      const domains = s.domainsByKey.get(c.topologyKey) ?? 0;
      const min = domains < c.minDomains ? 0 : (s.minByKey.get(c.topologyKey) ?? 0);
      const self = selectorMatches(c.selector, cycle.pod.metadata.labels) ? 1 : 0;
      const matched = s.counts.get(pairKey(c.topologyKey, node.labels[c.topologyKey])) ?? 0;
      if (matched + self - min > c.maxSkew) return { code: 'Unschedulable', reasons: [ERR_REASON_CONSTRAINTS_NOT_MATCH] };
    }
    return undefined;
  },
  score(cycle, feasible) {
    const s = scoreState(cycle, feasible);
    if (s.constraints.length === 0) return undefined;
    const raw = feasible.map((node) => {
      if (s.ignored.has(node.name)) return -1;
      let score = 0;
      s.constraints.forEach((c, i) => {
        if (!Object.hasOwn(node.labels, c.topologyKey)) return;
        const cnt =
          c.topologyKey === HOSTNAME
            ? countMatchingPods(node, c.selector, cycle.pod.metadata.namespace)
            : (s.counts.get(pairKey(c.topologyKey, node.labels[c.topologyKey])) ?? 0);
        score += cnt * s.weights[i] + (c.maxSkew - 1);
      });
      return Math.round(score);
    });
    const valid = raw.filter((r) => r >= 0);
    const min = Math.min(...valid);
    const max = Math.max(0, ...valid);
    return raw.map((r) => (r < 0 ? 0 : max === 0 ? MAX_NODE_SCORE : Math.trunc((MAX_NODE_SCORE * (max + min - r)) / max)));
  },
};
