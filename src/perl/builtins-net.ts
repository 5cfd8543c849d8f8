/**
 * Socket builtins (perlfunc "Low-level socket functions", "Fetching network
 * info"): socket socketpair bind listen accept connect shutdown getsockname
 * getpeername send recv setsockopt getsockopt, the gethostby-, getservby- and
 * getprotoby- lookups, 4-argument select over vec() bit strings, and fcntl.
 * Errors set $! and return false/undef as perl does; calls that block
 * (accept, connect, send, recv, select) are re-issued on resume, and a
 * handled signal that cuts one short runs its handler first, then the call
 * fails with EINTR (perl 5.36 does not restart them).
 */
import { EBADF, EFAULT, EINTR, EINVAL, ENOTSOCK, ERESTARTSYS } from '../abi/errno.ts';
import { POLLERR, POLLHUP, POLLIN, POLLNVAL, POLLOUT, POLLPRI } from '../abi/poll.ts';
import { AF_INET, SOL_SOCKET, SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO } from '../abi/socket.ts';
import { F_GETLK, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_SETLK, F_SETLKW } from '../abi/fcntl.ts';
import type { PollFd, SockAddr } from '../abi/sys.ts';
import { def, died, BLOCKED, type FlowReq } from './builtins.ts';
import { fail, installIo, targetGlob } from './builtins-io.ts';
import { Flow } from './flow.ts';
import { resumedAfterSignal, runHandlerThen } from './signals.ts';
import type { Frame, Want } from './image.ts';
import type { Vm } from './vm.ts';
import { gvOfItem, newIo, toBytes, fromBytes, ioFlush } from './io.ts';
import { assignSv, isReadonly, READONLY } from './ops-core.ts';
import { val, valNum, valStr, type Item } from './scalar.ts';
import { isRef, newSv, type Io, type Sv, type Val } from './values.ts';
import { packAddr, parseIpv4, unpackAddr, ntoa } from './sockaddr.ts';
import { hostByAddr, hostByName, protoByName, protoByNumber, servByName, servByPort } from './netdb.ts';

const S = (vm: Vm, x: Item | undefined): string => (x === undefined ? '' : valStr(vm, val(vm, x)));
const N = (vm: Vm, x: Item | undefined): number => (x === undefined ? 0 : Math.trunc(valNum(vm, val(vm, x))));

/** The open io of a socket argument; warns "NAME() on closed socket $s" and sets EBADF when there is none. */
function sockIo(vm: Vm, x: Item | undefined, name: string, what = 'socket'): Io | null {
  const g = x === undefined ? null : gvOfItem(vm, x);
  const io = g?.io;
  if (io && io.mode !== 'closed' && io.fd >= 0) return io;
  if (vm.frame.warn) vm.warn(g ? `${name}() on ${io ? 'closed' : 'unopened'} ${what} ${g.name}` : `${name}() on unopened ${what}`);
  vm.img.errno = EBADF;
  return null;
}

/** A handled signal cut the call short: run its handler now; the call then fails with EINTR. */
function interrupted(vm: Vm, pc: number, f: Frame, value: Val = '', restartable = false): FlowReq | null {
  vm.img.errno = EINTR;
  return runHandlerThen(vm, pc, f, value, EINTR, restartable);
}

/** True when this op is re-run after its handler ran (the failure is then returned). */
function wasInterrupted(vm: Vm, pc: number, f: Frame): boolean {
  return resumedAfterSignal(vm, pc, f) !== null;
}

/** Result of a socket syscall returning 0 or -errno: blocked, interrupted, failed or ok. */
function settle(vm: Vm, r: number, pc: number, f: Frame, bad: Val, ok: Val, restartable = false): Item | FlowReq {
  if (r === -ERESTARTSYS) return BLOCKED;
  if (r === -EINTR) { const fr = interrupted(vm, pc, f, '', restartable); if (fr) return fr; }
  if (r < 0) { vm.img.errno = -r; return bad; }
  return ok;
}

function addrArg(vm: Vm, x: Item | undefined): SockAddr | number {
  const a = unpackAddr(S(vm, x));
  if (typeof a === 'string') return a === 'inet6' ? -97 /* EAFNOSUPPORT */ : -EINVAL;
  return a;
}

