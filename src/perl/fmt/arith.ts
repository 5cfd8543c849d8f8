// perl 5.36's arithmetic operators on the PerlNum model (see number.ts): integer-preserving
// + - * / % ** <=> int abs and unary minus, as pp.c/pp_hot.c do them (perlop "Arithmetic
// Operators", "Integer Arithmetic"). Operands are already numbers; string numification and
// its warnings are done by the caller with parseNumber.

import { fromInt, intOperand, toNV, IV_MAX, IV_MIN, UV_MAX, type PerlNum } from './number.ts';

/** A fatal error the VM must raise with `die` (text without " at FILE line N."). */
export interface PerlDie {
  die: string;
}

/** pp_add's both-NV fast path (lossless_NV_to_IV): integral NVs in IV range use integer math. */
function losslessPair(a: PerlNum, b: PerlNum): [bigint, bigint] | undefined {
  if (typeof a !== 'number' || typeof b !== 'number') return undefined;
  const ok = (v: number) => Number.isInteger(v) && v >= -(2 ** 63) && v < 2 ** 63;
  return ok(a) && ok(b) ? [BigInt(a), BigInt(b)] : undefined;
}

function intOrNV(a: PerlNum, b: PerlNum, iop: (x: bigint, y: bigint) => bigint, nop: (x: number, y: number) => number): PerlNum {
  let x = intOperand(a);
  let y = x === undefined ? undefined : intOperand(b);
  if (x === undefined && intOperand(b) === undefined) {
    const pair = losslessPair(a, b);
    if (pair) [x, y] = pair;
  }
  if (x !== undefined && y !== undefined) {
    const r = fromInt(iop(x, y));
    if (r !== undefined) return r;
  }
  return nop(toNV(a), toNV(b));
}

/** a + b (pp_add). */
export function add(a: PerlNum, b: PerlNum): PerlNum {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Math.abs(r) < 1e15) return r;
  }
  return intOrNV(a, b, (x, y) => x + y, (x, y) => x + y);
}

/** a - b (pp_subtract). */
export function subtract(a: PerlNum, b: PerlNum): PerlNum {
  return intOrNV(a, b, (x, y) => x - y, (x, y) => x - y);
}

/** a * b (pp_multiply). */
export function multiply(a: PerlNum, b: PerlNum): PerlNum {
  return intOrNV(a, b, (x, y) => x * y, (x, y) => x * y);
}

/** a / b (pp_divide): exact integer quotient only for operands beyond 2^53, else an NV. */
export function divide(a: PerlNum, b: PerlNum): PerlNum | PerlDie {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x !== undefined && y !== undefined) {
    if (y === 0n) return { die: 'Illegal division by zero' };
    const l = x < 0n ? -x : x;
    const r = y < 0n ? -y : y;
    if (l >= r && l > 2n ** 53n && l % r === 0n) {
      const q = (x < 0n) === (y < 0n) ? l / r : -(l / r);
      const v = fromInt(q);
      return v === undefined ? -Number(l / r) : v;
    }
  }
  const d = toNV(b);
  if (d === 0) return { die: 'Illegal division by zero' };
  return toNV(a) / d;
}

const UV_MAX_P1 = 2 ** 64;

/** Splits an operand for pp_modulo: |value| as UV when it fits, else as NV. */
function modOperand(n: PerlNum): { neg: boolean; uv?: bigint; nv: number } {
  const i = intOperand(n);
  if (i !== undefined) return { neg: i < 0n, uv: i < 0n ? -i : i, nv: Math.abs(toNV(n)) };
  const d = toNV(n);
  const neg = d < 0;
  const a = Math.abs(d);
  return a < UV_MAX_P1 ? { neg, uv: BigInt(Math.trunc(a)), nv: a } : { neg, nv: a };
}

