/** Timestamps in the format the Kubernetes API uses (RFC 3339, second precision, UTC). */

/** `2024-05-01T12:00:00Z` for a simulated time in ms. */
export function isoTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** RFC 3339 with microseconds, as MicroTime fields (Lease renewTime, Event eventTime) use. */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Parses an API timestamp back to ms (NaN when absent or invalid). */
export function parseTime(s: string | undefined): number {
  return s ? Date.parse(s) : NaN;
}
