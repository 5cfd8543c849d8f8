/**
 * printf(1) formatting as GNU coreutils does it: C conversions, backslash
 * escapes, the format reused until the arguments are consumed. Shared by
 * printf, seq, awk's printf/sprintf (which pass their own value coercion).
 */
import { byteStr } from './bytes.ts';

export interface PrintfResult { out: string; errors: string[]; stop: boolean; /** output length when each error arose */ errorAt: number[] }

/**
 * A string whose chars are the UTF-8 bytes of s (printf works on bytes, like
 * C); a raw byte that came through argv escaped (lib/bytes.ts) is itself.
 */
export function toByteStr(s: string): string {
  return byteStr(s);
}

/** Bytes of a byte string. */
export function fromByteStr(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 255;
  return b;
}

/** Expand backslash escapes of printf's format (and %b when `bMode`). `stop` when \c seen. */
export function escapes(s: string, bMode = false): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) { out += c; continue; }
    const n = s[++i]!;
    const simple: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v', '"': '"', e: '\x1b' };
    if (n in simple) { out += simple[n]; continue; }
    if (n === 'c') return { text: out, stop: true };
    if (n >= '0' && n <= '7') {
      const max = bMode && n === '0' ? 4 : 3;
      let j = i; let v = 0;
      while (j < s.length && j - i < max && s[j]! >= '0' && s[j]! <= '7') v = v * 8 + Number(s[j++]);
      out += String.fromCharCode(v & 255); i = j - 1; continue;
    }
    if (n === 'x' && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 16)); i += m.length; continue;
    }
    if ((n === 'u' || n === 'U') && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      const m = new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(s.slice(i + 1))![0];
      out += toByteStr(String.fromCodePoint(parseInt(m, 16))); i += m.length; continue;
    }
    if (n === '\'' && !bMode) { out += '\\\''; continue; }
    out += '\\' + n;
  }
  return { text: out, stop: false };
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  if (left) return s + ' '.repeat(width - s.length);
  if (zero) {
    const m = /^([+\- ]|0[xX])?/.exec(s)![0];
    return m + '0'.repeat(width - s.length) + s.slice(m.length);
  }
  return ' '.repeat(width - s.length) + s;
}

/** Exact decimal rounding (half-even on the binary value), like glibc's printf %.Nf. */
export function toFixedExact(x: number, prec: number): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x.toFixed(prec);
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const bits = buf.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (exp !== 0) mant |= 1n << 52n;
  const e2 = (exp === 0 ? 1 : exp) - 1075;
  // value = mant * 2^e2; scaled = value * 10^prec as a fraction num/den
  let num = mant * 10n ** BigInt(prec);
  let den = 1n;
  if (e2 >= 0) num <<= BigInt(e2); else den <<= BigInt(-e2);
  let q = num / den;
  const r = num % den;
  if (r * 2n > den || (r * 2n === den && (q & 1n) === 1n)) q += 1n;
  let digits = q.toString().padStart(prec + 1, '0');
  if (prec > 0) digits = `${digits.slice(0, -prec)}.${digits.slice(-prec)}`;
  return (x < 0 || Object.is(x, -0) ? '-' : '') + digits;
}

/** C's %e body for a finite non-negative x. */
function expForm(x: number, prec: number, upper: boolean): string {
  let s = x.toExponential(prec);
  const [mant, ex] = s.split('e') as [string, string];
  const e = Number(ex);
  s = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return upper ? s.toUpperCase() : s;
}

/** %g per C: precision P (0 -> 1), style e if exp < -4 or >= P, trailing zeros stripped unless '#'. */
function gForm(x: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) return alt ? (0).toFixed(p - 1) : '0';
  const e = Number(x.toExponential(p - 1).split('e')[1]);
  let s = e < -4 || e >= p ? expForm(x, p - 1, upper) : toFixedExact(x, Math.max(0, p - 1 - e));
  if (!alt) {
    if (s.includes('e') || s.includes('E')) s = s.replace(/\.?0+([eE])/, '$1');
    else if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  return s;
}

