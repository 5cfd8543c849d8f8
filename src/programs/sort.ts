/** sort(1): keys, numeric/human/general/version orders, -u -s -r -c -o; a preemptible merge sort. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { strerror } from '../abi/errno.ts';
import { parseCmd, readInput, splitLines, usageError, writeWhole } from './lib/io.ts';

export interface KeySpec {
  sf: number; sc: number; ef: number; ec: number;
  n: boolean; r: boolean; f: boolean; b: boolean; be: boolean; h: boolean; g: boolean; d: boolean; V: boolean; M: boolean;
}
export interface SortOpts { keys: KeySpec[]; global: KeySpec; t: string | null; s: boolean; u: boolean }

const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';

export function emptyKey(): KeySpec {
  return { sf: 1, sc: 1, ef: 0, ec: 0, n: false, r: false, f: false, b: false, be: false, h: false, g: false, d: false, V: false, M: false };
}

/** Parse "-k 2,3n" style key spec; a string error message when invalid. */
export function parseKey(s: string): KeySpec | string {
  const m = /^(\d+)(?:\.(\d+))?([bdfghinMrV]*)(?:,(\d+)(?:\.(\d+))?([bdfghinMrV]*))?$/.exec(s);
  if (!m) return `invalid number at field start: invalid count at start of '${s}'`;
  const k = emptyKey();
  k.sf = Number(m[1]); k.sc = m[2] ? Number(m[2]) : 1;
  if (k.sf === 0) return `field number is zero: invalid field specification '${s}'`;
  if (m[4]) { k.ef = Number(m[4]); k.ec = m[5] ? Number(m[5]) : 0; }
  for (const c of (m[3] ?? '') + (m[6] ?? '')) setFlag(k, c, c === 'b' && (m[6] ?? '').includes('b') && !(m[3] ?? '').includes('b'));
  return k;
}

function setFlag(k: KeySpec, c: string, endOnly = false): void {
  if (c === 'b') { if (endOnly) k.be = true; else { k.b = true; k.be = true; } }
  else if (c === 'n') k.n = true; else if (c === 'r') k.r = true; else if (c === 'f') k.f = true;
  else if (c === 'h') k.h = true; else if (c === 'g') k.g = true; else if (c === 'd') k.d = true;
  else if (c === 'V') k.V = true; else if (c === 'M') k.M = true;
}

/** Start offsets of fields (1-based index i at [i-1]) as sort splits them. */
function fieldStarts(line: string, t: string | null): number[] {
  const starts = [0];
  if (t !== null) {
    for (let i = 0; i < line.length; i++) if (line[i] === t) starts.push(i + 1);
    return starts;
  }
  for (let i = 1; i < line.length; i++) if (blank(line[i]) && !blank(line[i - 1])) starts.push(i);
  return starts;
}

/** The text of key k within line. */
export function keyText(line: string, k: KeySpec, t: string | null): string {
  const st = fieldStarts(line, t);
  const fieldEnd = (f: number): number => (f < st.length ? (t !== null ? st[f]! - 1 : st[f]!) : line.length);
  let s: number;
  if (k.sf - 1 >= st.length) s = line.length;
  else {
    s = st[k.sf - 1]!;
    if (k.b) while (s < fieldEnd(k.sf) && blank(line[s])) s++;
    s = Math.min(s + k.sc - 1, fieldEnd(k.sf));
  }
  let e: number;
  if (k.ef === 0) e = line.length;
  else if (k.ef - 1 >= st.length) e = line.length;
  else if (k.ec === 0) e = fieldEnd(k.ef);
  else {
    let b0 = st[k.ef - 1]!;
    if (k.be) while (b0 < fieldEnd(k.ef) && blank(line[b0])) b0++;
    e = Math.min(b0 + k.ec, fieldEnd(k.ef));
  }
  return e > s ? line.slice(s, e) : '';
}

function numPrefix(s: string): number {
  const m = /^[ \t]*(-?)(\d*)(\.\d*)?/.exec(s)!;
  if (m[2] === '' && (m[3] ?? '.').length <= 1) return 0;
  return Number(`${m[1]}${m[2] || '0'}${m[3] ?? ''}`);
}

