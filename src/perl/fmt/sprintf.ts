// perl 5.36's sprintf (perlfunc "sprintf"; sv.c sv_vcatpvfn_flags).
// Format: %[index$][flags][vector][width][.precision][size]conversion.

import { notNumericDisplay, numToStr, parseNumber, type PerlNum } from './number.ts';
import { expText, fixedText, generalText } from './float-text.ts';
import { castSize, hexFloatText, isNegative, toIV, toUV } from './sprintf-num.ts';
import { charLength, charSlice, chars, hasSurrogate } from '../astral.ts';

/** A sprintf argument: a string, a number (see number.ts), or undefined for undef. */
/** An argument: a string, a number, or a dualvar ($!) whose string %s shows and whose number %d shows. */
/** `vec`: the characters %vd formats when they are not the string's (a version object's parts). */
export type SprintfArg = string | PerlNum | undefined | { s: string; n: PerlNum; vec?: string };

export interface SprintfResult {
  result: string;
  /** perl's warning texts in order, without " at FILE line N.\n". */
  warnings: string[];
  /** Set when perl dies (e.g. "Cannot printf Inf with 'c'"); result is then meaningless. */
  die?: string;
}

interface Spec {
  flags: string;
  width?: number;
  prec?: number;
  size: string;
  conv: string;
  vector: boolean;
  join: string;
}

interface State {
  fmt: string;
  args: readonly SprintfArg[];
  next: number;
  explicit: boolean;
  warnings: string[];
  argName?: (index: number) => string | undefined;
}

const MAX_FIELD = 1 << 24;
const INT_CONV = 'diuoxXbBDUO';
const ALL_CONV = 'csdiuoxXbBeEfFgGaADUOn%';

/** Fetches argument index (0-based) or the next implicit one; warns when it is missing. */
function fetch(st: State, explicit?: number): { arg: SprintfArg; index: number; missing: boolean } {
  const index = explicit !== undefined ? explicit - 1 : st.next++;
  if (index >= st.args.length) {
    st.warnings.push('Missing argument in sprintf');
    return { arg: '', index, missing: true };
  }
  return { arg: st.args[index], index, missing: false };
}

function uninit(st: State, index: number): void {
  const name = st.argName?.(index);
  st.warnings.push(`Use of uninitialized value${name ? ' ' + name : ''} in sprintf`);
}

/** The argument as a string (%s, %v). */
function argString(st: State, f: { arg: SprintfArg; index: number; missing: boolean }): string {
  if (f.arg === undefined) {
    uninit(st, f.index);
    return '';
  }
  return typeof f.arg === 'string' ? f.arg : typeof f.arg === 'object' ? f.arg.s : numToStr(f.arg);
}

/** The argument as a number, with perl's "isn't numeric" warning. */
function argNumber(st: State, f: { arg: SprintfArg; index: number; missing: boolean }): PerlNum {
  if (f.arg === undefined) {
    uninit(st, f.index);
    return 0;
  }
  if (typeof f.arg === 'object') return f.arg.n;
  if (typeof f.arg !== 'string') return f.arg;
  if (f.missing) return 0;
  const p = parseNumber(f.arg);
  if (!p.numeric) st.warnings.push(`Argument "${notNumericDisplay(f.arg)}" isn't numeric in sprintf`);
  return p.value;
}

/** Reads "N$" at i; returns the index and the position after '$', or undefined. */
function readIndex(fmt: string, i: number): { n: number; end: number } | undefined {
  const m = /^(\d+)\$/.exec(fmt.slice(i, i + 12));
  return m ? { n: Number(m[1]), end: i + m[0].length } : undefined;
}

