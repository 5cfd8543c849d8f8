/**
 * The Sys object a process's program calls: one per program incarnation
 * (a new one after execve). It charges each call to the clock and, once the
 * process has exited, exec'd or been killed, answers every call with
 * -ERESTARTSYS so the program unwinds.
 */
import { EAFNOSUPPORT, EBADF, EINVAL, ENOMEM, ERESTARTSYS, ENOTTY } from '../abi/errno.ts';
import { LIMITS } from '../abi/limits.ts';
import type { PollFd, SigDisposition, SockAddr, Sys, Termios, Winsize } from '../abi/sys.ts';
import type { Kernel } from './kernel.ts';
import { execve, exitProcess, fork, wait4 } from './lifecycle.ts';
import type { Process } from './proc.ts';
import { kill, sigtake } from './signal.ts';
import {
  acquireCtty, getFile, sysChdir, sysDup, sysDup2, sysFcntl, sysFlock, sysFstat, sysGetdents,
  sysLseek, sysOpen, sysPipe, sysRead, sysStat, sysTcsetpgrp, sysWrite, ttyOf, sysAccess, sysMknod,
} from './sys-file.ts';
import {
  sysChmod, sysChown, sysFchmod, sysFtruncate, sysLink, sysMkdir, sysReadlink, sysRename,
  sysRmdir, sysSymlink, sysTruncate, sysUnlink, sysUtimes,
} from './sys-fs.ts';
import { sysPoll } from './sys-poll.ts';
import {
  sysAlarm, sysGetpgid, sysGetsid, sysNanosleep, sysSetgid, sysSetitimer, sysSetpgid, sysSetsid,
  sysSetuid, sysSigaction, sysSigprocmask, sysSigsuspend, sysPrctl, sysSetcmdline,
} from './sys-proc.ts';
import { W_EXITCODE } from '../abi/wait.ts';

/** Socket calls, provided by the network layer when it is wired in (kernel.extensions 'net'). */
export type NetSys = Pick<Sys, 'socket' | 'socketpair' | 'bind' | 'listen' | 'accept' | 'connect' |
  'getsockname' | 'getpeername' | 'sendto' | 'recvfrom' | 'shutdown' | 'setsockopt' |
  'getsockopt' | 'resolve'>;

export type NetFactory = (k: Kernel, p: Process) => NetSys;

const noNet: NetSys = {
  socket: () => -EAFNOSUPPORT,
  socketpair: () => -EAFNOSUPPORT,
  bind: () => -EBADF,
  listen: () => -EBADF,
  accept: () => -EBADF,
  connect: () => -EBADF,
  getsockname: () => -EBADF,
  getpeername: () => -EBADF,
  sendto: () => -EBADF,
  recvfrom: () => -EBADF,
  shutdown: () => -EBADF,
  setsockopt: () => -EBADF,
  getsockopt: () => -EBADF,
  resolve: () => -2,
};

const R = -ERESTARTSYS;

