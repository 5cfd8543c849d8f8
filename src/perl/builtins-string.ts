/**
 * Builtins on scalars and strings (perlfunc "Functions for SCALARs or
 * strings", "Numeric functions"): length substr index rindex uc lc ucfirst
 * lcfirst sprintf join reverse chr ord hex oct abs int sqrt sin cos atan2
 * exp log rand srand quotemeta chomp chop split defined ref bless.
 */
import { def, died } from './builtins.ts';
import type { Vm } from './vm.ts';
import { numToStr, perlSprintf } from './fmt-bridge.ts';
import { addrOf, isRef, reftype, type Sv, type Val } from './values.ts';
import { isList, val, valNum, valStr, type Item } from './scalar.ts';
import { assignSv } from './ops-core.ts';
import { pack } from './fmt/pack.ts';
import { unpack } from './fmt/unpack.ts';
import { gvSv } from './symbols.ts';
import { compileRe, patternOf, beginMatch, stepMatch, publishMatch } from './regex-glue.ts';

const S = (vm: Vm, x: Item | undefined): string => (x === undefined ? '' : valStr(vm, val(vm, x)));
const N = (vm: Vm, x: Item | undefined): number => (x === undefined ? 0 : valNum(vm, val(vm, x)));
const flat = (args: Item[]): Item[] => args.flatMap((a) => (isList(a) ? a : [a]));

/** sprintf over values (first is the format). */
export function sprintfValues(vm: Vm, vals: Val[]): string {
  const [fmt, ...rest] = vals;
  const args = rest.map((v) => (v === undefined || typeof v === 'number' || typeof v === 'string' ? v : typeof v === 'object' && v !== null && v.t === 'd' ? v.s : valStr(vm, v)));
  const r = perlSprintf(valStr(vm, fmt), args);
  if (vm.frame.warn) for (const w of r.warnings) vm.warn(w);
  return r.result;
}

def('length', (vm, [x]) => { const v = val(vm, x!); return v === undefined ? undefined : valStr(vm, v).length; });
def('defined', (vm, [x]) => {
  if (typeof x === 'object' && x !== null && !isList(x) && ((x as { t: string }).t === 'a' || (x as { t: string }).t === 'h')) return 1;
  return val(vm, x!) !== undefined ? 1 : '';
});
/** Case mapping: ASCII only for byte strings (perl without unicode_strings), full Unicode once wide. */
const wide = (s: string): boolean => /[^\x00-\xff]/.test(s);
const upper = (s: string): string => (wide(s) ? s.toUpperCase() : s.replace(/[a-z]+/g, (m) => m.toUpperCase()));
const lower = (s: string): string => (wide(s) ? s.toLowerCase() : s.replace(/[A-Z]+/g, (m) => m.toLowerCase()));
def('uc', (vm, [x]) => upper(S(vm, x)));
def('lc', (vm, [x]) => lower(S(vm, x)));
def('fc', (vm, [x]) => lower(S(vm, x)));
def('ucfirst', (vm, [x]) => { const s = S(vm, x); return upper(s.charAt(0)) + s.slice(1); });
def('lcfirst', (vm, [x]) => { const s = S(vm, x); return lower(s.charAt(0)) + s.slice(1); });
def('quotemeta', (vm, [x]) => S(vm, x).replace(/[^A-Za-z0-9_\u0080-\uffff]/g, '\\$&'));
def('chr', (vm, [x]) => { const n = Math.trunc(N(vm, x)); return String.fromCodePoint(n < 0 || n > 0x10ffff ? 0xfffd : n); });
def('ord', (vm, [x]) => { const s = S(vm, x); return s === '' ? 0 : s.codePointAt(0)!; });
def('abs', (vm, [x]) => Math.abs(N(vm, x)));
def('int', (vm, [x]) => { const n = N(vm, x); return Number.isFinite(n) ? Math.trunc(n) : n; });
def('sqrt', (vm, [x]) => { const n = N(vm, x); if (n < 0) return died(vm.dieMsg(`Can't take sqrt of ${numToStr(n)}`)); return Math.sqrt(n); });
def('sin', (vm, [x]) => Math.sin(N(vm, x)));
def('cos', (vm, [x]) => Math.cos(N(vm, x)));
def('exp', (vm, [x]) => Math.exp(N(vm, x)));
def('log', (vm, [x]) => { const n = N(vm, x); if (n <= 0) return died(vm.dieMsg(`Can't take log of ${numToStr(n)}`)); return Math.log(n); });
def('atan2', (vm, [a, b]) => Math.atan2(N(vm, a), N(vm, b)));
def('hex', (vm, [x]) => { const s = S(vm, x).replace(/^0[xX]/, '').replace(/_/g, ''); const m = /^[0-9a-fA-F]*/.exec(s)![0]; return m ? parseInt(m, 16) : 0; });
def('oct', (vm, [x]) => {
  const s = S(vm, x).trim().replace(/_/g, '');
  if (/^0?[xX]/.test(s)) { const m = /^0?[xX]([0-9a-fA-F]*)/.exec(s)!; return m[1] ? parseInt(m[1], 16) : 0; }
  if (/^0?[bB]/.test(s)) { const m = /^0?[bB]([01]*)/.exec(s)!; return m[1] ? parseInt(m[1], 2) : 0; }
  const m = /^(?:0?[oO])?([0-7]*)/.exec(s)!;
  return m[1] ? parseInt(m[1], 8) : 0;
});

