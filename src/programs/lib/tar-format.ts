/**
 * The tar archive format: POSIX ustar headers (IEEE 1003.1-1988 and
 * POSIX.1-2001 "pax" extended headers for reading), plus GNU tar's long-name
 * records ('L', 'K') and its "ustar  " magic when reading. 512-byte blocks;
 * an archive ends with two zero blocks and is padded to 20 blocks.
 */
import { utf8, fromUtf8 } from '../runtime.ts';

export const BLOCK = 512;
export const RECORD = 20 * BLOCK;

export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo' | 'other';

export interface TarEntry {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  type: EntryType;
  linkname: string;
  uname: string;
  gname: string;
}

const TYPE_FLAG: Record<EntryType, string> = {
  file: '0', hardlink: '1', symlink: '2', char: '3', block: '4', dir: '5', fifo: '6', other: '0',
};

function putString(h: Uint8Array, off: number, len: number, s: string): void {
  const b = utf8(s);
  h.set(b.subarray(0, len), off);
}

function putOctal(h: Uint8Array, off: number, len: number, v: number): void {
  putString(h, off, len, Math.max(0, Math.floor(v)).toString(8).padStart(len - 1, '0') + '\0');
}

/** Split a long name into ustar's prefix and name fields; null when it cannot be. */
function splitName(name: string): [string, string] | null {
  const b = utf8(name);
  if (b.length <= 100) return ['', name];
  for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
    const pre = utf8(name.slice(0, i)).length, rest = utf8(name.slice(i + 1)).length;
    if (pre <= 155 && rest <= 100 && rest > 0) return [name.slice(0, i), name.slice(i + 1)];
  }
  return null;
}

/** One ustar header block for `e`; null when the name does not fit (max 256 bytes). */
export function encodeHeader(e: TarEntry): Uint8Array | null {
  const split = splitName(e.name);
  if (split === null || utf8(e.linkname).length > 100) return null;
  const h = new Uint8Array(BLOCK);
  putString(h, 0, 100, split[1]);
  putOctal(h, 100, 8, e.mode & 0o7777);
  putOctal(h, 108, 8, e.uid);
  putOctal(h, 116, 8, e.gid);
  putOctal(h, 124, 12, e.type === 'file' ? e.size : 0);
  putOctal(h, 136, 12, e.mtime);
  h.fill(0x20, 148, 156);
  putString(h, 156, 1, TYPE_FLAG[e.type]);
  putString(h, 157, 100, e.linkname);
  putString(h, 257, 8, 'ustar\x0000');
  putString(h, 265, 32, e.uname);
  putString(h, 297, 32, e.gname);
  putOctal(h, 329, 8, 0);
  putOctal(h, 337, 8, 0);
  putString(h, 345, 155, split[0]);
  let sum = 0;
  for (const b of h) sum += b;
  putString(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

function getString(h: Uint8Array, off: number, len: number): string {
  const f = h.subarray(off, off + len);
  const z = f.indexOf(0);
  return fromUtf8(z < 0 ? f : f.subarray(0, z));
}

function getOctal(h: Uint8Array, off: number, len: number): number {
  if (h[off]! & 0x80) {
    let v = 0;
    for (let i = off + 1; i < off + len; i++) v = v * 256 + h[i]!;
    return v;
  }
  const s = getString(h, off, len).trim();
  return s === '' ? 0 : parseInt(s, 8);
}

function checksumOk(h: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
  return sum === getOctal(h, 148, 8);
}

const BY_FLAG: Record<string, EntryType> = {
  '0': 'file', '\0': 'file', '7': 'file', '1': 'hardlink', '2': 'symlink', '3': 'char', '4': 'block', '5': 'dir', '6': 'fifo',
};

/** A raw header: the entry, or its GNU/pax type for the records that modify the next one. */
interface Raw { entry: TarEntry; flag: string }

function decodeRaw(h: Uint8Array): Raw | null {
  if (!checksumOk(h)) return null;
  const flag = String.fromCharCode(h[156]!);
  const magic = getString(h, 257, 6);
  let name = getString(h, 0, 100);
  if (magic === 'ustar') {
    const prefix = getString(h, 345, 155);
    if (prefix !== '') name = `${prefix}/${name}`;
  }
  let type = BY_FLAG[flag] ?? 'other';
  if (type === 'file' && name.endsWith('/')) type = 'dir';
  return {
    flag,
    entry: {
      name, mode: getOctal(h, 100, 8), uid: getOctal(h, 108, 8), gid: getOctal(h, 116, 8), size: getOctal(h, 124, 12),
      mtime: getOctal(h, 136, 12), type, linkname: getString(h, 157, 100), uname: getString(h, 265, 32), gname: getString(h, 297, 32),
    },
  };
}

/** Apply pax "LEN key=value\n" records to an entry. */
function applyPax(e: TarEntry, text: string): void {
  let at = 0;
  while (at < text.length) {
    const sp = text.indexOf(' ', at);
    const len = Number(text.slice(at, sp));
    if (sp < 0 || !(len > 0)) break;
    const rec = text.slice(sp + 1, at + len - 1);
    at += len;
    const eq = rec.indexOf('=');
    const k = rec.slice(0, eq), v = rec.slice(eq + 1);
    if (k === 'path') e.name = v;
    else if (k === 'linkpath') e.linkname = v;
    else if (k === 'size') e.size = Number(v);
    else if (k === 'mtime') e.mtime = Math.floor(Number(v));
    else if (k === 'uname') e.uname = v;
    else if (k === 'gname') e.gname = v;
    else if (k === 'uid') e.uid = Number(v);
    else if (k === 'gid') e.gid = Number(v);
  }
}

export interface Member { entry: TarEntry; data: Uint8Array }

/**
 * Every member of an archive. `error` is set when the bytes are not an
 * archive at all ('not tar') or end inside a member ('eof').
 */
export function readArchive(d: Uint8Array): { members: Member[]; error?: 'not tar' | 'eof' } {
  const members: Member[] = [];
  let at = 0;
  let longName: string | null = null, longLink: string | null = null;
  let pax = '';
  while (at + BLOCK <= d.length) {
    const h = d.subarray(at, at + BLOCK);
    if (h.every((b) => b === 0)) break;
    const raw = decodeRaw(h);
    if (raw === null) return members.length === 0 && longName === null ? { members, error: 'not tar' } : { members, error: 'eof' };
    at += BLOCK;
    const size = raw.flag === '1' || raw.flag === '2' || raw.flag === '5' ? 0 : raw.entry.size;
    if (at + size > d.length) return { members, error: 'eof' };
    const data = d.subarray(at, at + size);
    at += Math.ceil(size / BLOCK) * BLOCK;
    if (raw.flag === 'L') { longName = fromUtf8(data).replace(/\0+$/, ''); continue; }
    if (raw.flag === 'K') { longLink = fromUtf8(data).replace(/\0+$/, ''); continue; }
    if (raw.flag === 'x') { pax = fromUtf8(data); continue; }
    if (raw.flag === 'g') continue;
    const e = raw.entry;
    if (longName !== null) e.name = longName;
    if (longLink !== null) e.linkname = longLink;
    if (pax !== '') applyPax(e, pax);
    if (e.type === 'dir' && !e.name.endsWith('/')) e.name += '/';
    longName = longLink = null;
    pax = '';
    members.push({ entry: e, data: e.type === 'file' ? data : new Uint8Array(0) });
  }
  if (members.length === 0 && at === 0 && d.length > 0 && d.length < BLOCK) return { members, error: 'not tar' };
  return { members };
}
