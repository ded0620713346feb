/** Shapes of the product REST API (`/api/...`), shared by server and web. Errors are
 * `{error: {code, message, details?}}` with an HTTP status. */
import type { ClockState } from './ws.js';

export type Role = 'edit' | 'view';

export interface CreatePlaygroundRequest {
  name?: string;
  /** 'default' (1 control plane + 2 workers), 'single-node', 'multi-zone' (5 workers over 3 zones), 'empty'. */
  template?: string;
  seed?: number;
  exercise?: string;
}

export interface PlaygroundInfo {
  id: string;
  name: string;
  template: string;
  role: Role;
  createdAt: string;
  /** Kubernetes API base for this key: give it to `kubectl --server`. */
  kubeServer: string;
  /** Playground page for this key. */
  url: string;
  /** Read-only variants; always present. */
  viewKubeServer: string;
  viewUrl: string;
  clock: ClockState;
}

/** What `POST /api/playgrounds` returns (201): the edit capability plus the view one. */
export interface CreatedPlayground extends PlaygroundInfo {
  editKey: string;
  viewKey: string;
  kubeconfig: string;
}

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

/** `POST /api/playgrounds/:key/clock`. */
export type ClockAction =
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'step'; seconds?: number }
  | { action: 'speed'; speed: number };
