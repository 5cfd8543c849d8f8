/**
 * Filehandles: buffers in the image, bytes through sys. STDOUT is line
 * buffered on a terminal and block buffered otherwise; STDERR unbuffered;
 * `$|` makes a handle flush after every print. Every function that may call
 * a blocking syscall returns Flow.BLOCK when the call must be re-issued.
 */
import { ERESTARTSYS, EBADF, EINTR } from '../abi/errno.ts';
import { Flow } from './flow.ts';
import type { Vm } from './vm.ts';
import type { Io, Gv, Val, Sv } from './values.ts';
import { isRef, newSv } from './values.ts';
import { FD_CLOEXEC, F_SETFD, O_RDONLY } from '../abi/fcntl.ts';
import type { Item } from './scalar.ts';
import { val, valNum, valStr } from './scalar.ts';
import { gvFetch } from './symbols.ts';
import { charLength, charSlice } from './astral.ts';

const BLOCK_SIZE = 8192;

/** $^F: the highest descriptor perl leaves open across exec (perlvar, PL_maxsysfd). */
export function maxSysFd(vm: Vm): number {
  return Math.trunc(valNum(vm, gvFetch(vm, 'main::^F', false)?.sv?.v ?? 2));
}

/**
 * Mark a descriptor perl just made close-on-exec if it is above $^F, and
 * inheritable if not (doio.c, setfd_cloexec_or_inhexec_by_sysfdness).
 */
export function cloexecBySysFd(vm: Vm, fd: number): void {
  if (fd >= 0) vm.sys.fcntl(fd, F_SETFD, fd > maxSysFd(vm) ? FD_CLOEXEC : 0);
}

export function newIo(fd: number, name: string, mode: Io['mode']): Io {
  return { t: 'io', rc: 1, fd, name, mode, rbuf: '', wbuf: '', eof: false, lines: 0, autoflush: false };
}

/** The glob a filehandle item names: a glob, a reference to one, or a name. */
export function gvOfItem(vm: Vm, x: Item, pkg = 'main'): Gv | null {
  const v = val(vm, x);
  if (typeof v === 'object' && v !== null) {
    if (v.t === 'g') return v;
    if (isRef(v) && v.to.t === 'g') return v.to;
    if (isRef(v) && v.to.t === 'io') return { t: 'g', rc: 0, pkg: 'main', name: v.to.name, io: v.to };
    if (isRef(v) && v.to.t === 'h' && v.to.blessed) {
      const fh = v.to.h.get('fh') ?? v.to.h.get('_fh') ?? v.to.h.get('sock');
      if (fh) return gvOfItem(vm, fh, pkg);
    }
    return null;
  }
  if (typeof v === 'string' && v !== '') return gvFetch(vm, v.includes('::') ? v : `${['STDIN', 'STDOUT', 'STDERR'].includes(v) ? 'main' : pkg}::${v}`, false) ?? null;
  return null;
}

export function ioOfItem(vm: Vm, x: Item): Io | null {
  const g = gvOfItem(vm, x);
  return g?.io ?? null;
}

const NON_ASCII = /[^\x00-\x7f]/;
const WIDE = /[^\x00-\xff]/;
const UTF8 = new TextEncoder();

