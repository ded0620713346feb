/** InterPodAffinity: required pod affinity and anti-affinity of the incoming pod, the required anti-affinity
 * of pods already running (symmetry), and preferred terms as scores. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { LabelSelector } from '../../../../shared/k8s/selectors.js';
import { compileSelector, labelKeyRequirements, selectorMatches, type CompiledSelector } from '../label-match.js';
import { MAX_NODE_SCORE } from '../normalize.js';
import type { Cycle, NodeInfo, Plugin } from '../types.js';

export const ERR_REASON_AFFINITY = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";

/** Weight of an existing pod's required affinity term when scoring symmetric affinity (the default). */
const HARD_POD_AFFINITY_WEIGHT = 1;

interface SpecTerm {
  labelSelector?: LabelSelector;
  namespaces?: string[];
  namespaceSelector?: LabelSelector;
  topologyKey: string;
  matchLabelKeys?: string[];
  mismatchLabelKeys?: string[];
}

interface Term {
  selector: CompiledSelector;
  namespaces: Set<string>;
  namespaceSelector: CompiledSelector;
  topologyKey: string;
}

function compileTerm(owner: KObject, t: SpecTerm): Term {
  const labels = owner.metadata.labels;
  const extra = [...labelKeyRequirements(t.matchLabelKeys, labels, 'in'), ...labelKeyRequirements(t.mismatchLabelKeys, labels, 'notin')];
  const namespaces = new Set(t.namespaces ?? []);
  if (namespaces.size === 0 && !t.namespaceSelector) namespaces.add(owner.metadata.namespace ?? 'default');
  return { selector: compileSelector(t.labelSelector, extra), namespaces, namespaceSelector: compileSelector(t.namespaceSelector), topologyKey: t.topologyKey };
}

function termMatches(cycle: Cycle, term: Term, pod: KObject): boolean {
  const ns = pod.metadata.namespace ?? 'default';
  if (!term.namespaces.has(ns) && !(term.namespaceSelector && selectorMatches(term.namespaceSelector, cycle.namespaceLabels?.(ns)))) return false;
  return selectorMatches(term.selector, pod.metadata.labels);
}

const requiredTerms = (pod: KObject, kind: 'podAffinity' | 'podAntiAffinity'): SpecTerm[] =>
  pod.spec?.affinity?.[kind]?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
const preferredTerms = (pod: KObject, kind: 'podAffinity' | 'podAntiAffinity'): { weight: number; podAffinityTerm: SpecTerm }[] =>
  pod.spec?.affinity?.[kind]?.preferredDuringSchedulingIgnoredDuringExecution ?? [];

const pairKey = (key: string, value: string) => `${key}\u0000${value}`;

interface FilterState {
  affinity: Term[];
  antiAffinity: Term[];
  affinityCounts: Map<string, number>;
  antiAffinityCounts: Map<string, number>;
  existingAntiAffinityCounts: Map<string, number>;
}

function bump(m: Map<string, number>, key: string, value: string | undefined, by = 1) {
  if (value === undefined) return;
  const k = pairKey(key, value);
  m.set(k, (m.get(k) ?? 0) + by);
}

function filterState(cycle: Cycle): FilterState {
  const cached = cycle.state.get('InterPodAffinity') as FilterState | undefined;
  if (cached) return cached;
  const pod = cycle.pod;
  const affinity = requiredTerms(pod, 'podAffinity').map((t) => compileTerm(pod, t));
  const antiAffinity = requiredTerms(pod, 'podAntiAffinity').map((t) => compileTerm(pod, t));
  const state: FilterState = { affinity, antiAffinity, affinityCounts: new Map(), antiAffinityCounts: new Map(), existingAntiAffinityCounts: new Map() };
  const own = affinity.length > 0 || antiAffinity.length > 0;
  for (const node of cycle.nodes) {
    for (const existing of own ? node.pods : node.podsWithAffinity) {
      for (const spec of requiredTerms(existing, 'podAntiAffinity')) {
        const term = compileTerm(existing, spec);
        if (termMatches(cycle, term, pod)) bump(state.existingAntiAffinityCounts, term.topologyKey, node.labels[term.topologyKey]);
      }
      if (affinity.length && affinity.every((t) => termMatches(cycle, t, existing))) {
        for (const t of affinity) bump(state.affinityCounts, t.topologyKey, node.labels[t.topologyKey]);
      }
      for (const t of antiAffinity) if (termMatches(cycle, t, existing)) bump(state.antiAffinityCounts, t.topologyKey, node.labels[t.topologyKey]);
    }
  }
  cycle.state.set('InterPodAffinity', state);
  return state;
}

