import type { KObject, ManagedFieldsEntry } from '../../../shared/k8s/types.js';
import {
  FieldSet,
  comparePaths,
  fieldSetAt,
  fieldSetOf,
  isKeyedList,
  isSetList,
  keyElement,
  pathString,
  removeAt,
  valueAt,
  valueElement,
  type FieldPath,
} from './field-set.js';
import { cloneJson, hasKey, isJsonMap, jsonEqual, type JsonMap } from './json-value.js';
import { fieldMeta, schemaForKind, type FieldMeta, type TypeMeta } from './merge-keys.js';

/*
 * Server-side apply and field ownership (metadata.managedFields), following structured-merge-diff's Updater:
 * Apply merges the configuration, prunes what the manager stopped applying, and conflicts on fields another
 * manager set to a different value; Update gives the writer whatever it changed.
 */

/** A field another manager owns with a value the apply would change. */
export interface ApplyConflict {
  manager: string;
  /** Path as the API server prints it: `.spec.replicas`. */
  field: string;
  operation: 'Apply' | 'Update';
  apiVersion?: string;
  subresource?: string;
}

export interface ApplyResult {
  object: KObject;
  conflicts: ApplyConflict[];
}

interface Manager {
  entry: ManagedFieldsEntry;
  set: FieldSet;
}

// Identity fields never owned: the API server strips exactly these paths from every field set.
const STRIPPED = new Set(
  [
    ['f:apiVersion'],
    ['f:kind'],
    ['f:metadata'],
    ...['name', 'namespace', 'creationTimestamp', 'selfLink', 'uid', 'clusterName', 'generation', 'managedFields', 'resourceVersion'].map(
      (f) => ['f:metadata', `f:${f}`],
    ),
  ].map((p) => JSON.stringify(p)),
);

const BEFORE_FIRST_APPLY = 'before-first-apply';

// Non-pointer Go structs exist even in an empty object, so an Update never "adds" them as a whole.
const ALWAYS_PRESENT = new Set(
  ['metadata', 'spec', 'status', 'template', 'strategy', 'updateStrategy', 'jobTemplate', 'resources', 'loadBalancer', 'nodeInfo', 'daemonEndpoints', 'kubeletEndpoint'].map(
    (f) => `f:${f}`,
  ),
);

/** Server-side apply of `applied` onto `live` (undefined creates) for field manager `opts.manager`. */
export function serverSideApply(
  live: KObject | undefined,
  applied: KObject,
  opts: { manager: string; force: boolean; now: string; kind: string; subresource?: string },
): ApplyResult {
  const type = schemaForKind(opts.kind);
  const config = cloneJson(applied) as JsonMap;
  if (isJsonMap(config.metadata)) delete config.metadata.managedFields;
  const liveObject = (live ? withoutManagedFields(live) : {}) as JsonMap;

  const managers = live ? decodeManagers(live) : [];
  if (live && managers.length === 0) {
    managers.push({
      entry: { manager: BEFORE_FIRST_APPLY, operation: 'Update', apiVersion: live.apiVersion },
      set: ownable(fieldSetOf(liveObject, type)),
    });
  }
  const identity = managerIdentity({ manager: opts.manager, operation: 'Apply', subresource: opts.subresource });
  const previous = managers.find((m) => managerIdentity(m.entry) === identity);
  const others = managers.filter((m) => m !== previous);
  const applySet = ownable(fieldSetOf(config, type));

  // Merge into a private copy: pruning mutates the result, and `liveObject` must stay intact for the comparison.
  const merged = mergeValue(cloneJson(liveObject), config, { type }) as JsonMap;
  if (previous) prune(merged, previous.set.difference(applySet), [applySet, ...others.map((m) => m.set)]);

  const { changed, removed } = compare(liveObject, merged, type, false);
  const conflicts: ApplyConflict[] = [];
  for (const other of others) {
    for (const path of other.set.intersection(changed).paths()) {
      conflicts.push({
        manager: other.entry.manager ?? '',
        field: pathString(path),
        operation: other.entry.operation ?? 'Update',
        ...(other.entry.operation === 'Update' && other.entry.apiVersion ? { apiVersion: other.entry.apiVersion } : {}),
        ...(other.entry.subresource ? { subresource: other.entry.subresource } : {}),
      });
    }
  }
  if (conflicts.length > 0 && !opts.force) {
    return { object: live ? cloneJson(live) : (cloneJson(applied) as KObject), conflicts: sortConflicts(conflicts) };
  }

  for (const other of others) other.set = other.set.difference(changed).difference(removed);
  const objectChanged = !jsonEqual(liveObject, merged);
  const setChanged = !previous || !sameSet(previous.set, applySet);
  const self: Manager = {
    entry: {
      manager: opts.manager,
      operation: 'Apply',
      apiVersion: applied.apiVersion,
      time: objectChanged || setChanged || !previous?.entry.time ? opts.now : previous.entry.time,
      fieldsType: 'FieldsV1',
      ...(opts.subresource ? { subresource: opts.subresource } : {}),
    },
    set: applySet,
  };
  return { object: withManagers(merged, [self, ...others]), conflicts: [] };
}

