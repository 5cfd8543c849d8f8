/**
 * Builtins on scalars and strings (perlfunc "Functions for SCALARs or
 * strings", "Numeric functions"): length substr index rindex uc lc ucfirst
 * lcfirst sprintf join reverse chr ord hex oct abs int sqrt sin cos atan2
 * exp log rand srand quotemeta chomp chop split defined ref bless.
 */
import { def, died } from './builtins.ts';
import type { Vm } from './vm.ts';
import { numToStr, perlSprintf } from './fmt-bridge.ts';
import { addrOf, isRef, newSv, reftype, type Sv, type Val } from './values.ts';
import { isList, nameOf, uninitWarn, val, valNum, valPN, valStr, type Item } from './scalar.ts';
import * as arith from './fmt/arith.ts';
import type { PerlNum } from './fmt/number.ts';
import { hex, oct, type RadixResult } from './fmt/radix.ts';
import { assignSv } from './ops-core.ts';
import { isObject, isOverloaded, stringsOf } from './overload.ts';
import { pack } from './fmt/pack.ts';
import { unpack } from './fmt/unpack.ts';
import { gvSv } from './symbols.ts';
import { compileRe, patternOf, beginMatch, stepMatch, publishMatch, type MatchState, type Regex } from './regex-glue.ts';
import { Flow } from './flow.ts';
import { versionFace } from './version-object.ts';
import type { OpState } from './image.ts';
import { charLength, charToUnit, firstChar, hasSurrogate, unitToChar } from './astral.ts';

const S = (vm: Vm, x: Item | undefined): string => (x === undefined ? '' : valStr(vm, val(vm, x)));
/** S with perl's uninitialized warning naming the builtin (and the variable). */
const SW = (vm: Vm, x: Item | undefined, op: string): string => {
  if (x === undefined) return '';
  const v = val(vm, x);
  if (v === undefined && vm.frame.warn) uninitWarn(vm, x, op);
  return valStr(vm, v);
};
const N = (vm: Vm, x: Item | undefined): number => (x === undefined ? 0 : valNum(vm, val(vm, x)));
const P = (vm: Vm, x: Item | undefined): PerlNum => (x === undefined ? 0 : valPN(vm, val(vm, x)));
const flat = (args: Item[]): Item[] => args.flatMap((a) => (isList(a) ? a : [a]));

/**
 * sprintf over values (first is the format). `items`, when given, are the
 * stack items the values came from (to name variables in warnings); `op`
 * is the name warnings use (printf says "in printf").
 */
