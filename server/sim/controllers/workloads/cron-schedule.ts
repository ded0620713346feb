/** Standard five-field cron schedules (robfig/cron's ParseStandard, which the CronJob controller uses):
 * ranges, steps, lists, month and weekday names, @descriptors, an optional time zone. */

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const BOUNDS: [number, number, Record<string, number>?][] = [[0, 59], [0, 23], [1, 31], [1, 12, MONTHS], [0, 6, DAYS]];
const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

export interface CronSchedule {
  minutes: Set<number>;
  hours: Set<number>;
  dom: Set<number>;
  months: Set<number>;
  dow: Set<number>;
  /** Day-of-month or day-of-week was `*`: then both must match, otherwise either may. */
  star: boolean;
  timeZone?: string;
}

/** Parses a schedule; throws with robfig's message on a bad one. */
export function parseCron(spec: string, timeZone?: string): CronSchedule {
  let s = spec.trim();
  const tz = /^(?:CRON_TZ|TZ)=(\S+)\s+/.exec(s);
  if (tz) {
    timeZone = tz[1];
    s = s.slice(tz[0].length).trim();
  }
  s = DESCRIPTORS[s] ?? s;
  const fields = s.split(/\s+/);
  if (fields.length !== 5) throw new Error(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  const parsed = fields.map((f, i) => parseField(f, BOUNDS[i][0], BOUNDS[i][1], BOUNDS[i][2]));
  // Sunday may be written 7 in many crontabs; robfig rejects it, so it never reaches here.
  return {
    minutes: parsed[0].values,
    hours: parsed[1].values,
    dom: parsed[2].values,
    months: parsed[3].values,
    dow: parsed[4].values,
    star: parsed[2].star || parsed[4].star,
    timeZone: timeZone && timeZone !== 'UTC' && timeZone !== 'Etc/UTC' ? timeZone : undefined,
  };
}

function parseField(field: string, min: number, max: number, names?: Record<string, number>): { values: Set<number>; star: boolean } {
  const values = new Set<number>();
  let star = false;
  for (const part of field.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined) throw new Error(`too many slashes: ${part}`);
    let lo: number;
    let hi: number;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step <= 0) throw new Error(`step of range should be a positive number: ${part}`);
    if (range === '*' || range === '?') {
      lo = min;
      hi = max;
      if (step === 1) star = true;
    } else {
      const [a, b, more] = range.split('-');
      if (more !== undefined) throw new Error(`too many hyphens: ${part}`);
      lo = value(a, names);
      hi = b === undefined ? (stepText === undefined ? lo : max) : value(b, names);
    }
    if (lo < min) throw new Error(`beginning of range (${lo}) below minimum (${min}): ${part}`);
    if (hi > max) throw new Error(`end of range (${hi}) above maximum (${max}): ${part}`);
    if (lo > hi) throw new Error(`beginning of range (${lo}) beyond end of range (${hi}): ${part}`);
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values, star };
}

function value(s: string, names?: Record<string, number>): number {
  const named = names?.[s.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(s)) throw new Error(`failed to parse int from ${s}: strconv.Atoi: parsing "${s}": invalid syntax`);
  return Number(s);
}

const MINUTE = 60_000;

/** The first scheduled time strictly after `after` (ms since epoch), or undefined within five years. */
export function nextTime(c: CronSchedule, after: number): number | undefined {
  const offset = (ms: number) => (c.timeZone ? zoneOffset(c.timeZone, ms) : 0);
  // Search in the zone's wall-clock time, then map back to an instant.
  const local = Math.floor((after + offset(after)) / MINUTE) * MINUTE + MINUTE;
  const wall = searchWall(c, local);
  if (wall === undefined) return undefined;
  let t = wall - offset(wall);
  t = wall - offset(t);
  return t > after ? t : nextTime(c, after + MINUTE);
}

function searchWall(c: CronSchedule, from: number): number | undefined {
  const d = new Date(from);
  const limit = d.getUTCFullYear() + 5;
  while (d.getUTCFullYear() <= limit) {
    if (!c.months.has(d.getUTCMonth() + 1)) {
      d.setUTCMonth(d.getUTCMonth() + 1, 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!dayMatches(c, d)) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!c.hours.has(d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!c.minutes.has(d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    return d.getTime();
  }
  return undefined;
}

function dayMatches(c: CronSchedule, d: Date): boolean {
  const dom = c.dom.has(d.getUTCDate());
  const dow = c.dow.has(d.getUTCDay());
  return c.star ? dom && dow : dom || dow;
}

/** How far back a schedule is searched: a cluster fast-forwarded for weeks starts at most one job. */
const LOOKBACK = 7 * 24 * 3600_000;

/** The most recent scheduled time in (after, now], and how many earlier ones were missed. */
export function mostRecent(c: CronSchedule, after: number, now: number): { time?: number; missed: number } {
  let t = nextTime(c, Math.max(after, now - LOOKBACK));
  let last: number | undefined;
  let count = 0;
  while (t !== undefined && t <= now) {
    last = t;
    count++;
    t = nextTime(c, t);
  }
  return { time: last, missed: Math.max(0, count - 1) };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of a time zone from UTC at an instant, in ms (wall clock minus UTC). */
export function zoneOffset(timeZone: string, at: number): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(at))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at / 1000) * 1000;
}
