/** The browser's copy of one cluster, fed by the WebSocket watch stream. Objects live in one reactive map per
 * resource so a change to one pod only wakes what reads that pod (and lists of its resource); pods are also
 * indexed by node so a node card re-renders only when its own pods come and go. */
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { KObject } from '../../../shared/k8s/types.js';
import type { ClockState, ServerMessage } from '../../../shared/api/ws.js';
import { RESOURCES, storageKey } from '../../../shared/k8s/resources.js';
import { objectKey } from './object-key.js';

export type ConnectionStatus = 'connecting' | 'syncing' | 'live' | 'offline';

/** Pods not bound to a node sit under this index key. */
export const UNSCHEDULED = '';

/** Live state of one cluster. */
export class ClusterState {
  status = $state<ConnectionStatus>('connecting');
  clock = $state<ClockState | null>(null);
  viewers = $state(0);
  lastError = $state<string | null>(null);
  /** Whether arrivals should animate; off while a full list is drawn, so a sync of 1,000 pods appears at once. */
  motion = false;
  /** Last resourceVersion seen, to resume a dropped watch. */
  resourceVersion = '';
  /** Plain map of reactive maps: every served resource gets its store up front, so reading a store inside a
   * derived never has to create state (Svelte forbids that). */
  readonly #stores = new Map<string, SvelteMap<string, KObject>>();
  readonly #podNode = new Map<string, string>();
  readonly podsByNode = new SvelteMap<string, SvelteSet<string>>();
  /** Keys seen during a from-scratch resync; whatever is not re-sent was deleted while we were away. */
  #resyncSeen: Map<string, Set<string>> | null = null;
  readonly #listeners = new Set<(resource: string, type: string, obj: KObject) => void>();
  /** Called with every clock message (the page's interpolating clock listens here). */
  onClock: ((clock: ClockState) => void) | null = null;

  constructor() {
    for (const info of RESOURCES) if (!info.virtual) this.store(storageKey(info));
  }

  /** Applies one message from the server. */
  apply(msg: ServerMessage): void {
    switch (msg.type) {
      case 'event':
        this.#applyEvent(msg.resource, msg.event, msg.object);
        break;
      case 'synced':
        this.resourceVersion = msg.resourceVersion;
        this.#finishResync();
        this.status = 'live';
        break;
      case 'bookmark':
        this.resourceVersion = msg.resourceVersion;
        break;
      case 'expired':
        this.beginResync();
        break;
      case 'clock':
        this.clock = msg.clock;
        this.onClock?.(msg.clock);
        break;
      case 'presence':
        this.viewers = msg.viewers;
        break;
      case 'error':
        this.lastError = msg.message;
        break;
      case 'pong':
        break;
    }
  }

  /** Starts a from-scratch list: objects not re-sent before `synced` are dropped then. */
  beginResync(): void {
    this.motion = false;
    this.resourceVersion = '';
    this.status = 'syncing';
    this.#resyncSeen = new Map();
  }

  /** Subscribes to every applied watch event (for history and charts); returns the unsubscribe function. */
  onEvent(listener: (resource: string, type: string, obj: KObject) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The reactive map of one resource's objects by objectKey (created empty on first use). */
  store(resource: string): SvelteMap<string, KObject> {
    let s = this.#stores.get(resource);
    if (!s) {
      s = new SvelteMap();
      this.#stores.set(resource, s);
    }
    return s;
  }

  /** One object, or undefined. */
  get(resource: string, key: string): KObject | undefined {
    return this.#stores.get(resource)?.get(key);
  }

  /** The objects of a resource, optionally of one namespace, sorted by namespace then name. */
  list(resource: string, namespace?: string): KObject[] {
    const s = this.#stores.get(resource);
    if (!s) return [];
    const out = [...s.values()].filter((o) => !namespace || o.metadata.namespace === namespace);
    return out.sort((a, b) => objectKey(a).localeCompare(objectKey(b)));
  }

  /** Resource storage keys that currently hold objects. */
  resources(): string[] {
    return [...this.#stores.entries()].filter(([, s]) => s.size > 0).map(([r]) => r).sort();
  }

  /** Pod keys bound to a node (or UNSCHEDULED). */
  podKeysOn(node: string): string[] {
    const set = this.podsByNode.get(node);
    return set ? [...set].sort() : [];
  }

  /** The namespaces known to the cluster (from Namespace objects and namespaced objects seen). */
  namespaces(): string[] {
    const names = new Set(this.list('namespaces').map((n) => n.metadata.name ?? ''));
    for (const pod of this.store('pods').values()) if (pod.metadata.namespace) names.add(pod.metadata.namespace);
    return [...names].filter(Boolean).sort();
  }

  #applyEvent(resource: string, type: string, obj: KObject): void {
    const key = objectKey(obj);
    const rv = obj.metadata.resourceVersion;
    if (rv && (type !== 'ERROR')) this.resourceVersion = rv;
    if (type === 'BOOKMARK' || type === 'ERROR') return;
    const store = this.store(resource);
    if (type === 'DELETED') {
      store.delete(key);
      if (resource === 'pods') this.#indexPod(key, null);
    } else {
      store.set(key, obj);
      if (resource === 'pods') this.#indexPod(key, obj.spec?.nodeName ?? UNSCHEDULED);
      if (this.#resyncSeen) {
        let seen = this.#resyncSeen.get(resource);
        if (!seen) this.#resyncSeen.set(resource, (seen = new Set()));
        seen.add(key);
      }
    }
    for (const l of this.#listeners) l(resource, type, obj);
  }

  #indexPod(key: string, node: string | null): void {
    const before = this.#podNode.get(key);
    if (before === node) return;
    if (before !== undefined) {
      const set = this.podsByNode.get(before);
      set?.delete(key);
      if (set && set.size === 0) this.podsByNode.delete(before);
      this.#podNode.delete(key);
    }
    if (node !== null) {
      let set = this.podsByNode.get(node);
      if (!set) this.podsByNode.set(node, (set = new SvelteSet()));
      set.add(key);
      this.#podNode.set(key, node);
    }
  }

  #finishResync(): void {
    const seen = this.#resyncSeen;
    this.#resyncSeen = null;
    if (!seen) return;
    for (const [resource, store] of this.#stores) {
      const keep = seen.get(resource);
      for (const key of [...store.keys()]) {
        if (keep?.has(key)) continue;
        const obj = store.get(key);
        store.delete(key);
        if (resource === 'pods') this.#indexPod(key, null);
        if (obj) for (const l of this.#listeners) l(resource, 'DELETED', obj);
      }
    }
  }
}
