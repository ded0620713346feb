/** The in-memory object store of one cluster: current objects by resource, the resourceVersion counter, and
 * the changes made since the last commit (with an undo log so a failed commit leaves no trace). Objects handed
 * out are shared and must be treated as immutable: writers put new objects. */
import type { KObject } from '../../shared/k8s/types.js';
import type { ChangeType } from '../storage/port.js';

export interface Change {
  resourceVersion: number;
  type: ChangeType;
  resource: string;
  object: KObject;
  /** Simulated time of the change, ms. */
  time: number;
  /** The object before this change (in memory only; watchers use it to skip changes that do not concern them). */
  previous?: KObject;
}

export interface StoreMark {
  pending: number;
  undo: number;
  resourceVersion: number;
}

interface Undo {
  resource: string;
  key: string;
  previous: KObject | undefined;
}

/** The map key of an object: `namespace/name`, or `name` when cluster-scoped. */
export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export class ObjectStore {
  private readonly maps = new Map<string, Map<string, KObject>>();
  private readonly owners: Index = new Map();
  private readonly namespaces: Index = new Map();
  private readonly nodes: Index = new Map();
  private readonly orphans: Index = new Map();
  private pending: Change[] = [];
  private undo: Undo[] = [];
  private rvAtBegin = 0;

  constructor(
    public resourceVersion: number,
    private readonly now: () => number,
  ) {}

  /** Loads an object read from storage without recording a change. */
  load(resource: string, obj: KObject): void {
    this.setEntry(resource, objectKey(obj.metadata.namespace, obj.metadata.name!), obj);
  }

  /** Objects of a resource whose ownerReferences name `ownerUid` (indexed: cheap for controllers). */
  byOwner(resource: string, ownerUid: string): KObject[] {
    return this.fromIndex(this.owners, resource, ownerUid).sort(compareObjects);
  }

  /** Objects of a namespace that no controller owns (candidates for adoption), indexed. */
  orphansIn(resource: string, namespace: string): KObject[] {
    return this.fromIndex(this.orphans, resource, namespace);
  }

  /** Objects bound to a node (`spec.nodeName`), indexed: what a kubelet or a node's accounting looks at. */
  onNode(resource: string, node: string): KObject[] {
    return this.fromIndex(this.nodes, resource, node);
  }

  /** Objects of a resource in one namespace without scanning the others (indexed). */
  inNamespace(resource: string, namespace: string): KObject[] {
    return this.fromIndex(this.namespaces, resource, namespace);
  }

  private fromIndex(index: Index, resource: string, value: string): KObject[] {
    const keys = index.get(resource)?.get(value);
    if (!keys) return [];
    const m = this.maps.get(resource)!;
    const out: KObject[] = [];
    for (const k of keys) out.push(m.get(k)!);
    return out;
  }

  get(resource: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.maps.get(resource)?.get(objectKey(namespace, name));
  }

  /** Objects of a resource, optionally in one namespace, sorted by namespace then name like etcd keys. */
  list(resource: string, namespace?: string): KObject[] {
    if (namespace) return this.inNamespace(resource, namespace).sort(compareObjects);
    const m = this.maps.get(resource);
    if (!m) return [];
    return [...m.values()].sort(compareObjects);
  }

  /** Iterates a resource's objects without sorting (hot paths in controllers). */
  values(resource: string): IterableIterator<KObject> {
    return (this.maps.get(resource) ?? new Map<string, KObject>()).values();
  }

  count(resource: string): number {
    return this.maps.get(resource)?.size ?? 0;
  }

  resources(): string[] {
    return [...this.maps.keys()];
  }

  /** Stores a new or changed object under a fresh resourceVersion and returns what was stored. */
  put(resource: string, obj: KObject): KObject {
    const key = objectKey(obj.metadata.namespace, obj.metadata.name!);
    const previous = this.maps.get(resource)?.get(key);
    const rv = this.nextRv();
    const stored: KObject = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(rv) } };
    this.setEntry(resource, key, stored);
    this.record(resource, key, previous, { resourceVersion: rv, type: previous ? 'MODIFIED' : 'ADDED', resource, object: stored, time: this.now(), previous });
    return stored;
  }

  /** Removes an object; the DELETED event carries its last state under a fresh resourceVersion. */
  remove(resource: string, namespace: string | undefined, name: string): KObject | undefined {
    const key = objectKey(namespace, name);
    const previous = this.maps.get(resource)?.get(key);
    if (!previous) return undefined;
    this.setEntry(resource, key, undefined);
    const rv = this.nextRv();
    const last: KObject = { ...previous, metadata: { ...previous.metadata, resourceVersion: String(rv) } };
    this.record(resource, key, previous, { resourceVersion: rv, type: 'DELETED', resource, object: last, time: this.now(), previous });
    return last;
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** The uncommitted changes, oldest first. */
  pendingChanges(): Change[] {
    return this.pending;
  }

  /** The pending changes were committed: start a new batch. */
  acknowledge(): void {
    this.pending = [];
    this.undo = [];
    this.rvAtBegin = this.resourceVersion;
  }

  /** Reverts every change since the last acknowledge (a write threw or its commit failed). */
  rollback(): void {
    this.rollbackTo({ pending: 0, undo: 0, resourceVersion: this.rvAtBegin });
  }

  /** A savepoint inside the current batch (nested writes during a tick). */
  mark(): StoreMark {
    if (this.pending.length === 0) this.rvAtBegin = this.resourceVersion;
    return { pending: this.pending.length, undo: this.undo.length, resourceVersion: this.resourceVersion };
  }

  /** Reverts the changes made after a savepoint. */
  rollbackTo(mark: StoreMark): void {
    for (let i = this.undo.length - 1; i >= mark.undo; i--) {
      const u = this.undo[i];
      this.setEntry(u.resource, u.key, u.previous);
    }
    this.pending.length = mark.pending;
    this.undo.length = mark.undo;
    this.resourceVersion = mark.resourceVersion;
  }

  private nextRv(): number {
    if (this.pending.length === 0) this.rvAtBegin = this.resourceVersion;
    return ++this.resourceVersion;
  }

  private record(resource: string, key: string, previous: KObject | undefined, change: Change) {
    this.undo.push({ resource, key, previous });
    this.pending.push(change);
  }

  /** Sets (or with undefined, removes) an entry, keeping the owner and namespace indexes in step. */
  private setEntry(resource: string, key: string, obj: KObject | undefined): void {
    let m = this.maps.get(resource);
    if (!m) this.maps.set(resource, (m = new Map()));
    const old = m.get(key);
    if (old) {
      for (const ref of old.metadata.ownerReferences ?? []) removeFromIndex(this.owners, resource, ref.uid, key);
      if (old.metadata.namespace) removeFromIndex(this.namespaces, resource, old.metadata.namespace, key);
      if (old.spec?.nodeName) removeFromIndex(this.nodes, resource, old.spec.nodeName, key);
      if (old.metadata.namespace && !hasController(old)) removeFromIndex(this.orphans, resource, old.metadata.namespace, key);
    }
    if (obj) {
      m.set(key, obj);
      for (const ref of obj.metadata.ownerReferences ?? []) addToIndex(this.owners, resource, ref.uid, key);
      if (obj.metadata.namespace) addToIndex(this.namespaces, resource, obj.metadata.namespace, key);
      if (obj.spec?.nodeName) addToIndex(this.nodes, resource, obj.spec.nodeName, key);
      if (obj.metadata.namespace && !hasController(obj)) addToIndex(this.orphans, resource, obj.metadata.namespace, key);
    } else {
      m.delete(key);
    }
  }
}

/** resource → index value → object keys. */
type Index = Map<string, Map<string, Set<string>>>;

function addToIndex(index: Index, resource: string, value: string, key: string) {
  let byValue = index.get(resource);
  if (!byValue) index.set(resource, (byValue = new Map()));
  let keys = byValue.get(value);
  if (!keys) byValue.set(value, (keys = new Set()));
  keys.add(key);
}

function removeFromIndex(index: Index, resource: string, value: string, key: string) {
  const keys = index.get(resource)?.get(value);
  if (!keys) return;
  keys.delete(key);
  if (keys.size === 0) index.get(resource)!.delete(value);
}

function hasController(obj: KObject): boolean {
  return !!obj.metadata.ownerReferences?.some((r) => r.controller);
}

function compareObjects(a: KObject, b: KObject): number {
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  const a1 = a.metadata.name ?? '';
  const b1 = b.metadata.name ?? '';
  return a1 < b1 ? -1 : a1 > b1 ? 1 : 0;
}
