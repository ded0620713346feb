/** The errors robfig/cron v3 ParseStandard gives for a CronJob schedule, which the API server echoes. */

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELDS: Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: DAYS },
];
const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

function parseInt10(s: string): number | string {
  if (!/^[+-]?[0-9]+$/.test(s)) return `failed to parse int from ${s}: strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`;
  return Number(s);
}

function parseIntOrName(s: string, names: Record<string, number> | undefined): number | string {
  const named = names?.[s.toLowerCase()];
  return named !== undefined ? named : parseInt10(s);
}

function rangeError(expr: string, b: Bounds): string | undefined {
  const [rangeAndStep, ...more] = expr.split('/');
  if (more.length > 1) return `too many slashes: ${expr}`;
  const low = rangeAndStep.split('-');
  let start: number;
  let end: number;
  if (low[0] === '*' || low[0] === '?') {
    start = b.min;
    end = b.max;
  } else {
    const s = parseIntOrName(low[0], b.names);
    if (typeof s === 'string') return s;
    start = s;
    if (low.length === 1) end = s;
    else if (low.length === 2) {
      const e = parseIntOrName(low[1], b.names);
      if (typeof e === 'string') return e;
      end = e;
    } else return `too many hyphens: ${expr}`;
  }
  if (more.length === 1) {
    const step = parseInt10(more[0]);
    if (typeof step === 'string') return step;
    if (step <= 0) return `step of range should be a positive number: ${expr}`;
    if (low.length === 1 && low[0] !== '*' && low[0] !== '?') end = b.max;
  }
  if (start < b.min) return `beginning of range (${start}) below minimum (${b.min}): ${expr}`;
  if (end > b.max) return `end of range (${end}) above maximum (${b.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  return undefined;
}

/** The parse error of a standard 5-field schedule (or descriptor), or undefined when it parses. */
export function cronScheduleError(schedule: string): string | undefined {
  let spec = schedule.trim();
  if (spec === '') return 'empty spec string';
  const tz = /^(CRON_TZ|TZ)=(\S*)\s*/.exec(spec);
  if (tz) spec = spec.slice(tz[0].length).trim();
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.includes(spec)) return undefined;
    if (spec.startsWith('@every ')) return /^@every\s+([0-9.]+(ns|us|µs|ms|s|m|h))+$/.test(spec) ? undefined : `failed to parse duration ${spec}`;
    return `unrecognized descriptor: ${spec}`;
  }
  const fields = spec.split(/\s+/);
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`;
  for (let i = 0; i < 5; i++) {
    for (const part of fields[i].split(',')) {
      const err = rangeError(part, FIELDS[i]);
      if (err) return err;
    }
  }
  return undefined;
}