function satisfiesAffinity(cycle: Cycle, s: FilterState, node: NodeInfo): boolean {
  let podsExist = true;
  for (const t of s.affinity) {
    if (!Object.hasOwn(node.labels, t.topologyKey)) return false;
    if ((s.affinityCounts.get(pairKey(t.topologyKey, node.labels[t.topologyKey])) ?? 0) <= 0) podsExist = false;
  }
  // The first pod of a group with affinity to itself may go anywhere that has the topology keys.
  if (!podsExist) return s.affinityCounts.size === 0 && s.affinity.every((t) => termMatches(cycle, t, cycle.pod));
  return true;
}

function conflicts(counts: Map<string, number>, node: NodeInfo): boolean {
  for (const [k, n] of counts) {
    if (n <= 0) continue;
    const i = k.indexOf('\u0000');
    const key = k.slice(0, i);
    if (Object.hasOwn(node.labels, key) && node.labels[key] === k.slice(i + 1)) return true;
  }
  return false;
}

export const interPodAffinityPlugin: Plugin = {
  name: 'InterPodAffinity',
  weight: 2,
  preFilter(cycle) {
    filterState(cycle);
  },
  filter(cycle, node) {
    const s = filterState(cycle);
    if (!satisfiesAffinity(cycle, s, node)) return { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_AFFINITY] };
    if (conflicts(s.antiAffinityCounts, node)) return { code: 'Unschedulable', reasons: [ERR_REASON_ANTI_AFFINITY] };
    if (conflicts(s.existingAntiAffinityCounts, node)) return { code: 'Unschedulable', reasons: [ERR_REASON_EXISTING_ANTI_AFFINITY] };
    return undefined;
  },
  score(cycle, feasible) {
    const pod = cycle.pod;
    const weighted = (kind: 'podAffinity' | 'podAntiAffinity', owner: KObject, sign: number) =>
      preferredTerms(owner, kind).map((w) => ({ term: compileTerm(owner, w.podAffinityTerm), weight: sign * w.weight }));
    const incoming = [...weighted('podAffinity', pod, 1), ...weighted('podAntiAffinity', pod, -1)];
    const scores = new Map<string, number>();
    let any = false;
    for (const node of cycle.nodes) {
      for (const existing of incoming.length ? node.pods : node.podsWithAffinity) {
        const add = (term: Term, weight: number) => {
          any = true;
          bump(scores, term.topologyKey, node.labels[term.topologyKey], weight);
        };
        for (const { term, weight } of incoming) if (termMatches(cycle, term, existing)) add(term, weight);
        if (!existing.spec?.affinity) continue;
        const symmetric = [
          ...weighted('podAffinity', existing, 1),
          ...weighted('podAntiAffinity', existing, -1),
          ...requiredTerms(existing, 'podAffinity').map((t) => ({ term: compileTerm(existing, t), weight: HARD_POD_AFFINITY_WEIGHT })),
        ];
        for (const { term, weight } of symmetric) if (termMatches(cycle, term, pod)) add(term, weight);
      }
    }
    if (!any) return undefined;
    const raw = feasible.map((n) => {
      let sum = 0;
      for (const [k, v] of scores) {
        const i = k.indexOf('\u0000');
        const key = k.slice(0, i);
        if (Object.hasOwn(n.labels, key) && n.labels[key] === k.slice(i + 1)) sum += v;
      }
      return sum;
    });
    const min = Math.min(...raw);
    const diff = Math.max(...raw) - min;
    return raw.map((r) => (diff > 0 ? Math.trunc((MAX_NODE_SCORE * (r - min)) / diff) : 0));
  },
};
