// perl 5.36's unpack (perlfunc "unpack"; pp_pack.c unpack_rec).

import { fromInt, parseNumber, type PerlNum } from './number.ts';
import { itemSize, parseTemplate, TemplateError, type PackItem } from './pack-template.ts';
import { chars, hasSurrogate } from '../astral.ts';

export type UnpackValue = string | PerlNum;

export interface UnpackResult {
  values: UnpackValue[];
  /** perl's warnings without " at FILE line N.\n". */
  warnings: string[];
  die?: string;
}

interface UState {
  s: string;
  /** The characters of s when it holds one above U+FFFF (positions count characters). */
  cs: string[] | null;
  pos: number;
  out: UnpackValue[];
  warnings: string[];
  /** U0 mode: U reads one character instead of decoding UTF-8. */
  u0: boolean;
}

class UnpackDie extends Error {}

const len = (st: UState): number => (st.cs ? st.cs.length : st.s.length);
const code = (st: UState, i: number): number => (st.cs ? st.cs[i]?.codePointAt(0) ?? NaN : st.s.charCodeAt(i));
const sub = (st: UState, a: number, b: number): string => (st.cs ? st.cs.slice(a, b).join('') : st.s.slice(a, b));

/** Reads n bytes at pos; chars above 0xFF wrap with perl's warning. */
function readBytes(st: UState, n: number, type: string): number[] {
  const r: number[] = [];
  let wrapped = false;
  for (let k = 0; k < n; k++) {
    const c = code(st, st.pos + k);
    if (c > 0xff) wrapped = true;
    r.push(c & 0xff);
  }
  if (wrapped) st.warnings.push(n > 1 ? `Character(s) in '${type}' format wrapped in unpack` : `Character in '${type}' format wrapped in unpack`);
  st.pos += n;
  return r;
}

function readInt(st: UState, it: PackItem, size: number): PerlNum {
  const t = it.type;
  const bytes = readBytes(st, size, t);
  const big = t === 'n' || t === 'N' || it.endian === '>';
  let v = 0n;
  for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(bytes[big ? k : size - 1 - k]);
  const signed = 'csliqj'.includes(t) || ((t === 'n' || t === 'N' || t === 'v' || t === 'V') && it.bang);
  if (signed) v = BigInt.asIntN(size * 8, v);
  return fromInt(v) as PerlNum;
}

const DV = new DataView(new ArrayBuffer(8));

function readFloat(st: UState, it: PackItem, size: number): number {
  const bytes = readBytes(st, size, it.type);
  const ordered = it.endian === '>' ? bytes : bytes.reverse();
  ordered.forEach((b, k) => DV.setUint8(k, b));
  return size === 4 ? DV.getFloat32(0) : DV.getFloat64(0);
}

function readUtf8(st: UState): number {
  const b = code(st, st.pos);
  if (st.u0 || b > 0xff || b < 0xc0) {
    st.pos++;
    return b;
  }
  const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
  let cp = b & (0x7f >> len);
  for (let j = 1; j < len; j++) cp = (cp << 6) | (code(st, st.pos + j) & 63);
  st.pos += len;
  return cp;
}

function readBer(st: UState): PerlNum {
  let v = 0n;
  for (;;) {
    if (st.pos >= len(st)) throw new UnpackDie('Unterminated compressed integer in unpack');
    const b = code(st, st.pos++) & 0xff;
    v = (v << 7n) | BigInt(b & 0x7f);
    if (!(b & 0x80)) return fromInt(v) ?? Number(v);
  }
}

function unpackString(st: UState, it: PackItem, count: number | '*' | undefined): string {
  const avail = len(st) - st.pos;
  const n = count === '*' ? avail : Math.min(count ?? 1, avail);
  let v = sub(st, st.pos, st.pos + n);
  if (it.type === 'Z') {
    const z = v.indexOf('\0');
    if (z >= 0) v = v.slice(0, z);
    if (count === '*') {
      st.pos += z >= 0 ? z + 1 : n;
      return v;
    }
  } else if (it.type === 'A') {
    v = v.replace(/[\0 \t\n\r\f\v]+$/, '');
  }
  st.pos += n;
  return v;
}

function unpackBits(st: UState, it: PackItem): string {
  const availBits = (len(st) - st.pos) * (it.type === 'b' || it.type === 'B' ? 8 : 2);
  const n = it.count === '*' ? availBits : Math.min(it.count ?? 1, availBits);
  const bitsPer = it.type === 'b' || it.type === 'B' ? 8 : 2;
  const bytes = readBytes(st, Math.ceil(n / bitsPer), it.type);
  let out = '';
  for (let k = 0; k < n; k++) {
    const byte = bytes[Math.floor(k / bitsPer)];
    const j = k % bitsPer;
    if (it.type === 'b') out += (byte >> j) & 1;
    else if (it.type === 'B') out += (byte >> (7 - j)) & 1;
    else out += ((it.type === 'h') === (j === 0) ? byte & 15 : byte >> 4).toString(16);
  }
  return out;
}

