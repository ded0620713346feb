/** Keeps a WebSocket to `/clusters/<key>/ws` open: watches every kind, resumes from the last resourceVersion
 * after a drop, and falls back to a fresh list when the server says the version expired. */
import type { ClientMessage, ServerMessage } from '../../../shared/api/ws.js';
import type { ClusterState } from './cluster-state.svelte.js';

/** What the socket needs from its surroundings; injected so tests need no browser. */
export interface SocketEnv {
  open(url: string): WebSocket;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserEnv = (): SocketEnv => ({
  open: (url) => new WebSocket(url),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as number),
});

/** The ws:// or wss:// URL of a cluster's stream, relative to the page's origin. */
export function socketUrl(origin: string, key: string): string {
  return `${origin.replace(/^http/, 'ws')}/clusters/${encodeURIComponent(key)}/ws`;
}

/** Connects `state` to the cluster's stream; returns a function that closes it for good. */
export function connectCluster(state: ClusterState, url: string, env: SocketEnv = browserEnv()): () => void {
  let ws: WebSocket | null = null;
  let closed = false;
  let retry: unknown = null;
  let ping: unknown = null;
  let attempts = 0;

  const send = (msg: ClientMessage) => ws?.readyState === 1 && ws.send(JSON.stringify(msg));

  const schedulePing = () => {
    ping = env.setTimeout(() => {
      send({ type: 'ping' });
      schedulePing();
    }, 25_000);
  };

  const open = () => {
    if (closed) return;
    state.status = state.resourceVersion ? 'syncing' : 'connecting';
    const socket = env.open(url);
    ws = socket;
    socket.onopen = () => {
      attempts = 0;
      if (state.resourceVersion) {
        state.status = 'syncing';
        send({ type: 'watch', resourceVersion: state.resourceVersion });
      } else {
        state.beginResync();
        send({ type: 'watch' });
      }
      schedulePing();
    };
    socket.onmessage = (e: MessageEvent) => {
      let msg: ServerMessage;
      try {
        msg = JSON.parse(String(e.data)) as ServerMessage;
      } catch {
        return;
      }
      state.apply(msg);
      if (msg.type === 'expired') send({ type: 'watch' });
    };
    socket.onclose = () => {
      if (ping !== null) env.clearTimeout(ping);
      ping = null;
      if (closed) return;
      state.status = 'offline';
      attempts++;
      // Back off up to 10s so a restarting server is not hammered by every open tab.
      retry = env.setTimeout(open, Math.min(10_000, 500 * 2 ** Math.min(attempts, 5)));
    };
  };

  open();
  return () => {
    closed = true;
    if (retry !== null) env.clearTimeout(retry);
    if (ping !== null) env.clearTimeout(ping);
    ws?.close();
  };
}