/** Records the fields a non-apply write (create, update, patch) changed as owned by `opts.manager`. */
export function recordUpdate(
  before: KObject | undefined,
  after: KObject,
  opts: { manager: string; now: string; kind: string; operation?: 'Update'; subresource?: string },
): KObject {
  const sent = after.metadata?.managedFields;
  const isReset = sent?.length === 1 && !sent[0].manager && !sent[0].fieldsV1;
  // Entries read back from storage are in the canonical encoding, so the ones this write leaves alone can be
  // kept as they are instead of being decoded and encoded again.
  const stored = before?.metadata?.managedFields;
  const fromStore = !(sent && sent.length > 0) || sent === stored || jsonEqual(sent, stored);
  const baseline = fromStore ? (stored ?? []) : isReset ? [] : sent!;

  // Shallow: the comparison skips what both versions share, and nothing below metadata is modified.
  const newObject = shallowWithoutManagedFields(after);
  const { changed, removed } = fieldChanges(before, after, opts.kind);
  const touchedPaths = [...changed.paths(), ...removed.paths()];
  const untouched = (e: ManagedFieldsEntry) =>
    fromStore && isJsonMap(e.fieldsV1) && Object.keys(e.fieldsV1).length > 0 && !touchedPaths.some((p) => fieldsV1Has(e.fieldsV1, p));

  const entry: ManagedFieldsEntry = {
    manager: opts.manager,
    operation: 'Update',
    apiVersion: after.apiVersion,
    ...(opts.subresource ? { subresource: opts.subresource } : {}),
  };
  const identity = managerIdentity(entry);
  const previousEntry = baseline.find((e) => managerIdentity(e) === identity);
  const kept: ManagedFieldsEntry[] = [];
  const others: Manager[] = [];
  for (const e of baseline) {
    if (e === previousEntry) continue;
    if (untouched(e)) kept.push(e);
    else {
      const m = decodeEntry(e);
      m.set = m.set.difference(changed).difference(removed);
      others.push(m);
    }
  }
  if (previousEntry && touchedPaths.length === 0 && previousEntry.time && untouched(previousEntry)) {
    return withManagers(newObject, others, [...kept, previousEntry]);
  }
  const previous = previousEntry && decodeEntry(previousEntry);
  const set = (previous?.set ?? new FieldSet()).difference(removed).union(changed);
  const touched = !previous || changed.size > 0 || removed.size > 0 || !sameSet(previous.set, set);
  const self: Manager = {
    entry: { ...entry, time: touched || !previous?.entry.time ? opts.now : previous.entry.time, fieldsType: 'FieldsV1' },
    set,
  };
  return withManagers(newObject, [self, ...others], kept);
}

/** Whether a FieldsV1 document holds `path` as a member (a leaf `{}` or a node marked with `"."`). */
function fieldsV1Has(fields: unknown, path: FieldPath): boolean {
  let node = fields;
  for (const pe of path) {
    if (!isJsonMap(node) || !hasKey(node, pe)) return false;
    node = node[pe];
  }
  return isJsonMap(node) && (Object.keys(node).length === 0 || hasKey(node, '.'));
}

