/** Scenario tests as data: a YAML document with manifests, then steps (apply, delete, scale, fault, advance
 * N seconds, expect) run on a deterministic test cluster. The runner returns the failed expectations and
 * an event log, so a scenario can be replayed and compared. */
import { parse } from 'yaml';
import type { KObject } from '../../../shared/k8s/types.js';
import { resourceForKind, storageKey } from '../../../shared/k8s/resources.js';
import { matchesRequirements, parseLabelSelector } from '../../../shared/k8s/selectors.js';
import { systemClient } from '../../api/registry/system-client.js';
import type { DeleteRequest } from '../controller.js';
import { controllers as allControllers } from '../simulation.js';
import { kubeletControllers } from '../controllers/kubelet/index.js';
import { faultState } from '../faults-state.js';
import { applyFault, type FaultSpec } from '../controllers/lifecycle/fault-actions.js';
import { FAULTS_CONTROLLER, SCHEDULED_KEY } from '../controllers/lifecycle/faults.js';
import { NODE_LIFECYCLE } from '../controllers/lifecycle/node-lifecycle.js';
import { reachableKubelet } from '../controllers/lifecycle/test-fixtures.js';
import { createTestCluster, type TestCluster } from './harness.js';

export interface ObjectRef {
  resource: string;
  namespace?: string;
  name: string;
}

export interface CountQuery {
  resource: string;
  namespace?: string;
  selector?: string;
  /** Only objects with (true) or without (false) a deletionTimestamp. */
  terminating?: boolean;
  phase?: string;
  node?: string;
  notNode?: string;
}

export type Expectation =
  | { count: CountQuery; equals: number }
  | { object: ObjectRef; path: string; equals: unknown }
  | { absent: ObjectRef }
  | { event: { object: string; reason: string; message?: string } };

export type Step =
  | { advance: number }
  | { apply: KObject | KObject[] }
  | { delete: ObjectRef & { propagationPolicy?: DeleteRequest['propagationPolicy'] } }
  | { scale: ObjectRef & { replicas: number } }
  | { fault: FaultSpec & { at?: number } }
  | { expect: Expectation[] };

export interface Scenario {
  name: string;
  seed?: number;
  template?: string;
  manifests?: KObject[];
  steps: Step[];
}

export interface ScenarioResult {
  failures: string[];
  /** Every Event in creation order, with its final count and time: identical across replays. */
  eventLog: string[];
  /** Every object left at the end (resource, namespace, name, resourceVersion, uid). */
  objects: string[];
}

/** Parses a scenario document. */
export function loadScenario(text: string): Scenario {
  const doc = parse(text, { maxAliasCount: 0 }) as Scenario;
  if (!doc?.name || !Array.isArray(doc.steps)) throw new Error('a scenario needs a name and steps');
  return doc;
}

/** Runs a scenario on a fresh cluster with every controller (and a stand-in kubelet while none exists). */
export function runScenario(s: Scenario): ScenarioResult {
  const controllers = allControllers();
  if (kubeletControllers().length === 0) controllers.push(reachableKubelet());
  const t = createTestCluster({ seed: s.seed ?? 1, template: s.template, controllers });
  const failures: string[] = [];
  let elapsed = 0;
  const where = () => `${s.name} @${elapsed}s`;
  for (const m of s.manifests ?? []) apply(t, m);
  for (const step of s.steps) {
    if ('advance' in step) {
      t.advance(step.advance * 1000);
      elapsed += step.advance;
    } else if ('apply' in step) {
      for (const m of Array.isArray(step.apply) ? step.apply : [step.apply]) apply(t, m);
    } else if ('delete' in step) {
      const d = step.delete;
      systemClient(t.cluster, 'test-user').delete(d.resource, d.namespace, d.name, d.propagationPolicy ? { propagationPolicy: d.propagationPolicy } : {});
      t.settle();
    } else if ('scale' in step) {
      const obj = t.get(step.scale.resource, step.scale.namespace, step.scale.name);
      if (!obj) failures.push(`${where()}: cannot scale missing ${step.scale.resource} ${step.scale.name}`);
      else t.update(step.scale.resource, { ...obj, spec: { ...obj.spec, replicas: step.scale.replicas } });
    } else if ('fault' in step) {
      fault(t, step.fault);
    } else {
      for (const e of step.expect) {
        const problem = check(t, e);
        if (problem) failures.push(`${where()}: ${problem}`);
      }
    }
  }
  failures.push(...t.engine.errors.map((e) => `${s.name}: ${e.controller} failed on ${e.key}: ${e.message}`));
  const objects = t.cluster.store
    .resources()
    .sort()
    .flatMap((r) => t.list(r).map((o) => `${r} ${o.metadata.namespace ?? ''}/${o.metadata.name} rv=${o.metadata.resourceVersion} uid=${o.metadata.uid}`));
  return { failures, eventLog: eventLog(t), objects };
}