def('socket', (vm, [fh, d, t, p]) => {
  const g = targetGlob(vm, fh!);
  if (!g) return died(vm.dieMsg(`Can't use an undefined value as filehandle reference`));
  const fd = vm.sys.socket(N(vm, d), N(vm, t), N(vm, p));
  if (fd < 0) return fail(vm, -fd);
  installIo(vm, g, newIo(fd, g.name, 'rw'));
  return 1;
});

def('socketpair', (vm, [a, b, d, t, p]) => {
  const ga = targetGlob(vm, a!), gb = targetGlob(vm, b!);
  if (!ga || !gb) return died(vm.dieMsg(`Can't use an undefined value as filehandle reference`));
  const r = vm.sys.socketpair(N(vm, d), N(vm, t), N(vm, p));
  if (typeof r === 'number') return fail(vm, -r);
  installIo(vm, ga, newIo(r[0], ga.name, 'rw'));
  installIo(vm, gb, newIo(r[1], gb.name, 'rw'));
  return 1;
});

def('bind', (vm, [fh, a]) => {
  const io = sockIo(vm, fh, 'bind');
  if (!io) return '';
  const addr = addrArg(vm, a);
  if (typeof addr === 'number') return fail(vm, -addr);
  const r = vm.sys.bind(io.fd, addr);
  return r < 0 ? fail(vm, -r) : 1;
});

def('listen', (vm, [fh, n]) => {
  const io = sockIo(vm, fh, 'listen');
  if (!io) return '';
  const r = vm.sys.listen(io.fd, N(vm, n));
  return r < 0 ? fail(vm, -r) : 1;
});

def('connect', (vm, [fh, a], _w, pc, f) => {
  if (wasInterrupted(vm, pc, f)) return '';
  const io = sockIo(vm, fh, 'connect');
  if (!io) return '';
  const addr = addrArg(vm, a);
  if (typeof addr === 'number') return fail(vm, -addr);
  return settle(vm, vm.sys.connect(io.fd, addr), pc, f, '', 1);
});

def('accept', (vm, [nfh, lfh], _w, pc, f) => {
  if (wasInterrupted(vm, pc, f)) return '';
  const io = sockIo(vm, lfh, 'accept');
  if (!io) return '';
  const r = vm.sys.accept(io.fd);
  if (typeof r === 'number') return settle(vm, r, pc, f, '', '', true);
  const g = targetGlob(vm, nfh!);
  if (!g) { vm.sys.close(r.fd); return died(vm.dieMsg(`Can't use an undefined value as filehandle reference`)); }
  installIo(vm, g, newIo(r.fd, g.name, 'rw'));
  const packed = packAddr(r.addr);
  // An unnamed Unix peer has an empty address; perl still returns a true value.
  return packed.length > 2 ? packed : packed + '\0';
});

def('shutdown', (vm, [fh, how]) => {
  const io = sockIo(vm, fh, 'shutdown');
  if (!io) return undefined;
  const fl = ioFlush(vm, io);
  if (fl === Flow.BLOCK) return BLOCKED;
  const r = vm.sys.shutdown(io.fd, N(vm, how));
  if (r < 0) { vm.img.errno = -r; return 0; }
  return 1;
});

function nameOf(vm: Vm, fh: Item | undefined, peer: boolean): Val {
  const io = sockIo(vm, fh, peer ? 'getpeername' : 'getsockname');
  if (!io) return undefined;
  const r = peer ? vm.sys.getpeername(io.fd) : vm.sys.getsockname(io.fd);
  if (typeof r === 'number') { vm.img.errno = -r; return undefined; }
  return packAddr(r);
}
def('getsockname', (vm, [fh]) => nameOf(vm, fh, false));
def('getpeername', (vm, [fh]) => nameOf(vm, fh, true));

def('send', (vm, [fh, msg, fl, to], _w, pc, f) => {
  if (wasInterrupted(vm, pc, f)) return undefined;
  const io = sockIo(vm, fh, 'send');
  if (!io) return undefined;
  let addr: SockAddr | undefined;
  if (to !== undefined) {
    const a = addrArg(vm, to);
    if (typeof a === 'number') { vm.img.errno = -a; return undefined; }
    addr = a;
  }
  const r = vm.sys.sendto(io.fd, toBytes(vm, S(vm, msg), 'send'), N(vm, fl), addr);
  if (r === -ERESTARTSYS) return BLOCKED;
  if (r === -EINTR) { const fr = interrupted(vm, pc, f, '', true); if (fr) return fr; }
  if (r < 0) { vm.img.errno = -r; return undefined; }
  return r;
});

