// Number-to-text pieces of perl's sprintf (sv.c sv_vcatpvfn_flags): C casts of perl
// numbers to IV/UV, integer digits in a base, and %a hexadecimal floats.

import { type PerlNum } from './number.ts';

const TWO64 = 2n ** 64n;
const IV_MIN = -(2n ** 63n);
const UV_MAX = TWO64 - 1n;

/** perl's SvIV of a number: NVs truncate (I_V/U_V clamp), UVs wrap to signed. */
export function toIV(n: PerlNum): bigint {
  if (typeof n === 'bigint') return n > 2n ** 63n - 1n ? n - TWO64 : n;
  if (n !== n) return 0n;
  if (n < 2 ** 63) return n <= -(2 ** 63) ? IV_MIN : BigInt(Math.trunc(n));
  const u = n >= 2 ** 64 ? UV_MAX : BigInt(Math.trunc(n));
  return u - TWO64;
}

/** perl's SvUV of a number: negative IVs wrap, NVs below 2^63 go through I_V. */
export function toUV(n: PerlNum): bigint {
  if (typeof n === 'bigint') return n < 0n ? n + TWO64 : n;
  if (n !== n) return 0n;
  if (n < 2 ** 63) {
    const i = n <= -(2 ** 63) ? IV_MIN : BigInt(Math.trunc(n));
    return i < 0n ? i + TWO64 : i;
  }
  return n >= 2 ** 64 ? UV_MAX : BigInt(Math.trunc(n));
}

/** Applies C's size modifiers: h (short), hh (char); anything else keeps 64 bits. */
export function castSize(v: bigint, size: string, signed: boolean): bigint {
  const bits = size === 'h' ? 16 : size === 'hh' ? 8 : 64;
  if (bits === 64) return v;
  return signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** Body of %a for finite |x| ("0x1.8p+1"), normalised like perl (subnormals too), ties to even. */
export function hexFloatText(x: number, prec: number | undefined, upper: boolean, alt: boolean): string {
  F64[0] = Math.abs(x);
  const bits = U64[0];
  let exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (exp === 0 && mant === 0n) {
    const z = prec && prec > 0 ? '0.' + '0'.repeat(prec) : alt ? '0.' : '0';
    return fixCase('0x' + z + 'p+0', upper);
  }
  if (exp === 0) {
    exp = -1022;
    while (mant < 1n << 52n) {
      mant <<= 1n;
      exp--;
    }
    mant -= 1n << 52n;
  } else {
    exp -= 1023;
  }
  let lead = 1n;
  let frac = mant; // 52 bits = 13 hex digits
  let ndig = 13;
  if (prec !== undefined && prec < 13) {
    const drop = BigInt((13 - prec) * 4);
    const whole = (lead << 52n) | frac;
    let kept = whole >> drop;
    const rem = whole & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    if (rem > half || (rem === half && (kept & 1n) === 1n)) kept += 1n;
    lead = kept >> BigInt(prec * 4);
    frac = kept & ((1n << BigInt(prec * 4)) - 1n);
    ndig = prec;
  }
  let digits = ndig > 0 ? frac.toString(16).padStart(ndig, '0') : '';
  if (prec === undefined) digits = digits.replace(/0+$/, '');
  else if (prec > 13) digits = digits.padEnd(prec, '0');
  const point = digits.length > 0 || alt ? '.' : '';
  const e = exp < 0 ? '-' + -exp : '+' + exp;
  return fixCase('0x' + lead.toString(16) + point + digits + 'p' + e, upper);
}

function fixCase(s: string, upper: boolean): string {
  return upper ? s.toUpperCase() : s;
}

/** Whether finite x is exactly zero after rounding nothing (helper for sign display). */
export function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}