/** a % b (pp_modulo): operands truncated to integers, result takes the sign of b. */
export function modulo(a: PerlNum, b: PerlNum): PerlNum | PerlDie {
  const r = modOperand(b);
  const l = r.uv === undefined ? { ...modOperand(a), uv: undefined } : modOperand(a);
  if (r.uv !== undefined && l.uv !== undefined) {
    if (r.uv === 0n) return { die: 'Illegal modulus zero' };
    let ans = l.uv % r.uv;
    if (l.neg !== r.neg && ans !== 0n) ans = r.uv - ans;
    if (!r.neg) return fromInt(ans) as PerlNum;
    return ans <= -IV_MIN ? (fromInt(-ans) as PerlNum) : -Number(ans);
  }
  let dleft = l.nv;
  let dright = r.nv;
  if (r.uv !== undefined) {
    dleft = Math.floor(dleft + 0.5);
    dright = Math.floor(dright + 0.5);
  }
  if (dright === 0) return { die: 'Illegal modulus zero' };
  let ans = dleft % dright;
  if (l.neg !== r.neg && ans) ans = dright - ans;
  return r.neg ? -ans : ans;
}

/** Index of the highest set bit + 1 as pp_pow computes it (baseuv < 2^highbit). */
function highBit(v: bigint): number {
  let hb = 64;
  let diff = 64;
  while ((diff >>= 1)) {
    hb -= diff;
    if (v >> BigInt(hb) !== 0n) hb += diff;
  }
  return hb;
}

/** a ** b (pp_pow): integer powers keep perl's NV/IV choice; non-integers use pow(3). */
export function pow(a: PerlNum, b: PerlNum): PerlNum {
  const y = intOperand(b);
  const x = y === undefined ? undefined : intOperand(a);
  if (x !== undefined && y !== undefined && y >= 0n) {
    const base = x < 0n ? -x : x;
    const negBase = x < 0n;
    const odd = (y & 1n) === 1n;
    if ((base & (base - 1n)) === 0n) {
      const m = base === 0n ? (y === 0n ? 1 : 0) : Math.pow(Number(base), Number(y));
      return negBase && odd ? -m : m;
    }
    if (Number(y) * highBit(base) <= 64) {
      const r = base ** y;
      if (!negBase || !odd) return fromInt(r) as PerlNum;
      return fromInt(-r) ?? -Number(r);
    }
  }
  return cPow(toNV(a), toNV(b));
}

/** C99 pow (Annex F.9.4.4): unlike Math.pow, pow(1, y) and pow(-1, ±Inf) are 1. */
function cPow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}

/** a <=> b (pp_ncmp): -1, 0, 1, or undefined when either side is NaN. */
export function compare(a: PerlNum, b: PerlNum): -1 | 0 | 1 | undefined {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  const l = toNV(a);
  const r = toNV(b);
  if (l !== l || r !== r) return undefined;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** int(n) (pp_int): truncation; NVs within IV/UV range become integers. */
export function int(n: PerlNum): PerlNum {
  const i = intOperand(n);
  if (i !== undefined) return fromInt(i) as PerlNum;
  const v = n as number;
  if (!Number.isFinite(v)) return v;
  if (v >= 0) return v < UV_MAX_P1 ? (fromInt(BigInt(Math.trunc(v))) as PerlNum) : Math.floor(v);
  return v > -(2 ** 63) - 0.5 ? (fromInt(BigInt(Math.trunc(v))) as PerlNum) : Math.ceil(v);
}

/** abs(n) (pp_abs). */
export function abs(n: PerlNum): PerlNum {
  const i = intOperand(n);
  if (i !== undefined) return fromInt(i < 0n ? -i : i) as PerlNum;
  return Math.abs(n as number);
}

/** -n for a number (pp_negate; string negation "-foo" is the VM's). */
export function negate(n: PerlNum): PerlNum {
  const i = intOperand(n);
  if (i !== undefined) {
    if (i > IV_MAX + 1n) return -Number(i);
    return fromInt(-i) as PerlNum;
  }
  return -(n as number);
}

/** Whether n is true in boolean context as a number (0 and -0 are false, NaN is true). */
export function numIsTrue(n: PerlNum): boolean {
  return typeof n === 'bigint' ? n !== 0n : n !== 0;
}

export { UV_MAX };