export function sprintfValues(vm: Vm, vals: Val[], items?: Item[], op = 'sprintf'): string {
  const [fmt, ...rest] = vals;
  const args = rest.map((v) => (v === undefined || typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint' ? v : typeof v === 'object' && v !== null && v.t === 'd' ? { s: v.s, n: v.n } : versionArg(vm, v) ?? valStr(vm, v)));
  const r = perlSprintf(valStr(vm, fmt), args, items ? (i) => nameOf(vm, items[i + 1]!) || undefined : undefined);
  if (vm.frame.warn) for (const w of r.warnings) vm.warn(op === 'sprintf' ? w : w.replace(/ in sprintf$/, ` in ${op}`));
  return r.result;
}

/** A version object ($^V): its text, and for %vd the parts of its original (perl's sprintf special case). */
function versionArg(vm: Vm, v: Val): { s: string; n: PerlNum; vec: string } | null {
  const face = versionFace(vm, v);
  return face === null ? null : { ...face, n: 0 };
}

def('length', (vm, [x]) => { const v = val(vm, x!); return v === undefined ? undefined : charLength(valStr(vm, v)); });
def('defined', (vm, [x]) => {
  if (typeof x === 'object' && x !== null && !isList(x) && ((x as { t: string }).t === 'a' || (x as { t: string }).t === 'h')) return 1;
  return val(vm, x!) !== undefined ? 1 : '';
});
/** Case mapping: ASCII only for byte strings (perl without unicode_strings), full Unicode once wide. */
const wide = (s: string): boolean => /[^\x00-\xff]/.test(s);
const upper = (s: string): string => (wide(s) ? s.toUpperCase() : s.replace(/[a-z]+/g, (m) => m.toUpperCase()));
const lower = (s: string): string => (wide(s) ? s.toLowerCase() : s.replace(/[A-Z]+/g, (m) => m.toLowerCase()));
def('uc', (vm, [x]) => upper(SW(vm, x, 'uc')));
def('lc', (vm, [x]) => lower(SW(vm, x, 'lc')));
def('fc', (vm, [x]) => lower(SW(vm, x, 'fc')));
def('ucfirst', (vm, [x]) => { const s = SW(vm, x, 'ucfirst'); const c = firstChar(s); return upper(c) + s.slice(c.length); });
def('lcfirst', (vm, [x]) => { const s = SW(vm, x, 'lcfirst'); const c = firstChar(s); return lower(c) + s.slice(c.length); });
def('quotemeta', (vm, [x]) => SW(vm, x, 'quotemeta').replace(/[^A-Za-z0-9_\u0080-\uffff]/g, '\\$&'));
/** chr (perlfunc chr): a negative number is U+FFFD; strings here cannot hold a code point above U+10FFFF. */
def('chr', (vm, [x]) => {
  const n = Math.trunc(x !== undefined && val(vm, x) === undefined && vm.frame.warn ? (uninitWarn(vm, x, 'chr'), 0) : N(vm, x));
  if (n > 0x10ffff && Number.isFinite(n)) return died(vm.dieMsg(`chr(0x${n.toString(16).toUpperCase()}): code points above U+10FFFF are not supported on this machine`));
  return String.fromCodePoint(n < 0 || n > 0x10ffff ? 0xfffd : n);
});
def('ord', (vm, [x]) => { const s = SW(vm, x, 'ord'); return s === '' ? 0 : s.codePointAt(0)!; });
def('abs', (vm, [x]) => { const n = P(vm, x); return typeof n === 'number' && n < 1e15 && n > -1e15 ? Math.abs(n) : arith.abs(n); });
def('int', (vm, [x]) => { const n = P(vm, x); return typeof n === 'number' && n < 1e15 && n > -1e15 ? Math.trunc(n) : arith.int(n); });
def('sqrt', (vm, [x]) => { const n = N(vm, x); if (n < 0) return died(vm.dieMsg(`Can't take sqrt of ${numToStr(n)}`)); return Math.sqrt(n); });
def('sin', (vm, [x]) => Math.sin(N(vm, x)));
def('cos', (vm, [x]) => Math.cos(N(vm, x)));
def('exp', (vm, [x]) => Math.exp(N(vm, x)));
def('log', (vm, [x]) => { const n = N(vm, x); if (n <= 0) return died(vm.dieMsg(`Can't take log of ${numToStr(n)}`)); return Math.log(n); });
def('atan2', (vm, [a, b]) => Math.atan2(N(vm, a), N(vm, b)));
def('hex', (vm, [x]) => radixResult(vm, hex(S(vm, x))));
def('oct', (vm, [x]) => radixResult(vm, oct(S(vm, x))));

/** hex/oct's value, with perl's "Illegal ... digit ignored" and overflow warnings. */
function radixResult(vm: Vm, r: RadixResult): Val {
  if (vm.frame.warn) for (const w of r.warnings) vm.warn(w);
  return r.value;
}

/**
 * perl's own drand48 (5.20+): X' = (0x5DEECE66D * X + 0xB) mod 2**48, kept as
 * three 16-bit limbs (low first) in the image; a value is X' / 2**48.
 */
function nextRandom(vm: Vm): number {
  let st = vm.img.rand;
  if (!st || st.length !== 3) {
    const b = vm.sys.getrandom(4);
    st = seedRandom(vm, ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0);
  }
  const x0 = st[0]!, x1 = st[1]!, x2 = st[2]!;
  const p0 = 0xe66d * x0 + 0xb;
  const p1 = 0xe66d * x1 + 0xdeec * x0 + Math.floor(p0 / 65536);
  const p2 = 0xe66d * x2 + 0xdeec * x1 + 0x5 * x0 + Math.floor(p1 / 65536);
  st[0] = p0 % 65536; st[1] = p1 % 65536; st[2] = p2 % 65536;
  return ((st[2] * 65536 + st[1]) * 65536 + st[0]) / 281474976710656;
}

/** srand: X = (seed << 16) + 0x330E, the seed taken as a 32-bit unsigned number. */
function seedRandom(vm: Vm, seed: number): number[] {
  return (vm.img.rand = [0x330e, seed % 65536, Math.floor(seed / 65536)]);
}

def('rand', (vm, [x]) => { const m = x === undefined ? 1 : N(vm, x) || 1; return nextRandom(vm) * m; });
def('srand', (vm, [x]) => {
  const given = x === undefined ? undefined : val(vm, x);
  let seed: number;
  if (given === undefined) { const b = vm.sys.getrandom(4); seed = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0; }
  else {
    const n = Math.trunc(Math.abs(valNum(vm, given)));
    seed = Number.isFinite(n) ? n : 4294967295;
  }
  seedRandom(vm, seed % 4294967296);
  return seed === 0 ? '0 but true' : seed;
});

def('index', (vm, [s, t, p]) => {
  const str = S(vm, s), sub = S(vm, t);
  let pos = p === undefined ? 0 : Math.trunc(N(vm, p));
  if (hasSurrogate(str)) {
    pos = charToUnit(str, Math.max(0, Math.min(pos, charLength(str))));
    const i = str.indexOf(sub, pos);
    return i < 0 ? i : unitToChar(str, i);
  }
  pos = Math.max(0, Math.min(pos, str.length));
  return str.indexOf(sub, pos);
});
def('rindex', (vm, [s, t, p]) => {
  const str = S(vm, s), sub = S(vm, t);
  const pos = p === undefined ? str.length : Math.max(0, Math.trunc(N(vm, p)));
  if (hasSurrogate(str)) {
    const i = str.lastIndexOf(sub, p === undefined ? str.length : charToUnit(str, pos));
    return i < 0 ? i : unitToChar(str, i);
  }
  return str.lastIndexOf(sub, pos);
});

def('substr', (vm, [x, o, l, r]) => {
  const s = S(vm, x);
  const wide = hasSurrogate(s);
  const slen = wide ? charLength(s) : s.length;
  let off = Math.trunc(N(vm, o));
  if (off < 0) off += slen;
  if (off < 0 || off > slen) {
    // Replacing outside the string is fatal; reading there only warns.
    if (r !== undefined) return died(vm.dieMsg('substr outside of string'));
    if (vm.frame.warn) vm.warn('substr outside of string');
    return undefined;
  }
  let len = l === undefined || val(vm, l) === undefined ? slen - off : Math.trunc(N(vm, l));
  if (len < 0) len = Math.max(0, slen - off + len);
  if (wide) { const u = charToUnit(s, off); len = charToUnit(s, off + Math.min(len, slen - off)) - u; off = u; }
  const piece = s.slice(off, off + len);
  if (r !== undefined) {
    const target = x as Sv;
    if (typeof target === 'object' && target !== null && target.t === 's') assignSv(vm, target, s.slice(0, off) + S(vm, r) + s.slice(off + len));
  }
  return piece;
});

def('sprintf', (vm, args, _w, pc, f) => {
  const items = flat(args);
  const vals = items.map((x) => val(vm, x));
  // Objects with "" overloading are formatted as their strings.
  // (A version object is formatted by sprintfValues itself: %vd takes its parts.)
  const converts = (v: Val): boolean => isObject(v) && isOverloaded(vm, v) && versionFace(vm, v) === null;
  const objs = vals.filter(converts);
  if (objs.length) {
    const strs = stringsOf(vm, pc, f, objs, (v) => valStr(vm, v));
    if (typeof strs === 'number') return { flow: strs, reexec: true };
    let k = 0;
    for (let i = 0; i < vals.length; i++) if (converts(vals[i])) vals[i] = strs[k++];
  }
  return sprintfValues(vm, vals, items);
});
def('join', (vm, args, _w, pc, f) => {
  const items = flat(args);
  if (vm.frame.warn && !vm.opState(pc)) items.forEach((x) => { if (val(vm, x) === undefined) uninitWarn(vm, x, 'join or string'); });
  const strs = stringsOf(vm, pc, f, items.map((x) => val(vm, x)), (v) => valStr(vm, v));
  if (typeof strs === 'number') return { flow: strs, reexec: true };
  const [sp, ...rest] = strs;
  return rest.join(sp);
});
def('reverse', (vm, args, want) => {
  const items = flat(args);
  if (want === 2) return items.map((x) => val(vm, x)).reverse();
  const s = items.length ? items.map((x) => S(vm, x)).join('') : S(vm, gvSv(vm, 'main::_'));
  return [...s].reverse().join('');
});

/** chomp (or chop) one item: a scalar, or every element of an array or value of a hash. Returns what chomp counts. */
function chompOne(vm: Vm, x: Item, chop: boolean, last?: { c: string }): number {
  if (typeof x !== 'object' || x === null || isList(x)) return 0;
  const t = (x as { t: string }).t;
  if (t === 'a') return (x as { a: (Sv | undefined)[] }).a.reduce((n, e) => n + (e ? chompOne(vm, e, chop, last) : 0), 0);
  if (t === 'h') return [...(x as { h: Map<string, Sv> }).h.values()].reduce((n, e) => n + chompOne(vm, e, chop, last), 0);
  if (t !== 's') return 0;
  const sv = x as Sv;
  const v = val(vm, sv);
  if (v === undefined) return 0;
  const s = valStr(vm, v);
  if (chop) {
    if (s.length) {
      const n = hasSurrogate(s.slice(-1)) && charLength(s.slice(-2)) === 1 ? 2 : 1;
      if (last) last.c = s.slice(-n);
      assignSv(vm, sv, s.slice(0, -n));
    }
    return 1;
  }
  const sep = gvSv(vm, 'main::/').v;
  if (sep === undefined || isRef(sep)) return 0;
  const sp = valStr(vm, sep);
  if (sp === '') { const m = /\n+$/.exec(s); if (m) { assignSv(vm, sv, s.slice(0, m.index)); return m[0].length; } return 0; }
  if (s.endsWith(sp)) { assignSv(vm, sv, s.slice(0, s.length - sp.length)); return sp.length; }
  return 0;
}
def('chomp', (vm, args) => flat(args).reduce<number>((n, x) => n + chompOne(vm, x, false), 0));
/** chop returns the last character removed (perlfunc chop). */
def('chop', (vm, args) => { const last = { c: '' }; flat(args).forEach((x) => chompOne(vm, x, true, last)); return last.c; });

def('ref', (vm, [x]) => {
  const v = val(vm, x!);
  if (!isRef(v)) return '';
  return v.to.blessed ?? reftype(v.to);
});

def('bless', (vm, [r, c]) => {
  const v = val(vm, r!);
  if (!isRef(v)) return died(vm.dieMsg("Can't bless non-reference value"));
  const cv = c === undefined ? undefined : val(vm, c);
  if (isRef(cv) && !isOverloaded(vm, cv)) return died(vm.dieMsg('Attempt to bless into a reference'));
  let cls = c === undefined ? vm.frame.pkg : S(vm, c);
  if (cls === '') {
    if (vm.frame.warn) vm.warn("Explicit blessing to '' (assuming package main)");
    cls = 'main';
  }
  v.to.blessed = cls;
  v.to.destroyed = undefined;
  vm.img.objects.add(v.to);
  return v;
});

def('lock', (vm, [x]) => val(vm, x!));
def('pos', (vm, [x]) => {
  const sv = x as Sv & { pos?: number };
  if (typeof sv !== 'object' || sv === null || sv.t !== 's' || sv.pos === undefined) return undefined;
  // pos is kept in code units (the regex engine's offsets); perl counts characters.
  return sv.pos === 0 ? 0 : unitToChar(valStr(vm, val(vm, sv)), sv.pos);
});
/** pos SCALAR = N (perlfunc pos): negative counts from the end; undef resets. */
def('__pos_set', (vm, [x, v]) => {
  const sv = x as Sv & { pos?: number };
  if (typeof sv !== 'object' || sv === null || sv.t !== 's') return undefined;
  const nv = val(vm, v!);
  if (nv === undefined) { sv.pos = undefined; return undefined; }
  const str = valStr(vm, val(vm, sv));
  const len = charLength(str);
  let p = Math.trunc(valNum(vm, nv));
  if (p < 0) p = Math.max(0, p + len);
  p = Math.min(p, len);
  sv.pos = charToUnit(str, p);
  return p;
});
/** substr EXPR, OFFSET, LENGTH as an lvalue (\substr, foreach, =~ s///): a proxy for that window of the string. */
def('__substr_lv', (vm, [x, o, l]) => {
  const target = x as Sv;
  if (typeof target !== 'object' || target === null || target.t !== 's') return S(vm, x);
  const s = S(vm, x);
  const slen = charLength(s);
  let off = Math.trunc(N(vm, o));
  if (off < 0) off += slen;
  if (off < 0 || off > slen) return died(vm.dieMsg('substr outside of string'));
  let len = l === undefined || val(vm, l) === undefined ? slen - off : Math.trunc(N(vm, l));
  if (len < 0) len = Math.max(0, slen - off + len);
  len = Math.min(len, slen - off);
  // The window is kept in code units, as the string is.
  if (slen !== s.length) { const u = charToUnit(s, off); len = charToUnit(s, off + len) - u; off = u; }
  const sv = newSv();
  sv.rc = 0;
  sv.mg = { k: 'substr', of: target, off, len };
  vm.img.tmps.push(sv);
  return sv;
});
/** pos SCALAR as an lvalue (\pos). */
def('__pos_lv', (vm, [x]) => {
  const target = x as Sv;
  if (typeof target !== 'object' || target === null || target.t !== 's') return undefined;
  const sv = newSv();
  sv.rc = 0;
  sv.mg = { k: 'pos', of: target };
  vm.img.tmps.push(sv);
  return sv;
});
def('study', () => '');

/** split's progress, kept while a long match yields. */
interface SplitState extends OpState { phase: 'split'; re: Regex; s: string; limit: number; out: Val[]; start: number; searchFrom: number; st: MatchState | null }

/** split /PATTERN/, EXPR, LIMIT (perlfunc split, with its special cases). */
def('split', (vm, [p, x, l], want, pc, f) => {
  let sp = vm.opState(pc) as SplitState | null;
  if (!sp) {
    const str = S(vm, x);
    const limit = Math.trunc(N(vm, l));
    const pv = val(vm, p!);
    let pattern: string;
    let flags = '';
    // Only the string ' ' is awk mode; the pattern / / splits on each single space.
    let awk = false;
    if (typeof pv === 'object' && pv !== null && 'flags' in (pv as object)) {
      const info = pv as unknown as { flags: string; literal: string | null };
      pattern = info.literal ?? '';
      flags = info.flags;
    } else { pattern = patternOf(vm, pv); awk = pv === ' '; }
    let s = str;
    if (awk) { s = s.replace(/^\s+/, ''); pattern = '\\s+'; }
    const re = compileRe(vm, pattern, pattern === '^' ? flags + 'm' : flags);
    if (typeof re === 'string') return died(vm.dieMsg(re));
    if (s === '') return want === 2 ? [] : 0;
    sp = { pc, phase: 'split', re, s, limit, out: [], start: 0, searchFrom: 0, st: null };
  }
  f.opState = null;
  const r = splitRun(vm, sp);
  if (r === 'budget') { f.opState = sp; return { flow: Flow.YIELD }; }
  if (typeof r === 'string') return died(vm.dieMsg(r));
  const out = sp.out;
  return want === 2 ? out : out.length;
});

/** Run split's matches; 'budget' to yield, an error text to die, or null when `sp.out` is complete. */
function splitRun(vm: Vm, sp: SplitState): 'budget' | string | null {
  const { s, out, limit, re } = sp;
  // As pp_split: each match must end past where the search starts (no empty match there).
  while (sp.searchFrom < s.length) {
    if (limit > 0 && out.length >= limit - 1) break;
    const st = (sp.st ??= beginMatch(re, s, sp.searchFrom, sp.searchFrom, sp.searchFrom));
    const r = stepMatch(vm, st);
    if (r === 'budget' && st.error === null) return 'budget';
    sp.st = null;
    if (st.error !== null) return st.error;
    if (r !== 'match') break;
    const offs = publishMatch(vm, st);
    const ms = offs[0]!, me = offs[1]!;
    if (me === ms && ms >= s.length) break;
    out.push(s.slice(sp.start, ms));
    for (let g = 1; g < offs.length / 2; g++) out.push(offs[2 * g]! < 0 ? undefined : s.slice(offs[2 * g], offs[2 * g + 1]));
    sp.start = me;
    sp.searchFrom = me;
  }
  out.push(s.slice(sp.start));
  if (limit === 0) while (out.length && (out[out.length - 1] === '' || out[out.length - 1] === undefined)) out.pop();
  return null;
}

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
  const vals = rest.map((x) => { const v = val(vm, x); return v === undefined || typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint' ? v : typeof v === 'object' && v !== null && v.t === 'd' ? v.s : valStr(vm, v); });
  const r = pack(S(vm, tpl), vals);
  if (vm.frame.warn) for (const w of r.warnings) vm.warn(w);
  if (r.die !== undefined) return died(vm.dieMsg(r.die));
  return r.value;
});
def('unpack', (vm, [tpl, data], want) => {
  const r = unpack(S(vm, tpl), data === undefined ? S(vm, gvSv(vm, 'main::_')) : S(vm, data));
  if (vm.frame.warn) for (const w of r.warnings) vm.warn(w);
  if (r.die !== undefined) return died(vm.dieMsg(r.die));
  const out = r.values;
  return want === 2 ? out : out[0];
});
