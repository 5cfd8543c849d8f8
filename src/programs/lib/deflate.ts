/**
 * DEFLATE encoding (RFC 1951): LZ77 over a 32 KiB window with hash chains,
 * coded with the fixed Huffman codes; a block that would not shrink is sent
 * stored instead. The ratio is below GNU gzip's, the format is the same.
 * Also CRC-32 (ISO 3309, as gzip uses it).
 */
import type { Gen } from '../runtime.ts';
import { LEN_BASE, LEN_EXTRA, DIST_BASE, DIST_EXTRA } from './inflate.ts';

const WINDOW = 32768, MIN_MATCH = 3, MAX_MATCH = 258, MAX_CHAIN = 64;
const BLOCK = 1 << 16;

let crcTable: Uint32Array | null = null;

/** CRC-32 of data, continuing from `crc` (0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Writes bits LSB-first; Huffman codes are reversed before writing. */
class BitWriter {
  buf = new Uint8Array(1 << 16);
  len = 0;
  private acc = 0;
  private n = 0;
  private room(k: number): void {
    if (this.len + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + k) size *= 2;
    const nb = new Uint8Array(size);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  bits(v: number, k: number): void {
    this.acc |= v << this.n;
    this.n += k;
    while (this.n >= 8) {
      this.room(1);
      this.buf[this.len++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.n -= 8;
    }
  }
  code(c: number, k: number): void {
    let r = 0;
    for (let i = 0; i < k; i++) r = (r << 1) | ((c >> i) & 1);
    this.bits(r, k);
  }
  align(): void { if (this.n > 0) this.bits(0, 8 - this.n); }
  bytes(b: Uint8Array): void { this.room(b.length); this.buf.set(b, this.len); this.len += b.length; }
}

function fixedLit(w: BitWriter, sym: number): void {
  if (sym < 144) w.code(0x30 + sym, 8);
  else if (sym < 256) w.code(0x190 + sym - 144, 9);
  else if (sym < 280) w.code(sym - 256, 7);
  else w.code(0xc0 + sym - 280, 8);
}

function findIndex(base: number[], v: number): number {
  let i = base.length - 1;
  while (base[i]! > v) i--;
  return i;
}

/** LZ77 symbols of data[from..to): a literal byte as itself, a match as 256 + (length << 16 | distance). */
function* matches(data: Uint8Array, from: number, to: number, head: Int32Array, prev: Int32Array, tick: (n: number) => Gen<void>): Gen<number[]> {
  const syms: number[] = [];
  const hash = (i: number): number => ((data[i]! << 10) ^ (data[i + 1]! << 5) ^ data[i + 2]!) & 0x7fff;
  const insert = (i: number): void => {
    if (i + 2 >= data.length) return;
    const h = hash(i);
    prev[i & (WINDOW - 1)] = head[h]!;
    head[h] = i;
  };
  let i = from;
  while (i < to) {
    if ((syms.length & 4095) === 4095) yield* tick(32);
    let bestLen = 0, bestDist = 0;
    if (i + MIN_MATCH <= data.length) {
      let cand = head[hash(i)]!;
      const max = Math.min(MAX_MATCH, to - i);
      for (let chain = 0; cand >= 0 && i - cand <= WINDOW - 1 && chain < MAX_CHAIN; chain++) {
        if (data[cand + bestLen] === data[i + bestLen]) {
          let l = 0;
          while (l < max && data[cand + l] === data[i + l]) l++;
          if (l > bestLen) { bestLen = l; bestDist = i - cand; if (l === max) break; }
        }
        const p = prev[cand & (WINDOW - 1)]!;
        if (p >= cand) break;
        cand = p;
      }
    }
    if (bestLen >= MIN_MATCH) {
      syms.push(256 + ((bestLen << 16) | bestDist));
      for (let k = 0; k < bestLen; k++) insert(i + k);
      i += bestLen;
    } else {
      syms.push(data[i]!);
      insert(i);
      i++;
    }
  }
  return syms;
}

function writeFixed(w: BitWriter, syms: number[], last: boolean): void {
  w.bits(last ? 1 : 0, 1);
  w.bits(1, 2);
  for (const s of syms) {
    if (s < 256) { fixedLit(w, s); continue; }
    const v = s - 256, len = v >>> 16, dist = v & 0xffff;
    const li = findIndex(LEN_BASE, len);
    const code = len === 258 ? 28 : li;
    fixedLit(w, 257 + code);
    w.bits(len - LEN_BASE[code]!, LEN_EXTRA[code]!);
    const di = findIndex(DIST_BASE, dist);
    w.code(di, 5);
    w.bits(dist - DIST_BASE[di]!, DIST_EXTRA[di]!);
  }
  fixedLit(w, 256);
}

function writeStored(w: BitWriter, data: Uint8Array, last: boolean): void {
  for (let off = 0; off < data.length || off === 0; off += 65535) {
    const part = data.subarray(off, Math.min(data.length, off + 65535));
    const fin = last && off + 65535 >= data.length;
    w.bits(fin ? 1 : 0, 1);
    w.bits(0, 2);
    w.align();
    w.bytes(new Uint8Array([part.length & 0xff, part.length >> 8, ~part.length & 0xff, (~part.length >> 8) & 0xff]));
    w.bytes(part);
    if (data.length === 0) break;
  }
}

/** Compress data to a raw DEFLATE stream. */
export function* deflate(data: Uint8Array, tick: (n: number) => Gen<void>): Gen<Uint8Array> {
  const w = new BitWriter();
  const head = new Int32Array(WINDOW).fill(-1);
  const prev = new Int32Array(WINDOW).fill(-1);
  if (data.length === 0) { writeFixed(w, [], true); w.align(); return w.buf.slice(0, w.len); }
  for (let from = 0; from < data.length; from += BLOCK) {
    const to = Math.min(data.length, from + BLOCK);
    const last = to === data.length;
    const syms = yield* matches(data, from, to, head, prev, tick);
    const trial = new BitWriter();
    writeFixed(trial, syms, last);
    if (trial.len > to - from + 5 * Math.ceil((to - from) / 65535) + 1) writeStored(w, data.subarray(from, to), last);
    else writeFixed(w, syms, last);
  }
  w.align();
  return w.buf.slice(0, w.len);
}
