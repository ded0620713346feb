/** kubectl's AGE format (k8s.io/apimachinery duration.HumanDuration), computed against the simulated clock. */
import { humanDuration } from '../../../shared/k8s/duration.js';

/** Formats a duration in ms like kubectl's AGE column: '45s', '5m10s', '3h', '2d3h', '120d' (clock skew
 * shows as 0s rather than kubectl's '<invalid>'). */
export function humanAge(ms: number): string {
  return humanDuration(Math.max(0, ms));
}

/** The age of an object whose timestamp is an RFC 3339 string, at simulated time `now` (ms). */
export function ageOf(timestamp: string | undefined, now: number): string {
  if (!timestamp) return '<unknown>';
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? '<unknown>' : humanAge(now - t);
}

/** Simulated clock time as HH:MM:SS (UTC), what the time controls show. */
export function clockTime(now: number): string {
  return new Date(now).toISOString().slice(11, 19);
}
