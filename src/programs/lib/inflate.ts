/**
 * DEFLATE decoding (RFC 1951): stored, fixed-Huffman and dynamic-Huffman
 * blocks. A generator so the caller's step counter sees the work: it ticks
 * once per 4096 symbols decoded.
 */
import type { Gen } from '../runtime.ts';

/** Length base values and extra bits for codes 257..285 (RFC 1951 3.2.5). */
export const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
export const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/** Distance base values and extra bits for codes 0..29. */
export const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
export const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** Order in which code-length code lengths are sent (RFC 1951 3.2.7). */
export const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman decoding table: symbols by length, and counts per length. */
interface Huffman { counts: Uint16Array; symbols: Uint16Array }

export class InflateError extends Error {}

function buildHuffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  const offs = new Uint16Array(16);
  for (let i = 1; i < 16; i++) offs[i] = offs[i - 1]! + counts[i - 1]!;
  const symbols = new Uint16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) if (lengths[i]! > 0) symbols[offs[lengths[i]!]!++] = i;
  return { counts, symbols };
}

/** Reads bits LSB-first from a byte array. */
class BitReader {
  pos = 0;
  private bit = 0;
  private nbits = 0;
  constructor(private readonly data: Uint8Array) {}

  bits(n: number): number {
    while (this.nbits < n) {
      if (this.pos >= this.data.length) throw new InflateError('unexpected end of file');
      this.bit |= this.data[this.pos++]! << this.nbits;
      this.nbits += 8;
    }
    const v = this.bit & ((1 << n) - 1);
    this.bit >>>= n;
    this.nbits -= n;
    return v;
  }

  /** Drop the bits left in the current byte (stored blocks start on a byte). */
  align(): void { this.bit = 0; this.nbits = 0; }

  decode(h: Huffman): number {
    let code = 0, first = 0, index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.counts[len]!;
      if (code - count < first) return h.symbols[index + (code - first)]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new InflateError('invalid compressed data--format violated');
  }
}

/** Growable output buffer. */
class Out {
  buf = new Uint8Array(1 << 16);
  len = 0;
  push(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  grow(n: number): void {
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const nb = new Uint8Array(size);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
}

let fixedTables: [Huffman, Huffman] | null = null;
function fixed(): [Huffman, Huffman] {
  if (!fixedTables) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144); l.fill(9, 144, 256); l.fill(7, 256, 280); l.fill(8, 280, 288);
    fixedTables = [buildHuffman(l), buildHuffman(new Uint8Array(30).fill(5))];
  }
  return fixedTables;
}

function dynamicTables(br: BitReader): [Huffman, Huffman] {
  const hlit = br.bits(5) + 257, hdist = br.bits(5) + 1, hclen = br.bits(4) + 4;
  const cl = new Uint8Array(19);
  for (let i = 0; i < hclen; i++) cl[CL_ORDER[i]!] = br.bits(3);
  const clh = buildHuffman(cl);
  const lens = new Uint8Array(hlit + hdist);
  for (let i = 0; i < hlit + hdist;) {
    const sym = br.decode(clh);
    if (sym < 16) { lens[i++] = sym; continue; }
    let rep: number, val = 0;
    if (sym === 16) {
      if (i === 0) throw new InflateError('invalid compressed data--format violated');
      val = lens[i - 1]!; rep = 3 + br.bits(2);
    } else rep = sym === 17 ? 3 + br.bits(3) : 11 + br.bits(7);
    if (i + rep > hlit + hdist) throw new InflateError('invalid compressed data--format violated');
    lens.fill(val, i, i + rep);
    i += rep;
  }
  return [buildHuffman(lens.subarray(0, hlit)), buildHuffman(lens.subarray(hlit))];
}

/** Decode one Huffman-coded block into `out`. */
function* codes(br: BitReader, out: Out, lit: Huffman, dist: Huffman, tick: (n: number) => Gen<void>): Gen<void> {
  for (let n = 0; ; n++) {
    if ((n & 4095) === 4095) yield* tick(16);
    const sym = br.decode(lit);
    if (sym < 256) { out.push(sym); continue; }
    if (sym === 256) return;
    const li = sym - 257;
    if (li >= 29) throw new InflateError('invalid compressed data--format violated');
    const len = LEN_BASE[li]! + br.bits(LEN_EXTRA[li]!);
    const di = br.decode(dist);
    if (di >= 30) throw new InflateError('invalid compressed data--format violated');
    const d = DIST_BASE[di]! + br.bits(DIST_EXTRA[di]!);
    if (d > out.len) throw new InflateError('invalid compressed data--format violated');
    if (out.len + len > out.buf.length) out.grow(len);
    const b = out.buf;
    for (let k = 0; k < len; k++, out.len++) b[out.len] = b[out.len - d]!;
  }
}

/**
 * Inflate the raw DEFLATE stream at data[start..]. Returns the bytes and the
 * offset just past the stream; throws InflateError on corrupt input.
 */
export function* inflate(data: Uint8Array, start: number, tick: (n: number) => Gen<void>): Gen<{ out: Uint8Array; end: number }> {
  const br = new BitReader(data);
  br.pos = start;
  const out = new Out();
  for (;;) {
    const last = br.bits(1);
    const type = br.bits(2);
    if (type === 0) {
      br.align();
      if (br.pos + 4 > data.length) throw new InflateError('unexpected end of file');
      const len = data[br.pos]! | (data[br.pos + 1]! << 8);
      const nlen = data[br.pos + 2]! | (data[br.pos + 3]! << 8);
      if ((len ^ 0xffff) !== nlen) throw new InflateError('invalid compressed data--format violated');
      br.pos += 4;
      if (br.pos + len > data.length) throw new InflateError('unexpected end of file');
      if (out.len + len > out.buf.length) out.grow(len);
      out.buf.set(data.subarray(br.pos, br.pos + len), out.len);
      out.len += len;
      br.pos += len;
      yield* tick(1 + (len >> 10));
    } else if (type === 1) {
      const [l, d] = fixed();
      yield* codes(br, out, l, d, tick);
    } else if (type === 2) {
      const [l, d] = dynamicTables(br);
      yield* codes(br, out, l, d, tick);
    } else throw new InflateError('invalid compressed data--format violated');
    if (last) break;
  }
  return { out: out.buf.slice(0, out.len), end: br.pos };
}
