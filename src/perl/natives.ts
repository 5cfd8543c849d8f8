/**
 * Native (TS) subs, XS-like: UNIVERSAL::isa/can, Scalar::Util, POSIX,
 * Fcntl, Time::HiRes and the filehandle methods behind IO::Handle. Each is
 * a Cv whose `native` names an entry of NATIVE_SUBS.
 */
import { O_APPEND, O_CREAT, O_EXCL, O_NONBLOCK, O_NOCTTY, O_NOFOLLOW, O_DIRECTORY, O_ACCMODE, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, LOCK_EX, LOCK_NB, LOCK_SH, LOCK_UN, SEEK_CUR, SEEK_END, SEEK_SET, F_GETFL, F_SETFL, F_GETFD, F_SETFD, FD_CLOEXEC, F_GETLK, F_SETLK, F_SETLKW, F_RDLCK, F_WRLCK, F_UNLCK, F_EXLCK, F_SHLCK } from '../abi/fcntl.ts';
import { WNOHANG, WUNTRACED } from '../abi/wait.ts';
import { allErrnos, ERESTARTSYS, EINTR, ENOSYS } from '../abi/errno.ts';
import { S_IFIFO } from '../abi/stat.ts';
import { signalName } from '../abi/signals.ts';
import { setSigAct, setSigRestart, sigActReport, sigRestarts } from './signals.ts';
import { SIGNAL_TABLE } from '../abi/signal-table.ts';
import type { Vm } from './vm.ts';
import type { Want } from './image.ts';
import { Flow } from './flow.ts';
import { setNativeCaller } from './vm.ts';
import { registerNative } from './modules.ts';
import { defineSub, mro, resolveMethod, gvAv } from './symbols.ts';
import { isRef, newSv, addrOf, reftype, type Cv, type Sv, type Val } from './values.ts';
import { isList, val, valBool, valNum, valStr, type Item } from './scalar.ts';
import { weaken } from './refcount.ts';
import { strToNum, fmtG } from './fmt-bridge.ts';
import { fromBytes, gvOfItem, ioFlush, toBytes, utf8String } from './io.ts';
import { socketNatives } from './natives-socket.ts';
import { lateNatives } from './natives-late.ts';
import { localInfo, localToEpoch, programTz } from './tz.ts';

export type NativeFn = (vm: Vm, args: (Val | Sv)[], want: Want) => Item | { flow: number };
const NATIVE_SUBS = new Map<string, NativeFn>();

const V = (vm: Vm, x: Val | Sv | undefined): Val => (x === undefined ? undefined : val(vm, x as Item));

function native(pkg: string, name: string, fn: NativeFn, proto?: string): void {
  NATIVE_SUBS.set(`${pkg}::${name}`, fn);
  void proto;
}

/** Install all natives of `pkg` into the symbol table. */
export function installNatives(vm: Vm, pkg: string): void {
  for (const key of NATIVE_SUBS.keys()) {
    if (key.slice(0, key.lastIndexOf('::')) !== pkg) continue;
    const name = key.slice(key.lastIndexOf('::') + 2);
    const cv: Cv = { t: 'c', rc: 0, unit: -1, sub: -1, captured: [], name, pkg, native: key };
    defineSub(vm, key, cv);
  }
}

setNativeCaller((vm, name, args, want) => {
  const fn = NATIVE_SUBS.get(name) ?? socketNatives().get(name);
  if (!fn) return { flow: vm.dieMsg(`Undefined subroutine &${name} called`) };
  return fn(vm, args, want);
});