/** Parses one directive starting after '%' at i; returns the spec or an invalid marker with the end. */
function parseSpec(st: State, i: number): { spec?: Spec; end: number } {
  const fmt = st.fmt;
  const spec: Spec = { flags: '', size: '', conv: '', vector: false, join: '.' };
  let valueIndex: number | undefined;
  const idx = readIndex(fmt, i);
  if (idx) {
    if (idx.n === 0) return { end: idx.end };
    valueIndex = idx.n;
    st.explicit = true;
    i = idx.end;
  } else if (/^\d+\$/.test(fmt.slice(i)) || fmt[i] === '$') {
    return { end: i + 1 };
  }
  while (i < fmt.length && '-+ #0'.includes(fmt[i])) spec.flags += fmt[i++];
  // vector flag: "v", "*v" or "*N$v" (the join string comes from an argument)
  let joinFrom: number | undefined | 'next';
  if (fmt[i] === 'v') {
    spec.vector = true;
    i++;
  } else if (fmt[i] === '*') {
    const jx = readIndex(fmt, i + 1);
    const after = jx ? jx.end : i + 1;
    if (fmt[after] === 'v') {
      spec.vector = true;
      joinFrom = jx ? jx.n : 'next';
      if (jx) st.explicit = true;
      i = after + 1;
    }
  }
  if (joinFrom !== undefined) spec.join = argString(st, fetch(st, joinFrom === 'next' ? undefined : joinFrom));
  const w = readCount(st, i, spec, 'width');
  if (w === undefined) return { end: i + 1 };
  i = w;
  if (fmt[i] === '.') {
    const p = readCount(st, i + 1, spec, 'prec');
    if (p === undefined) return { end: i + 2 };
    i = p;
  }
  const size = /^(hh|h|ll|l|q|L|V|z|t|j)/.exec(fmt.slice(i));
  if (size) {
    spec.size = size[0] === 'hh' || size[0] === 'h' ? size[0] : 'l';
    i += size[0].length;
  }
  if (i >= fmt.length) return { end: i };
  spec.conv = fmt[i];
  if (!ALL_CONV.includes(spec.conv) || (spec.vector && !INT_CONV.includes(spec.conv))) return { end: i + 1 };
  (spec as Spec & { valueIndex?: number }).valueIndex = valueIndex;
  return { spec, end: i + 1 };
}

/** Reads a width or precision (digits, "*" or "*N$") into spec; returns the new position. */
function readCount(st: State, i: number, spec: Spec, which: 'width' | 'prec'): number | undefined {
  const fmt = st.fmt;
  if (fmt[i] === '*') {
    const jx = readIndex(fmt, i + 1);
    if (jx) st.explicit = true;
    if (jx && jx.n === 0) return undefined;
    const n = argNumber(st, fetch(st, jx?.n));
    const v = Number(toIV(n));
    if (which === 'width') {
      if (v < 0) spec.flags += '-';
      spec.width = Math.abs(v);
    } else if (v >= 0) {
      spec.prec = v;
    }
    return jx ? jx.end : i + 1;
  }
  const m = /^\d+/.exec(fmt.slice(i));
  if (which === 'prec') {
    spec.prec = m ? Number(m[0]) : 0;
  } else if (m) {
    spec.width = Number(m[0]);
  }
  return m ? i + m[0].length : i;
}

/** Pads body to spec.width; zero padding goes after the sign/prefix of length `keep`. */
function pad(body: string, spec: Spec, zeroOk: boolean, keep = 0): string {
  const w = spec.width ?? 0;
  if (body.length >= w && (w === 0 || !hasSurrogate(body))) return body;
  // The width counts characters; one above U+FFFF is two code units.
  const n = charLength(body);
  if (n >= w) return body;
  if (spec.flags.includes('-')) return body + ' '.repeat(w - n);
  if (zeroOk && spec.flags.includes('0')) return body.slice(0, keep) + '0'.repeat(w - n) + body.slice(keep);
  return ' '.repeat(w - n) + body;
}

