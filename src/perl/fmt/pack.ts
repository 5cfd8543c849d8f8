// perl 5.36's pack (perlfunc "pack"; pp_pack.c). Strings are JS strings of char codes;
// bytes are chars 0–255. unpack lives in unpack.ts.

import { notNumericDisplay, numToStr, parseNumber, type PerlNum } from './number.ts';
import { toIV, toUV } from './sprintf-num.ts';
import { itemSize, parseTemplate, TemplateError, type PackItem } from './pack-template.ts';

export type PackArg = string | PerlNum | undefined;

export interface PackResult {
  value: string;
  /** perl's warnings without " at FILE line N.\n". */
  warnings: string[];
  /** perl's fatal error text when pack dies. */
  die?: string;
}

interface PackState {
  out: number[];
  args: readonly PackArg[];
  next: number;
  warnings: string[];
  argName?: (index: number) => string | undefined;
}

class PackDie extends Error {}

function hasArg(st: PackState): boolean {
  return st.next < st.args.length;
}

function argStr(st: PackState): string {
  const i = st.next++;
  const a = st.args[i];
  if (i >= st.args.length) return '';
  if (a === undefined) {
    const n = st.argName?.(i);
    st.warnings.push(`Use of uninitialized value${n ? ' ' + n : ''} in pack`);
    return '';
  }
  return typeof a === 'string' ? a : numToStr(a);
}

function argNum(st: PackState): PerlNum {
  const i = st.next++;
  const a = st.args[i];
  if (i >= st.args.length) return 0;
  if (a === undefined) {
    const n = st.argName?.(i);
    st.warnings.push(`Use of uninitialized value${n ? ' ' + n : ''} in pack`);
    return 0;
  }
  if (typeof a !== 'string') return a;
  const p = parseNumber(a);
  if (!p.numeric) st.warnings.push(`Argument "${notNumericDisplay(a)}" isn't numeric in pack`);
  return p.value;
}

/** UTF-8 bytes of a code point (perl's extended UTF-8 is not needed below 2^31). */
export function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

function writeInt(st: PackState, v: bigint, size: number, bigEndian: boolean): void {
  const u = BigInt.asUintN(size * 8, v);
  for (let k = 0; k < size; k++) {
    const shift = BigInt(8 * (bigEndian ? size - 1 - k : k));
    st.out.push(Number((u >> shift) & 0xffn));
  }
}

const F64 = new Float64Array(1);
const F32 = new Float32Array(1);

function writeFloat(st: PackState, x: number, size: number, bigEndian: boolean): void {
  const bytes = size === 4 ? ((F32[0] = x), new Uint8Array(F32.buffer)) : ((F64[0] = x), new Uint8Array(F64.buffer));
  const arr = Array.from(bytes);
  st.out.push(...(bigEndian ? arr.reverse() : arr));
}

