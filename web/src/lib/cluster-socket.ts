/** Keeps a WebSocket to `/clusters/<key>/ws` open: watches every kind, resumes from the last resourceVersion
 * after a drop, and falls back to a fresh list when the server says the version expired. */
import type { ClientMessage, ServerMessage } from '../../../shared/api/ws.js';
import type { ClusterState } from './cluster-state.svelte.js';

/** What the socket needs from its surroundings; injected so tests need no browser. */
export interface SocketEnv {
  open(url: string): WebSocket;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `fn` soon, once per burst of messages; the browser uses the next animation frame. */
  schedule(fn: () => void): void;
}

const browserEnv = (): SocketEnv => ({
  open: (url) => new WebSocket(url),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as number),
  // Background tabs get no animation frames, so a timer makes sure hidden pages still catch up.
  schedule: (fn) => {
    let done = false;
    const run = () => {
      if (!done) {
        done = true;
        fn();
      }
    };
    requestAnimationFrame(run);
    globalThis.setTimeout(run, 250);
  },
});

/** Most pod changes in one batch that still animate. */
export const MOTION_LIMIT = 40;

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
  // Messages are applied in batches: a sync of 1,000 pods then costs one UI update, not 1,000.
  let pending: ServerMessage[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    // A burst of pod changes (a rollout, a drain) is drawn in place: hundreds of flying chips are noise and
    // each one costs a layout.
    if (batch.filter((m) => m.type === 'event' && m.resource === 'pods').length > MOTION_LIMIT) state.motion = false;
    for (const msg of batch) state.apply(msg);
    // The synced list is drawn by the update this batch triggers; animate only what changes after it.
    if (!state.motion && state.status === 'live') env.schedule(() => (state.motion = true));
  };

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
      if (pending.length === 0) env.schedule(flush);
      pending.push(msg);
      if (msg.type === 'expired') send({ type: 'watch' });
    };
    socket.onclose = () => {
      flush();
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
