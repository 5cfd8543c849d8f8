/**
 * ioctl(FH, FUNCTION, SCALAR) for the terminal and file requests the
 * kernel offers (window size, bytes ready, foreground group, non-blocking
 * mode). As in pp_ioctl, a string argument is a buffer grown to 256 bytes
 * and written back; a number is an address, which no request can use here.
 */
import { EBADF, EFAULT, ENOTTY } from '../abi/errno.ts';
import { F_GETFL, F_SETFL, O_NONBLOCK, SEEK_CUR } from '../abi/fcntl.ts';
import { S_ISREG } from '../abi/stat.ts';
import { def, died } from './builtins.ts';
import type { Vm } from './vm.ts';
import { gvOfItem, toBytes, fromBytes } from './io.ts';
import { assignSv, isReadonly, READONLY } from './ops-core.ts';
import { val, valNum, valStr, type Item } from './scalar.ts';
import type { Sv, Val } from './values.ts';

const TIOCGPGRP = 0x540f, TIOCSPGRP = 0x5410, TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414, FIONREAD = 0x541b, FIONBIO = 0x5421;
/** The requests that need a terminal: ENOTTY on anything else (Linux's tty ioctls 0x5401-0x545f but FIONREAD and FIONBIO). */
const isTtyRequest = (req: number): boolean => req >= 0x5401 && req <= 0x545f && req !== FIONREAD && req !== FIONBIO;
const isTty = (vm: Vm, fd: number): boolean => typeof vm.sys.tcgetattr(fd) !== 'number';
/** pp_ioctl grows a string argument to this many bytes (IOCPARM_LEN is not defined on Linux). */
const IOCTL_BUF = 256;

const int32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const readInt32 = (b: Uint8Array, at = 0): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24));
const readU16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);

/** One request on `fd` with its buffer: the result (>= 0) or -errno; the buffer may be filled. */
function request(vm: Vm, fd: number, req: number, buf: Uint8Array): number {
  const sys = vm.sys;
  switch (req) {
    case FIONREAD: { const n = bytesReady(vm, fd); if (n < 0) return n; buf.set(int32(n)); return 0; }
    case FIONBIO: {
      const fl = sys.fcntl(fd, F_GETFL, 0);
      if (fl < 0) return fl;
      return Math.min(sys.fcntl(fd, F_SETFL, readInt32(buf) ? fl | O_NONBLOCK : fl & ~O_NONBLOCK), 0);
    }
    case TIOCGWINSZ: {
      const ws = sys.tiocgwinsz(fd);
      if (typeof ws === 'number') return ws;
      buf.set([ws.rows & 0xff, ws.rows >> 8, ws.cols & 0xff, ws.cols >> 8, 0, 0, 0, 0]);
      return 0;
    }
    case TIOCSWINSZ: return sys.tiocswinsz(fd, { rows: readU16(buf, 0), cols: readU16(buf, 2) });
    case TIOCGPGRP: { const g = sys.tcgetpgrp(fd); if (g < 0) return g; buf.set(int32(g)); return 0; }
    case TIOCSPGRP: return sys.tcsetpgrp(fd, readInt32(buf));
    default: return isTtyRequest(req) && !isTty(vm, fd) ? -ENOTTY : NaN;
  }
}

/** FIONREAD: what a read would get now; on a regular file, the bytes after the offset. */
function bytesReady(vm: Vm, fd: number): number {
  const n = vm.sys.fionread(fd);
  if (n !== -ENOTTY) return n;
  const st = vm.sys.fstat(fd);
  if (typeof st === 'number' || !S_ISREG(st.mode)) return n;
  const pos = vm.sys.lseek(fd, 0, SEEK_CUR);
  return pos < 0 ? pos : Math.max(0, st.size - pos);
}

def('ioctl', (vm, [fh, fn, arg]) => {
  const g = fh === undefined ? null : gvOfItem(vm, fh);
  const io = g?.io && g.io.mode !== 'closed' && g.io.fd >= 0 ? g.io : null;
  if (!io) {
    if (vm.frame.warn) vm.warn(g ? `ioctl() on ${g.io ? 'closed' : 'unopened'} filehandle ${g.name}` : 'ioctl() on unopened filehandle');
    vm.img.errno = EBADF;
    return undefined;
  }
  const req = Math.trunc(valNum(vm, val(vm, fn)));
  const sv = typeof arg === 'object' && arg !== null && (arg as Sv).t === 's' ? (arg as Sv) : null;
  const v: Val = arg === undefined ? undefined : val(vm, arg as Item);
  const isNum = typeof v === 'number' || typeof v === 'bigint';
  // A string (or undef) is forced into a buffer: a constant cannot be one.
  if (!isNum && sv && isReadonly(sv)) return died(vm.dieMsg(READONLY));
  const given = isNum ? new Uint8Array(0) : toBytes(vm, valStr(vm, v), null);
  const buf = new Uint8Array(Math.max(given.length, IOCTL_BUF));
  buf.set(given);
  const r = isNum ? (isTtyRequest(req) && !isTty(vm, io.fd) ? -ENOTTY : -EFAULT) : request(vm, io.fd, req, buf);
  if (Number.isNaN(r)) return died(vm.dieMsg(`Unsupported ioctl request 0x${req.toString(16)}`));
  if (!isNum && sv) assignSv(vm, sv, fromBytes(buf));
  if (r < 0) { vm.img.errno = -r; return undefined; }
  return r === 0 ? '0 but true' : r;
});