/** The 409 message the API server sends for apply conflicts. */
export function applyConflictMessage(conflicts: ApplyConflict[]): string {
  if (conflicts.length === 1) {
    return `Apply failed with 1 conflict: conflict with ${printManager(conflicts[0])}: ${conflicts[0].field}`;
  }
  const byManager = new Map<string, string[]>();
  for (const c of conflicts) {
    const key = printManager(c);
    byManager.set(key, [...(byManager.get(key) ?? []), c.field]);
  }
  const lines: string[] = [];
  for (const manager of [...byManager.keys()].sort()) {
    lines.push(`conflicts with ${manager}:`);
    for (const field of byManager.get(manager)!) lines.push(`- ${field}`);
  }
  return `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
}

/** The Status causes (type FieldManagerConflict) that accompany the 409. */
export function applyConflictCauses(conflicts: ApplyConflict[]): { reason: string; message: string; field: string }[] {
  return conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with ${printManager(c)}`, field: c.field }));
}

function printManager(c: ApplyConflict): string {
  let text = JSON.stringify(c.manager);
  if (c.subresource) text += ` with subresource ${JSON.stringify(c.subresource)}`;
  if (c.operation === 'Update') text += ` using ${c.apiVersion ?? ''}`;
  return text;
}

function sortConflicts(conflicts: ApplyConflict[]): ApplyConflict[] {
  return conflicts.sort((a, b) => (a.manager < b.manager ? -1 : a.manager > b.manager ? 1 : 0));
}

function withoutManagedFields(obj: KObject): JsonMap {
  const copy = cloneJson(obj) as JsonMap;
  if (isJsonMap(copy.metadata)) delete copy.metadata.managedFields;
  return copy;
}

function shallowWithoutManagedFields(obj: KObject): JsonMap {
  const copy: JsonMap = { ...obj };
  if (isJsonMap(copy.metadata)) {
    const metadata: JsonMap = { ...copy.metadata };
    delete metadata.managedFields;
    copy.metadata = metadata;
  }
  return copy;
}

function ownable(set: FieldSet): FieldSet {
  return set.filter((p) => !STRIPPED.has(JSON.stringify(p)));
}

function sameSet(a: FieldSet, b: FieldSet): boolean {
  return a.size === b.size && a.difference(b).size === 0;
}

function decodeManagers(obj: KObject): Manager[] {
  return decodeEntries(obj.metadata?.managedFields ?? []);
}

function decodeEntries(entries: ManagedFieldsEntry[]): Manager[] {
  return entries.map(decodeEntry);
}

function decodeEntry(e: ManagedFieldsEntry): Manager {
  return { entry: { ...e }, set: FieldSet.fromFieldsV1(e.fieldsV1 ?? {}) };
}

// Apply entries are one per manager whatever the version; Update entries are per manager and apiVersion.
function managerIdentity(e: ManagedFieldsEntry): string {
  return JSON.stringify([e.manager ?? '', e.operation ?? '', e.operation === 'Apply' ? '' : (e.apiVersion ?? ''), e.subresource ?? '']);
}

/** Sets the managed fields: managers are encoded (empty ones dropped), `kept` entries go in unchanged. */
function withManagers(obj: JsonMap, managers: Manager[], kept: ManagedFieldsEntry[] = []): KObject {
  const entries = managers
    .filter((m) => m.set.size > 0)
    .map((m): ManagedFieldsEntry => ({ ...m.entry, fieldsType: 'FieldsV1' as const, fieldsV1: m.set.toFieldsV1() }))
    .concat(kept)
    .sort(compareEntries);
  const result = obj as KObject;
  result.metadata = { ...(isJsonMap(result.metadata) ? result.metadata : {}) };
  if (entries.length > 0) result.metadata.managedFields = entries;
  else delete result.metadata.managedFields;
  return result;
}

