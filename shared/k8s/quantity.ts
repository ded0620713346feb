/**
 * resource.Quantity: parsing with the real grammar and errors, exact scaled values (milli-CPU, bytes) and the
 * canonical form the API server writes back ('0.5' → '500m', '1024Mi' → '1Gi').
 */

/** The regular expression quoted in the API server's "quantities must match" error. */
export const QUANTITY_REGEX_STRING = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';

/** Thrown for strings that are not valid quantities; messages match resource.ParseQuantity's errors. */
export class QuantityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuantityError';
  }
}

const ERR_FORMAT_WRONG = `quantities must match the regular expression '${QUANTITY_REGEX_STRING}'`;
const ERR_SUFFIX = "unable to parse quantity's suffix";

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** An exact quantity: mantissa × 10^exp, plus the format its suffix implies. */
export interface ExactQuantity {
  mantissa: bigint;
  exp: number;
  format: QuantityFormat;
}

const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

const pow10 = (n: number): bigint => 10n ** BigInt(n);

// Division rounding away from zero, as inf.RoundUp does.
function divAwayFromZero(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b === a ? q : q + (a < 0n ? -1n : 1n);
}

interface Interpreted {
  base: 2 | 10;
  exponent: number;
  format: QuantityFormat;
}

function interpretSuffix(suffix: string): Interpreted | undefined {
  if (suffix in DECIMAL_SUFFIXES) return { base: 10, exponent: DECIMAL_SUFFIXES[suffix], format: 'DecimalSI' };
  if (suffix in BINARY_SUFFIXES) return { base: 2, exponent: BINARY_SUFFIXES[suffix], format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[-+]?\d+$/.test(suffix.slice(1))) {
    return { base: 10, exponent: Number(suffix.slice(1)), format: 'DecimalExponent' };
  }
  return undefined;
}

/** Parses a quantity exactly (nano precision, rounded up like the API server); throws QuantityError. */
export function parseQuantityExact(q: string | number): ExactQuantity {
  const str = typeof q === 'number' ? numberToDecimalString(q) : q;
  if (str.length === 0) throw new QuantityError(ERR_FORMAT_WRONG);
  // The grammar mirrors resource.parseQuantityString: sign, digits, optional fraction, then a suffix.
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/s.exec(str);
  if (!m) throw new QuantityError(ERR_FORMAT_WRONG);
  const [, sign, intDigits, fracDigits = '', suffix] = m;
  const letters = /^[eEinumkKMGTP]*/.exec(suffix)?.[0] ?? '';
  if (!/^[-+]?\d*$/.test(suffix.slice(letters.length))) {
    throw new QuantityError(ERR_FORMAT_WRONG);
  }
  const interpreted = interpretSuffix(suffix);
  if (!interpreted) throw new QuantityError(ERR_SUFFIX);
  let mantissa = BigInt(`${intDigits}${fracDigits}` || '0');
  let exp = -fracDigits.length;
  if (interpreted.base === 10) exp += interpreted.exponent;
  else mantissa <<= BigInt(interpreted.exponent);
  if (sign === '-') mantissa = -mantissa;
  // Like the API server, anything finer than a nano-unit is rounded up so a tiny request is never zero.
  if (exp < -9) {
    mantissa = divAwayFromZero(mantissa, pow10(-9 - exp));
    exp = -9;
  }
  return { mantissa, exp, format: interpreted.format };
}

// Plain decimal notation of a finite number (no exponent), so a number parses as DecimalSI like JSON input.
function numberToDecimalString(n: number): string {
  if (!Number.isFinite(n)) throw new QuantityError(ERR_FORMAT_WRONG);
  // Every integral double is exact as a BigInt; its shortest decimal form may not be (2 ** 62).
  if (Number.isInteger(n)) return BigInt(n).toString();
  const [coefficient, e] = n.toExponential().split('e');
  const neg = coefficient.startsWith('-');
  const [i, f = ''] = (neg ? coefficient.slice(1) : coefficient).split('.');
  const digits = i + f;
  const point = i.length + Number(e);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (neg ? '-' : '') + body;
}

/** resource.Quantity → number in base units: '100m' → 0.1, '1Gi' → 1073741824, '1e3' → 1000. */
export function parseQuantity(q: string | number): number {
  if (typeof q === 'number') {
    if (!Number.isFinite(q)) throw new QuantityError(ERR_FORMAT_WRONG);
    return q;
  }
  const { mantissa, exp } = parseQuantityExact(q);
  return Number(`${mantissa}e${exp}`);
}

