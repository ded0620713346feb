/** Messages on a cluster's WebSocket (`/clusters/:key/ws`): the Kubernetes watch stream of every kind plus
 * product events. JSON text frames. */
import type { KObject, Status, WatchEventType } from '../k8s/types.js';

export type ClientMessage =
  /** Start (or restart) watching every kind. Without resourceVersion (or '0') the server first sends an ADDED
   * event per existing object, then `synced`; with one it replays every change after it (or `expired`). */
  | { type: 'watch'; resourceVersion?: string }
  | { type: 'ping' };

export interface ClockState {
  /** Simulated time, ms since the Unix epoch. */
  now: number;
  paused: boolean;
  speed: number;
}

export type ServerMessage =
  /** One Kubernetes watch event; `resource` is the storage key (`pods`, `deployments.apps`). */
  | { type: 'event'; resource: string; event: WatchEventType; object: KObject }
  /** Every existing object was sent; live events follow. */
  | { type: 'synced'; resourceVersion: string }
  | { type: 'bookmark'; resourceVersion: string }
  /** The requested resourceVersion is older than the kept history: list again (410 Expired). */
  | { type: 'expired'; status: Status }
  | { type: 'clock'; clock: ClockState }
  /** How many browsers have this playground open. */
  | { type: 'presence'; viewers: number }
  | { type: 'pong' }
  | { type: 'error'; message: string };