def('recv', (vm, [fh, buf, len, fl], _w, pc, f) => {
  if (wasInterrupted(vm, pc, f)) return undefined;
  const io = sockIo(vm, fh, 'recv');
  if (!io) return undefined;
  const n = N(vm, len);
  if (n < 0) return died(vm.dieMsg('Negative length'));
  const r = vm.sys.recvfrom(io.fd, n, N(vm, fl));
  if (r === -ERESTARTSYS) return BLOCKED;
  if (typeof r === 'number') {
    if (r === -EINTR) { const fr = interrupted(vm, pc, f, '', true); if (fr) return fr; }
    vm.img.errno = -r;
    return undefined;
  }
  if (typeof buf === 'object' && buf !== null && (buf as Sv).t === 's') assignSv(vm, buf as Sv, fromBytes(r.data));
  return r.addr && !(r.addr.family === 'unix' && r.addr.path === '') ? packAddr(r.addr) : '';
});

/** Unsigned little-endian number from `bytes` bytes of `x` at `at`. */
function le(x: string, at: number, bytes: number): number {
  let n = 0;
  for (let i = bytes - 1; i >= 0; i--) n = n * 256 + (x.charCodeAt(at + i) & 255);
  return n;
}

/** `n` as `bytes` little-endian bytes (a native long on x86-64). */
function packLe(n: number, bytes: number): string {
  let out = '';
  for (let i = 0; i < bytes; i++, n = Math.floor(n / 256)) out += String.fromCharCode(n % 256);
  return out;
}

/** setsockopt's value: a packed buffer (its first int) or a number. */
def('setsockopt', (vm, [fh, lvl, opt, v]) => {
  const io = sockIo(vm, fh, 'setsockopt');
  if (!io) return '';
  const x = v === undefined ? undefined : val(vm, v);
  const level = N(vm, lvl), name = N(vm, opt);
  let n: number;
  if (level === SOL_SOCKET && (name === SO_RCVTIMEO || name === SO_SNDTIMEO)) {
    // A struct timeval (pack 'l!l!'): the kernel takes microseconds.
    if (typeof x !== 'string' || x.length < 16) return fail(vm, EINVAL);
    const sec = le(x, 0, 6), usec = le(x, 8, 6);
    if (usec >= 1e6) return fail(vm, 33); // EDOM, as sock_set_timeout
    n = sec * 1e6 + usec;
  } else if (level === SOL_SOCKET && name === SO_LINGER) {
    // A struct linger (pack 'ii'): the kernel takes 0 when off, else 1 + the seconds.
    if (typeof x !== 'string' || x.length < 8) return fail(vm, EINVAL);
    n = le(x, 0, 4) !== 0 ? Math.max(le(x, 4, 4) | 0, 0) + 1 : 0;
  } else if (typeof x === 'string') {
    if (x.length < 4) return fail(vm, EINVAL);
    n = (x.charCodeAt(0) | (x.charCodeAt(1) << 8) | (x.charCodeAt(2) << 16) | (x.charCodeAt(3) << 24));
  } else n = Math.trunc(valNum(vm, x));
  const r = vm.sys.setsockopt(io.fd, level, name, n);
  return r < 0 ? fail(vm, -r) : 1;
});

def('getsockopt', (vm, [fh, lvl, opt]) => {
  const io = sockIo(vm, fh, 'getsockopt');
  if (!io) return undefined;
  const level = N(vm, lvl), name = N(vm, opt);
  const r = vm.sys.getsockopt(io.fd, level, name);
  if (r < 0) {
    vm.img.errno = -r;
    return undefined;
  }
  if (level === SOL_SOCKET && (name === SO_RCVTIMEO || name === SO_SNDTIMEO)) {
    return packLe(Math.floor(r / 1e6), 8) + packLe(r % 1e6, 8);
  }
  if (level === SOL_SOCKET && name === SO_LINGER) return packLe(r > 0 ? 1 : 0, 4) + packLe(Math.max(r - 1, 0), 4);
  return String.fromCharCode(r & 255, (r >>> 8) & 255, (r >>> 16) & 255, (r >>> 24) & 255);
});

