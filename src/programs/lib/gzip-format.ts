/**
 * The gzip file format (RFC 1952): a header (magic, method 8, flags, mtime,
 * optional name), a raw DEFLATE stream, then CRC-32 and size mod 2^32.
 * A file may hold several members; their outputs are concatenated.
 */
import type { Gen } from '../runtime.ts';
import { utf8 } from '../runtime.ts';
import { deflate, crc32 } from './deflate.ts';
import { inflate, InflateError } from './inflate.ts';

const FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;
/** OS byte: 3 = Unix. */
const OS_UNIX = 3;

export interface GzipHeader { name: string | null; mtime: number; headerLen: number }

/** Compress `data` into one gzip member. `name` null leaves FNAME out; mtime in seconds (0: none). */
export function* gzipEncode(data: Uint8Array, name: string | null, mtime: number, tick: (n: number) => Gen<void>): Gen<Uint8Array> {
  const nameBytes = name === null ? new Uint8Array(0) : utf8(name);
  const head = new Uint8Array(10 + (name === null ? 0 : nameBytes.length + 1));
  head.set([0x1f, 0x8b, 8, name === null ? 0 : FNAME, mtime & 0xff, (mtime >>> 8) & 0xff, (mtime >>> 16) & 0xff, (mtime >>> 24) & 0xff, 0, OS_UNIX]);
  head.set(nameBytes, 10);
  const body = yield* deflate(data, tick);
  const out = new Uint8Array(head.length + body.length + 8);
  out.set(head, 0);
  out.set(body, head.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(head.length + body.length, crc32(data), true);
  dv.setUint32(head.length + body.length + 4, data.length >>> 0, true);
  return out;
}

export const isGzip = (d: Uint8Array, at = 0): boolean => d.length >= at + 2 && d[at] === 0x1f && d[at + 1] === 0x8b;

/** Parse a member header at `at`; a message when it is not valid. */
export function gzipHeader(d: Uint8Array, at = 0): GzipHeader | 'not in gzip format' | 'unexpected end of file' | string {
  if (!isGzip(d, at)) return 'not in gzip format';
  if (d.length < at + 10) return 'unexpected end of file';
  if (d[at + 2] !== 8) return `unknown method ${d[at + 2]} -- not supported`;
  const flags = d[at + 3]!;
  const mtime = (d[at + 4]! | (d[at + 5]! << 8) | (d[at + 6]! << 16) | (d[at + 7]! << 24)) >>> 0;
  let p = at + 10;
  if (flags & FEXTRA) {
    if (p + 2 > d.length) return 'unexpected end of file';
    p += 2 + (d[p]! | (d[p + 1]! << 8));
  }
  let name: string | null = null;
  const cstring = (): string | null => {
    const z = d.indexOf(0, p);
    if (z < 0) return null;
    const s = new TextDecoder('latin1').decode(d.subarray(p, z));
    p = z + 1;
    return s;
  };
  if (flags & FNAME) { name = cstring(); if (name === null) return 'unexpected end of file'; }
  if (flags & FCOMMENT && cstring() === null) return 'unexpected end of file';
  if (flags & FHCRC) p += 2;
  if (p > d.length) return 'unexpected end of file';
  return { name, mtime, headerLen: p - at };
}

export interface GunzipResult {
  out: Uint8Array;
  /** The first member's header. */
  header: GzipHeader;
  /** An error message (GNU's text) when decoding stopped early; `out` holds what was decoded. */
  error?: string;
  /** Bytes after the last member that are neither a member nor zeros. */
  trailingGarbage: boolean;
}

/** Decompress every member of a gzip file. A string when the first header is bad. */
export function* gzipDecode(d: Uint8Array, tick: (n: number) => Gen<void>): Gen<GunzipResult | string> {
  const first = gzipHeader(d);
  if (typeof first === 'string') return first;
  const parts: Uint8Array[] = [];
  const res: GunzipResult = { out: new Uint8Array(0), header: first, trailingGarbage: false };
  let at = 0;
  while (at < d.length) {
    const h = gzipHeader(d, at);
    if (typeof h === 'string') {
      if (at === 0 || h !== 'not in gzip format') res.error = h;
      else res.trailingGarbage = d.subarray(at).some((b) => b !== 0);
      break;
    }
    try {
      const r = yield* inflate(d, at + h.headerLen, tick);
      parts.push(r.out);
      if (r.end + 8 > d.length) { res.error = 'unexpected end of file'; break; }
      const dv = new DataView(d.buffer, d.byteOffset + r.end, 8);
      if (dv.getUint32(0, true) !== crc32(r.out)) { res.error = 'invalid compressed data--crc error'; break; }
      if (dv.getUint32(4, true) !== (r.out.length >>> 0)) { res.error = 'invalid compressed data--length error'; break; }
      at = r.end + 8;
    } catch (e) {
      if (!(e instanceof InflateError)) throw e;
      res.error = e.message;
      break;
    }
  }
  let n = 0;
  for (const p of parts) n += p.length;
  res.out = new Uint8Array(n);
  n = 0;
  for (const p of parts) { res.out.set(p, n); n += p.length; }
  return res;
}

/** CRC and size recorded in the last 8 bytes (what `gzip -l` shows). */
export function gzipTrailer(d: Uint8Array): { crc: number; size: number } {
  if (d.length < 18) return { crc: 0, size: 0 };
  const dv = new DataView(d.buffer, d.byteOffset + d.length - 8, 8);
  return { crc: dv.getUint32(0, true), size: dv.getUint32(4, true) };
}