// ---- UNIVERSAL
/** The class a method on `v` looks in; a filehandle (glob, glob ref, or a name that only a handle has) is an IO::File. */
function classOf(vm: Vm, v: Val): string | null {
  if (isRef(v)) return v.to.blessed ?? (v.to.t === 'g' ? 'IO::File' : null);
  if (typeof v === 'object' && v !== null && v.t === 'g') return 'IO::File';
  if (typeof v === 'string' && v !== '') {
    if (vm.gv(`main::${v}`, false)?.io && ![...vm.img.globs.keys()].some((k) => k.startsWith(`${v}::`))) return 'IO::File';
    return v;
  }
  return null;
}
native('UNIVERSAL', 'isa', (vm, [o, c]) => {
  const v = V(vm, o);
  const want = valStr(vm, V(vm, c));
  if (isRef(v) && (v.to.blessed === undefined || reftype(v.to) === want)) return reftype(v.to) === want ? 1 : '';
  const cls = classOf(vm, v);
  return cls !== null && mro(vm, cls).includes(want) ? 1 : '';
});
native('UNIVERSAL', 'can', (vm, [o, m]) => {
  const cls = classOf(vm, V(vm, o));
  if (cls === null) return '';
  const cv = resolveMethod(vm, cls, valStr(vm, V(vm, m)));
  return cv ? vm.mortalRef(cv) : '';
});
native('UNIVERSAL', 'DOES', (vm, [o, c]) => {
  const cls = classOf(vm, V(vm, o));
  return cls !== null && mro(vm, cls).includes(valStr(vm, V(vm, c))) ? 1 : '';
});
native('UNIVERSAL', 'VERSION', (vm, [o, req]) => {
  const cls = classOf(vm, V(vm, o));
  const have = cls ? vm.gv(`${cls}::VERSION`, false)?.sv?.v : undefined;
  if (req === undefined || cls === null) return have;
  const want = valStr(vm, V(vm, req));
  if (have === undefined) return { flow: vm.dieMsg(`${cls} does not define $${cls}::VERSION--version check failed`) };
  const haveStr = valStr(vm, have);
  if (versionValue(haveStr) < versionValue(want)) return { flow: vm.dieMsg(`${cls} version ${want} required--this is only version ${haveStr}`) };
  return have;
});
/** A version string as a number: 1.50 stays, v1.2.3 and 1.2.3 become 1.002003. */
function versionValue(s: string): number {
  const t = s.replace(/^v/, '');
  if (!s.startsWith('v') && (t.match(/\./g) ?? []).length < 2) return Number.parseFloat(t.replace(/_/g, '')) || 0;
  return t.split('.').reduce((acc, part, i) => acc + (Number.parseInt(part, 10) || 0) / 1000 ** i, 0);
}

// ---- Scalar::Util
native('Scalar::Util', 'blessed', (vm, [x]) => { const v = V(vm, x); return isRef(v) ? v.to.blessed : undefined; });
native('Scalar::Util', 'reftype', (vm, [x]) => {
  const v = V(vm, x);
  if (!isRef(v)) return undefined;
  return v.to.blessed === 'Regexp' && v.to.t === 's' ? 'REGEXP' : reftype(v.to);
});
native('Scalar::Util', 'isdual', (vm, [x]) => { const v = V(vm, x); return typeof v === 'object' && v !== null && v.t === 'd' ? 1 : ''; });
// Version strings and taint are not kept: no scalar is either.
native('Scalar::Util', 'isvstring', () => '');
native('Scalar::Util', 'tainted', () => '');
native('Scalar::Util', 'refaddr', (vm, [x]) => { const v = V(vm, x); return isRef(v) ? addrOf(v.to as never, vm.img) : undefined; });
native('Scalar::Util', 'looks_like_number', (vm, [x]) => {
  const v = V(vm, x);
  if (typeof v === 'number' || typeof v === 'bigint') return 1;
  if (typeof v === 'object' && v !== null && v.t === 'd') return v.s !== '' && strToNum(v.s).ok && !/^\s*$/.test(v.s) ? 1 : '';
  if (typeof v !== 'string' || v === '') return '';
  return strToNum(v).ok && !/^\s*$/.test(v) ? 1 : '';
});
native('Scalar::Util', 'weaken', (vm, [x]) => { if (x && typeof x === 'object' && (x as Sv).t === 's') weaken(vm, x as Sv); return undefined; });
native('Scalar::Util', 'dualvar', (vm, [n, s]) => ({ t: 'd', n: valNum(vm, V(vm, n)), s: valStr(vm, V(vm, s)) }));
// A literal or a constant is read-only; $1 refuses assignment through its magic, not the flag.
native('Scalar::Util', 'readonly', (_vm, [x]) => (typeof x === 'object' && x !== null && (x as Sv).t === 's' && (x as Sv).ro ? 1 : ''));
native('Scalar::Util', 'isweak', (vm, [x]) => (isSvArg(x) && isRef(x.v) && x.v.weak ? 1 : ''));
native('Scalar::Util', 'unweaken', (vm, [x]) => { if (isSvArg(x) && isRef(x.v) && x.v.weak) { const to = x.v.to; to.rc++; x.v = { t: 'r', to }; } return undefined; });
/** Whether a scalar holds an integer (not a string): Data::Dumper prints those bare. */
native('Scalar::Util', '_integer', (vm, [x]) => {
  const v = V(vm, x);
  // A string used as an integer counts when the integer prints as the string (Data::Dumper's XS check).
  if (typeof v === 'object' && v !== null && v.t === 'd') return !v.nv && Number.isInteger(v.n) && valStr(vm, v.n) === v.s ? 1 : '';
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' ? 1 : '';
});
native('Scalar::Util', 'openhandle', (vm, [x]) => { const g = gvOfItem(vm, x as Item); return g?.io && g.io.mode !== 'closed' ? V(vm, x) : undefined; });

