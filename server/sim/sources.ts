/** Read-side hooks the simulation provides to the API: container logs and resource metrics. */
import type { KObject } from '../../shared/k8s/types.js';

export interface LogOptions {
  container?: string;
  previous?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  timestamps?: boolean;
}

export interface LogSource {
  /** The log text of a container, or an error message why there is none (as the kubelet answers). */
  read(namespace: string, pod: string, opts: LogOptions): { text: string } | { error: string; code: number };
  /** What the container wrote after simulated time `after` (for `logs -f`; the API polls it). */
  since(namespace: string, pod: string, opts: LogOptions, after: number): LogIncrement;
}

export interface LogIncrement {
  text: string;
  /** Simulated time the increment reaches: pass it as `after` next time. */
  now: number;
  /** The pod is gone or the container's run has ended: nothing more will come. */
  ended: boolean;
}

export interface MetricsSource {
  nodes(): KObject[];
  pods(namespace?: string): KObject[];
}