function apply(t: TestCluster, m: KObject): void {
  const info = resourceForKind(m.apiVersion, m.kind);
  if (!info) throw new Error(`unknown kind ${m.apiVersion} ${m.kind}`);
  const resource = storageKey(info);
  const ns = info.namespaced ? (m.metadata.namespace ?? 'default') : undefined;
  const obj = { ...m, metadata: { ...m.metadata, ...(ns ? { namespace: ns } : {}) } };
  const current = t.get(resource, ns, m.metadata.name!);
  if (current) t.update(resource, { ...obj, metadata: { ...obj.metadata, resourceVersion: current.metadata.resourceVersion } });
  else t.create(resource, obj);
}

function fault(t: TestCluster, f: FaultSpec & { at?: number }): void {
  const spec: FaultSpec = { type: f.type, target: f.target, ...(f.namespace ? { namespace: f.namespace } : {}) };
  if (f.at) {
    const state = faultState(t.cluster);
    t.cluster.write(() => {
      state.scheduled.push({ id: `scenario-${state.scheduled.length + 1}`, at: t.now() + f.at! * 1000, ...spec });
      t.cluster.touchSim();
    });
    t.engine.enqueue(FAULTS_CONTROLLER, SCHEDULED_KEY, f.at * 1000);
    return;
  }
  t.cluster.write(() => applyFault(t.cluster, spec, { client: systemClient(t.cluster), nodeChanged: (node) => t.engine.enqueue(NODE_LIFECYCLE, node) }));
  t.settle();
}

/** A value at a dotted path; `[3]` indexes a list, `[type=Ready]` picks the first item with that field. */
export function valueAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
    if (cur === undefined || cur === null) return undefined;
    if (part.startsWith('[')) {
      const inner = part.slice(1, -1);
      const eq = inner.indexOf('=');
      if (!Array.isArray(cur)) return undefined;
      cur = eq < 0 ? cur[Number(inner)] : cur.find((x) => String((x as Record<string, unknown>)?.[inner.slice(0, eq)]) === inner.slice(eq + 1));
    } else {
      cur = (cur as Record<string, unknown>)[part];
    }
  }
  return cur;
}

function check(t: TestCluster, e: Expectation): string | undefined {
  if ('count' in e) {
    const q = e.count;
    const reqs = q.selector ? parseLabelSelector(q.selector) : [];
    const n = t.list(q.resource, q.namespace).filter(
      (o) =>
        matchesRequirements(reqs, o.metadata.labels) &&
        (q.terminating === undefined || !!o.metadata.deletionTimestamp === q.terminating) &&
        (q.phase === undefined || o.status?.phase === q.phase) &&
        (q.node === undefined || o.spec?.nodeName === q.node) &&
        (q.notNode === undefined || o.spec?.nodeName !== q.notNode),
    ).length;
    return n === e.equals ? undefined : `expected ${e.equals} ${q.resource} matching ${JSON.stringify(q)}, found ${n}`;
  }
  if ('object' in e) {
    const o = t.get(e.object.resource, e.object.namespace, e.object.name);
    if (!o) return `${e.object.resource} ${e.object.name} not found`;
    // A missing field reads as null, as in JSON.
    const v = valueAt(o, e.path) ?? null;
    return JSON.stringify(v) === JSON.stringify(e.equals) ? undefined : `${e.object.resource} ${e.object.name} ${e.path}: expected ${JSON.stringify(e.equals)}, got ${JSON.stringify(v)}`;
  }
  if ('absent' in e) {
    return t.get(e.absent.resource, e.absent.namespace, e.absent.name) ? `${e.absent.resource} ${e.absent.name} still exists` : undefined;
  }
  const found = t.events(e.event.object).some((ev) => ev.reason === e.event.reason && (e.event.message === undefined || ev.message === e.event.message));
  return found ? undefined : `no event ${e.event.reason}${e.event.message ? ` "${e.event.message}"` : ''} on ${e.event.object}`;
}

function eventLog(t: TestCluster): string[] {
  return t.cluster.store
    .list('events')
    .sort((a, b) => (a.firstTimestamp ?? '').localeCompare(b.firstTimestamp ?? '') || a.metadata.uid!.localeCompare(b.metadata.uid!))
    .map((e) => `${e.firstTimestamp} ${e.lastTimestamp} ${e.type} ${e.reason} ${e.involvedObject?.kind}/${e.involvedObject?.namespace ?? ''}/${e.involvedObject?.name} x${e.count}: ${e.message}`);
}