// ---- POSIX
const posixConst: Record<string, number> = {
  WNOHANG, WUNTRACED, EXIT_SUCCESS: 0, EXIT_FAILURE: 1, INT_MAX: 2147483647, INT_MIN: -2147483648,
  UINT_MAX: 4294967295, DBL_MAX: Number.MAX_VALUE, FLT_MAX: 3.40282346638529e+38,
  DBL_MIN: 2.2250738585072014e-308, DBL_EPSILON: Number.EPSILON, FLT_MIN: 1.17549435082229e-38, FLT_EPSILON: 1.19209289550781e-07,
  DBL_DIG: 15, SHRT_MAX: 32767, SHRT_MIN: -32768, UCHAR_MAX: 255, CHAR_BIT: 8,
  PATH_MAX: 4096, RAND_MAX: 2147483647, CLOCKS_PER_SEC: 1000000, WEXITED: 4,
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_NONBLOCK, SEEK_SET, SEEK_CUR, SEEK_END,
  STDIN_FILENO: 0, STDOUT_FILENO: 1, STDERR_FILENO: 2, BUFSIZ: 8192, EOF: -1,
  F_OK: 0, X_OK: 1, W_OK: 2, R_OK: 4, LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3, LC_MONETARY: 4,
  LC_MESSAGES: 5, LC_ALL: 6, LONG_BIT: 64, CHAR_MAX: 127, CHAR_MIN: -128,
  SCHAR_MAX: 127, SCHAR_MIN: -128, USHRT_MAX: 65535, FLT_DIG: 6, DBL_MANT_DIG: 53, FLT_MANT_DIG: 24,
};
for (const [num, names] of allErrnos()) for (const n of names) posixConst[n] = num;
for (const [num, name] of SIGNAL_TABLE) posixConst[`SIG${name}`] = num;
for (const [k, v] of Object.entries(posixConst)) native('POSIX', k, () => v);
native('POSIX', 'LONG_MAX', () => 9223372036854775807n);
native('POSIX', 'LONG_MIN', () => -9223372036854775808n);
native('POSIX', 'floor', (vm, [x]) => Math.floor(valNum(vm, V(vm, x))));
native('POSIX', 'ceil', (vm, [x]) => Math.ceil(valNum(vm, V(vm, x))));
native('POSIX', 'fmod', (vm, [a, b]) => valNum(vm, V(vm, a)) % valNum(vm, V(vm, b)));
native('POSIX', 'pow', (vm, [a, b]) => Math.pow(valNum(vm, V(vm, a)), valNum(vm, V(vm, b))));
native('POSIX', 'strtol', (vm, [s, b], want) => {
  const str = valStr(vm, V(vm, s));
  let base = b === undefined ? 10 : valNum(vm, V(vm, b));
  const m = /^(\s*[+-]?)(0[xX](?=[0-9a-fA-F]))?/.exec(str)!;
  let body = str.slice(m[0].length);
  if (base === 0) base = m[2] ? 16 : body.startsWith('0') ? 8 : 10;
  else if (m[2] && base !== 16) body = str.slice(m[1]!.length);
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  let n = 0;
  let i = 0;
  while (i < body.length && digits.includes(body[i]!.toLowerCase())) n = n * base + digits.indexOf(body[i++]!.toLowerCase());
  const v = m[1]!.trim() === '-' ? -n : n;
  return want === 2 ? [v, body.length - i] : v;
});
native('POSIX', 'getpid', (vm) => vm.sys.getpid());
native('POSIX', 'getpgrp', (vm) => vm.sys.getpgrp());
native('POSIX', 'setpgid', (vm, [p, g]) => { const r = vm.sys.setpgid(valNum(vm, V(vm, p)), valNum(vm, V(vm, g))); return r < 0 ? (vm.img.errno = -r, undefined) : '0 but true'; });
native('POSIX', 'pause', (vm) => { const r = vm.sys.sigsuspend(vm.sys.sigprocmask(0, 0)); return r === -ERESTARTSYS ? { flow: Flow.BLOCK } : (vm.img.errno = EINTR, -1); });
native('POSIX', 'SIG_BLOCK', () => 0);
native('POSIX', 'SIG_UNBLOCK', () => 1);
native('POSIX', 'SIG_SETMASK', () => 2);
/** A POSIX::SigSet is a blessed hash whose keys are signal numbers. */
function sigsetMask(vm: Vm, x: Val | Sv | undefined): number | null {
  const v = V(vm, x);
  if (!isRef(v) || v.to.t !== 'h') return null;
  let m = 0;
  for (const k of v.to.h.keys()) { const n = Number(k); if (n >= 1 && n <= 32) m |= 1 << (n - 1); }
  return m >>> 0;
}
function sigsetFill(vm: Vm, x: Val | Sv | undefined, mask: number): void {
  const v = V(vm, x);
  if (!isRef(v) || v.to.t !== 'h') return;
  const h = v.to.h;
  h.clear();
  for (let n = 1; n <= 32; n++) if (mask & (1 << (n - 1))) h.set(String(n), newSv(1));
}
native('POSIX', 'sigprocmask', (vm, [how, set, old]) => {
  const m = sigsetMask(vm, set);
  const prev = m === null ? vm.sys.sigprocmask(0, 0) : vm.sys.sigprocmask(valNum(vm, V(vm, how)), m);
  if (prev < 0) { vm.img.errno = -prev; return undefined; }
  sigsetFill(vm, old, prev);
  return '0 but true';
});
// sigsuspend SIGSET: wait for a caught signal with SIGSET as the mask; the handler runs, then undef with $! EINTR.
native('POSIX', 'sigsuspend', (vm, [set]) => {
  const r = vm.sys.sigsuspend(sigsetMask(vm, set) ?? 0);
  if (r === -ERESTARTSYS) return { flow: Flow.BLOCK };
  vm.img.errno = r < 0 ? -r : EINTR;
  return undefined;
});
native('POSIX', 'sigpending', (vm, [set]) => { sigsetFill(vm, set, vm.sys.sigpending()); return '0 but true'; });
// _sigflags SIG [, FLAGS, MASK, SAFE]: the signal's name (undef for none) and whether its handler has SA_RESTART.
// FLAGS sets SA_RESTART here and hands SA_NOCLDSTOP / SA_NOCLDWAIT to the kernel; the action is recorded (signals.ts).
native('POSIX', '_sigflags', (vm, [sig, flags, mask, safe]) => {
  const n = valNum(vm, V(vm, sig));
  const name = Number.isInteger(n) && n > 0 ? signalName(n) : undefined;
  if (name === undefined) return [undefined, ''];
  const was = sigRestarts(vm, n) ? 1 : '';
  if (flags !== undefined) {
    const fl = valNum(vm, V(vm, flags));
    setSigRestart(vm, n, (fl & 0x10000000) !== 0);
    vm.sys.sigaction(n, vm.sys.sigdisposition(n), fl & 3);
    const m = (sigsetMask(vm, mask) ?? 0) & ~(2 ** 8 | 2 ** 18);
    setSigAct(vm, n, { flags: fl >>> 0, mask: m >>> 0, safe: valBool(V(vm, safe)) });
  }
  return [name, was];
});
// _sigact SIG: sigaction(2)'s old action for SIG as perl reports it: FLAGS, SAFE, then the MASK's signals.
native('POSIX', '_sigact', (vm, [sig]) => {
  const r = sigActReport(vm, valNum(vm, V(vm, sig)));
  const members: number[] = [];
  for (let s = 1; s <= 32; s++) if (r.mask & (2 ** (s - 1))) members.push(s);
  return [r.flags, r.safe ? 1 : 0, ...members];
});
// mkfifo PATH, MODE: "0 but true", or undef with $!.
native('POSIX', 'mkfifo', (vm, args) => {
  if (args.length !== 2) return { flow: vm.dieMsg('Usage: POSIX::mkfifo(filename, mode)') };
  const [path, mode] = args;
  if (!vm.sys.mknod) { vm.img.errno = ENOSYS; return undefined; }
  const r = vm.sys.mknod(valStr(vm, V(vm, path)), S_IFIFO | (valNum(vm, V(vm, mode)) & 0o7777));
  return r < 0 ? (vm.img.errno = -r, undefined) : '0 but true';
});
native('POSIX', 'getppid', (vm) => vm.sys.getppid());
native('POSIX', 'setsid', (vm) => { const r = vm.sys.setsid(); return r < 0 ? (vm.img.errno = -r, -1) : r; });
native('POSIX', '_exit', (vm, [n]) => { vm.sys.exit(valNum(vm, V(vm, n)) & 0xff); return { flow: Flow.STOP }; });
native('POSIX', 'WIFEXITED', (vm, [s]) => ((valNum(vm, V(vm, s)) & 0x7f) === 0 ? 1 : ''));
native('POSIX', 'WEXITSTATUS', (vm, [s]) => (valNum(vm, V(vm, s)) >> 8) & 0xff);
native('POSIX', 'WIFSIGNALED', (vm, [s]) => { const v = valNum(vm, V(vm, s)) & 0x7f; return v !== 0 && v !== 0x7f ? 1 : ''; });
native('POSIX', 'WTERMSIG', (vm, [s]) => valNum(vm, V(vm, s)) & 0x7f);
native('POSIX', 'WIFSTOPPED', (vm, [s]) => ((valNum(vm, V(vm, s)) & 0xff) === 0x7f ? 1 : ''));
native('POSIX', 'WSTOPSIG', (vm, [s]) => (valNum(vm, V(vm, s)) >> 8) & 0xff);
native('POSIX', 'strftime', (vm, args) => strftime(vm, args.map((a) => V(vm, a))));
native('POSIX', 'dup2', (vm, [a, b]) => { const r = vm.sys.dup2(valNum(vm, V(vm, a)), valNum(vm, V(vm, b))); return r < 0 ? undefined : r === 0 ? '0 but true' : r; });
native('POSIX', 'isatty', (vm, [x]) => { const g = gvOfItem(vm, x as Item); const fd = g?.io ? g.io.fd : valNum(vm, V(vm, x)); return typeof vm.sys.tcgetattr(fd) === 'object' ? 1 : ''; });
native('POSIX', 'close', (vm, [fd]) => { const r = vm.sys.close(valNum(vm, V(vm, fd))); return r < 0 ? (vm.img.errno = -r, undefined) : '0 but true'; });
native('POSIX', 'getcwd', (vm) => vm.sys.getcwd());
native('POSIX', 'ttyname', (vm, [fd]) => { const r = vm.sys.ttyname(valNum(vm, V(vm, fd))); return typeof r === 'string' ? r : (vm.img.errno = -r, undefined); });
native('POSIX', 'mktime', (vm, a) => {
  const [sec, min, hour, mday, mon, year] = a.map((x) => valNum(vm, V(vm, x)));
  const t = localToEpoch(programTz(vm), year! + 1900, mon!, mday!, hour!, min!, sec!);
  return Number.isFinite(t) ? (t === 0 ? '0 but true' : t) : undefined;
});
native('POSIX', 'abs', (vm, [x]) => Math.abs(valNum(vm, V(vm, x))));
native('POSIX', 'round', (vm, [x]) => { const n = valNum(vm, V(vm, x)); return Math.sign(n) * Math.round(Math.abs(n)); });
native('POSIX', 'trunc', (vm, [x]) => Math.trunc(valNum(vm, V(vm, x))));
native('POSIX', 'strtod', (vm, [s], want) => {
  const str = valStr(vm, V(vm, s));
  const m = /^\s*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(str);
  const v = m ? strToNum(m[0]).n : 0;
  return want === 2 ? [v, str.length - (m ? m[0].length : 0)] : v;
});
native('POSIX', 'uname', (vm) => { const u = vm.sys.uname(); return [u.sysname, u.nodename, u.release, u.version, u.machine]; });
/** Failure of a POSIX fd call: $! set, undef returned. */
const posixFail = (vm: Vm, r: number): undefined => { vm.img.errno = -r; return undefined; };
native('POSIX', 'access', (vm, [p, m]) => { const r = vm.sys.access(valStr(vm, V(vm, p)), valNum(vm, V(vm, m))); return r < 0 ? posixFail(vm, r) : '0 but true'; });
native('POSIX', 'open', (vm, [p, fl, m]) => {
  const r = vm.sys.open(valStr(vm, V(vm, p)), fl === undefined ? O_RDONLY : valNum(vm, V(vm, fl)), m === undefined ? 0o666 : valNum(vm, V(vm, m)));
  if (r === -ERESTARTSYS) return { flow: Flow.BLOCK };
  return r < 0 ? posixFail(vm, r) : r === 0 ? '0 but true' : r;
});
native('POSIX', 'read', (vm, [fd, buf, n]) => {
  const r = vm.sys.read(valNum(vm, V(vm, fd)), valNum(vm, V(vm, n)));
  if (typeof r === 'number') return r === -ERESTARTSYS ? { flow: Flow.BLOCK } : posixFail(vm, r);
  if (isSvArg(buf)) buf.v = fromBytes(r);
  return r.length === 0 ? '0 but true' : r.length;
});
native('POSIX', 'write', (vm, [fd, buf, n]) => {
  let data = toBytes(vm, valStr(vm, V(vm, buf)), 'POSIX::write');
  if (n !== undefined) data = data.subarray(0, valNum(vm, V(vm, n)));
  const r = vm.sys.write(valNum(vm, V(vm, fd)), data);
  if (r === -ERESTARTSYS) return { flow: Flow.BLOCK };
  return r < 0 ? posixFail(vm, r) : r === 0 ? '0 but true' : r;
});
native('POSIX', 'lseek', (vm, [fd, off, wh]) => {
  const r = vm.sys.lseek(valNum(vm, V(vm, fd)), valNum(vm, V(vm, off)), valNum(vm, V(vm, wh)));
  return r < 0 ? posixFail(vm, r) : r === 0 ? '0 but true' : r;
});
native('POSIX', 'errno', (vm) => vm.img.errno);
native('POSIX', 'strerror', (vm, [e]) => { const n = valNum(vm, V(vm, e)); return allErrnos().find(([k]) => k === n)?.[2] ?? `Unknown error ${n}`; });