function signFor(neg: boolean, flags: string): string {
  return neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

function infNan(x: number, spec: Spec): string {
  const t = x !== x ? 'NaN' : (x < 0 ? '-' : spec.flags.includes('+') ? '+' : '') + 'Inf';
  return pad(t, spec, false);
}

const baseOf = (conv: string): number => (conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : conv === 'b' || conv === 'B' ? 2 : 10);

/** Formats one integer value (already cast) for d i u o x X b B. */
function formatInt(v: bigint, spec: Spec, conv: string): string {
  const neg = (conv === 'd' || conv === 'i') && v < 0n;
  const mag = neg ? -v : v;
  return intText(neg, mag.toString(baseOf(conv)), mag === 0n, spec, conv);
}

/** formatInt for a safe integer that needs no cast (any sign for d/i, non-negative otherwise). */
function formatSmallInt(t: number, spec: Spec, conv: string): string {
  const neg = t < 0;
  const mag = neg ? -t : t;
  return intText(neg, mag.toString(baseOf(conv)), mag === 0, spec, conv);
}

function intText(neg: boolean, digits: string, zero: boolean, spec: Spec, conv: string): string {
  const signed = conv === 'd' || conv === 'i';
  if (conv === 'X') digits = digits.toUpperCase();
  if (spec.prec !== undefined) digits = spec.prec === 0 && zero ? '' : digits.padStart(spec.prec, '0');
  let prefix = signed ? signFor(neg, spec.flags) : '';
  if (spec.flags.includes('#')) {
    if (conv === 'o' && !digits.startsWith('0')) digits = '0' + digits;
    else if (!zero && 'xXbB'.includes(conv)) prefix = '0' + conv;
  }
  return pad(prefix + digits, spec, spec.prec === undefined, prefix.length);
}

function formatFloat(x: number, spec: Spec): string {
  if (!Number.isFinite(x)) return infNan(x, spec);
  const c = spec.conv;
  const alt = spec.flags.includes('#');
  const upper = c === 'E' || c === 'G' || c === 'A';
  const a = Math.abs(x);
  let body: string;
  if (c === 'f' || c === 'F') body = fixedText(a, spec.prec ?? 6, alt);
  else if (c === 'e' || c === 'E') body = expText(a, spec.prec ?? 6, upper, alt);
  else if (c === 'g' || c === 'G') body = generalText(a, spec.prec ?? 6, upper, alt);
  else body = hexFloatText(a, spec.prec, upper, alt);
  const sign = signFor(isNegative(x), spec.flags);
  const keep = sign.length + (c === 'a' || c === 'A' ? 2 : 0);
  return pad(sign + body, spec, true, keep);
}

/** Formats one directive with its argument(s); returns undefined text with a die message when perl dies. */
function formatOne(st: State, spec: Spec & { valueIndex?: number }): { text: string; die?: string } {
  const c = spec.conv;
  if (c === '%') return { text: pad('%', spec, true) };
  if (c === 'n') return { text: '', die: 'Missing argument for %n in sprintf' };
  const f = fetch(st, spec.valueIndex);
  if (c === 's') {
    let s = argString(st, f);
    if (spec.prec !== undefined) s = charSlice(s, 0, spec.prec);
    return { text: pad(s, spec, true) };
  }
  if (spec.vector) {
    const s = typeof f.arg === 'object' && f.arg.vec !== undefined ? f.arg.vec : argString(st, f);
    const conv = c === 'i' ? 'd' : c === 'D' ? 'd' : c === 'U' ? 'u' : c === 'O' ? 'o' : c;
    const rest = { ...spec, width: undefined, flags: spec.flags.replace(/[+ ]/g, '') };
    const cs = chars(s);
    const parts = cs.map((ch, k) => formatInt(BigInt(ch.codePointAt(0)!), k === 0 ? { ...spec, width: undefined } : rest, conv));
    return { text: pad(parts.join(spec.join), spec, false) };
  }
  const n = argNumber(st, f);
  if (typeof n === 'number' && !Number.isFinite(n)) {
    if (c === 'c') return { text: '', die: `Cannot printf ${numToStr(n)} with 'c'` };
    return { text: infNan(n, spec) };
  }
  if (c === 'c') return formatChar(n, spec);
  if ('eEfFgGaA'.includes(c)) return { text: formatFloat(typeof n === 'bigint' ? Number(n) : n, spec) };
  const conv = c === 'D' ? 'd' : c === 'U' ? 'u' : c === 'O' ? 'o' : c === 'i' ? 'd' : c;
  const size = c === 'D' || c === 'U' || c === 'O' ? 'l' : spec.size;
  if (typeof n === 'number' && size !== 'h' && size !== 'hh') {
    // Doubles within 2^53 truncate to themselves; only negatives need the unsigned wrap.
    const t = Math.trunc(n);
    if (t <= Number.MAX_SAFE_INTEGER && t >= -Number.MAX_SAFE_INTEGER && (t >= 0 || conv === 'd')) return { text: formatSmallInt(t === 0 ? 0 : t, spec, conv) };
  }
  const v = conv === 'd' ? castSize(toIV(n), size, true) : castSize(toUV(n), size, false);
  return { text: formatInt(v, spec, conv) };
}

function formatChar(n: PerlNum, spec: Spec): { text: string; die?: string } {
  const iv = toIV(n);
  if (iv < 0n) {
    const hex = BigInt.asUintN(64, iv).toString(16).toUpperCase();
    return { text: '', die: `Use of code point 0x${hex} is not allowed; the permissible max is 0x7FFFFFFFFFFFFFFF` };
  }
  const cp = Number(iv);
  const ch = cp <= 0xffff ? String.fromCharCode(cp) : cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
  // perl pads a character above 255 by the bytes of its UTF-8 form, not as one character.
  const bytes = cp < 0x100 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  if (bytes > 1 && spec.width !== undefined) return { text: pad(ch, { ...spec, width: Math.max(0, spec.width - bytes + 1) }, true) };
  return { text: pad(ch, spec, true) };
}

/**
 * sprintf(fmt, args): perl's formatted text, its warnings and, when perl would die, the
 * message. argName(i) may name argument i for "Use of uninitialized value $x in sprintf".
 */
export function sprintf(fmt: string, args: readonly SprintfArg[], argName?: (index: number) => string | undefined): SprintfResult {
  const st: State = { fmt, args, next: 0, explicit: false, warnings: [], argName };
  const simple = simpleFormat(fmt);
  if (simple !== null) {
    let out = simple.lits[0]!;
    for (let k = 0; k < simple.specs.length; k++) {
      const spec = simple.specs[k]!;
      let text = quickOne(st, spec);
      if (text === undefined) {
        const r = formatOne(st, spec);
        if (r.die !== undefined) return { result: out, warnings: st.warnings, die: r.die };
        text = r.text;
      }
      out += text + simple.lits[k + 1]!;
    }
    if (!st.explicit && st.next < args.length) st.warnings.push('Redundant argument in sprintf');
    return { result: out, warnings: st.warnings };
  }
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    if (pct + 1 >= fmt.length) {
      st.warnings.push('Invalid conversion in sprintf: end of string');
      out += '%';
      break;
    }
    const { spec, end } = parseSpec(st, pct + 1);
    if (!spec) {
      const text = fmt.slice(pct, end);
      st.warnings.push(`Invalid conversion in sprintf: "${text}"`);
      st.explicit = true; // perl skips the redundant-argument check after an invalid conversion
      out += text;
      i = end;
      continue;
    }
    const big = Math.max(spec.width ?? 0, spec.prec ?? 0);
    if (big > Number.MAX_SAFE_INTEGER) return { result: out, warnings: st.warnings, die: 'Integer overflow in format string for sprintf' };
    // A sandbox limit, not perl's: fields this wide would exhaust the page's memory.
    if (big > MAX_FIELD) return { result: out, warnings: st.warnings, die: 'Out of memory!' };
    const r = formatOne(st, spec);
    if (r.die !== undefined) return { result: out, warnings: st.warnings, die: r.die };
    out += r.text;
    i = end;
  }
  if (!st.explicit && st.next < args.length) st.warnings.push('Redundant argument in sprintf');
  return { result: out, warnings: st.warnings };
}

