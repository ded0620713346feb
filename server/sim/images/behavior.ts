/** What a simulated image does when its container runs: the hints the kubelet, logs and metrics read. */

/** Log styles with their own start-up and access lines (see the kubelet's log generators). */
export type LogStyle = 'nginx' | 'httpd' | 'redis' | 'bootcamp' | 'hello-app' | 'hpa-example' | 'agnhost' | 'coredns' | 'postgres' | 'mysql' | 'none';

export interface ImageBehavior {
  /** `server` runs until stopped; `shell` runs its command (default `sh`, which exits at once without a
   * terminal); `exit` prints `output` and exits with `exitCode`. */
  kind: 'server' | 'shell' | 'exit';
  /** Programs with their own argument handling. */
  special?: 'agnhost' | 'polinux-stress' | 'vish-stress' | 'perl';
  /** TCP ports the default program listens on. */
  ports?: number[];
  /** Time from start until the ports accept connections. */
  startupMs?: number;
  /** Resident memory at rest, MiB. */
  memoryMi: number;
  /** CPU at rest, millicores. */
  cpuMilli: number;
  /** Extra millicores per request per second of traffic. */
  cpuPerRequestMilli?: number;
  logs?: LogStyle;
  /** Lines an `exit` image (or a user image) prints when it starts. */
  output?: string[];
  exitCode?: number;
  /** Environment the entrypoint insists on (postgres, mysql): without any of them it prints `lines` and exits. */
  requiredEnv?: { anyOf: string[]; lines: string[]; exitCode: number };
}

export const SERVER = (ports: number[], memoryMi: number, cpuMilli: number, extra: Partial<ImageBehavior> = {}): ImageBehavior => ({
  kind: 'server',
  ports,
  memoryMi,
  cpuMilli,
  startupMs: 500,
  ...extra,
});

export const SHELL: ImageBehavior = { kind: 'shell', memoryMi: 1, cpuMilli: 0 };
