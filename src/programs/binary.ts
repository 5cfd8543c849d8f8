/** Bytes and encodings: base64 md5sum sha256sum od xxd file. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, readInput, splitLines } from './lib/io.ts';
import { md5, sha256 } from './lib/hash.ts';
import { digestProgram } from './checksum.ts';
import { S_ISDIR, S_IFMT, S_IFLNK, S_IFCHR, S_IFIFO, S_IFSOCK } from '../abi/stat.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function b64encode(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < b.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < b.length ? B64[n & 63]! : '=');
  }
  return s;
}

export function b64decode(s: string): Uint8Array | null {
  const clean = s.replace(/[\s]/g, '');
  if (/[^A-Za-z0-9+/=]/.test(clean)) return null;
  const out: number[] = [];
  let buf = 0, bits = 0;
  for (const ch of clean) {
    if (ch === '=') break;
    buf = (buf << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) { bits -= 8; out.push((buf >> bits) & 255); }
  }
  return Uint8Array.from(out);
}

const base64 = defineProgram('base64', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'dw:i', long: { decode: 'd', wrap: 'w:', 'ignore-garbage': 'i' } });
  if (typeof c === 'number') return c;
  const f = c.args[0] ?? '-';
  const d = yield* readInput(ctx, f);
  if (typeof d === 'number') { yield* ctx.perror(f, d); return 1; }
  if (c.o.has('d')) {
    const r = b64decode(c.o.has('i') ? fromUtf8(d).replace(/[^A-Za-z0-9+/=]/g, '') : fromUtf8(d));
    if (r === null) { yield* ctx.err(`${ctx.prog}: invalid input\n`); return 1; }
    yield* ctx.out(r);
    return 0;
  }
  const w = Number(c.o.get('w') ?? 76);
  const s = b64encode(d);
  if (w === 0) { yield* ctx.out(s); return 0; }
  let out = '';
  for (let i = 0; i < s.length; i += w) out += s.slice(i, i + w) + '\n';
  yield* ctx.out(out);
  return 0;
});

function odChar(b: number): string {
  const named: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };
  if (named[b] !== undefined) return named[b]!;
  if (b >= 32 && b < 127) return String.fromCharCode(b);
  return b.toString(8).padStart(3, '0');
}

const od = defineProgram('od', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'cxA:t:bdovN:j:w::', long: { format: 't:', 'address-radix': 'A:' } });
  if (typeof c === 'number') return c;
  const parts: Uint8Array[] = [];
  for (const f of c.args.length > 0 ? c.args : ['-']) {
    const d = yield* readInput(ctx, f);
    if (typeof d === 'number') { yield* ctx.perror(f, d); return 1; }
    parts.push(d);
  }
  let data = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let off = 0;
  for (const p of parts) { data.set(p, off); off += p.length; }
  if (c.o.has('j')) data = data.subarray(Number(c.o.get('j')));
  if (c.o.has('N')) data = data.subarray(0, Number(c.o.get('N')));
  const radix = c.o.get('A') ?? 'o';
  const addr = (n: number): string => (radix === 'n' ? '' : radix === 'x' ? n.toString(16).padStart(6, '0') : radix === 'd' ? String(n).padStart(7, '0') : n.toString(8).padStart(7, '0'));
  const t = c.o.get('t') ?? (c.o.has('c') ? 'c' : c.o.has('x') ? 'x2' : c.o.has('b') ? 'o1' : c.o.has('d') ? 'u2' : 'o2');
  const kind = t[0]!;
  const size = kind === 'c' ? 1 : Number(t.slice(1).replace(/z$/, '') || (kind === 'x' || kind === 'o' || kind === 'd' || kind === 'u' ? 4 : 1));
  const width = kind === 'c' ? 4 : kind === 'x' ? size * 2 + 1 : kind === 'o' ? Math.ceil((size * 8) / 3) + 1 : String(2 ** (8 * size)).length + 1;
  let out = '';
  let prev: string | null = null;
  let starred = false;
  for (let i = 0; i < data.length; i += 16) {
    const chunk = data.subarray(i, i + 16);
    let line = '';
    for (let j = 0; j < chunk.length; j += size) {
      let v = 0;
      for (let k = size - 1; k >= 0; k--) v = v * 256 + (chunk[j + k] ?? 0);
      const s = kind === 'c' ? odChar(chunk[j]!) : kind === 'x' ? v.toString(16).padStart(size * 2, '0') : kind === 'o' ? v.toString(8).padStart(Math.ceil((size * 8) / 3), '0') : String(kind === 'd' && v >= 2 ** (8 * size - 1) ? v - 2 ** (8 * size) : v);
      line += s.padStart(width);
    }
    if (line === prev && chunk.length === 16) { if (!starred) out += '*\n'; starred = true; continue; }
    prev = line;
    starred = false;
    out += addr(i) + line + '\n';
    yield* ctx.tick();
  }
  if (radix !== 'n') out += addr(data.length) + '\n';
  yield* ctx.out(out);
  return 0;
});

const xxd = defineProgram('xxd', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'pc:l:rsg:u', long: { plain: 'p', ps: 'p', cols: 'c:', len: 'l:', revert: 'r' } });
  if (typeof c === 'number') return c;
  const f = c.args[0] ?? '-';
  const d0 = yield* readInput(ctx, f);
  if (typeof d0 === 'number') { yield* ctx.err(`${ctx.prog}: ${f}: ${d0 === -2 ? 'No such file or directory' : 'error'}\n`); return 2; }
  if (c.o.has('r')) {
    const text = fromUtf8(d0);
    const hexs = c.o.has('p') ? text.replace(/\s/g, '') : splitLines(text).map((l) => l.replace(/^[0-9a-f]+:\s*/, '').slice(0, 40).replace(/\s/g, '')).join('');
    const out = new Uint8Array(hexs.length >> 1);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(hexs.substr(i * 2, 2), 16);
    yield* ctx.out(out);
    return 0;
  }
  const d = c.o.has('l') ? d0.subarray(0, Number(c.o.get('l'))) : d0;
  const hx = (b: number): string => (c.o.has('u') ? b.toString(16).toUpperCase() : b.toString(16)).padStart(2, '0');
  if (c.o.has('p')) {
    const cols = Number(c.o.get('c') ?? 30);
    let out = '';
    for (let i = 0; i < d.length; i += cols) out += [...d.subarray(i, i + cols)].map(hx).join('') + '\n';
    yield* ctx.out(out);
    return 0;
  }
  const cols = Number(c.o.get('c') ?? 16);
  const g = Number(c.o.get('g') ?? 2);
  let out = '';
  for (let i = 0; i < d.length; i += cols) {
    const chunk = d.subarray(i, i + cols);
    let hexPart = '';
    for (let j = 0; j < cols; j++) {
      hexPart += j < chunk.length ? hx(chunk[j]!) : '  ';
      if ((j + 1) % g === 0 && j + 1 < cols) hexPart += ' ';
    }
    const asc = [...chunk].map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
    out += `${i.toString(16).padStart(8, '0')}: ${hexPart}  ${asc}\n`;
    yield* ctx.tick();
  }
  yield* ctx.out(out);
  return 0;
});