/**
 * %d/%i of a present integral number and %s of a present string, the usual
 * cases, as formatOne would format them; undefined for anything else.
 */
function quickOne(st: State, spec: Spec): string | undefined {
  const c = spec.conv;
  if (st.next >= st.args.length) return undefined;
  const a = st.args[st.next];
  if (c === 's') {
    if (typeof a !== 'string') return undefined;
    st.next++;
    return pad(spec.prec !== undefined ? charSlice(a, 0, spec.prec) : a, spec, true);
  }
  if ((c !== 'd' && c !== 'i') || typeof a !== 'number' || spec.size === 'h' || spec.size === 'hh') return undefined;
  const t = Math.trunc(a);
  if (!(t <= Number.MAX_SAFE_INTEGER && t >= -Number.MAX_SAFE_INTEGER)) return undefined;
  st.next++;
  return quickInt(t, spec);
}

/** formatSmallInt(t, spec, 'd') written out: sign, precision digits, then the field. */
function quickInt(t: number, spec: Spec): string {
  const neg = t < 0;
  let digits = '' + (neg ? -t : t);
  if (spec.prec !== undefined) digits = spec.prec === 0 && t === 0 ? '' : digits.padStart(spec.prec, '0');
  const f = spec.flags;
  // "%05d" of a non-negative number: zeros, then the digits.
  if (f === '0' && !neg && spec.prec === undefined) return digits.padStart(spec.width ?? 0, '0');
  const sign = neg ? '-' : f === '' ? '' : f.includes('+') ? '+' : f.includes(' ') ? ' ' : '';
  const w = spec.width ?? 0;
  const len = sign.length + digits.length;
  if (len >= w) return sign + digits;
  if (f !== '' && f.includes('-')) return sign + digits + ' '.repeat(w - len);
  if (spec.prec === undefined && f !== '' && f.includes('0')) return sign + '0'.repeat(w - len) + digits;
  return ' '.repeat(w - len) + sign + digits;
}