/** BER compressed integer (w). */
function writeBer(st: PackState, n: PerlNum): void {
  if ((typeof n === 'bigint' ? n < 0n : n < 0)) throw new PackDie('Cannot compress negative numbers in pack');
  let v = typeof n === 'bigint' ? n : BigInt(Math.floor(n));
  const bytes = [Number(v & 0x7fn)];
  v >>= 7n;
  while (v > 0n) {
    bytes.unshift(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  st.out.push(...bytes);
}

function packString(st: PackState, it: PackItem, s: string, count: number | '*' | undefined): void {
  const t = it.type;
  // One code per character: one above U+FFFF is a surrogate pair in s.
  const codes = Array.from(s, (ch) => ch.codePointAt(0)!);
  if (count === '*') {
    st.out.push(...codes);
    if (t === 'Z') st.out.push(0);
    return;
  }
  const n = count ?? 1;
  const take = t === 'Z' ? Math.min(codes.length, Math.max(n - 1, 0)) : Math.min(codes.length, n);
  st.out.push(...codes.slice(0, take));
  for (let k = take; k < n; k++) st.out.push(t === 'A' ? 32 : 0);
}

function packBits(st: PackState, it: PackItem, s: string): void {
  const n = it.count === '*' ? s.length : Math.min(it.count ?? 1, s.length);
  const total = it.count === '*' ? s.length : (it.count ?? 1);
  let byte = 0;
  let k = 0;
  const bytes: number[] = [];
  for (; k < n; k++) {
    const bit = s.charCodeAt(k) & 1;
    if (it.type === 'b') byte |= bit << (k % 8);
    else byte |= bit << (7 - (k % 8));
    if (k % 8 === 7) {
      bytes.push(byte);
      byte = 0;
    }
  }
  if (k % 8 !== 0) bytes.push(byte);
  const want = Math.ceil(total / 8);
  while (bytes.length < want) bytes.push(0);
  st.out.push(...bytes);
}

function packHex(st: PackState, it: PackItem, s: string): void {
  const n = it.count === '*' ? s.length : Math.min(it.count ?? 1, s.length);
  const total = it.count === '*' ? s.length : (it.count ?? 1);
  const bytes: number[] = [];
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    const nib = /[A-Za-z]/.test(s[k]) ? (c + 9) & 15 : c & 15;
    if (k % 2 === 0) bytes.push(it.type === 'h' ? nib : nib << 4);
    else bytes[bytes.length - 1] |= it.type === 'h' ? nib << 4 : nib;
  }
  const want = Math.ceil(total / 2);
  while (bytes.length < want) bytes.push(0);
  st.out.push(...bytes);
}

function packNumber(st: PackState, it: PackItem): void {
  const t = it.type;
  const n = argNum(st);
  if (t === 'f' || t === 'd' || t === 'F') {
    writeFloat(st, typeof n === 'bigint' ? Number(n) : n, t === 'f' ? 4 : 8, it.endian === '>');
    return;
  }
  if (t === 'w') return writeBer(st, n);
  if (t === 'U') return void st.out.push(...utf8Bytes(Number(toUV(n))));
  if (t === 'W') return void st.out.push(Number(toUV(n)));
  const size = itemSize(t, it.bang) as number;
  const v = 'cslqjinv'.includes(t) ? toIV(n) : toUV(n);
  if (t === 'c' && (v < -128n || v > 127n)) st.warnings.push(`Character in 'c' format wrapped in pack`);
  if (t === 'C' && (v < 0n || v > 255n)) st.warnings.push(`Character in 'C' format wrapped in pack`);
  const big = t === 'n' || t === 'N' || it.endian === '>';
  writeInt(st, v, size, big);
}

function repeatCount(it: PackItem, st: PackState): number {
  if (it.count === '*') return Math.max(st.args.length - st.next, 0);
  return it.count ?? 1;
}

function packSeq(st: PackState, items: PackItem[], groupStart: number): void {
  for (const it of items) packItem(st, it, groupStart);
}

/** A sandbox limit, not perl's: a packed string may not exceed this many characters. */
const MAX_PACKED = 1 << 26;

function packItem(st: PackState, it: PackItem, groupStart: number): void {
  const t = it.type;
  if (st.out.length > MAX_PACKED || (typeof it.count === 'number' && it.count > MAX_PACKED)) throw new PackDie('Out of memory!');
  if (it.data) return packSlash(st, it, groupStart);
  if (it.group) {
    const reps = it.count === '*' ? Infinity : (it.count ?? 1);
    for (let r = 0; r < reps && (it.count !== '*' || hasArg(st)); r++) {
      const before = st.next;
      packSeq(st, it.group.map((g) => (it.endian && !g.endian ? { ...g, endian: it.endian } : g)), st.out.length);
      if (it.count === '*' && st.next === before) break;
    }
    return;
  }
  if ('aAZ'.includes(t)) return packString(st, it, argStr(st), it.count);
  if (t === 'b' || t === 'B') return packBits(st, it, argStr(st));
  if (t === 'h' || t === 'H') return packHex(st, it, argStr(st));
  if (t === 'x') return packX(st, it);
  if (t === 'X') return backUp(st, it);
  if (t === '@') return moveTo(st, groupStart + (it.count === '*' ? 0 : (it.count ?? 0)));
  if (t === '.') {
    const pos = (it.count === 0 ? st.out.length : 0) + Number(toIV(argNum(st)));
    if (pos > MAX_PACKED) throw new PackDie('Out of memory!');
    return moveTo(st, pos);
  }
  const reps = repeatCount(it, st);
  for (let r = 0; r < reps; r++) packNumber(st, it);
}

function packX(st: PackState, it: PackItem): void {
  const n = it.count === '*' ? 0 : (it.count ?? 1);
  if (it.bang) {
    if (n > 0) while (st.out.length % n !== 0) st.out.push(0);
    return;
  }
  for (let k = 0; k < n; k++) st.out.push(0);
}

function backUp(st: PackState, it: PackItem): void {
  let n = it.count === '*' ? 0 : (it.count ?? 1);
  if (it.bang) n = n > 0 ? st.out.length % n : 0;
  if (n > st.out.length) throw new PackDie(`'X' outside of string in pack`);
  st.out.length -= n;
}

function moveTo(st: PackState, pos: number): void {
  if (pos < st.out.length) st.out.length = Math.max(pos, 0);
  while (st.out.length < pos) st.out.push(0);
}

/** "X/Y": pack Y's data preceded by its length packed as X (strings: their length, groups: item count). */
function packSlash(st: PackState, it: PackItem, groupStart: number): void {
  const d = it.data as PackItem;
  const lenItem: PackItem = { ...it, data: undefined, count: 1 };
  let len: number;
  if ('aAZ'.includes(d.type) && !d.group) {
    const s = typeof st.args[st.next] === 'undefined' ? '' : argStr(st);
    st.next--;
    len = typeof d.count === 'number' ? d.count : s.length + (d.type === 'Z' ? 1 : 0);
  } else {
    len = typeof d.count === 'number' ? d.count : Math.max(st.args.length - st.next, 0);
  }
  const saved = st.args;
  st.args = [...saved.slice(0, st.next), len, ...saved.slice(st.next)];
  packItem(st, lenItem, groupStart);
  st.args = saved;
  st.next--;
  packItem(st, { ...d, count: len }, groupStart);
}

/**
 * pack(template, args) (perlfunc "pack"). A template starting with U packs characters
 * (U0 mode: the packed bytes are read back as UTF-8); otherwise bytes.
 */
export function pack(template: string, args: readonly PackArg[], argName?: (index: number) => string | undefined): PackResult {
  const st: PackState = { out: [], args, next: 0, warnings: [], argName };
  let items: PackItem[];
  try {
    items = parseTemplate(template, 'pack');
    const u0 = /^\s*U(?!0)/.test(template) || /^\s*U0/.test(template);
    const c0 = /^\s*C0/.test(template);
    packSeq(st, items, 0);
    const value = u0 && !c0 ? decodeUtf8Lenient(st.out) : codesToString(st.out);
    return { value, warnings: st.warnings };
  } catch (e) {
    if (e instanceof PackDie || e instanceof TemplateError) return { value: '', warnings: st.warnings, die: e.message };
    throw e;
  }
}

function codesToString(codes: number[]): string {
  let s = '';
  if (codes.some((c) => c > 0xffff)) {
    for (const c of codes) s += c > 0xffff ? String.fromCodePoint(c > 0x10ffff ? 0xfffd : c) : String.fromCharCode(c);
    return s;
  }
  for (let k = 0; k < codes.length; k += 8192) s += String.fromCharCode(...codes.slice(k, k + 8192));
  return s;
}

/** Decodes UTF-8 bytes to chars; bytes that do not form a sequence stay as they are. */
export function decodeUtf8Lenient(codes: number[]): string {
  const out: number[] = [];
  for (let k = 0; k < codes.length; ) {
    const b = codes[k];
    const len = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (len === 1 || b > 0xff || k + len > codes.length || !codes.slice(k + 1, k + len).every((c) => (c & 0xc0) === 0x80)) {
      out.push(b);
      k++;
      continue;
    }
    let cp = b & (0x7f >> len);
    for (let j = 1; j < len; j++) cp = (cp << 6) | (codes[k + j] & 63);
    out.push(cp);
    k += len;
  }
  let r = '';
  for (const c of out) r += c > 0xffff ? String.fromCodePoint(c > 0x10ffff ? 0xfffd : c) : String.fromCharCode(c);
  return r;
}