/** Format a float conversion (f F e E g G) per C. */
export function formatFloat(conv: string, x: number, flags: string, width: number, prec: number | undefined): string {
  const p = prec ?? 6;
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let body: string;
  if (!Number.isFinite(x)) body = Number.isNaN(x) ? 'nan' : 'inf';
  else if (conv === 'f' || conv === 'F') body = toFixedExact(ax, p);
  else if (conv === 'e' || conv === 'E') body = expForm(ax, p, conv === 'E');
  else body = gForm(ax, p, flags.includes('#'), conv === 'G');
  if (conv === 'F' || conv === 'E' || conv === 'G') body = body.toUpperCase();
  if (flags.includes('#') && !body.includes('.') && /^[0-9]+$/.test(body)) body += '.';
  const sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return pad(sign + body, width, flags.includes('-'), flags.includes('0') && Number.isFinite(x));
}

/** Format an integer conversion (d i o u x X) of a bigint. */
export function formatInt(conv: string, v: bigint, flags: string, width: number, prec: number | undefined): string {
  let neg = v < 0n;
  let a = neg ? -v : v;
  if ('ouxX'.includes(conv) && neg) { a = (1n << 64n) + v; neg = false; }
  let digits = conv === 'o' ? a.toString(8) : conv === 'x' ? a.toString(16) : conv === 'X' ? a.toString(16).toUpperCase() : a.toString();
  if (prec !== undefined) { if (prec === 0 && a === 0n) digits = ''; digits = digits.padStart(prec, '0'); }
  if (flags.includes('#')) {
    if (conv === 'o' && !digits.startsWith('0')) digits = '0' + digits;
    if (conv === 'x' && a !== 0n) digits = '0x' + digits;
    if (conv === 'X' && a !== 0n) digits = '0X' + digits;
  }
  const sign = neg ? '-' : 'di'.includes(conv) ? (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') : '';
  return pad(sign + digits, width, flags.includes('-'), flags.includes('0') && prec === undefined);
}

/** printf(1)'s numeric argument: decimal/hex/octal integers, 'c char constants. */
function parseIntArg(a: string, errors: string[]): bigint {
  const t = a.trim();
  if (/^['"]/.test(t)) return BigInt(t.codePointAt(1) ?? 0);
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(t);
  if (m) {
    const body = m[2]!;
    let v = body.startsWith('0x') || body.startsWith('0X') ? BigInt(body) : body.length > 1 && body.startsWith('0') ? BigInt('0o' + body.slice(1)) : BigInt(body);
    if (m[1] === '-') v = -v;
    return v;
  }
  const lead = /^([+-]?\d+)/.exec(t);
  errors.push(t === '' ? `'${a}': expected a numeric value` : lead ? `'${a}': value not completely converted` : `'${a}': expected a numeric value`);
  return lead ? BigInt(lead[1]!) : 0n;
}

function parseFloatArg(a: string, errors: string[]): number {
  const t = a.trim();
  if (/^['"]/.test(t)) return t.codePointAt(1) ?? 0;
  if (/^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|0[xX][0-9a-fA-F]+|inf(inity)?|nan)$/i.test(t)) return Number(t.replace(/^([+-]?)inf(inity)?$/i, '$1Infinity'));
  const lead = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(t);
  errors.push(lead ? `'${a}': value not completely converted` : `'${a}': expected a numeric value`);
  return lead ? Number(lead[0]) : 0;
}

/** %q: bash-style shell quoting. */
export function shellQuote(s: string): string {
  if (s === '') return "''";
  if (/^[A-Za-z0-9_.\/,+@%=:-]+$/.test(s)) return s;
  if (/[\x00-\x1f\x7f]/.test(s)) {
    return "$'" + s.replace(/[\\'\x00-\x1f\x7f]/g, (c) => ({ '\n': '\\n', '\t': '\\t', '\r': '\\r', '\\': '\\\\', "'": "\\'", '\x1b': '\\E' } as Record<string, string>)[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`) + "'";
  }
  return s.replace(/[^A-Za-z0-9_.\/,+@%=:-]/g, '\\$&');
}

/** GNU quotearg "shell-escape" style, as coreutils printf %q prints. */
export function gnuShellQuote(s: string): string {
  if (s === '') return "''";
  if (/^[A-Za-z0-9_.\/,+@%=:^-]+$/.test(s) && !s.startsWith('~') && !s.startsWith('#')) return s;
  let out = '';
  let inQ = false;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 32 || c === 127) {
      const esc = ({ '\n': 'n', '\t': 't', '\r': 'r', '\x07': 'a', '\b': 'b', '\f': 'f', '\v': 'v' } as Record<string, string>)[ch];
      out += `${inQ ? "'" : ''}$'\\${esc ?? c.toString(8).padStart(3, '0')}'`;
      inQ = false;
    } else if (ch === "'") { out += `${inQ ? "'" : ''}\\'`; inQ = false; }
    else { if (!inQ) { out += "'"; inQ = true; } out += ch; }
  }
  return inQ ? out + "'" : out;
}

/** printf(1): expand `fmt` over `args`, reusing it while arguments remain. */
export function printf(fmt: string, args: string[]): PrintfResult {
  const errors: string[] = [];
  const errorAt: number[] = [];
  let out = '';
  let ai = 0;
  const next = (): string | undefined => args[ai++];
  for (;;) {
    const start = ai;
    const base = out.length;
    const before = errors.length;
    const r = formatOnce(fmt, next, errors, errorAt);
    for (let i = before; i < errorAt.length; i++) errorAt[i] = errorAt[i]! + base;
    out += r.out;
    if (r.stop) return { out, errors, stop: true, errorAt };
    if (ai >= args.length || ai === start) break;
  }
  return { out, errors, stop: false, errorAt };
}

function formatOnce(fmt: string, next: () => string | undefined, errors: string[], errorAt: number[]): { out: string; stop: boolean } {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === '\\') {
      const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|.)/s.exec(fmt.slice(i))!;
      const e = escapes(m[0]);
      if (e.stop) return { out, stop: true };
      out += e.text; i += m[0].length; continue;
    }
    if (c !== '%') { out += c; i++; continue; }
    const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([hlLqjzt]*)([diouxXfFeEgGaAcsbq%])/.exec(fmt.slice(i));
    if (!m) {
      const bad = fmt[i + 1 + (/^[-+ #0]*\d*(\.\d*)?/.exec(fmt.slice(i + 1))![0].length)];
      errors.push(bad === undefined ? `%${fmt.slice(i + 1)}: invalid conversion specification` : `%${fmt.slice(i + 1, i + 2 + (/^[-+ #0]*\d*(\.\d*)?/.exec(fmt.slice(i + 1))![0].length))}: invalid conversion specification`);
      errorAt.push(out.length);
      return { out, stop: true };
    }
    i += m[0].length;
    const conv = m[5]!;
    if (conv === '%') { out += '%'; continue; }
    let flags = m[1]!;
    let width = 0;
    if (m[2] === '*') { width = Number(parseIntArg(next() ?? '0', errors)); if (width < 0) { flags += '-'; width = -width; } }
    else if (m[2] !== undefined) width = Number(m[2]);
    let prec: number | undefined;
    if (m[3] === '*') { const p = Number(parseIntArg(next() ?? '0', errors)); prec = p < 0 ? undefined : p; }
    else if (m[3] !== undefined) prec = Number(m[3] === '' ? 0 : m[3]);
    const arg = next();
    const nErr = errors.length;
    const piece = convert(conv, arg, flags, width, prec, errors);
    while (errorAt.length < errors.length) errorAt.push(out.length);
    void nErr;
    out += piece;
    if (conv === 'b' && (arg ?? '').length > 0 && escapes(arg ?? '', true).stop) return { out, stop: true };
  }
  return { out, stop: false };
}

function convert(conv: string, arg: string | undefined, flags: string, width: number, prec: number | undefined, errors: string[]): string {
  const left = flags.includes('-');
  switch (conv) {
    case 's': { let s = arg ?? ''; if (prec !== undefined) s = s.slice(0, prec); return pad(s, width, left, false); }
    case 'b': { let s = escapes(arg ?? '', true).text; if (prec !== undefined) s = s.slice(0, prec); return pad(s, width, left, false); }
    case 'q': return pad(gnuShellQuote(arg ?? ''), width, left, false);
    case 'c': return pad((arg ?? '').slice(0, 1), width, left, false);
    case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
      return formatInt(conv, arg === undefined ? 0n : parseIntArg(arg, errors), flags, width, prec);
    default:
      return formatFloat(conv === 'a' || conv === 'A' ? 'g' : conv, arg === undefined ? 0 : parseFloatArg(arg, errors), flags, width, prec);
  }
}