// ---- network information
def('gethostbyname', (vm, [n], want) => {
  const h = hostByName(vm, S(vm, n));
  if (!h) return want === 2 ? [] : undefined;
  const packed = h.addrs.map((a) => parseIpv4(a)!);
  return want === 2 ? [h.name, h.aliases.join(' '), AF_INET, 4, ...packed] : packed[0];
});
def('gethostbyaddr', (vm, [a, t], want) => {
  const addr = S(vm, a);
  if (N(vm, t) !== AF_INET || addr.length !== 4) return want === 2 ? [] : undefined;
  const h = hostByAddr(vm, ntoa(addr));
  if (!h) return want === 2 ? [] : undefined;
  return want === 2 ? [h.name, h.aliases.join(' '), AF_INET, 4, addr] : h.name;
});
def('getservbyname', (vm, [n, p], want) => {
  const s = servByName(vm, S(vm, n), S(vm, p));
  if (!s) return want === 2 ? [] : undefined;
  return want === 2 ? [s.name, s.aliases.join(' '), s.port, s.proto] : s.port;
});
def('getservbyport', (vm, [n, p], want) => {
  const s = servByPort(vm, N(vm, n), S(vm, p));
  if (!s) return want === 2 ? [] : undefined;
  return want === 2 ? [s.name, s.aliases.join(' '), s.port, s.proto] : s.name;
});
def('getprotobyname', (vm, [n], want) => {
  const p = protoByName(S(vm, n));
  if (!p) return want === 2 ? [] : undefined;
  return want === 2 ? [p.name, p.aliases.join(' '), p.proto] : p.proto;
});
def('getprotobynumber', (vm, [n], want) => {
  const p = protoByNumber(N(vm, n));
  if (!p) return want === 2 ? [] : undefined;
  return want === 2 ? [p.name, p.aliases.join(' '), p.proto] : p.name;
});

// ---- select(RBITS, WBITS, EBITS, TIMEOUT)
const SELECT_EVENTS = [POLLIN, POLLOUT, POLLPRI];
const SELECT_READY = [POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI];

function bitsOf(vm: Vm, x: Item | undefined): string | null {
  if (x === undefined) return null;
  const v = val(vm, x);
  return v === undefined ? null : valStr(vm, v);
}

def('__select4', (vm, args, want: Want, pc, f) => {
  if (wasInterrupted(vm, pc, f)) return want === 2 ? [-1, 0] : -1;
  const sets = [0, 1, 2].map((i) => bitsOf(vm, args[i]));
  const tv = args[3] === undefined ? undefined : val(vm, args[3]);
  const timeoutMs = tv === undefined ? -1 : Math.max(0, valNum(vm, tv) * 1000);
  const byFd = new Map<number, PollFd>();
  sets.forEach((bits, i) => {
    if (bits === null) return;
    for (let b = 0; b < bits.length * 8; b++) {
      if (!((bits.charCodeAt(b >> 3) >> (b & 7)) & 1)) continue;
      const p = byFd.get(b) ?? { fd: b, events: 0, revents: 0 };
      p.events |= SELECT_EVENTS[i]!;
      byFd.set(b, p);
    }
  });
  const fds = [...byFd.values()];
  let st = vm.opState(pc);
  if (!st) { st = { pc, phase: 'poll', start: monoMs(vm) }; f.opState = st; }
  const r = vm.sys.poll(fds, timeoutMs);
  if (r === -ERESTARTSYS) return BLOCKED;
  f.opState = null;
  if (r === -EINTR) { const fr = interrupted(vm, pc, f); if (fr) return fr; }
  if (r < 0 || fds.some((p) => p.revents & POLLNVAL)) {
    vm.img.errno = r < 0 ? -r : EBADF;
    return want === 2 ? [-1, 0] : -1;
  }
  let count = 0;
  sets.forEach((bits, i) => {
    if (bits === null) return;
    const out = new Array<number>(bits.length).fill(0);
    for (const p of fds) {
      if (!(p.events & SELECT_EVENTS[i]!) || !(p.revents & SELECT_READY[i]!)) continue;
      out[p.fd >> 3]! |= 1 << (p.fd & 7);
      count++;
    }
    const target = args[i];
    if (typeof target === 'object' && target !== null && (target as Sv).t === 's') assignSv(vm, target as Sv, String.fromCharCode(...out));
  });
  if (want !== 2) return count;
  const left = timeoutMs < 0 ? 0 : Math.max(0, timeoutMs - (monoMs(vm) - (st.start as number))) / 1000;
  return [count, left];
});

