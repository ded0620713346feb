/** Scenario tests as data: a YAML document with manifests, then steps (apply, patch, delete, scale, fault,
 * load, advance N seconds, expect) run on a deterministic test cluster. The runner returns the failed expectations and
 * an event log, so a scenario can be replayed and compared. */
import { parse } from 'yaml';
import type { KObject } from '../../../shared/k8s/types.js';
import { resourceForKind, storageKey } from '../../../shared/k8s/resources.js';
import { matchesRequirements, parseLabelSelector } from '../../../shared/k8s/selectors.js';
import { infoForStorage, systemClient } from '../../api/registry/system-client.js';
import { patchObject, PATCH_TYPES } from '../../api/registry/patch.js';
import type { DeleteRequest } from '../controller.js';
import { controllers as allControllers } from '../simulation.js';
import { kubeletControllers } from '../controllers/kubelet/index.js';
import { faultState } from '../faults-state.js';
import { applyFault, type FaultSpec } from '../controllers/lifecycle/fault-actions.js';
import { FAULTS_CONTROLLER, SCHEDULED_KEY } from '../controllers/lifecycle/faults.js';
import { NODE_LIFECYCLE } from '../controllers/lifecycle/node-lifecycle.js';
import { reachableKubelet } from '../controllers/lifecycle/test-fixtures.js';
import { LOAD_CONTROLLER, LOAD_KEY } from '../controllers/networking/load-generator.js';
import { startLoad, type StartLoad } from '../traffic/load-state.js';
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
  /** Only objects whose value at each path (see valueAt) equals the given one; a missing field is null. */
  where?: Record<string, unknown>;
}

/** A value check: exactly `equals`, a string matching the regular expression `matches`, or a number
 * within `between: [min, max]` (inclusive), for values the API allocates (IPs, ports, timestamps). */
export type ValueCheck = { equals: unknown } | { matches: string } | { between: [number, number] };

export type Expectation =
  | { count: CountQuery; equals: number }
  | ({ object: ObjectRef; path: string } & ValueCheck)
  | { absent: ObjectRef }
  | { event: { object: string; reason: string; message?: string; matches?: string; type?: 'Normal' | 'Warning'; count?: number } };

