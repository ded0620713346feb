/** Durations of the simulated container runtime and their printing in kubelet messages. */

/** Pod sandbox creation (network namespace, IP) before the first container step. */
export const SANDBOX_MS = 1000;
/** A failed image resolve reports after this long. */
export const PULL_FAIL_MS = 800;
/** The pod worker's next sync after a failed pull shows ImagePullBackOff. */
export const SYNC_MS = 1000;
export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;
/** A container that ran this long has its restart backoff reset (2 × the maximum, as the kubelet's GC). */
export const BACKOFF_RESET_MS = 600_000;
/** Time a server takes to stop after SIGTERM. */
export const STOP_MS = 500;
/** Memory over the limit is noticed by the OOM killer this long after the start. */
export const OOM_MS = 1200;
/** Simulated registry throughput, bytes per second, and fixed per-pull latency. */
export const PULL_BYTES_PER_S = 40_000_000;
export const PULL_BASE_MS = 500;
/** A pull of an image the node is already fetching (or has, with policy Always) takes this long. */
export const CACHED_PULL_MS = 450;

/** A Go-style truncated duration: `452ms`, `2.3s`, `1m5.2s`. */
export function goDuration(ms: number): string {
  const v = Math.round(ms);
  if (v < 1000) return `${v}ms`;
  const seconds = (v % 60_000) / 1000;
  const s = `${Number(seconds.toFixed(3))}s`;
  if (v < 60_000) return s;
  const minutes = Math.floor(v / 60_000);
  return minutes >= 60 ? `${Math.floor(minutes / 60)}h${minutes % 60}m${s}` : `${minutes}m${s}`;
}

/** The next exponential backoff step: 10s, 20s, 40s ... capped at 5 minutes. */
export function nextBackoff(current: number | undefined): number {
  return current === undefined ? BACKOFF_INITIAL_MS : Math.min(current * 2, BACKOFF_MAX_MS);
}