/** True when q is a string or finite number the API server would accept as a quantity. */
export function isValidQuantity(q: unknown): boolean {
  if (typeof q !== 'string' && typeof q !== 'number') return false;
  try {
    parseQuantityExact(q);
    return true;
  } catch {
    return false;
  }
}

/** The value scaled to 10^scale units, rounded up (away from zero) as Quantity.ScaledValue does. */
export function scaledValue(q: ExactQuantity, scale: number): bigint {
  const shift = q.exp - scale;
  return shift >= 0 ? q.mantissa * pow10(shift) : divAwayFromZero(q.mantissa, pow10(-shift));
}

/** Millicores of a CPU quantity, rounded up as Quantity.MilliValue: '250m' → 250, '1' → 1000, undefined → 0. */
export function cpuMillis(q: string | number | undefined): number {
  if (q === undefined) return 0;
  return Number(scaledValue(parseQuantityExact(q), -3));
}

/** Bytes of a memory quantity, rounded up as Quantity.Value: '128Mi' → 134217728, undefined → 0. */
export function memoryBytes(q: string | number | undefined): number {
  if (q === undefined) return 0;
  return Number(scaledValue(parseQuantityExact(q), 0));
}

const DECIMAL_BY_EXPONENT = new Map(Object.entries(DECIMAL_SUFFIXES).map(([s, e]) => [e, s]));
const BINARY_BY_EXPONENT = new Map(Object.entries(BINARY_SUFFIXES).map(([s, e]) => [e, s]));

/** The canonical string of an exact quantity, as Quantity.String / JSON marshalling writes it. */
export function formatExactQuantity(q: ExactQuantity): string {
  if (q.mantissa === 0n) return '0';
  const abs = q.mantissa < 0n ? -q.mantissa : q.mantissa;
  const sign = q.mantissa < 0n ? '-' : '';
  let format = q.format;
  if (format === 'BinarySI') {
    const small = q.exp >= 0 ? abs * pow10(q.exp) < 1024n : abs < 1024n * pow10(-q.exp);
    const integral = q.exp >= 0 || abs % pow10(-q.exp) === 0n;
    // Small or fractional byte counts are shown in decimal rather than rounded.
    if (small || !integral) format = 'DecimalSI';
    else {
      let n = scaledValue({ ...q, mantissa: abs }, 0);
      let e = 0;
      while (n % 1024n === 0n && e < 60) {
        n /= 1024n;
        e += 10;
      }
      return `${sign}${n}${BINARY_BY_EXPONENT.get(e) ?? ''}`;
    }
  }
  let n = abs;
  let e = q.exp;
  while (n % 10n === 0n) {
    n /= 10n;
    e += 1;
  }
  // Exponents are multiples of three so the suffix is one of n u m k M G T P E.
  const r = ((e % 3) + 3) % 3;
  n *= pow10(r);
  e -= r;
  if (format === 'DecimalExponent') return `${sign}${n}${e === 0 ? '' : `e${e}`}`;
  if (e > 18) {
    n *= pow10(e - 18);
    e = 18;
  }
  return `${sign}${n}${DECIMAL_BY_EXPONENT.get(e) ?? ''}`;
}

/** The canonical form the API server stores for a quantity: '0.5' → '500m', '1024Mi' → '1Gi', '1.5Gi' → '1536Mi'. */
export function canonicalQuantity(q: string | number): string {
  return formatExactQuantity(parseQuantityExact(q));
}

// Float arithmetic leaves noise like 0.30000000000000004; cores and bytes are rounded to nano-units first.
function exactFromNumber(n: number, format: QuantityFormat): ExactQuantity {
  if (!Number.isFinite(n)) throw new QuantityError(ERR_FORMAT_WRONG);
  const nanos = Math.round(n * 1e9);
  if (Number.isSafeInteger(nanos)) return { mantissa: BigInt(nanos), exp: -9, format };
  return { ...parseQuantityExact(numberToDecimalString(n)), format };
}

/** Cores as a canonical CPU quantity: 0.25 → '250m', 2 → '2', 1.5 → '1500m'. */
export function formatCpu(cores: number): string {
  return formatExactQuantity(exactFromNumber(cores, 'DecimalSI'));
}

/** Bytes as a canonical binary quantity: 134217728 → '128Mi', 1073741824 → '1Gi', 1000 → '1000'. */
export function formatMemory(bytes: number): string {
  return formatExactQuantity(exactFromNumber(bytes, 'BinarySI'));
}