export type Step =
  | { advance: number }
  | { apply: KObject | KObject[] }
  /** Deletes the named object, or with `selector` (and no name) the first live match by name. */
  | { delete: Omit<ObjectRef, 'name'> & { name?: string; selector?: string; propagationPolicy?: DeleteRequest['propagationPolicy']; gracePeriodSeconds?: number } }
  | { scale: ObjectRef & { replicas: number } }
  | { patch: ObjectRef & { type: keyof typeof PATCH_TYPES; patch: unknown } }
  | { load: Omit<StartLoad, 'namespace' | 'path'> & { namespace?: string; path?: string } }
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
      const name = d.name ?? firstMatch(t, d.resource, d.namespace, d.selector ?? '');
      if (!name) failures.push(`${where()}: nothing to delete matching ${JSON.stringify(d)}`);
      else {
        const opts: DeleteRequest = {
          ...(d.propagationPolicy ? { propagationPolicy: d.propagationPolicy } : {}),
          ...(d.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: d.gracePeriodSeconds } : {}),
        };
        systemClient(t.cluster, 'test-user').delete(d.resource, d.namespace, name, opts);
        t.settle();
      }
    } else if ('scale' in step) {
      const obj = t.get(step.scale.resource, step.scale.namespace, step.scale.name);
      if (!obj) failures.push(`${where()}: cannot scale missing ${step.scale.resource} ${step.scale.name}`);
      else t.update(step.scale.resource, { ...obj, spec: { ...obj.spec, replicas: step.scale.replicas } });
    } else if ('patch' in step) {
      const p = step.patch;
      const info = infoForStorage(p.resource);
      patchObject(t.cluster, { info, namespace: p.namespace, name: p.name }, PATCH_TYPES[p.type], p.patch, { fieldManager: 'kubectl' });
      t.settle();
    } else if ('load' in step) {
      const l = step.load;
      t.cluster.write(() => startLoad(t.cluster, { ...l, namespace: l.namespace ?? 'default', path: l.path ?? '/' }));
      t.engine.enqueue(LOAD_CONTROLLER, LOAD_KEY);
      t.settle();
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

function firstMatch(t: TestCluster, resource: string, namespace: string | undefined, selector: string): string | undefined {
  const reqs = parseLabelSelector(selector);
  return t
    .list(resource, namespace)
    .filter((o) => !o.metadata.deletionTimestamp && matchesRequirements(reqs, o.metadata.labels))
    .map((o) => o.metadata.name!)
    .sort()[0];
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

/** A value at a dotted path; `[3]` indexes a list, `[type=Ready]` (or `[targetRef.name=web]`) picks the
 * first item with that value,
 * and on a map `[deployment.kubernetes.io/revision]` reads a key that contains dots. */
export function valueAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
    if (cur === undefined || cur === null) return undefined;
    if (part.startsWith('[')) {
      const inner = part.slice(1, -1);
      const eq = inner.indexOf('=');
      if (!Array.isArray(cur)) {
        cur = typeof cur === 'object' ? (cur as Record<string, unknown>)[inner] : undefined;
        continue;
      }
      cur = eq < 0 ? cur[Number(inner)] : cur.find((x) => String(valueAt(x, inner.slice(0, eq))) === inner.slice(eq + 1));
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
        (q.notNode === undefined || o.spec?.nodeName !== q.notNode) &&
        Object.entries(q.where ?? {}).every(([path, want]) => JSON.stringify(valueAt(o, path) ?? null) === JSON.stringify(want)),
    ).length;
    return n === e.equals ? undefined : `expected ${e.equals} ${q.resource} matching ${JSON.stringify(q)}, found ${n}`;
  }
  if ('object' in e) {
    const o = t.get(e.object.resource, e.object.namespace, e.object.name);
    if (!o) return `${e.object.resource} ${e.object.name} not found`;
    // A missing field reads as null, as in JSON.
    const v = valueAt(o, e.path) ?? null;
    return checkValue(v, e) ? undefined : `${e.object.resource} ${e.object.name} ${e.path}: expected ${describeCheck(e)}, got ${JSON.stringify(v)}`;
  }
  if ('absent' in e) {
    return t.get(e.absent.resource, e.absent.namespace, e.absent.name) ? `${e.absent.resource} ${e.absent.name} still exists` : undefined;
  }
  const q = e.event;
  const found = t
    .events(q.object)
    .some(
      (ev) =>
        ev.reason === q.reason &&
        (q.message === undefined || ev.message === q.message) &&
        (q.matches === undefined || new RegExp(q.matches).test(ev.message)) &&
        (q.type === undefined || ev.type === q.type) &&
        (q.count === undefined || ev.count === q.count),
    );
  if (found) return undefined;
  const seen = t.events(q.object).filter((ev) => ev.reason === q.reason).map((ev) => `${ev.type} x${ev.count} "${ev.message}"`);
  return `no event ${JSON.stringify(q)}; ${q.reason} events seen: ${seen.length ? seen.join(', ') : 'none'}`;
}

function checkValue(v: unknown, c: ValueCheck): boolean {
  if ('matches' in c) return typeof v === 'string' && new RegExp(c.matches).test(v);
  if ('between' in c) return typeof v === 'number' && v >= c.between[0] && v <= c.between[1];
  return JSON.stringify(v) === JSON.stringify(c.equals);
}

function describeCheck(c: ValueCheck): string {
  if ('matches' in c) return `a match of /${c.matches}/`;
  if ('between' in c) return `a number in [${c.between[0]}, ${c.between[1]}]`;
  return JSON.stringify(c.equals);
}

function eventLog(t: TestCluster): string[] {
  return t.cluster.store
    .list('events')
    .sort((a, b) => (a.firstTimestamp ?? '').localeCompare(b.firstTimestamp ?? '') || a.metadata.uid!.localeCompare(b.metadata.uid!))
    .map((e) => `${e.firstTimestamp} ${e.lastTimestamp} ${e.type} ${e.reason} ${e.involvedObject?.kind}/${e.involvedObject?.namespace ?? ''}/${e.involvedObject?.name} x${e.count}: ${e.message}`);
}