function strftime(vm: Vm, a: Val[]): string {
  const [fmt, sec, min, hour, mday, mon, year] = a;
  const d = new Date(Date.UTC(valNum(vm, year) + 1900, valNum(vm, mon), valNum(vm, mday), valNum(vm, hour), valNum(vm, min), valNum(vm, sec)));
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  // The zone of these local fields, as mktime(3) finds it (perl: "made consistent as though by calling mktime()").
  const epoch = localToEpoch(programTz(vm), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  const zone = localInfo(programTz(vm), epoch);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const mons = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return valStr(vm, fmt).replace(/%([a-zA-Z%])/g, (_m, c: string) => {
    switch (c) {
      case 'Y': return String(d.getUTCFullYear());
      case 'y': return p(d.getUTCFullYear() % 100);
      case 'm': return p(d.getUTCMonth() + 1);
      case 'd': return p(d.getUTCDate());
      case 'e': return String(d.getUTCDate()).padStart(2, ' ');
      case 'H': return p(d.getUTCHours());
      case 'I': return p(((d.getUTCHours() + 11) % 12) + 1);
      case 'M': return p(d.getUTCMinutes());
      case 'S': return p(d.getUTCSeconds());
      case 'p': return d.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'a': return days[d.getUTCDay()]!.slice(0, 3);
      case 'A': return days[d.getUTCDay()]!;
      case 'b': case 'h': return mons[d.getUTCMonth()]!.slice(0, 3);
      case 'B': return mons[d.getUTCMonth()]!;
      case 'j': return p(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1, 3);
      case 'Z': return zone.name;
      case 'z': { const m = Math.abs(zone.offset) / 60; return `${zone.offset < 0 ? '-' : '+'}${p(Math.floor(m / 60))}${p(m % 60)}`; }
      case 's': return String(epoch);
      case 'F': return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
      case 'T': return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
      case 'D': return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${p(d.getUTCFullYear() % 100)}`;
      case 'C': return p(Math.floor(d.getUTCFullYear() / 100));
      case 'u': return String(d.getUTCDay() || 7);
      case 'w': return String(d.getUTCDay());
      case 'U': case 'W': return p(weekOfYear(d, c === 'U' ? 0 : 1));
      case 'V': return p(isoWeek(d)[1]);
      case 'G': return String(isoWeek(d)[0]);
      case 'g': return p(isoWeek(d)[0] % 100);
      case 'k': return String(d.getUTCHours()).padStart(2, ' ');
      case 'l': return String(((d.getUTCHours() + 11) % 12) + 1).padStart(2, ' ');
      case 'P': return d.getUTCHours() < 12 ? 'am' : 'pm';
      case 'R': return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
      case 'r': return `${p(((d.getUTCHours() + 11) % 12) + 1)}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
      case 'c': return `${days[d.getUTCDay()]!.slice(0, 3)} ${mons[d.getUTCMonth()]!.slice(0, 3)} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
      case 'x': return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${p(d.getUTCFullYear() % 100)}`;
      case 'X': return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
      case 'n': return '\n';
      case 't': return '\t';
      case '%': return '%';
    }
    return '%' + c;
  });
}

/** %U (weeks start on Sunday, first=0) or %W (Monday, first=1): the week number of the year. */
function weekOfYear(d: Date, first: number): number {
  const yday = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000);
  return Math.floor((yday + 7 - ((d.getUTCDay() + 7 - first) % 7)) / 7);
}

