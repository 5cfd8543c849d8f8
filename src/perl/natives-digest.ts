/**
 * Byte-string digests and Base64 for the natives of MIME::Base64,
 * Digest::MD5 and Digest::SHA. Input is a Perl byte string (one char per
 * byte, 0..255); callers reject wider characters first. MD5 is RFC 1321,
 * SHA-1 and SHA-256 are FIPS 180-4 (computed by the same code as md5sum and
 * sha256sum), Base64 is RFC 2045 (76-char lines).
 */
import { md5, sha1, sha256, sha512 } from '../programs/lib/hash.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** MIME::Base64::encode_base64: lines of 76 chars, each ended by `eol`. */
export function base64Encode(s: string, eol: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < s.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < s.length ? B64[n & 63]! : '=');
  }
  if (eol === '') return out;
  let lines = '';
  for (let i = 0; i < out.length; i += 76) lines += out.slice(i, i + 76) + eol;
  return lines;
}

/** MIME::Base64::decode_base64: ignores characters outside the alphabet, stops at '='. */
export function base64Decode(s: string): string {
  const clean = s.replace(/=.*$/s, '').replace(/[^A-Za-z0-9+/]/g, '');
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const ch of clean) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((acc >> bits) & 0xff); }
  }
  return out;
}

/** The bytes of a perl byte string (code points 0-255). */
function bytesOf(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** MD5 of a byte string, as 32 hex digits. */
export const md5Hex = (s: string): string => md5(bytesOf(s));
/** SHA-1 of a byte string, as 40 hex digits. */
export const sha1Hex = (s: string): string => sha1(bytesOf(s));
/** SHA-256 (or SHA-224 with `is224`) of a byte string, as hex digits. */
export const sha256Hex = (s: string, is224 = false): string => sha256(bytesOf(s), is224);
/** SHA-512 (or SHA-384 with `is384`) of a byte string, as hex digits. */
export const sha512Hex = (s: string, is384 = false): string => sha512(bytesOf(s), is384);

/** Hex digits to a byte string. */
export function hexToBytes(h: string): string {
  let out = '';
  for (let i = 0; i < h.length; i += 2) out += String.fromCharCode(parseInt(h.slice(i, i + 2), 16));
  return out;
}

