/** Digits of pi (Machin's formula in BigInt), for the docs' `perl -Mbignum=bpi -wle 'print bpi(2000)'` Job. */

function arctanInverse(x: bigint, unity: bigint): bigint {
  let sum = unity / x;
  let term = sum;
  const x2 = x * x;
  for (let n = 3n, sign = -1n; term !== 0n; n += 2n, sign = -sign) {
    term /= x2;
    sum += (sign * term) / n;
  }
  return sum;
}

/** Pi with `digits` significant digits (`3.14159...`), truncated like bignum prints it rounded. */
export function piDigits(digits: number): string {
  const n = Math.max(1, Math.min(digits, 10_000));
  const guard = 10;
  const unity = 10n ** BigInt(n + guard);
  const pi = 4n * (4n * arctanInverse(5n, unity) - arctanInverse(239n, unity));
  // Round to n significant digits (one before the point).
  const scaled = (pi + 5n * 10n ** BigInt(guard)) / 10n ** BigInt(guard + 1);
  const s = scaled.toString();
  return n === 1 ? s[0] : `${s[0]}.${s.slice(1, n)}`;
}