function describe(name: string, d: Uint8Array): string {
  if (d.length === 0) return 'empty';
  const head = fromUtf8(d.subarray(0, 512));
  if (head.startsWith('#!')) {
    const interp = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(head);
    const prog = interp ? (interp[1]!.endsWith('/env') ? interp[2] ?? '' : interp[1]!.split('/').pop()!) : '';
    const kind = /^(ba|da|z|k)?sh$/.test(prog) ? (prog === 'sh' ? 'POSIX shell script' : `${prog === 'bash' ? 'Bourne-Again' : prog} shell script`) : `${prog[0]?.toUpperCase() ?? ''}${prog.slice(1)} script`;
    return `${kind}, ASCII text executable`;
  }
  if (d[0] === 0x1f && d[1] === 0x8b) return 'gzip compressed data';
  if (d[0] === 0x89 && head.slice(1, 4) === 'PNG') return 'PNG image data';
  if (head.startsWith('%PDF')) return 'PDF document';
  if (d[0] === 0x7f && head.slice(1, 4) === 'ELF') return 'ELF 64-bit LSB executable, x86-64';
  if (head.startsWith('terrarium-program:') || head.startsWith('\0terrarium')) return 'ELF 64-bit LSB pie executable, x86-64, dynamically linked';
  if (d.includes(0)) return 'data';
  const text = fromUtf8(d);
  const nonAscii = /[^\x00-\x7f]/.test(text);
  let kind = nonAscii ? 'Unicode text, UTF-8 text' : 'ASCII text';
  if (/^\s*<(!DOCTYPE html|html)/i.test(text)) kind = `HTML document, ${kind}`;
  else if (/^\s*[{[]/.test(text) && /[}\]]\s*$/.test(text)) kind = `JSON text data`;
  else if (/\.pl$|\.pm$/.test(name) || /^use strict;/m.test(text)) kind = `Perl script text executable`;
  if (!text.endsWith('\n') && !kind.startsWith('JSON')) kind += ', with no line terminators';
  return kind;
}

const file = defineProgram('file', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'bLi', long: { brief: 'b', 'mime-type': 'mime' } });
  if (typeof c === 'number') return c;
  if (c.args.length === 0) { yield* ctx.err(`Usage: ${ctx.prog} [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]\n`); return 1; }
  const w = Math.max(...c.args.map((a) => a.length)) + 1;
  for (const f of c.args) {
    const st = c.o.has('L') ? ctx.sys.stat(f) : ctx.sys.lstat(f);
    let desc: string;
    if (typeof st === 'number') desc = `cannot open \`${f}' (No such file or directory)`;
    else if (S_ISDIR(st.mode)) desc = 'directory';
    else if ((st.mode & S_IFMT) === S_IFLNK) { const t = ctx.sys.readlink(f); desc = `symbolic link to ${typeof t === 'string' ? t : '?'}`; }
    else if ((st.mode & S_IFMT) === S_IFCHR) desc = `character special (${st.rdev >> 8}/${st.rdev & 255})`;
    else if ((st.mode & S_IFMT) === S_IFIFO) desc = 'fifo (named pipe)';
    else if ((st.mode & S_IFMT) === S_IFSOCK) desc = 'socket';
    else {
      const d = yield* readInput(ctx, f);
      desc = typeof d === 'number' ? `regular file, no read permission` : describe(f, d);
    }
    yield* ctx.out(c.o.has('b') ? desc + '\n' : `${(f + ':').padEnd(w)} ${desc}\n`);
  }
  return 0;
});

export function binaryPrograms(): Record<string, Program> {
  return {
    '/usr/bin/base64': base64, '/usr/bin/md5sum': digestProgram({ prog: 'md5sum', tag: 'MD5', hexLen: 32, fn: md5 }),
    '/usr/bin/sha256sum': digestProgram({ prog: 'sha256sum', tag: 'SHA256', hexLen: 64, fn: (b) => sha256(b) }),
    '/usr/bin/od': od, '/usr/bin/xxd': xxd, '/usr/bin/file': file,
  };
}