/** A small deterministic generator (seeded by srand or getrandom). */
function nextRandom(vm: Vm): number {
  let st = vm.img.rand;
  if (!st) {
    const b = vm.sys.getrandom(8);
    st = vm.img.rand = [((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0 || 1, ((b[4]! << 24) | (b[5]! << 16) | (b[6]! << 8) | b[7]!) >>> 0 || 2];
  }
  // xorshift64*-style on two 32-bit halves
  let [a, c] = st as [number, number];
  a ^= a << 13; a >>>= 0; a ^= a >>> 17; a ^= a << 5; a >>>= 0;
  c = (c + 0x9e3779b9) >>> 0;
  st[0] = a; st[1] = c;
  return (((a ^ c) >>> 0) / 4294967296);
}
def('rand', (vm, [x]) => { const m = x === undefined ? 1 : N(vm, x) || 1; return nextRandom(vm) * m; });
def('srand', (vm, [x]) => { const seed = x === undefined ? 42 : Math.trunc(N(vm, x)); vm.img.rand = [(seed >>> 0) || 1, 0x1234567]; return seed; });

def('index', (vm, [s, t, p]) => {
  const str = S(vm, s), sub = S(vm, t);
  let pos = p === undefined ? 0 : Math.trunc(N(vm, p));
  pos = Math.max(0, Math.min(pos, str.length));
  return str.indexOf(sub, pos);
});
def('rindex', (vm, [s, t, p]) => {
  const str = S(vm, s), sub = S(vm, t);
  const pos = p === undefined ? str.length : Math.max(0, Math.trunc(N(vm, p)));
  return str.lastIndexOf(sub, pos);
});

def('substr', (vm, [x, o, l, r]) => {
  const s = S(vm, x);
  let off = Math.trunc(N(vm, o));
  if (off < 0) off += s.length;
  if (off < 0 || off > s.length) {
    if (vm.frame.warn) vm.warn('substr outside of string');
    return undefined;
  }
  let len = l === undefined || val(vm, l) === undefined ? s.length - off : Math.trunc(N(vm, l));
  if (len < 0) len = Math.max(0, s.length - off + len);
  const piece = s.slice(off, off + len);
  if (r !== undefined) {
    const target = x as Sv;
    if (typeof target === 'object' && target !== null && target.t === 's') assignSv(vm, target, s.slice(0, off) + S(vm, r) + s.slice(off + len));
  }
  return piece;
});

def('sprintf', (vm, args) => sprintfValues(vm, flat(args).map((x) => val(vm, x))));
def('join', (vm, args) => {
  const [sep, ...rest] = flat(args);
  const sp = S(vm, sep);
  return rest.map((x) => S(vm, x)).join(sp);
});
def('reverse', (vm, args, want) => {
  const items = flat(args);
  if (want === 2) return items.map((x) => val(vm, x)).reverse();
  const s = items.length ? items.map((x) => S(vm, x)).join('') : S(vm, gvSv(vm, 'main::_'));
  return [...s].reverse().join('');
});

function chompOne(vm: Vm, x: Item, chop: boolean): number {
  if (typeof x !== 'object' || x === null || isList(x)) return 0;
  const t = (x as { t: string }).t;
  if (t === 'a') return (x as { a: (Sv | undefined)[] }).a.reduce((n, e) => n + (e ? chompOne(vm, e, chop) : 0), 0);
  if (t !== 's') return 0;
  const sv = x as Sv;
  const v = val(vm, sv);
  if (v === undefined) return 0;
  const s = valStr(vm, v);
  if (chop) { if (s.length) assignSv(vm, sv, s.slice(0, -1)); return 1; }
  const sep = gvSv(vm, 'main::/').v;
  if (sep === undefined) return 0;
  const sp = valStr(vm, sep);
  if (sp === '') { const m = /\n+$/.exec(s); if (m) { assignSv(vm, sv, s.slice(0, m.index)); return m[0].length; } return 0; }
  if (s.endsWith(sp)) { assignSv(vm, sv, s.slice(0, s.length - sp.length)); return sp.length; }
  return 0;
}
def('chomp', (vm, args) => flat(args).reduce<number>((n, x) => n + chompOne(vm, x, false), 0));
def('chop', (vm, args) => { flat(args).forEach((x) => chompOne(vm, x, true)); return 1; });

def('ref', (vm, [x]) => {
  const v = val(vm, x!);
  if (!isRef(v)) return '';
  return v.to.blessed ?? reftype(v.to);
});

def('bless', (vm, [r, c]) => {
  const v = val(vm, r!);
  if (!isRef(v)) return died(vm.dieMsg("Can't bless non-reference value"));
  const cls = c === undefined ? vm.frame.pkg : S(vm, c);
  v.to.blessed = cls;
  v.to.destroyed = undefined;
  vm.img.objects.add(v.to);
  return v;
});

def('lock', (vm, [x]) => val(vm, x!));
def('pos', (_vm, [x]) => {
  const sv = x as Sv & { pos?: number };
  return typeof sv === 'object' && sv !== null && sv.t === 's' ? sv.pos : undefined;
});
def('study', () => '');

/** split /PATTERN/, EXPR, LIMIT (perlfunc split, with its special cases). */
def('split', (vm, [p, x, l], want) => {
  const str = S(vm, x);
  const limit = Math.trunc(N(vm, l));
  const pv = val(vm, p!);
  let pattern: string;
  let flags = '';
  if (typeof pv === 'object' && pv !== null && 'flags' in (pv as object)) {
    const info = pv as unknown as { flags: string; literal: string | null };
    pattern = info.literal ?? '';
    flags = info.flags;
  } else pattern = patternOf(vm, pv);
  let s = str;
  const out: Val[] = [];
  if (pattern === ' ') { s = s.replace(/^\s+/, ''); pattern = '\\s+'; }
  if (pattern === '^') pattern = '^';
  const re = compileRe(vm, pattern, pattern === '^' ? flags + 'm' : flags);
  if (typeof re === 'string') return died(vm.dieMsg(re));
  if (s === '') return want === 2 ? [] : 0;
  let start = 0;
  let searchFrom = 0;
  while (searchFrom <= s.length) {
    if (limit > 0 && out.length >= limit - 1) break;
    const st = beginMatch(re, s, searchFrom, searchFrom, -1);
    const r = stepMatch(vm, st);
    if (r !== 'match') break;
    const offs = publishMatch(vm, st);
    let [ms, me] = [offs[0]!, offs[1]!];
    if (me === ms) {
      if (ms >= s.length) break;
      if (ms === 0 && start === 0) { searchFrom = 1; const st2 = beginMatch(re, s, 1, 1, -1); if (stepMatch(vm, st2) !== 'match') break; const o2 = publishMatch(vm, st2); ms = o2[0]!; me = o2[1]!; offs.splice(0, offs.length, ...o2); if (me === ms && ms >= s.length) break; }
    }
    if (ms === 0 && me > 0 && start === 0 && out.length === 0) { out.push(''); }
    else out.push(s.slice(start, ms));
    for (let g = 1; g < offs.length / 2; g++) out.push(offs[2 * g]! < 0 ? undefined : s.slice(offs[2 * g], offs[2 * g + 1]));
    start = me;
    searchFrom = me > ms ? me : ms + 1;
  }
  out.push(s.slice(start));
  if (limit === 0) while (out.length && (out[out.length - 1] === '' || out[out.length - 1] === undefined)) out.pop();
  return want === 2 ? out : out.length;
});

def('x', (vm, [a, b]) => S(vm, a).repeat(Math.max(0, Math.trunc(N(vm, b)))));

export { addrOf };

/** vec's bit field (perlfunc vec): BITS 1..32 at OFFSET, low bits first within a byte. */
function vecBits(vm: Vm, bitsItem: Item | undefined): number | null {
  const bits = Math.trunc(N(vm, bitsItem));
  return [1, 2, 4, 8, 16, 32].includes(bits) ? bits : null;
}
def('vec', (vm, [x, o, b]) => {
  const bits = vecBits(vm, b);
  if (bits === null) return died(vm.dieMsg('Illegal number of bits in vec'));
  const s = S(vm, x);
  const off = Math.trunc(N(vm, o));
  if (off < 0) return died(vm.dieMsg('Negative offset to vec in lvalue context'));
  if (bits < 8) {
    const bit = off * bits;
    const byte = bit >> 3;
    if (byte >= s.length) return 0;
    return (s.charCodeAt(byte) >> (bit & 7)) & ((1 << bits) - 1);
  }
  const start = (off * bits) / 8;
  let v = 0;
  for (let i = 0; i < bits / 8; i++) v = v * 256 + (start + i < s.length ? s.charCodeAt(start + i) & 0xff : 0);
  return v;
});
def('__vec_set', (vm, [x, o, b, v]) => {
  const bits = vecBits(vm, b);
  if (bits === null) return died(vm.dieMsg('Illegal number of bits in vec'));
  const off = Math.trunc(N(vm, o));
  if (off < 0) return died(vm.dieMsg('Negative offset to vec in lvalue context'));
  const sv = x as Sv;
  const cur = val(vm, sv) === undefined ? '' : S(vm, sv);
  const bytes = [...cur].map((c) => c.charCodeAt(0) & 0xff);
  const value = Math.trunc(N(vm, v));
  if (bits < 8) {
    const bit = off * bits;
    const byte = bit >> 3;
    while (bytes.length <= byte) bytes.push(0);
    const mask = ((1 << bits) - 1) << (bit & 7);
    bytes[byte] = (bytes[byte]! & ~mask) | ((value << (bit & 7)) & mask);
  } else {
    const start = (off * bits) / 8;
    const n = bits / 8;
    while (bytes.length < start + n) bytes.push(0);
    for (let i = 0; i < n; i++) bytes[start + i] = Math.floor(value / 2 ** (8 * (n - 1 - i))) & 0xff;
  }
  if (typeof sv === 'object' && sv !== null && sv.t === 's') assignSv(vm, sv, String.fromCharCode(...bytes));
  return value;
});

// ---- pack / unpack (fmt/pack.ts, fmt/unpack.ts)
def('pack', (vm, args) => {
  const [tpl, ...rest] = flat(args);
  const vals = rest.map((x) => { const v = val(vm, x); return v === undefined || typeof v === 'number' || typeof v === 'string' ? v : typeof v === 'object' && v !== null && v.t === 'd' ? v.s : valStr(vm, v); });
  const r = pack(S(vm, tpl), vals);
  if (vm.frame.warn) for (const w of r.warnings) vm.warn(w);
  if (r.die !== undefined) return died(vm.dieMsg(r.die));
  return r.value;
});
def('unpack', (vm, [tpl, data], want) => {
  const r = unpack(S(vm, tpl), data === undefined ? S(vm, gvSv(vm, 'main::_')) : S(vm, data));
  if (vm.frame.warn) for (const w of r.warnings) vm.warn(w);
  if (r.die !== undefined) return died(vm.dieMsg(r.die));
  const out = r.values.map((v) => (typeof v === 'bigint' ? Number(v) : v));
  return want === 2 ? out : out[0];
});