/** Bytes of a perl string: latin-1, or UTF-8 when it holds wide characters. */
export function toBytes(vm: Vm, s: string, warnWide: string | null): Uint8Array {
  // ASCII is the same bytes in latin-1 and UTF-8: the native encoder does it.
  if (!NON_ASCII.test(s)) return UTF8.encode(s);
  if (WIDE.test(s)) {
    if (warnWide) vm.warn(`Wide character in ${warnWide}`);
    return UTF8.encode(s);
  }
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

const utf16 = new TextDecoder('utf-16le');

/** A perl byte string of `b`: one character per byte (code points 0-255). */
export function fromBytes(b: Uint8Array): string {
  if (b.length < 64) {
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  // Widening each byte to a UTF-16 code unit and decoding that is the fast path in V8.
  const units = new Uint16Array(b.length);
  units.set(b);
  return utf16.decode(units);
}

/** The perl byte string of `s`'s UTF-8 (utf8::encode's result). */
export function utf8String(s: string): string {
  return NON_ASCII.test(s) ? fromBytes(UTF8.encode(s)) : s;
}

function isTty(vm: Vm, io: Io): boolean {
  if (io.tty === undefined) {
    const r = vm.sys.tcgetattr(io.fd);
    io.tty = typeof r === 'object';
  }
  return io.tty;
}

/**
 * Append to the write buffer (no syscall); `fn` names the caller in a
 * "Wide character in ..." warning, `at` its place when not the current op's.
 */
export function ioAppend(vm: Vm, io: Io, s: string, fn = 'print', at?: string): boolean {
  if (io.mode === 'closed' || io.mode === 'r') return false;
  if (io.mem) {
    // The scalar holds bytes: characters go in as UTF-8 (with perl's warning unless :utf8).
    if (io.utf8 ? /[^\x00-\x7f]/.test(s) : wideIn(s)) {
      if (!io.utf8) vm.warn(`Wide character in ${fn}`);
      s = utf8String(s);
    }
    const sv = io.mem.sv;
    const cur = typeof sv.v === 'string' ? sv.v : valStr(vm, sv.v);
    sv.v = cur.slice(0, io.mem.pos) + s + cur.slice(io.mem.pos + s.length);
    io.mem.pos += s.length;
    return true;
  }
  // Writing after reading on a read-write handle: the fd goes back to where the reader is.
  if (io.rbuf !== '' && io.mode === 'rw') ioDropReadBuffer(vm, io);
  if (io.crlf) s = s.replace(/\n/g, '\r\n');
  if (io.utf8) s = utf8String(s);
  else if (wideIn(s)) return appendWide(vm, io, s, fn, at);
  io.wbuf += s;
  return true;
}

/**
 * Wide characters on a byte handle: perl warns, then writes their UTF-8.
 * The warning is said before the text even when both go to STDERR: a
 * print there writes after the queued warning; warn's and die's own
 * message (written as the queue is served) carries the warning in front.
 */
function appendWide(vm: Vm, io: Io, s: string, fn: string, at?: string): boolean {
  const bytes = utf8String(s);
  const toStderr = io === gvFetch(vm, 'main::STDERR', false)?.io;
  if (toStderr && (fn === 'warn' || fn === 'die')) { io.wbuf += `Wide character in ${fn}${at ?? vm.where()}` + bytes; return true; }
  vm.warn(`Wide character in ${fn}`);
  if (toStderr) { vm.img.pending.push({ depth: vm.img.frames.length, k: 'warn', msg: bytes, raw: true }); return true; }
  io.wbuf += bytes;
  return true;
}

function wideIn(s: string): boolean {
  return WIDE.test(s);
}

/** A handle perl itself opened unbuffered (STDERR at start); reopening it after a close makes it buffered. */
export type StdIo = Io & { unbuf?: boolean };

/** Flush as the handle's buffering asks after a print. */
export function ioAfterPrint(vm: Vm, io: Io): number {
  if (io.mem || io.wbuf === '') return 0;
  const unbuffered = io.autoflush || (io as StdIo).unbuf === true;
  if (unbuffered) return ioFlush(vm, io);
  if (io.wbuf.length >= BLOCK_SIZE) return ioFlush(vm, io, true);
  if (isTty(vm, io) && io.wbuf.includes('\n')) return ioFlush(vm, io);
  return 0;
}

/**
 * Write out the buffer. With `whole` only complete blocks go (as stdio does
 * for a full buffer). Returns 0, Flow.BLOCK, or -errno.
 */
export function ioFlush(vm: Vm, io: Io, whole = false): number {
  if (io.mem || io.wbuf === '' || io.mode === 'closed') return 0;
  let n = io.wbuf.length;
  if (whole) n -= n % BLOCK_SIZE;
  if (n === 0) return 0;
  const chunk = io.wbuf.slice(0, n);
  const r = vm.sys.write(io.fd, toBytes(vm, chunk, null));
  if (r === -ERESTARTSYS) return Flow.BLOCK;
  if (r < 0) {
    io.wbuf = '';
    io.err = true;
    (io as IoErrorState).errno = -r;
    vm.img.errno = -r;
    return r;
  }
  io.wbuf = io.wbuf.slice(Math.max(r, 0) >= n ? n : r);
  return 0;
}

/** Fill the read buffer with one read(2). Returns bytes read, 0 at EOF, Flow.BLOCK, or -errno. */
export function ioFill(vm: Vm, io: Io): number {
  if (io.mem) {
    const s = valStr(vm, io.mem.sv.v);
    const chunk = s.slice(io.mem.pos);
    io.mem.pos = s.length;
    io.rbuf += io.utf8 && /[^\x00-\x7f]/.test(chunk) ? new TextDecoder().decode(Uint8Array.from(chunk, (c) => c.charCodeAt(0) & 0xff)) : chunk;
    if (chunk === '') io.eof = true;
    return chunk.length;
  }
  if (io.mode === 'closed' || io.mode === 'w') return -EBADF;
  if (isTty(vm, io)) {
    const out = gvFetch(vm, 'main::STDOUT', false)?.io;
    if (out && out.wbuf !== '') { const r = ioFlush(vm, out); if (r === Flow.BLOCK) return r; }
  }
  const r = vm.sys.read(io.fd, 65536);
  if (r === -ERESTARTSYS) return Flow.BLOCK;
  if (typeof r === 'number') { vm.img.errno = -r; return r; }
  if (r.length === 0) {
    // Meeting the end of the file leaves errno 0 (what perl's readline shows in $!).
    vm.img.errno = 0;
    io.eof = true;
    if (io.upend) { io.rbuf += io.upend; io.upend = undefined; }
    return 0;
  }
  io.rbuf += io.utf8 ? decodeUtf8Chunk(io, r) : fromBytes(r);
  if (io.crlf && io.rbuf.includes('\r\n')) io.rbuf = io.rbuf.replace(/\r\n/g, '\n');
  return r.length;
}

/**
 * Give back buffered input: seek the fd back over what was read ahead, as
 * perl's flush of an input buffer does (before a dup, or a write on a
 * read-write handle). A handle that cannot seek keeps its buffer.
 */
export function ioDropReadBuffer(vm: Vm, io: Io): void {
  if (io.mem || io.rbuf === '' || io.mode === 'w' || io.mode === 'closed') return;
  const back = io.utf8 ? toBytes(vm, io.rbuf, null).length : io.rbuf.length;
  if (vm.sys.lseek(io.fd, -back, 1) >= 0) { io.rbuf = ''; io.eof = false; }
}

/** UTF-8 bytes read under :utf8 as characters; an incomplete last character waits in io.upend. */
function decodeUtf8Chunk(io: Io, r: Uint8Array): string {
  let b = r;
  if (io.upend) {
    b = new Uint8Array(io.upend.length + r.length);
    for (let i = 0; i < io.upend.length; i++) b[i] = io.upend.charCodeAt(i);
    b.set(r, io.upend.length);
    io.upend = undefined;
  }
  // Back up over a trailing lead byte and its continuation bytes when the sequence is short.
  let end = b.length;
  let k = end - 1;
  while (k >= 0 && k > end - 4 && (b[k]! & 0xc0) === 0x80) k--;
  if (k >= 0) {
    const c = b[k]!;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (end - k < need) end = k;
  }
  if (end < b.length) io.upend = fromBytes(b.subarray(end));
  return new TextDecoder().decode(b.subarray(0, end));
}

/**
 * Read one record as $/ says: a line, a paragraph ("" ), everything (undef).
 * Returns the record, null at EOF, or Flow.BLOCK / -EINTR.
 */
export function ioReadRecord(vm: Vm, io: Io, sep: Val): string | null | number {
  for (;;) {
    const rec = takeRecord(io, sep);
    if (rec !== null) { io.lines++; return rec; }
    if (io.eof && !io.mem) {
      // End of file stays until a seek, as in perl (a terminal's ^D too).
      if (io.rbuf === '') {
        // Slurp mode gives "" (not undef) for the first read of an empty file (pp_readline).
        if (sep === undefined && io.lines === 0) { io.lines++; return ''; }
        return null;
      }
      const all = io.rbuf;
      io.rbuf = '';
      io.lines++;
      return all;
    }
    if (io.eof && io.mem) {
      if (io.rbuf === '') { if (sep === undefined && io.lines === 0) { io.lines++; return ''; } return null; }
      const all = io.rbuf; io.rbuf = ''; io.lines++; return all;
    }
    const r = ioFill(vm, io);
    if (r === Flow.BLOCK) return r;
    if (r === -EINTR) return r;
    if (r < 0) return null;
  }
}

function takeRecord(io: Io, sep: Val): string | null {
  if (sep === undefined) return null;
  let s = typeof sep === 'string' ? sep : String(sep);
  if (s === '') {
    // Paragraph mode: skip leading newlines, end at a blank line.
    const b = io.rbuf.replace(/^\n+/, '');
    const m = /\n\n+/.exec(b);
    if (!m) { io.rbuf = b; return null; }
    if (m.index + m[0].length === b.length && !io.eof) { io.rbuf = b; return null; }
    io.rbuf = b.slice(m.index + m[0].length);
    return b.slice(0, m.index) + '\n\n';
  }
  if (typeof sep === 'object') {
    // $/ = \N: fixed-size records of N characters.
    const n = isRef(sep) && sep.to.t === 's' ? Math.trunc(Number((sep.to as Sv).v)) : 0;
    if (!(n > 0) || io.rbuf.length < n) return null;
    // On a :utf8 handle a character above U+FFFF is two code units of rbuf.
    const rec = io.utf8 ? charSlice(io.rbuf, 0, n) : io.rbuf.slice(0, n);
    if (io.utf8 && charLength(rec) < n && !io.eof) return null;
    io.rbuf = io.rbuf.slice(rec.length);
    return rec;
  }
  const i = io.rbuf.indexOf(s);
  if (i < 0) return null;
  const rec = io.rbuf.slice(0, i + s.length);
  io.rbuf = io.rbuf.slice(i + s.length);
  return rec;
}

/** A handle's error flag carries the errno of the write that failed (PerlIO_save_errno). */
type IoErrorState = Io & { errno?: number };

/**
 * The errno of an earlier failed write on `io` (its error flag), or 0.
 * perl's close of a file or socket fails with it even when the final flush
 * succeeds (doio.c io_close); a piped open's close looks at the child only.
 */
export function ioPrevError(io: Io): number {
  return io.err ? ((io as IoErrorState).errno ?? EBADF) : 0;
}

/** close(2) after flushing; returns 0, Flow.BLOCK or -errno. */
export function ioClose(vm: Vm, io: Io): number {
  if (io.mode === 'closed') return -EBADF;
  const r = ioFlush(vm, io);
  if (r === Flow.BLOCK) return r;
  if (!io.mem && io.fd >= 0 && !fdShared(vm, io)) vm.sys.close(io.fd);
  io.mode = 'closed';
  io.rbuf = '';
  io.wbuf = '';
  return r < 0 ? r : 0;
}

/** An Io opened with `&=` on a descriptor another handle already has (installIo marks it). */
export type SharedIo = Io & { fdShared?: boolean };

/** Is `io`'s descriptor also another open handle's through `&=`? PerlIO then leaves it open. */
function fdShared(vm: Vm, io: SharedIo): boolean {
  const other = (h: SharedIo | undefined): boolean => h !== undefined && h !== io && h.fd === io.fd && h.mode !== 'closed' && !h.mem && (io.fdShared || h.fdShared) === true;
  if (vm.img.handles.some(other)) return true;
  for (const g of vm.img.globs.values()) if (other(g.io)) return true;
  return false;
}

/**
 * The text behind DATA: the whole program file, positioned after __DATA__,
 * so `seek DATA, 0, 0` rereads the program as perl's does. Just the data
 * when the file cannot be read back (`-e`, a changed file).
 */
export function dataHandleText(vm: Vm, file: string, data: string): { sv: Sv; pos: number } {
  const fd = file === '-e' || file === '-' ? -1 : vm.sys.open(file, O_RDONLY);
  let text = '';
  if (fd >= 0) {
    for (let i = 0; i < 4096; i++) {
      const r = vm.sys.read(fd, 65536);
      if (typeof r === 'number' || r.length === 0) break;
      text += fromBytes(r);
    }
    vm.sys.close(fd);
  }
  if (text.length >= data.length && text.endsWith(data)) return { sv: newSv(text), pos: text.length - data.length };
  return { sv: newSv(data), pos: 0 };
}

export type { Sv };