/** The ISO 8601 week-based year and week number of a date. */
function isoWeek(d: Date): [number, number] {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const y = t.getUTCFullYear();
  return [y, Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7)];
}

// ---- Fcntl
const fcntlConst: Record<string, number> = { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_NONBLOCK, O_NDELAY: O_NONBLOCK, O_NOCTTY, O_NOFOLLOW, O_DIRECTORY, O_ACCMODE, LOCK_SH, LOCK_EX, LOCK_NB, LOCK_UN, SEEK_SET, SEEK_CUR, SEEK_END, F_GETFL, F_SETFL, F_GETFD, F_SETFD, FD_CLOEXEC, F_GETLK, F_SETLK, F_SETLKW, F_GETLK64: F_GETLK, F_SETLK64: F_SETLK, F_SETLKW64: F_SETLKW, F_RDLCK, F_WRLCK, F_UNLCK, F_EXLCK, F_SHLCK,
  // glibc on x86-64 defines O_LARGEFILE as 0 (the kernel sets its bit itself).
  O_LARGEFILE: 0 };
for (const [k, v] of Object.entries(fcntlConst)) native('Fcntl', k, () => v);

// ---- Time::HiRes
native('Time::HiRes', 'time', (vm) => { const [s, ns] = vm.sys.clockGettime('realtime'); return s + ns / 1e9; });
native('Time::HiRes', 'sleep', (vm, [x]) => {
  const ms = valNum(vm, V(vm, x)) * 1000;
  const r = vm.sys.nanosleep(ms);
  if (r === -ERESTARTSYS) return { flow: Flow.BLOCK };
  return r === -EINTR ? (ms - vm.sys.sleepRemainingMs()) / 1000 : ms / 1000;
});
native('Time::HiRes', '_setitimer', (vm, [v, i]) => vm.sys.setitimer(valNum(vm, V(vm, v)), valNum(vm, V(vm, i))));
native('Time::HiRes', 'usleep', (vm, [x]) => {
  const r = vm.sys.nanosleep(valNum(vm, V(vm, x)) / 1000);
  return r === -ERESTARTSYS ? { flow: Flow.BLOCK } : valNum(vm, V(vm, x));
});