/**
 * sprintf(fmt, arg) when fmt has one directive, %d/%i of an integral number
 * or %s of a string, where perl has nothing to warn about; undefined for
 * anything else (then call sprintf).
 */
export function sprintfOne(fmt: string, arg: string | number): string | undefined {
  const simple = simpleFormat(fmt);
  if (simple === null || simple.specs.length !== 1) return undefined;
  const spec = simple.specs[0]!;
  const c = spec.conv;
  let text: string;
  if (c === 's') {
    if (typeof arg !== 'string') return undefined;
    text = pad(spec.prec !== undefined ? charSlice(arg, 0, spec.prec) : arg, spec, true);
  } else {
    if ((c !== 'd' && c !== 'i') || typeof arg !== 'number' || spec.size === 'h' || spec.size === 'hh') return undefined;
    const t = Math.trunc(arg);
    if (!(t <= Number.MAX_SAFE_INTEGER && t >= -Number.MAX_SAFE_INTEGER)) return undefined;
    text = quickInt(t, spec);
  }
  return simple.lits[0]! + text + simple.lits[1]!;
}

/** A format whose directives read no arguments while parsing: literal texts around parsed specs. */
interface SimpleFormat { lits: string[]; specs: Spec[] }

const SIMPLE = new Map<string, SimpleFormat | null>();
const SIMPLE_MAX = 256;

/**
 * The parsed form of `fmt` when parsing it has no effect of its own (no `*`
 * or vector argument, no explicit index, nothing invalid or oversized), so
 * the parse can be kept; null otherwise. Formats are mostly constants, so
 * the parse is cached.
 */
let lastFmt: string | null = null;
let lastSimple: SimpleFormat | null = null;

function simpleFormat(fmt: string): SimpleFormat | null {
  if (fmt === lastFmt) return lastSimple;
  lastSimple = simpleFormatOf(fmt);
  lastFmt = fmt;
  return lastSimple;
}

function simpleFormatOf(fmt: string): SimpleFormat | null {
  const hit = SIMPLE.get(fmt);
  if (hit !== undefined) return hit;
  const parsed = parseSimple(fmt);
  if (SIMPLE.size >= SIMPLE_MAX) SIMPLE.clear();
  SIMPLE.set(fmt, parsed);
  return parsed;
}

function parseSimple(fmt: string): SimpleFormat | null {
  const st: State = { fmt, args: [], next: 0, explicit: false, warnings: [] };
  const lits: string[] = [];
  const specs: Spec[] = [];
  let lit = '';
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { lit += fmt.slice(i); break; }
    lit += fmt.slice(i, pct);
    if (pct + 1 >= fmt.length) return null;
    const { spec, end } = parseSpec(st, pct + 1);
    if (!spec || spec.vector || spec.conv === 'n' || st.next !== 0 || st.explicit || st.warnings.length) return null;
    if (Math.max(spec.width ?? 0, spec.prec ?? 0) > MAX_FIELD) return null;
    lits.push(lit);
    specs.push(spec);
    lit = '';
    i = end;
  }
  lits.push(lit);
  return { lits, specs };
}