function monoMs(vm: Vm): number {
  const [s, ns] = vm.sys.clockGettime('monotonic');
  return s * 1000 + ns / 1e6;
}

// ---- fcntl(FH, FUNCTION, SCALAR)
def('fcntl', (vm, [fh, fn, arg]) => {
  const io = sockIo(vm, fh, 'fcntl', 'filehandle');
  if (!io) return undefined;
  const cmd = N(vm, fn);
  // pp_ioctl forces a string argument into a buffer: a constant (a literal, a folded expression) cannot be one.
  if (typeof arg === 'object' && arg !== null && (arg as Sv).t === 's' && isReadonly(arg as Sv) && !isNumber((arg as Sv).v)) return died(vm.dieMsg(READONLY));
  const r = LOCK_CMDS.has(cmd) ? fcntlLock(vm, io.fd, cmd, arg) : vm.sys.fcntl(io.fd, cmd, N(vm, arg));
  if (r === -ERESTARTSYS) return BLOCKED;
  if (r < 0) { vm.img.errno = -r; return undefined; }
  return r === 0 ? '0 but true' : r;
});

const isNumber = (v: Val): boolean => typeof v === 'number' || typeof v === 'bigint';

/** A constant argument perl folded: a read-only copy, as perl's constant SV. */
def('__readonly', (vm, [x]) => ({ t: 's', v: x === undefined ? undefined : val(vm, x), rc: 0, ro: true }) as Sv);

const LOCK_CMDS = new Set([F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW]);
/** pp_ioctl grows a string argument to this many bytes (IOCPARM_LEN on Linux) before the call. */
const FCNTL_BUF = 256;

/** The lock commands take the packed `struct flock` string; perl passes its buffer, so F_GETLK's answer lands in the scalar. */
function fcntlLock(vm: Vm, fd: number, cmd: number, arg: Item | undefined): number {
  // A number is taken as the address of the struct (pp_ioctl); no address is valid here.
  const v = arg === undefined ? undefined : val(vm, arg);
  if (typeof v === 'number' || typeof v === 'bigint') return -EFAULT;
  const given = toBytes(vm, S(vm, arg), null);
  const buf = new Uint8Array(Math.max(given.length, FCNTL_BUF));
  buf.set(given);
  const r = vm.sys.fcntl(fd, cmd, buf);
  if (r === -ERESTARTSYS) return r;
  if (typeof arg === 'object' && arg !== null && (arg as Sv).t === 's') assignSv(vm, arg as Sv, fromBytes(buf));
  return r;
}

export { ENOTSOCK };

// ---- *glob{THING}
def('__globslot', (vm, [g, k]) => {
  const v = g === undefined ? undefined : val(vm, g);
  const gv = typeof v === 'object' && v !== null && v.t === 'g' ? v : isRef(v) && v.to.t === 'g' ? v.to : g === undefined ? null : gvOfItem(vm, g);
  if (!gv) return undefined;
  switch (S(vm, k)) {
    case 'SCALAR': return vm.mortalRef((gv.sv ??= newSv()));
    case 'ARRAY': return gv.av ? vm.mortalRef(gv.av) : undefined;
    case 'HASH': return gv.hv ? vm.mortalRef(gv.hv) : undefined;
    case 'CODE': return gv.cv && (gv.cv.unit >= 0 || gv.cv.native) ? vm.mortalRef(gv.cv) : undefined;
    case 'IO': case 'FILEHANDLE':
      if (!gv.io) return undefined;
      gv.io.blessed ??= 'IO::File';
      return vm.mortalRef(gv.io);
    case 'FORMAT': return gv.form ? vm.mortalRef(gv.form) : undefined;
    case 'GLOB': return vm.mortalRef(gv);
    case 'NAME': return gv.name;
    case 'PACKAGE': return gv.pkg;
  }
  return undefined;
});