// ---- IO::Handle methods on globs
native('IO::Handle', 'autoflush', (vm, [fh, on]) => {
  const io = gvOfItem(vm, fh as Item)?.io;
  if (!io) return undefined;
  const old = io.autoflush ? 1 : 0;
  io.autoflush = on === undefined ? true : valNum(vm, V(vm, on)) !== 0;
  if (io.autoflush) ioFlush(vm, io);
  return old;
});
native('IO::Handle', 'flush', (vm, [fh]) => { const io = gvOfItem(vm, fh as Item)?.io; if (io) { const r = ioFlush(vm, io); if (r === Flow.BLOCK) return { flow: Flow.BLOCK }; } return 1; });
native('IO::Handle', 'fileno', (vm, [fh]) => gvOfItem(vm, fh as Item)?.io?.fd);
native('IO::Handle', 'opened', (vm, [fh]) => { const io = gvOfItem(vm, fh as Item)?.io; return io && io.mode !== 'closed' ? 1 : ''; });
native('IO::Handle', 'blocking', () => 1);

// ---- utf8:: (always there). Strings hold bytes as chars 0..255; wider chars are characters.
const isSvArg = (x: unknown): x is Sv => typeof x === 'object' && x !== null && (x as Sv).t === 's';
native('utf8', 'encode', (vm, [x]) => {
  if (isSvArg(x)) x.v = utf8String(valStr(vm, x.v));
  return undefined;
});
native('utf8', 'decode', (vm, [x]) => {
  if (!isSvArg(x)) return '';
  const s = valStr(vm, x.v);
  if (/[^\x00-\xff]/.test(s)) return '';
  vm.img.charNames = true;
  try {
    x.v = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
    return 1;
  } catch { return ''; }
});
native('utf8', 'upgrade', (vm, [x]) => (isSvArg(x) ? valStr(vm, x.v).length : 0));
native('utf8', 'downgrade', (vm, [x, failOk]) => {
  if (!isSvArg(x) || !/[^\x00-\xff]/.test(valStr(vm, x.v))) return 1;
  if (failOk !== undefined && valNum(vm, V(vm, failOk))) return '';
  return { flow: vm.dieMsg('Wide character in subroutine entry') };
});
native('utf8', 'is_utf8', (vm, [x]) => (/[^\x00-\xff]/.test(valStr(vm, V(vm, x))) ? 1 : ''));
native('utf8', 'valid', () => 1);

// ---- JSON::PP, MIME::Base64 and the digests: defined by natives-late.ts
lateNatives(native);

for (const m of ['Scalar::Util', 'POSIX', 'Fcntl', 'Time::HiRes', 'IO::Handle', 'JSON::PP', 'MIME::Base64', 'Digest::MD5', 'Digest::SHA']) registerNative(m, (vm, pkg) => installNatives(vm, pkg));

/** UNIVERSAL is always there. */
export function installCoreNatives(vm: Vm): void {
  installNatives(vm, 'UNIVERSAL');
  installNatives(vm, 'utf8');
  installNatives(vm, 'IO::Handle');
  gvAv(vm, 'IO::File::ISA').a = [newSv('IO::Handle')];
}

export { isList, fmtG };