export function makeSys(k: Kernel, p: Process): Sys {
  let gone = false;
  const net = (k.extensions.get('net') as NetFactory | undefined)?.(k, p) ?? noNet;
  const live = (): boolean => {
    if (gone) return false;
    k.chargeSyscall();
    return true;
  };
  const sys: Sys & { retire(): void } = {
    get gone() {
      return gone;
    },
    retire() {
      gone = true;
    },
    getpid: () => p.pid,
    getppid: () => p.ppid,
    getpgrp: () => p.pgid,
    getpgid: (pid) => (live() ? sysGetpgid(k, p, pid) : R),
    setpgid: (pid, pgid) => (live() ? sysSetpgid(k, p, pid, pgid) : R),
    getsid: (pid) => (live() ? sysGetsid(k, p, pid) : R),
    setsid: () => (live() ? sysSetsid(k, p) : R),
    getuid: () => p.uid,
    geteuid: () => p.euid,
    getgid: () => p.gid,
    getegid: () => p.egid,
    getgroups: () => [...p.groups],
    setuid: (uid) => (live() ? sysSetuid(p, uid) : R),
    setgid: (gid) => (live() ? sysSetgid(p, gid) : R),
    setgroups: (groups) => {
      if (!live()) return R;
      if (p.euid !== 0) return -1;
      p.groups = [...groups];
      return 0;
    },

    open: (path, flags, mode = 0o666) => (live() ? sysOpen(k, p, path, flags, mode) : R),
    close: (fd) => (live() ? k.closeFd(p, fd) : R),
    read: (fd, count) => (live() ? sysRead(k, p, fd, count) : R),
    write: (fd, data) => (live() ? sysWrite(k, p, fd, data) : R),
    lseek: (fd, off, whence) => (live() ? sysLseek(p, fd, off, whence) : R),
    dup: (fd) => (live() ? sysDup(k, p, fd) : R),
    dup2: (a, b) => (live() ? sysDup2(k, p, a, b) : R),
    fcntl: (fd, cmd, arg = 0) => (live() ? sysFcntl(k, p, fd, cmd, arg) : R),
    pipe: (flags = 0) => (live() ? sysPipe(k, p, flags) : R),
    stat: (path) => (live() ? sysStat(k, p, path, true) : R),
    lstat: (path) => (live() ? sysStat(k, p, path, false) : R),
    fstat: (fd) => (live() ? sysFstat(p, fd) : R),
    access: (path, mode) => (live() ? sysAccess(k, p, path, mode) : R),
    mkdir: (path, mode) => (live() ? sysMkdir(k, p, path, mode) : R),
    mknod: (path, mode) => (live() ? sysMknod(k, p, path, mode) : R),
    rmdir: (path) => (live() ? sysRmdir(k, p, path) : R),
    unlink: (path) => (live() ? sysUnlink(k, p, path) : R),
    rename: (a, b) => (live() ? sysRename(k, p, a, b) : R),
    link: (a, b) => (live() ? sysLink(k, p, a, b) : R),
    symlink: (t, l) => (live() ? sysSymlink(k, p, t, l) : R),
    readlink: (path) => (live() ? sysReadlink(k, p, path) : R),
    chmod: (path, mode) => (live() ? sysChmod(k, p, path, mode) : R),
    fchmod: (fd, mode) => (live() ? sysFchmod(k, p, fd, mode) : R),
    chown: (path, uid, gid) => (live() ? sysChown(k, p, path, uid, gid, true) : R),
    lchown: (path, uid, gid) => (live() ? sysChown(k, p, path, uid, gid, false) : R),
    utimes: (path, a, m) => (live() ? sysUtimes(k, p, path, a, m) : R),
    truncate: (path, len) => (live() ? sysTruncate(k, p, path, len) : R),
    ftruncate: (fd, len) => (live() ? sysFtruncate(p, fd, len) : R),
    getdents: (fd) => (live() ? sysGetdents(k, p, fd) : R),
    chdir: (path) => (live() ? sysChdir(k, p, path) : R),
    fchdir: (fd) => {
      if (!live()) return R;
      const f = getFile(p, fd);
      return f ? sysChdir(k, p, f.path) : -EBADF;
    },
    getcwd: () => p.cwd,
    umask: (mask) => {
      const old = p.umask;
      p.umask = mask & 0o777;
      return old;
    },
    flock: (fd, op) => (live() ? sysFlock(k, p, fd, op) : R),
    poll: (fds: PollFd[], t) => (live() ? sysPoll(k, p, fds, t) : R),
    tcgetattr: (fd) => {
      if (!live()) return R;
      const t = ttyOf(p, fd);
      return typeof t === 'number' ? t : t.getattr();
    },
    tcsetattr: (fd, when, t: Termios) => {
      if (!live()) return R;
      const tty = ttyOf(p, fd);
      return typeof tty === 'number' ? tty : tty!.setattr(t, when);
    },
    tcgetpgrp: (fd) => {
      if (!live()) return R;
      const t = ttyOf(p, fd);
      if (typeof t === 'number') return t;
      return p.ctty && p.ctty.slave.tty === t ? t.getpgrp() : -ENOTTY;
    },
    tcsetpgrp: (fd, pgrp) => (live() ? sysTcsetpgrp(k, p, fd, pgrp) : R),
    tiocgwinsz: (fd) => {
      if (!live()) return R;
      const t = ttyOf(p, fd);
      return typeof t === 'number' ? t : t.getwinsize();
    },
    tiocswinsz: (fd, ws: Winsize) => {
      if (!live()) return R;
      const t = ttyOf(p, fd);
      if (typeof t === 'number') return t;
      t.setwinsize(ws);
      return 0;
    },
    tiocsctty: (fd) => {
      if (!live()) return R;
      const f = getFile(p, fd);
      if (!f) return -EBADF;
      if (!f.ops.tty) return -ENOTTY;
      if (!p.isSessionLeader() || (f.ops.tty.session() !== 0 && f.ops.tty.session() !== p.sid && p.euid !== 0)) return -1;
      acquireCtty(k, p, f.ops);
      return 0;
    },
    fionread: (fd) => {
      if (!live()) return R;
      const f = getFile(p, fd);
      if (!f) return -EBADF;
      return f.ops.available ? f.ops.available(f) : -ENOTTY;
    },
    ttyname: (fd) => {
      if (!live()) return R;
      const t = ttyOf(p, fd);
      return typeof t === 'number' ? t : t.name;
    },

    fork: (img) => (live() ? fork(k, p, img) : R),
    execve: (path, argv, envp) => (live() ? execve(k, p, path, argv, envp) : R),
    exit: (status) => {
      if (gone) return R;
      exitProcess(k, p, W_EXITCODE(status & 0xff, 0));
      return R;
    },
    wait4: (pid, options) => (live() ? wait4(k, p, pid, options) : R),
    kill: (pid, sig) => (live() ? kill(k, p, pid, sig) : R),
    sigaction: (sig, disp: SigDisposition, flags = 0, mask = 0) =>
      live() ? sysSigaction(k, p, sig, disp, flags, mask) : R,
    sigdisposition: (sig) => p.actions[sig]?.disp ?? 'default',
    sigprocmask: (how, set) => (live() ? sysSigprocmask(k, p, how, set) : R),
    sigpending: () => p.sigPending,
    sigtake: () => (gone ? 0 : sigtake(k, p)),
    sigsuspend: (mask) => (live() ? sysSigsuspend(k, p, mask) : R),
    alarm: (s) => (live() ? sysAlarm(k, p, s) : R),
    setitimer: (v, i) => (live() ? sysSetitimer(k, p, v, i) : R),
    nanosleep: (ms) => (live() ? sysNanosleep(k, p, ms) : R),
    sleepRemainingMs: () => p.sleepRemainingMs,
    clockGettime: (clock) => {
      const ns = clock === 'monotonic' ? k.clock.nowNs : k.clock.realtimeMs() * 1e6;
      const sec = Math.floor(ns / 1e9);
      return [sec, Math.floor(ns - sec * 1e9)];
    },
    times: () => ({
      utime: Math.floor(p.cpuNs / 1e7),
      stime: 0,
      cutime: Math.floor(p.childCpuNs / 1e7),
      cstime: 0,
    }),
    memcharge: (delta) => {
      if (p.memBytes + delta > LIMITS.memPerProc && delta > 0) return -ENOMEM;
      p.memBytes = Math.max(0, p.memBytes + delta);
      return 0;
    },
    prctl: (option, arg) => (live() ? sysPrctl(p, option, arg) : R),
    setcmdline: (args) => (live() ? sysSetcmdline(p, args) : R),
    getrandom: (n) => k.prng.bytes(n),
    uname: () => ({
      sysname: 'Linux',
      nodename: k.hostname,
      release: '6.1.0-terrarium',
      version: '#1 SMP PREEMPT_DYNAMIC',
      machine: 'x86_64',
    }),
    gethostname: () => k.hostname,
    sethostname: (name) => {
      if (p.euid !== 0) return -1;
      if (name.length > 64) return -EINVAL;
      k.hostname = name;
      return 0;
    },
    socket: (d, t, pr) => (live() ? net.socket(d, t, pr) : R),
    socketpair: (d, t, pr) => (live() ? net.socketpair(d, t, pr) : R),
    bind: (fd, a: SockAddr) => (live() ? net.bind(fd, a) : R),
    listen: (fd, b) => (live() ? net.listen(fd, b) : R),
    accept: (fd, f) => (live() ? net.accept(fd, f) : R),
    connect: (fd, a) => (live() ? net.connect(fd, a) : R),
    getsockname: (fd) => (live() ? net.getsockname(fd) : R),
    getpeername: (fd) => (live() ? net.getpeername(fd) : R),
    sendto: (fd, d, f, a) => (live() ? net.sendto(fd, d, f, a) : R),
    recvfrom: (fd, c, f) => (live() ? net.recvfrom(fd, c, f) : R),
    shutdown: (fd, h) => (live() ? net.shutdown(fd, h) : R),
    setsockopt: (fd, l, n, v) => (live() ? net.setsockopt(fd, l, n, v) : R),
    getsockopt: (fd, l, n) => (live() ? net.getsockopt(fd, l, n) : R),
    resolve: (name) => (live() ? net.resolve(name) : R),
    setcgroup: (path) => {
      if (!live()) return R;
      if (p.euid !== 0) return -1;
      p.cgroup = path;
      k.cgroups.touch(path);
      return 0;
    },
    trace: (ch, msg) => k.trace(ch, `[${p.pid}] ${msg}`),
  };
  return sys;
}
