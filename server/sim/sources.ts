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
  /** Streams new lines until the returned function is called. */
  follow(namespace: string, pod: string, opts: LogOptions, onLine: (line: string) => void, onEnd: () => void): () => void;
}

export interface MetricsSource {
  nodes(): KObject[];
  pods(namespace?: string): KObject[];
}
