/** The cluster WebSocket protocol (shared/api/ws.ts), independent of the runtime's socket implementation. */
import type { ClientMessage, ServerMessage } from '../../shared/api/ws.js';
import type { Cluster } from '../sim/cluster.js';
import type { Change } from '../sim/store.js';
import type { Role } from '../../shared/api/product.js';
import { errors } from './k8s/status.js';

export interface SocketPort {
  send(text: string): void;
  close(code?: number, reason?: string): void;
}

const MAX_MESSAGE = 4096;
const sessionsByCluster = new Map<string, Set<WatchSession>>();

/** Broadcasts to every open socket of a cluster. */
export function broadcast(clusterId: string, msg: ServerMessage): void {
  const text = JSON.stringify(msg);
  for (const s of sessionsByCluster.get(clusterId) ?? []) s.sendText(text);
}

/** Number of open sockets on a cluster (the UI's "N here"). */
export function viewers(clusterId: string): number {
  return sessionsByCluster.get(clusterId)?.size ?? 0;
}

export class WatchSession {
  private unsubscribe: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly cluster: Cluster,
    readonly role: Role,
    private readonly socket: SocketPort,
  ) {
    let set = sessionsByCluster.get(cluster.id);
    if (!set) sessionsByCluster.set(cluster.id, (set = new Set()));
    set.add(this);
    this.send({ type: 'clock', clock: cluster.clock() });
    broadcast(cluster.id, { type: 'presence', viewers: set.size });
  }

  sendText(text: string): void {
    if (this.closed) return;
    try {
      this.socket.send(text);
    } catch {
      this.close();
    }
  }

  private send(msg: ServerMessage): void {
    this.sendText(JSON.stringify(msg));
  }

  onMessage(text: string): void {
    if (text.length > MAX_MESSAGE) return this.send({ type: 'error', message: 'message too large' });
    let msg: ClientMessage;
    try {
      msg = JSON.parse(text) as ClientMessage;
    } catch {
      return this.send({ type: 'error', message: 'invalid JSON' });
    }
    if (msg.type === 'ping') return this.send({ type: 'pong' });
    if (msg.type === 'watch') return this.watch(msg.resourceVersion);
    this.send({ type: 'error', message: `unknown message type ${(msg as { type?: string }).type}` });
  }

  private watch(resourceVersion: string | undefined): void {
    this.unsubscribe?.();
    const cluster = this.cluster;
    const emit = (c: Change) => this.send({ type: 'event', resource: c.resource, event: c.type, object: c.object });
    if (!resourceVersion || resourceVersion === '0') {
      for (const resource of cluster.store.resources()) {
        for (const obj of cluster.store.list(resource)) this.send({ type: 'event', resource, event: 'ADDED', object: obj });
      }
    } else {
      const rv = Number(resourceVersion);
      const replay = Number.isInteger(rv) ? cluster.changesSince(rv) : 'expired';
      if (replay === 'expired') {
        return this.send({ type: 'expired', status: errors.expired(`too old resource version: ${resourceVersion} (${cluster.store.resourceVersion})`).toStatus() });
      }
      for (const c of replay) emit(c);
    }
    this.send({ type: 'synced', resourceVersion: String(cluster.store.resourceVersion) });
    this.unsubscribe = cluster.hub.subscribe({ send: emit });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe?.();
    const set = sessionsByCluster.get(this.cluster.id);
    set?.delete(this);
    if (set && set.size === 0) sessionsByCluster.delete(this.cluster.id);
    broadcast(this.cluster.id, { type: 'presence', viewers: set?.size ?? 0 });
    try {
      this.socket.close();
    } catch {
      /* already closed */
    }
  }
}
