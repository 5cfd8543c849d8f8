/**
 * Strings and the bytes they stand for, in the shell and in argv. bash works on bytes: a
 * word may hold bytes that are not UTF-8 (`printf '\xff'`, `$'\xff'`, a file
 * read by `$(cat f)`). Here a string is Unicode text, and a byte 0x80-0xFF
 * that is not part of a valid UTF-8 sequence is the lone surrogate
 * U+DC80-U+DCFF (the "surrogateescape" convention), so text and raw bytes
 * both survive a trip through a variable and back out.
 */

const enc = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });
const LONE_ESCAPE = /[\udc80-\udcff]/u;

/** The string for the raw byte `b` (0-255): itself below 0x80, else its escape. */
export function byteChar(b: number): string {
  return String.fromCharCode(b < 0x80 ? b : 0xdc00 + b);
}

/** Bytes of a shell string: UTF-8, with escaped raw bytes written as themselves. */
export function shellBytes(s: string): Uint8Array {
  if (!LONE_ESCAPE.test(s)) return enc.encode(s);
  const parts: number[] = [];
  let run = '';
  const flush = (): void => {
    if (run) for (const b of enc.encode(run)) parts.push(b);
    run = '';
  };
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) {
      flush();
      parts.push(c - 0xdc00);
    } else run += ch;
  }
  flush();
  return Uint8Array.from(parts);
}

/** A shell string for bytes: valid UTF-8 as text, every other byte escaped. */
export function shellString(b: Uint8Array): string {
  try {
    return strict.decode(b);
  } catch {
    return decodeLoose(b);
  }
}

/** Raw bytes (escapes from `\xNN`) that form UTF-8 sequences become the text they spell. */
export function joinBytes(s: string): string {
  return LONE_ESCAPE.test(s) ? shellString(shellBytes(s)) : s;
}

/** Length of the valid UTF-8 sequence at b[i], or 0 (RFC 3629 section 4). */
function seqLen(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => b[i + k] !== undefined && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function decodeLoose(b: Uint8Array): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < b.length) {
    const n = seqLen(b, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += strict.decode(b.subarray(start, i)) + String.fromCharCode(0xdc00 + b[i]!);
    i++;
    start = i;
  }
  return out + strict.decode(b.subarray(start));
}

/** A string whose chars are the bytes of shell string `s` (for byte-wise tools such as printf). */
export function byteStr(s: string): string {
  const b = shellBytes(s);
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}
