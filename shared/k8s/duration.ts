/**
 * Durations as Kubernetes prints and parses them: apimachinery's util/duration (AGE columns) and Go's
 * time.ParseDuration (probe periods, `--timeout=30s`, `--since=5m`).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

// Go converts with integer division, which truncates toward zero.
const whole = (ms: number, unit: number): number => Math.trunc(ms / unit);

/** Tiny negative ages come from clock skew; Go tolerates up to (but excluding) two seconds. */
function earlyResult(ms: number): string | undefined {
  const seconds = whole(ms, SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  return undefined;
}

/** duration.HumanDuration: ~2–3 significant figures, as in kubectl AGE columns ('5m30s', '3h10m', '2d3h'). */
export function humanDuration(ms: number): string {
  const early = earlyResult(ms);
  if (early !== undefined) return early;
  const seconds = whole(ms, SECOND);
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = whole(ms, MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = whole(ms, HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  const years = Math.trunc(hours / 24 / 365);
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/** duration.ShortHumanDuration: a single unit ('45s', '5m', '3h', '12d', '2y'). */
export function shortHumanDuration(ms: number): string {
  const early = earlyResult(ms);
  if (early !== undefined) return early;
  const seconds = whole(ms, SECOND);
  if (seconds < 60) return `${seconds}s`;
  const minutes = whole(ms, MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = whole(ms, HOUR);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${Math.trunc(hours / 24)}d`;
  return `${Math.trunc(ms / HOUR / 24 / 365)}y`;
}

/** kubectl's translateTimestampSince: the AGE of an RFC 3339 timestamp at `nowMs`, '<unknown>' when unset or unparseable. */
export function ageSince(timestamp: string | null | undefined, nowMs: number): string {
  if (!timestamp) return '<unknown>';
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return '<unknown>';
  return humanDuration(nowMs - t);
}

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3, // U+00B5 micro sign
  'μs': 1e-3, // U+03BC Greek small letter mu
  ms: 1,
  s: SECOND,
  m: MINUTE,
  h: HOUR,
};

/** Thrown by parseGoDuration with Go's own message, e.g. `time: unknown unit "d" in duration "1d"`. */
export class DurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DurationError';
  }
}

/** time.ParseDuration: '30s', '5m', '1h30m', '1.5h', '100ms', '-2s' → milliseconds (fractional below 1ms). */
export function parseGoDuration(s: string): number {
  const orig = s;
  const quoted = JSON.stringify(orig);
  const invalid = (): DurationError => new DurationError(`time: invalid duration ${quoted}`);
  let rest = s;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw invalid();
  let total = 0;
  while (rest !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(rest);
    const intPart = m?.[1] ?? '';
    const fracPart = m?.[2];
    if (intPart === '' && !fracPart) throw invalid();
    rest = rest.slice(m?.[0].length ?? 0);
    const unitMatch = /^[^0-9.]*/.exec(rest);
    const unit = unitMatch?.[0] ?? '';
    if (unit === '') throw new DurationError(`time: missing unit in duration ${quoted}`);
    const factor = UNIT_MS[unit];
    if (factor === undefined) throw new DurationError(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
    rest = rest.slice(unit.length);
    total += Number(`${intPart || '0'}.${fracPart ?? ''}0`) * factor;
  }
  return sign * total;
}
