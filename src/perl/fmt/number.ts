// perl 5.36's numeric model and string<->number conversions (perldata "Scalar value
// constructors", perlop "Auto-increment", sv.c grok_number / sv_2pv).
//
// The model. A PerlNum is either
//   - a JS number: an NV (double). Integer-valued numbers below 1e15 in magnitude print
//     the same whether perl holds them as IV or NV, so the VM may keep small IVs as numbers;
//   - a JS bigint: an IV or UV (-2^63 ≤ v < 2^64) that perl holds as an integer. Integer
//     results of 1e15 or more in magnitude MUST be bigints ("1000000000000000" prints in
//     full as an IV, as "1e+15" as an NV). `fromInt` applies this rule.
// Perl caches a number's integer form on the scalar ("IV-pleasing": `$x = 1e15; $x + 0`
// makes `$x` print as 1000000000000000 afterwards); that side effect is the VM's to model.

import { nvToStr } from './float-text.ts';

export { nvToStr };

export type PerlNum = number | bigint;

export const IV_MIN = -(2n ** 63n);
export const IV_MAX = 2n ** 63n - 1n;
export const UV_MAX = 2n ** 64n - 1n;
const TWO53 = 2 ** 53;

/** Normalises an integer result: undefined when outside IV/UV range, else number or bigint per the model. */
export function fromInt(b: bigint): PerlNum | undefined {
  if (b < IV_MIN || b > UV_MAX) return undefined;
  if (b > -1000000000000000n && b < 1000000000000000n) return Number(b);
  return b;
}

/** The integer perl would use for n in integer-preserving ops (IV/UV, or an integral NV below 2^53), else undefined. */
export function intOperand(n: PerlNum): bigint | undefined {
  if (typeof n === 'bigint') return n;
  if (Number.isInteger(n) && Math.abs(n) < TWO53) return BigInt(n);
  return undefined;
}

/** The NV value of n ((NV) cast of an IV/UV rounds to nearest). */
export function toNV(n: PerlNum): number {
  return typeof n === 'bigint' ? Number(n) : n;
}

/** perl's stringification of a number ("Inf", "NaN", %.15g for NVs, decimal for IV/UV). */
export function numToStr(n: PerlNum): string {
  return typeof n === 'bigint' ? n.toString() : nvToStr(n);
}

/** Whether a JS code unit is perl's isSPACE (space, \t \n \v \f \r). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export interface ParsedNumber {
  value: PerlNum;
  /** true when the whole string is a number (Scalar::Util::looks_like_number); false means perl warns "isn't numeric". */
  numeric: boolean;
}

const INFNAN = /^(inf(inity)?|nan)/i;

/** Scans the numeric prefix of s from i (after the sign); returns its end and whether it was integer-only. */
function scanDecimal(s: string, i: number): { end: number; isInt: boolean; any: boolean } {
  const start = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  let any = i > start;
  let isInt = true;
  if (s.charCodeAt(i) === 46) {
    const f = i + 1;
    let j = f;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    if (any || j > f) {
      any = true;
      isInt = false;
      i = j;
    }
  }
  if (any && (s.charCodeAt(i) | 32) === 101) {
    let j = i + 1;
    if (s[j] === '+' || s[j] === '-') j++;
    const d = j;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    if (j > d) {
      isInt = false;
      i = j;
    }
  }
  return { end: i, isInt, any };
}

/** perl's numification of a string (grok_number + Atof): leading/trailing space, sign, Inf/NaN, IV when integral and in range. */
export function parseNumber(s: string): ParsedNumber {
  if (s === '0 but true') return { value: 0, numeric: true };
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  const m = INFNAN.exec(s.slice(i));
  if (m) {
    const isNan = m[0].length === 3 && (m[0][0] === 'n' || m[0][0] === 'N');
    const value = isNan ? NaN : neg ? -Infinity : Infinity;
    return { value, numeric: restIsSpace(s, i + m[0].length) };
  }
  const sc = scanDecimal(s, i);
  if (!sc.any) {
    return { value: 0, numeric: false };
  }
  const text = s.slice(i, sc.end);
  let value: PerlNum;
  if (sc.isInt) {
    const b = neg ? -BigInt(text) : BigInt(text);
    const v = fromInt(b);
    value = v === undefined ? Number((neg ? '-' : '') + text) : v;
    if (neg && b === 0n) value = 0;
  } else {
    value = Number((neg ? '-' : '') + text);
  }
  return { value, numeric: restIsSpace(s, sc.end) };
}

function restIsSpace(s: string, i: number): boolean {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === s.length;
}

/** Whether s looks like a number (Scalar::Util::looks_like_number on a string). */
export function looksLikeNumber(s: string): boolean {
  return parseNumber(s).numeric;
}

/**
 * The text perl quotes in `Argument "…" isn't numeric` (sv.c not_a_number): controls as ^X,
 * \n \r \f \\ \0 escaped, C1 bytes as M-^X, truncated with "..." near 56 characters.
 * Characters above 0xFF are shown as \x{…} (perl's UTF-8 display).
 */
export function notNumericDisplay(s: string): string {
  let out = '';
  let i = 0;
  for (; i < s.length && out.length < 56; i++) {
    let ch = s.charCodeAt(i);
    if (ch > 0xff) {
      out += '\\x{' + ch.toString(16) + '}';
      continue;
    }
    if (ch >= 0x80 && ch < 0xa0) {
      out += 'M-';
      ch &= 127;
    }
    if (ch === 10) out += '\\n';
    else if (ch === 13) out += '\\r';
    else if (ch === 12) out += '\\f';
    else if (ch === 92) out += '\\\\';
    else if (ch === 0) out += '\\0';
    else if (ch >= 32 && ch !== 127) out += String.fromCharCode(ch);
    else out += '^' + String.fromCharCode(ch ^ 64);
  }
  if (i < s.length) out += '...';
  return out;
}

/**
 * perl's magic string increment (perlop "Auto-increment and Auto-decrement"): for a
 * non-empty string matching /^[a-zA-Z]*[0-9]*\z/ returns the incremented string
 * ("az" → "ba", "Zz" → "AAa", "a9" → "b0"); otherwise undefined and the VM adds 1
 * numerically (the empty string becomes 1).
 */
export function incrementString(s: string): string | undefined {
  if (!/^[a-zA-Z]*[0-9]*$/.test(s) || s === '') return undefined;
  const chars = s.split('');
  let i = chars.length - 1;
  for (; i >= 0; i--) {
    const c = chars[i];
    if (c === 'z') chars[i] = 'a';
    else if (c === 'Z') chars[i] = 'A';
    else if (c === '9') chars[i] = '0';
    else {
      chars[i] = String.fromCharCode(c.charCodeAt(0) + 1);
      return chars.join('');
    }
  }
  const first = s[0];
  const lead = first === 'z' || (first >= 'a' && first <= 'y') ? 'a' : first >= 'A' && first <= 'Z' ? 'A' : '1';
  return lead + chars.join('');
}
