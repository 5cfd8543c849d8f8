// Exact decimal text of IEEE doubles, rounded the way glibc's printf rounds: on the exact
// binary value, ties to even (C11 7.21.6.1, glibc under FE_TONEAREST).

/** The exact decimal expansion of a finite |x|: value = 0.DIGITS × 10^point, no leading zeros ("" for 0). */
export interface Decimal {
  digits: string;
  point: number;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Splits a finite double into |x| = mant × 2^exp with an integer mant. */
function decompose(x: number): { mant: bigint; exp: number } {
  F64[0] = x;
  const hi = U32[LITTLE ? 1 : 0], lo = U32[LITTLE ? 0 : 1];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return { mant, exp: -1074 };
  mant |= 1n << 52n;
  return { mant, exp: bexp - 1075 };
}

/** Exact decimal expansion of |x| (x finite). */
export function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', point: 0 };
  const { mant, exp } = decompose(x);
  let digits: string;
  let point: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    point = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    point = digits.length + exp;
  }
  digits = digits.replace(/0+$/, '');
  return { digits, point };
}

/**
 * Rounds d to keep `keep` digits (keep may be ≤ 0), ties to even.
 * Returns a new Decimal whose digits has exactly max(keep,0) chars, or one more position
 * (point+1) when rounding carried out ("999" → "100").
 */
export function roundDecimal(d: Decimal, keep: number): Decimal {
  if (keep < 0) return { digits: '', point: d.point };
  const ds = d.digits;
  if (ds.length <= keep) return { digits: ds.padEnd(keep, '0'), point: d.point };
  const head = ds.slice(0, keep);
  const next = ds.charCodeAt(keep) - 48;
  const restNonZero = /[1-9]/.test(ds.slice(keep + 1));
  const lastOdd = keep > 0 ? (ds.charCodeAt(keep - 1) - 48) % 2 === 1 : false;
  const up = next > 5 || (next === 5 && (restNonZero || lastOdd));
  if (!up) return { digits: head, point: d.point };
  if (keep === 0) return { digits: '1', point: d.point + 1 };
  const inc = (BigInt(head) + 1n).toString();
  if (inc.length > keep) return { digits: inc.slice(0, keep), point: d.point + 1 };
  return { digits: inc.padStart(keep, '0'), point: d.point };
}

/** %.{prec}f body of |x| (x finite): digits only, no sign. alt keeps the point when prec is 0. */
export function fixedText(x: number, prec: number, alt = false): string {
  const d = exactDecimal(x);
  if (d.digits === '') return prec > 0 || alt ? '0.' + '0'.repeat(prec) : '0';
  const r = roundDecimal(d, d.point + prec);
  let all = r.digits;
  const intLen = r.point;
  let intPart: string;
  let frac: string;
  if (intLen <= 0) {
    intPart = '0';
    frac = ('0'.repeat(-intLen) + all).slice(0, prec).padEnd(prec, '0');
  } else {
    all = all.padEnd(intLen + prec, '0');
    intPart = all.slice(0, intLen);
    frac = all.slice(intLen, intLen + prec);
  }
  return prec > 0 || alt ? intPart + '.' + frac : intPart;
}

/** Significant digits and decimal exponent of |x| rounded to n digits: value ≈ D.DDD × 10^exp10. */
export function significant(x: number, n: number): { digits: string; exp10: number } {
  const d = exactDecimal(x);
  if (d.digits === '') return { digits: '0'.repeat(n), exp10: 0 };
  const r = roundDecimal(d, n);
  return { digits: r.digits, exp10: r.point - 1 };
}

function expSuffix(e: number, upper: boolean): string {
  const sign = e < 0 ? '-' : '+';
  const a = Math.abs(e);
  return (upper ? 'E' : 'e') + sign + (a < 10 ? '0' + a : String(a));
}

/** %.{prec}e body of |x| (x finite), no sign. */
export function expText(x: number, prec: number, upper = false, alt = false): string {
  const { digits, exp10 } = significant(x, prec + 1);
  const mant = prec > 0 || alt ? digits[0] + '.' + digits.slice(1) : digits;
  return mant + expSuffix(exp10, upper);
}

/** %.{prec}g body of |x| (x finite), no sign; alt (#) keeps trailing zeros. */
export function generalText(x: number, prec: number, upper = false, alt = false): string {
  const p = prec === 0 ? 1 : prec;
  const { digits, exp10 } = significant(x, p);
  if (exp10 < -4 || exp10 >= p) {
    let mant = digits.slice(1);
    if (!alt) mant = mant.replace(/0+$/, '');
    const head = mant.length > 0 || alt ? digits[0] + '.' + mant : digits[0];
    return head + expSuffix(exp10, upper);
  }
  let s: string;
  if (exp10 >= 0) {
    s = digits.slice(0, exp10 + 1) + '.' + digits.slice(exp10 + 1);
  } else {
    s = '0.' + '0'.repeat(-exp10 - 1) + digits;
  }
  if (!alt) s = s.replace(/\.?0+$/, '').replace(/\.$/, '');
  return s;
}

/** perl's default NV stringification: %.15g, with "Inf", "-Inf", "NaN", and 0 for ±0. */
export function nvToStr(x: number): string {
  if (Number.isInteger(x)) {
    if (Math.abs(x) < 1e15) return x === 0 ? '0' : '' + x;
  } else if (x !== x) {
    return 'NaN';
  }
  if (x === Infinity) return 'Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0;
  const a = Math.abs(x);
  const probe = a.toPrecision(16);
  let body: string;
  if (a < 1e-4 || probe.replace(/e.*$/, '').endsWith('5')) {
    body = generalText(a, 15);
  } else {
    body = jsPrecisionToG(a.toPrecision(15));
  }
  return neg ? '-' + body : body;
}

/** Turns JS toPrecision(15) output into %.15g form (trailing zeros dropped, 2-digit exponent). */
function jsPrecisionToG(s: string): string {
  const ei = s.indexOf('e');
  if (ei < 0) {
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  }
  let mant = s.slice(0, ei);
  if (mant.includes('.')) mant = mant.replace(/\.?0+$/, '');
  const e = Number(s.slice(ei + 1));
  return mant + expSuffix(e, false);
}
