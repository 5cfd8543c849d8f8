/** awk values: numbers, strings and "strnums" (input that looks numeric), with POSIX comparison rules. */
import { formatFloat, formatInt } from './lib/printf.ts';

/** A run-time error: awk prints it and exits 2. */
export class AwkFatal extends Error {}

/** A string from input (fields, getline, ARGV) that compares numerically when it looks like a number. */
export class StrNum { constructor(readonly s: string) {} }
export type V = number | string | StrNum | undefined;

const NUM_PREFIX = /^[ \t\n\f\r\v]*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)/;
const LOOKS_NUMERIC = /^[ \t\n\f\r\v]*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)[ \t\n\f\r\v]*$/;

export function strToNum(s: string): number {
  const m = NUM_PREFIX.exec(s);
  return m ? Number(m[0].trim()) : 0;
}

export function toNum(v: V): number {
  if (typeof v === 'number') return v;
  if (v === undefined) return 0;
  return strToNum(typeof v === 'string' ? v : v.s);
}

/** Number to string with CONVFMT/OFMT (integers print as integers). */
export function numToStr(n: number, fmt: string): string {
  if (Number.isInteger(n) && Math.abs(n) <= 2147483647) return Object.is(n, -0) ? '-0' : String(n);
  if (Number.isNaN(n)) return n < 0 ? '-nan' : 'nan';
  if (!Number.isFinite(n)) return n < 0 ? '-inf' : 'inf';
  return sprintfAwk(fmt, [n], fmt);
}

export function toStr(v: V, convfmt = '%.6g'): string {
  if (typeof v === 'number') return numToStr(v, convfmt);
  if (v === undefined) return '';
  return typeof v === 'string' ? v : v.s;
}

export function toBool(v: V): boolean {
  if (typeof v === 'number') return v !== 0;
  if (v === undefined) return false;
  if (typeof v === 'string') return v !== '';
  return LOOKS_NUMERIC.test(v.s) ? strToNum(v.s) !== 0 : v.s !== '';
}

function isNumericish(v: V): boolean {
  return typeof v === 'number' || v === undefined || (v instanceof StrNum && LOOKS_NUMERIC.test(v.s));
}

/** POSIX awk comparison: numeric when both sides are numbers/numeric strnums, else string. */
export function compare(a: V, b: V, convfmt: string): number {
  if (isNumericish(a) && isNumericish(b)) {
    const x = toNum(a), y = toNum(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toStr(a, convfmt), y = toStr(b, convfmt);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** awk's sprintf: C conversions with awk's coercions. */
export function sprintfAwk(fmt: string, args: V[], convfmt = '%.6g'): string {
  let out = '';
  let ai = 0;
  const next = (): V => args[ai++];
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%') { out += c; continue; }
    const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([hlLqjzt]*)([diouxXfFeEgGcs%])/.exec(fmt.slice(i));
    if (!m) { out += c; continue; }
    i += m[0].length - 1;
    const conv = m[5]!;
    if (conv === '%') { out += '%'; continue; }
    let flags = m[1]!;
    let width = 0;
    if (m[2] === '*') { width = Math.trunc(toNum(next())); if (width < 0) { flags += '-'; width = -width; } } else if (m[2]) width = Number(m[2]);
    let prec: number | undefined;
    if (m[3] === '*') { const p = Math.trunc(toNum(next())); prec = p < 0 ? undefined : p; } else if (m[3] !== undefined) prec = Number(m[3] || 0);
    const v = next();
    const left = flags.includes('-');
    const pad = (s: string): string => (s.length >= width ? s : left ? s + ' '.repeat(width - s.length) : ' '.repeat(width - s.length) + s);
    if (conv === 's') { let s = toStr(v, convfmt); if (prec !== undefined) s = s.slice(0, prec); out += pad(s); }
    else if (conv === 'c') {
      const s = typeof v === 'number' ? String.fromCodePoint(Math.max(0, Math.trunc(v)) & 0x1fffff) : toStr(v, convfmt).slice(0, 1);
      out += pad(s);
    } else if ('diouxX'.includes(conv)) {
      const n = toNum(v);
      if (!Number.isFinite(n)) out += pad(Number.isNaN(n) ? 'nan' : n < 0 ? '-inf' : 'inf');
      else out += formatInt(conv === 'i' ? 'd' : conv, BigInt(Math.trunc(n)), flags, width, prec);
    } else out += formatFloat(conv, toNum(v), flags, width, prec);
  }
  return out;
}