function numericCount(st: UState, it: PackItem, size: number): number {
  const avail = Math.floor((len(st) - st.pos) / size);
  return it.count === '*' ? avail : Math.min(it.count ?? 1, avail);
}

function unpackNumbers(st: UState, it: PackItem): UnpackValue[] {
  const t = it.type;
  const vals: UnpackValue[] = [];
  if (t === 'U' || t === 'W' || t === 'w') {
    const max = it.count === '*' ? Infinity : (it.count ?? 1);
    for (let k = 0; k < max && st.pos < len(st); k++) {
      vals.push(t === 'w' ? readBer(st) : t === 'U' ? readUtf8(st) : code(st, st.pos++));
    }
    return vals;
  }
  const size = itemSize(t, it.bang) as number;
  const n = numericCount(st, it, size);
  for (let k = 0; k < n; k++) {
    if (t === 'f' || t === 'd' || t === 'F') vals.push(readFloat(st, it, size));
    else if (t === 'C' && size === 1) vals.push(code(st, st.pos++));
    else vals.push(readInt(st, it, size));
  }
  return vals;
}

function checksum(vals: UnpackValue[], bits: number, it: PackItem): PerlNum {
  if (it.type === 'b' || it.type === 'B') {
    const ones = (vals as string[]).join('').split('').filter((c) => c === '1').length;
    return fromInt(BigInt(ones) % (1n << BigInt(bits))) as PerlNum;
  }
  let sum = 0n;
  for (const v of vals) {
    const n = Number(v);
    sum += typeof v === 'bigint' ? v : Number.isFinite(n) ? BigInt(Math.trunc(n)) : 0n;
  }
  return fromInt(BigInt.asUintN(Math.min(bits, 64), sum)) as PerlNum;
}

function unpackItem(st: UState, it: PackItem, groupStart: number): void {
  const t = it.type;
  if (it.data) return unpackSlash(st, it, groupStart);
  if (it.group) {
    const reps = it.count === '*' ? Infinity : (it.count ?? 1);
    for (let r = 0; r < reps && (it.count !== '*' || st.pos < len(st)); r++) {
      const start = st.pos;
      for (const g of it.group) unpackItem(st, it.endian && !g.endian ? { ...g, endian: it.endian } : g, start);
      if (it.count === '*' && st.pos <= start) break;
    }
    return;
  }
  if (t === 'x' || t === 'X' || t === '@' || t === '.') return position(st, it, groupStart);
  let vals: UnpackValue[];
  if ('aAZ'.includes(t)) vals = [unpackString(st, it, it.count)];
  else if ('bBhH'.includes(t)) vals = [unpackBits(st, it)];
  else vals = unpackNumbers(st, it);
  if (it.checksum !== undefined) vals = [checksum(vals, it.checksum, it)];
  st.out.push(...vals);
}

function position(st: UState, it: PackItem, groupStart: number): void {
  const t = it.type;
  const n = it.count === '*' ? 0 : (it.count ?? (t === '@' || t === '.' ? 0 : 1));
  if (t === '.') {
    st.out.push(fromInt(BigInt(st.pos - (n === 0 ? groupStart : 0))) as PerlNum);
    return;
  }
  if (t === '@') {
    if (groupStart + n > len(st)) throw new UnpackDie(`'@' outside of string in unpack`);
    st.pos = groupStart + n;
    return;
  }
  let step = n;
  if (it.bang) step = n > 0 ? (t === 'x' ? (n - (st.pos % n)) % n : st.pos % n) : 0;
  if (t === 'x') {
    if (st.pos + step > len(st)) throw new UnpackDie(`'x' outside of string in unpack`);
    st.pos += step;
  } else {
    if (step > st.pos) throw new UnpackDie(`'X' outside of string in unpack`);
    st.pos -= step;
  }
}

/** "X/Y": read a length with X, then Y with that count. */
function unpackSlash(st: UState, it: PackItem, groupStart: number): void {
  const before = st.out.length;
  unpackItem(st, { ...it, data: undefined, count: 1 }, groupStart);
  if (st.out.length === before) return;
  const got = st.out.pop() as UnpackValue;
  const n = Number(typeof got === 'string' ? parseNumber(got).value : got);
  unpackItem(st, { ...(it.data as PackItem), count: n > 0 ? Math.min(Math.trunc(n), len(st) * 8 + 1) : 0 }, groupStart);
}

/** unpack(template, s) (perlfunc "unpack"): the list of values, as perl returns it. */
export function unpack(template: string, s: string): UnpackResult {
  const st: UState = { s, cs: hasSurrogate(s) ? chars(s) : null, pos: 0, out: [], warnings: [], u0: /^\s*U(?!0)|^\s*U0/.test(template) };
  try {
    const items = parseTemplate(template, 'unpack');
    if (/^\s*C0/.test(template)) st.u0 = false;
    for (const it of items) unpackItem(st, it, 0);
    return { values: st.out, warnings: st.warnings };
  } catch (e) {
    if (e instanceof UnpackDie || e instanceof TemplateError) return { values: [], warnings: st.warnings, die: e.message };
    throw e;
  }
}