// The API server's order: operation, then time, then manager, then apiVersion.
function compareEntries(a: ManagedFieldsEntry, b: ManagedFieldsEntry): number {
  const keys: (keyof ManagedFieldsEntry)[] = ['operation', 'time', 'manager', 'apiVersion'];
  for (const k of keys) {
    const x = String(a[k] ?? '');
    const y = String(b[k] ?? '');
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The fields an Update from `before` to `after` changes and removes (managedFields ignored), for a kind. */
export function fieldChanges(before: KObject | undefined, after: KObject, kind: string): { changed: FieldSet; removed: FieldSet } {
  return compare(before ? shallowWithoutManagedFields(before) : {}, shallowWithoutManagedFields(after), schemaForKind(kind), true);
}

/*
 * What changed from `before` to `after`: `changed` holds added and modified fields (for an Update also maps and
 * structs that appeared as a whole), `removed` the fields that went away. Objects are immutable values that
 * writers rebuild around what they change, so subtrees shared by reference are skipped unvisited: a status
 * write compares the status, not the whole pod.
 */
function compare(before: JsonMap, after: JsonMap, type: TypeMeta, markNewMaps: boolean): { changed: FieldSet; removed: FieldSet } {
  const diff: Diff = { markNewMaps, changed: new FieldSet(), removed: new FieldSet() };
  diffMaps(diff, before, after, type, []);
  return { changed: ownable(diff.changed), removed: diff.removed };
}

interface Diff {
  markNewMaps: boolean;
  changed: FieldSet;
  removed: FieldSet;
}

function diffMaps(diff: Diff, before: JsonMap, after: JsonMap, type: TypeMeta | undefined, prefix: FieldPath): void {
  for (const k of Object.keys(after)) {
    if (hasKey(before, k) && before[k] === after[k]) continue;
    diffField(diff, before, after, k, fieldMeta(type, k), prefix);
  }
  for (const k of Object.keys(before)) if (!hasKey(after, k)) diffField(diff, before, after, k, fieldMeta(type, k), prefix);
}

// Maps present on both sides are walked member by member; anything else is compared as a whole region.
function diffField(diff: Diff, before: JsonMap, after: JsonMap, k: string, meta: FieldMeta | undefined, prefix: FieldPath): void {
  const path = [...prefix, `f:${k}`];
  const inBefore = hasKey(before, k);
  const inAfter = hasKey(after, k);
  const b = before[k];
  const a = after[k];
  if (inBefore && inAfter && walkable(b, meta) && walkable(a, meta)) {
    diffMaps(diff, b, a, meta?.type, path);
    return;
  }
  if (inBefore && inAfter && Array.isArray(b) && Array.isArray(a) && isKeyedList(meta, b) && isKeyedList(meta, a)) {
    const bItems = itemsByKey(b, meta);
    const aItems = itemsByKey(a, meta);
    if (bItems && aItems) {
      diffItems(diff, bItems, aItems, meta, path);
      return;
    }
  }
  region(diff, path, inBefore ? { value: b, set: ownable(fieldSetAt(b, meta, path)) } : undefined, inAfter ? { value: a, set: ownable(fieldSetAt(a, meta, path)) } : undefined);
}

interface Side {
  /** The value at the region's path. */
  value: unknown;
  /** Its field set (full paths). */
  set: FieldSet;
}

// Compares one field as a whole: its members on each side, leaf values, and (for an Update) the maps it brings.
function region(diff: Diff, path: FieldPath, before: Side | undefined, after: Side | undefined): void {
  const oldSet = before?.set ?? new FieldSet();
  const newPaths = after?.set.paths() ?? [];
  const below = (side: Side | undefined, p: FieldPath) => (side ? valueAt(side.value, p.slice(path.length)) : undefined);
  const parents = new Set<string>();
  for (const p of newPaths) for (let n = 1; n < p.length; n++) parents.add(p.slice(0, n).join('\u0000'));
  for (const p of newPaths) {
    if (!oldSet.has(p)) diff.changed.add(p);
    else if (!parents.has(p.join('\u0000')) && !jsonEqual(below(before, p), below(after, p))) diff.changed.add(p);
    if (!diff.markNewMaps) continue;
    // Prefixes above this field exist on both sides (the walk only descends through what both have).
    for (let n = path.length; n < p.length; n++) {
      const last = p[n - 1];
      if (last.startsWith('f:') && !ALWAYS_PRESENT.has(last) && below(before, p.slice(0, n)) === undefined) diff.changed.add(p.slice(0, n));
    }
  }
  for (const p of oldSet.paths()) if (!after?.set.has(p)) diff.removed.add(p);
}

// A keyed list's items are matched by key: an item on both sides is walked like a map (its own path is a member
// on both sides, with its key fields below it), items on one side only are added or removed whole.
function diffItems(diff: Diff, before: Map<string, JsonMap>, after: Map<string, JsonMap>, meta: FieldMeta & { key: string }, path: FieldPath): void {
  for (const [k, a] of after) {
    const b = before.get(k);
    if (b === a) continue;
    const itemPath = [...path, k];
    if (b) diffMaps(diff, b, a, meta.type, itemPath);
    else region(diff, itemPath, undefined, { value: a, set: ownable(fieldSetAt([a], meta, path)) });
  }
  for (const [k, b] of before) {
    if (!after.has(k)) region(diff, [...path, k], { value: b, set: ownable(fieldSetAt([b], meta, path)) }, undefined);
  }
}

/** A keyed list's items by their `k:` element, or undefined when two items share a key. */
function itemsByKey(list: JsonMap[], meta: FieldMeta & { key: string }): Map<string, JsonMap> | undefined {
  const out = new Map<string, JsonMap>();
  for (const item of list) {
    const k = keyElement(item, meta);
    if (out.has(k)) return undefined;
    out.set(k, item);
  }
  return out;
}

function walkable(v: unknown, meta: FieldMeta | undefined): v is JsonMap {
  return isJsonMap(v) && !meta?.atomic && Object.keys(v).length > 0;
}

// Removes what the applier stopped applying, unless another owner (or the new apply) still holds it or anything in it.
function prune(merged: JsonMap, dropped: FieldSet, owners: FieldSet[]): void {
  const owned = owners.reduce((acc, s) => acc.union(s), new FieldSet());
  const keep = (path: FieldPath): boolean => owned.has(path) || owned.hasDescendantOf(path);
  // Shallowest first: removing a list item takes its fields with it.
  for (const path of dropped.paths().sort((a, b) => a.length - b.length || comparePaths(a, b))) {
    if (!keep(path)) removeAt(merged, path, keep);
  }
}

// Structured merge of a configuration into the live object: maps merge, keyed lists and sets merge by item,
// atomic values and other lists are replaced.
function mergeValue(lhs: unknown, rhs: unknown, meta: FieldMeta | undefined): unknown {
  if (isJsonMap(rhs)) {
    if (meta?.atomic || !isJsonMap(lhs)) return dropNulls(rhs);
    const out: JsonMap = { ...lhs };
    for (const [k, v] of Object.entries(rhs)) {
      if (v === null) {
        delete out[k];
        continue;
      }
      out[k] = mergeValue(hasKey(lhs, k) ? lhs[k] : undefined, v, fieldMeta(meta?.type, k));
    }
    return out;
  }
  if (Array.isArray(rhs) && Array.isArray(lhs)) {
    if (isKeyedList(meta, rhs) && isKeyedList(meta, lhs)) {
      return mergeItems(lhs, rhs, (item) => keyElement(item as JsonMap, meta), (l, r) => mergeValue(l, r, { type: meta.type }));
    }
    if (isSetList(meta, rhs) && isSetList(meta, lhs)) return mergeItems(lhs, rhs, valueElement, (_l, r) => r);
  }
  return dropNulls(rhs);
}

// Keeps live-only items where they were and the configuration's items in the configuration's order.
function mergeItems(lhs: unknown[], rhs: unknown[], id: (item: unknown) => string, merge: (l: unknown, r: unknown) => unknown): unknown[] {
  const rhsIndex = new Map(rhs.map((item, i) => [id(item), i]));
  const lhsById = new Map(lhs.map((item) => [id(item), item]));
  const out: unknown[] = [];
  let next = 0;
  const takeRhsThrough = (end: number): void => {
    for (; next <= end; next++) out.push(merge(lhsById.get(id(rhs[next])), rhs[next]));
  };
  for (const item of lhs) {
    const at = rhsIndex.get(id(item));
    if (at === undefined) out.push(item);
    else takeRhsThrough(at);
  }
  takeRhsThrough(rhs.length - 1);
  return out;
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isJsonMap(value)) return value;
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = dropNulls(v);
  return out;
}
