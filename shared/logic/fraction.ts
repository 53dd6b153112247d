/**
 * Exact rational numbers on BigInt. Pricing divides by (1 − fee rates) and by FX rates, and METRICS.md
 * rounds once, at the end: carrying a float through those steps would round many times, invisibly.
 */
export interface Fraction {
  readonly num: bigint;
  /** Always positive; the sign lives in `num`. */
  readonly den: bigint;
}

const abs = (v: bigint): bigint => (v < 0n ? -v : v);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
}

export function frac(num: bigint | number, den: bigint | number = 1n): Fraction {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export const ZERO = frac(0);
export const ONE = frac(1);

export const add = (a: Fraction, b: Fraction): Fraction => frac(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Fraction, b: Fraction): Fraction => frac(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Fraction, b: Fraction): Fraction => frac(a.num * b.num, a.den * b.den);
export const div = (a: Fraction, b: Fraction): Fraction => frac(a.num * b.den, a.den * b.num);
export const sum = (...parts: Fraction[]): Fraction => parts.reduce(add, ZERO);

/** −1, 0 or 1 as a compared with b. */
export function compare(a: Fraction, b: Fraction): number {
  const diff = a.num * b.den - b.num * a.den;
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** Basis points as a fraction of one: 290 → 290/10000. */
export const fromBasisPoints = (bp: number): Fraction => frac(bp, 10_000);

function toSafeNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${value} does not fit a safe integer`);
  return n;
}

/** The smallest whole number ≥ value. */
export function ceil(value: Fraction): number {
  const q = value.num / value.den; // BigInt division truncates toward zero
  return toSafeNumber(value.num > 0n && q * value.den !== value.num ? q + 1n : q);
}

/** Nearest whole number, halves away from zero (METRICS.md): 2.5 → 3, −2.5 → −3. */
export function roundHalfAwayFromZero(value: Fraction): number {
  const sign = value.num < 0n ? -1n : 1n;
  const twice = abs(value.num) * 2n + value.den;
  return toSafeNumber((sign * twice) / (2n * value.den));
}