function humanVal(s: string): number {
  const m = /^[ \t]*(-?\d*\.?\d*)([KMGTPEZY]?)/.exec(s)!;
  const n = Number(m[1]) || 0;
  return m[2] === '' ? n : n * 1024 ** ('KMGTPEZY'.indexOf(m[2]!) + 1);
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function versionCmp(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? [], tb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i]!, y = tb[i]!;
    if (/^\d/.test(x) && /^\d/.test(y)) { const d = Number(x) - Number(y); if (d) return d; }
    else if (x !== y) return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareKey(a: string, b: string, k: KeySpec): number {
  let r: number;
  if (k.n) r = Math.sign(numPrefix(a) - numPrefix(b));
  else if (k.h) r = Math.sign(humanVal(a) - humanVal(b));
  else if (k.g) { const x = parseFloat(a), y = parseFloat(b); r = Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : Number.isNaN(y) ? 1 : Math.sign(x - y); }
  else if (k.M) r = MONTHS.indexOf(a.trim().slice(0, 3).toUpperCase()) - MONTHS.indexOf(b.trim().slice(0, 3).toUpperCase());
  else if (k.V) r = Math.sign(versionCmp(a, b));
  else {
    let x = a, y = b;
    if (k.d) { x = x.replace(/[^A-Za-z0-9 \t]/g, ''); y = y.replace(/[^A-Za-z0-9 \t]/g, ''); }
    if (k.f) { x = x.toUpperCase(); y = y.toUpperCase(); }
    r = cmpStr(x, y);
  }
  return k.r ? -r : r;
}

/** Compare two lines under the options; `lastResort` adds the whole-line tie-break. */
export function compareLines(a: string, b: string, o: SortOpts, lastResort = true): number {
  const keys = o.keys.length > 0 ? o.keys : [{ ...o.global, sf: 1, sc: 1, ef: 0, ec: 0 }];
  for (const k of keys) {
    const useK = o.keys.length > 0 ? k : { ...k, b: o.global.b };
    const r = compareKey(keyText(a, useK, o.t), keyText(b, useK, o.t), useK);
    if (r !== 0) return r;
  }
  if (!lastResort || o.s || o.u) return 0;
  const r = cmpStr(a, b);
  return o.global.r ? -r : r;
}

/** Stable merge sort that charges a step per comparison. */
export function* mergeSort<T>(arr: T[], cmp: (a: T, b: T) => number, tick: (n: number) => Gen<void>): Gen<T[]> {
  let src = arr.slice();
  let dst = new Array<T>(src.length);
  for (let w = 1; w < src.length; w *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * w) {
      const mid = Math.min(lo + w, src.length), hi = Math.min(lo + 2 * w, src.length);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) dst[k++] = cmp(src[j]!, src[i]!) < 0 ? src[j++]! : src[i++]!;
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
      yield* tick(hi - lo);
    }
    [src, dst] = [dst, src];
  }
  return src;
}

const sort = defineProgram('sort', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'bcCdfghik:MmnRo:rsS:t:T:uVz',
    long: { 'ignore-leading-blanks': 'b', check: 'c', 'dictionary-order': 'd', 'ignore-case': 'f', 'general-numeric-sort': 'g',
      'human-numeric-sort': 'h', key: 'k:', 'month-sort': 'M', merge: 'm', 'numeric-sort': 'n', output: 'o:', reverse: 'r',
      stable: 's', 'buffer-size': 'S:', 'field-separator': 't:', unique: 'u', 'version-sort': 'V', 'temporary-directory': 'T:' },
  }, 2);
  if (typeof c === 'number') return c;
  const g = emptyKey();
  for (const [k] of c.o.list) if (k.length === 1 && 'bdfghMnrV'.includes(k)) setFlag(g, k);
  const keys: KeySpec[] = [];
  for (const ks of c.o.all('k')) {
    const k = parseKey(ks);
    if (typeof k === 'string') { yield* ctx.err(`${ctx.prog}: ${k}\n`); return 2; }
    const own = /[bdfghMnrV]/.test(ks);
    keys.push(own ? k : { ...g, sf: k.sf, sc: k.sc, ef: k.ef, ec: k.ec });
  }
  const t = c.o.get('t') ?? null;
  if (t !== null && t.length !== 1) { yield* ctx.err(t === '' ? 'sort: empty tab\n' : `${ctx.prog}: multi-character tab '${t}'\n`); return 2; }
  const o: SortOpts = { keys, global: g, t, s: c.o.has('s'), u: c.o.has('u') };
  const lines: string[] = [];
  for (const f of c.args.length > 0 ? c.args : ['-']) {
    const d = yield* readInput(ctx, f);
    if (typeof d === 'number') { yield* ctx.err(`${ctx.prog}: ${d === -21 ? 'read failed' : 'cannot read'}: ${f}: ${strerror(d)}\n`); return 2; }
    lines.push(...splitLines(fromUtf8(d)));
  }
  if (c.o.has('c')) {
    for (let i = 1; i < lines.length; i++) {
      const r = compareLines(lines[i - 1]!, lines[i]!, o);
      if (r > 0 || (o.u && r === 0)) { yield* ctx.err(`${ctx.prog}: ${c.args[0] ?? '-'}:${i + 1}: disorder: ${lines[i]}\n`); return 1; }
    }
    return 0;
  }
  let sorted = yield* mergeSort(lines, (a, b) => compareLines(a, b, o), (n) => ctx.tick(n));
  if (o.u) sorted = sorted.filter((l, i) => i === 0 || compareLines(sorted[i - 1]!, l, o, false) !== 0);
  const text = sorted.map((l) => l + '\n').join('');
  const out = c.o.get('o');
  if (out !== undefined) {
    const r = yield* writeWhole(ctx, out, text);
    if (r < 0) { yield* ctx.err(`${ctx.prog}: open failed: ${out}: ${strerror(r)}\n`); return 2; }
    return 0;
  }
  yield* ctx.out(text);
  return 0;
});

export function sortPrograms(): Record<string, Program> {
  return { '/usr/bin/sort': sort };
}
