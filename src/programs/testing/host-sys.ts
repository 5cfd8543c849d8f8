/**
 * A stand-in kernel for testing programs without the real one: files live in
 * a host directory used as "/", pipes are in-memory buffers, processes run
 * round-robin, and the clock is virtual. Only what programs need is here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Program, Stat, Sys, Dirent, WaitResult, Termios, Winsize } from '../../abi/sys.ts';
import { errnoByName, EBADF, ECHILD, ENOSYS, ENOTTY, ERESTARTSYS, EPIPE, EINVAL } from '../../abi/errno.ts';
import { O_ACCMODE, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_WRONLY, O_RDWR, O_DIRECTORY } from '../../abi/fcntl.ts';
import { W_EXITCODE } from '../../abi/wait.ts';

interface Pipe { data: number[]; readers: number; writers: number }
type Desc =
  | { kind: 'file'; host: number; path: string; append: boolean; refs: number }
  | { kind: 'dir'; host: string; done: boolean; refs: number }
  | { kind: 'pipe-r'; pipe: Pipe; refs: number }
  | { kind: 'pipe-w'; pipe: Pipe; refs: number }
  | { kind: 'sink'; tag: number; refs: number }
  | { kind: 'null'; refs: number };

export type { Desc };

export interface Proc {
  pid: number; ppid: number; program: Program; image: unknown; sys: ProcSys;
  exited: number | null; reaped: boolean;
}

/** The shared world: host root, process table, registry of programs by path. */
export class HostWorld {
  procs: Proc[] = [];
  nextPid = 100;
  clockMs = 1_700_000_000_000;
  progress = false;
  /** Everything written to any "sink" in order, tagged (1 stdout, 2 stderr). */
  log: Array<[number, Uint8Array]> = [];
  constructor(readonly root: string, readonly programs: Record<string, Program>, readonly uid = 1000) {}

  host(guestCwd: string, p: string): string {
    const abs = path.posix.resolve(guestCwd, p);
    return path.join(this.root, abs);
  }

  /** Run until every process has exited; returns false on deadlock. */
  runAll(maxRounds = 1_000_000): boolean {
    for (let round = 0; round < maxRounds; round++) {
      const live = this.procs.filter((p) => p.exited === null);
      if (live.length === 0) return true;
      this.progress = false;
      for (const p of live) {
        if (p.exited !== null) continue;
        p.sys.gone = false;
        p.program.run(p.image, p.sys, 20000);
      }
      if (!this.progress) return false;
    }
    return false;
  }

  spawn(path0: string, argv: string[], env: string[], fds: Desc[], cwd: string, ppid = 1): Proc | null {
    const prog = this.programs[path0];
    if (!prog) return null;
    const sys = new ProcSys(this, this.nextPid++, fds, cwd);
    const proc: Proc = { pid: sys.pid, ppid, program: prog, image: prog.load(argv, env), sys, exited: null, reaped: false };
    sys.proc = proc;
    this.procs.push(proc);
    return proc;
  }
}

function errOf(e: unknown): number {
  const code = (e as { code?: string }).code ?? 'EIO';
  return -(errnoByName(code) ?? 5);
}

function toStat(s: fs.Stats): Stat {
  return {
    dev: s.dev, ino: s.ino, mode: s.mode, nlink: s.nlink, uid: s.uid, gid: s.gid, rdev: s.rdev,
    size: s.size, blksize: s.blksize, blocks: s.blocks, atimeMs: s.atimeMs, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs,
  };
}

export const sinkDesc = (tag: number): Desc => ({ kind: 'sink', tag, refs: 1 });
export const pipeDescs = (): [Desc, Desc] => {
  const pipe: Pipe = { data: [], readers: 1, writers: 1 };
  return [{ kind: 'pipe-r', pipe, refs: 1 }, { kind: 'pipe-w', pipe, refs: 1 }];
};
export const bufDesc = (data: Uint8Array): Desc => {
  const pipe: Pipe = { data: [...data], readers: 1, writers: 0 };
  return { kind: 'pipe-r', pipe, refs: 1 };
};
export const nullDesc = (): Desc => ({ kind: 'null', refs: 1 });

export class ProcSys implements Sys {
  gone = false;
  proc!: Proc;
  fds: Map<number, Desc> = new Map();
  umaskv = 0o022;
  uid: number;
  constructor(readonly w: HostWorld, readonly pid: number, fds: Desc[], public cwd: string) {
    fds.forEach((d, i) => { this.fds.set(i, d); });
    this.uid = w.uid;
  }
  private ok<T>(v: T): T { this.w.progress = true; return v; }
  private h(p: string): string { return this.w.host(this.cwd, p); }
  private wrap<T>(f: () => T): T | number {
    if (this.gone) return -ERESTARTSYS;
    try { return this.ok(f()); } catch (e) { this.w.progress = true; return errOf(e); }
  }
  private free(): number { let i = 0; while (this.fds.has(i)) i++; return i; }
  private unref(d: Desc): void {
    if (--d.refs > 0) return;
    if (d.kind === 'file') fs.closeSync(d.host);
    if (d.kind === 'pipe-r') d.pipe.readers--;
    if (d.kind === 'pipe-w') d.pipe.writers--;
  }

  getpid(): number { return this.pid; }
  getppid(): number { return this.proc.ppid; }
  getpgrp(): number { return this.pid; }
  getpgid(): number { return this.pid; }
  setpgid(): number { return 0; }
  getsid(): number { return 1; }
  setsid(): number { return this.pid; }
  getuid(): number { return this.uid; }
  geteuid(): number { return this.uid; }
  getgid(): number { return this.uid; }
  getegid(): number { return this.uid; }
  getgroups(): number[] { return [this.uid]; }
  setuid(u: number): number { this.uid = u; return 0; }
  setgid(): number { return 0; }
  setgroups(): number { return 0; }

  open(p: string, flags: number, mode = 0o666): number {
    return this.wrap(() => {
      const hp = this.h(p);
      const st = fs.existsSync(hp) ? fs.statSync(hp) : null;
      if (st?.isDirectory()) {
        if ((flags & O_ACCMODE) !== 0) throw Object.assign(new Error(), { code: 'EISDIR' });
        const fd = this.free();
        this.fds.set(fd, { kind: 'dir', host: hp, done: false, refs: 1 });
        return fd;
      }
      if (flags & O_DIRECTORY) throw Object.assign(new Error(), { code: st ? 'ENOTDIR' : 'ENOENT' });
      if (p === '/dev/null') { const fd = this.free(); this.fds.set(fd, nullDesc()); return fd; }
      let f = (flags & O_ACCMODE) === O_WRONLY ? 'w' : (flags & O_ACCMODE) === O_RDWR ? 'r+' : 'r';
      if (f !== 'r') {
        if (!(flags & O_TRUNC) && st) f = 'r+';
        if (!st && !(flags & O_CREAT)) throw Object.assign(new Error(), { code: 'ENOENT' });
        if (st && flags & O_EXCL) throw Object.assign(new Error(), { code: 'EEXIST' });
        if (!st) f = 'w';
      }
      const host = fs.openSync(hp, f, mode & ~this.umaskv);
      const fd = this.free();
      this.fds.set(fd, { kind: 'file', host, path: hp, append: (flags & O_APPEND) !== 0, refs: 1 });
      return fd;
    }) as number;
  }
  close(fd: number): number {
    const d = this.fds.get(fd);
    if (!d) return -EBADF;
    this.fds.delete(fd);
    this.unref(d);
    this.w.progress = true;
    return 0;
  }
  read(fd: number, count: number): Uint8Array | number {
    if (this.gone) return -ERESTARTSYS;
    const d = this.fds.get(fd);
    if (!d) return -EBADF;
    if (d.kind === 'null') return this.ok(new Uint8Array(0));
    if (d.kind === 'dir') return this.ok(-21);
    if (d.kind === 'pipe-r') {
      if (d.pipe.data.length === 0) return d.pipe.writers > 0 ? -ERESTARTSYS : this.ok(new Uint8Array(0));
      return this.ok(Uint8Array.from(d.pipe.data.splice(0, count)));
    }
    if (d.kind !== 'file') return -EBADF;
    return this.wrap(() => {
      const b = Buffer.alloc(count);
      const n = fs.readSync(d.host, b, 0, count, null);
      return new Uint8Array(b.subarray(0, n));
    });
  }
  write(fd: number, data: Uint8Array): number {
    if (this.gone) return -ERESTARTSYS;
    const d = this.fds.get(fd);
    if (!d) return -EBADF;
    this.w.progress = true;
    if (d.kind === 'null') return data.length;
    if (d.kind === 'sink') { this.w.log.push([d.tag, Uint8Array.from(data)]); return data.length; }
    if (d.kind === 'pipe-w') {
      if (d.pipe.readers === 0) { this.exitWith(W_EXITCODE(0, 13)); return -EPIPE; }
      for (const b of data) d.pipe.data.push(b);
      return data.length;
    }
    if (d.kind !== 'file') return -EBADF;
    return this.wrap(() => {
      if (d.append) return fs.writeSync(d.host, data, 0, data.length, fs.fstatSync(d.host).size);
      return fs.writeSync(d.host, data);
    }) as number;
  }
  lseek(): number { return -29; }
  dup(fd: number): number { const d = this.fds.get(fd); if (!d) return -EBADF; const n = this.free(); d.refs++; this.fds.set(n, d); return n; }
  dup2(a: number, b: number): number {
    const d = this.fds.get(a); if (!d) return -EBADF;
    if (a === b) return b;
    if (this.fds.has(b)) this.close(b);
    d.refs++; this.fds.set(b, d); return b;
  }
  fcntl(): number { return 0; }
  pipe(): [number, number] | number {
    const [r, w] = pipeDescs();
    const a = this.free(); this.fds.set(a, r); const b = this.free(); this.fds.set(b, w);
    return [a, b];
  }
  stat(p: string): Stat | number { return this.wrap(() => toStat(fs.statSync(this.h(p)))); }
  lstat(p: string): Stat | number { return this.wrap(() => toStat(fs.lstatSync(this.h(p)))); }
  fstat(fd: number): Stat | number {
    const d = this.fds.get(fd);
    if (!d) return -EBADF;
    if (d.kind === 'file') return this.wrap(() => toStat(fs.fstatSync(d.host)));
    if (d.kind === 'dir') return this.wrap(() => toStat(fs.statSync(d.host)));
    return { dev: 0, ino: 0, mode: 0o010600, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, blksize: 4096, blocks: 0, atimeMs: 0, mtimeMs: 0, ctimeMs: 0 };
  }
  access(p: string, mode: number): number { return this.wrap(() => { fs.accessSync(this.h(p), mode); return 0; }) as number; }
  mkdir(p: string, mode: number): number { return this.wrap(() => { fs.mkdirSync(this.h(p), mode & ~this.umaskv); return 0; }) as number; }
  rmdir(p: string): number { return this.wrap(() => { fs.rmdirSync(this.h(p)); return 0; }) as number; }
  unlink(p: string): number {
    return this.wrap(() => {
      if (fs.lstatSync(this.h(p)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
      fs.unlinkSync(this.h(p)); return 0;
    }) as number;
  }
  rename(a: string, b: string): number { return this.wrap(() => { fs.renameSync(this.h(a), this.h(b)); return 0; }) as number; }
  link(a: string, b: string): number { return this.wrap(() => { fs.linkSync(this.h(a), this.h(b)); return 0; }) as number; }
  symlink(t: string, p: string): number { return this.wrap(() => { fs.symlinkSync(t, this.h(p)); return 0; }) as number; }
  readlink(p: string): string | number { return this.wrap(() => fs.readlinkSync(this.h(p))); }
  chmod(p: string, m: number): number { return this.wrap(() => { fs.chmodSync(this.h(p), m); return 0; }) as number; }
  fchmod(): number { return -ENOSYS; }
  chown(p: string, u: number, g: number): number { return this.wrap(() => { fs.chownSync(this.h(p), u, g); return 0; }) as number; }
  lchown(p: string, u: number, g: number): number { return this.wrap(() => { fs.lchownSync(this.h(p), u, g); return 0; }) as number; }
  utimes(p: string, a: number, m: number): number { return this.wrap(() => { fs.utimesSync(this.h(p), a / 1000, m / 1000); return 0; }) as number; }
  truncate(p: string, n: number): number { return this.wrap(() => { fs.truncateSync(this.h(p), n); return 0; }) as number; }
  ftruncate(): number { return -ENOSYS; }
  getdents(fd: number): Dirent[] | number {
    const d = this.fds.get(fd);
    if (!d || d.kind !== 'dir') return -EBADF;
    if (d.done) return [];
    d.done = true;
    return this.wrap(() => {
      const ents = fs.readdirSync(d.host, { withFileTypes: true });
      const ty = (e: fs.Dirent): number => (e.isDirectory() ? 4 : e.isSymbolicLink() ? 10 : e.isFIFO() ? 1 : 8);
      return [{ name: '.', ino: 1, type: 4 }, { name: '..', ino: 2, type: 4 },
        ...ents.map((e) => ({ name: e.name, ino: 3, type: ty(e) }))];
    });
  }
  chdir(p: string): number {
    return this.wrap(() => {
      if (!fs.statSync(this.h(p)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
      this.cwd = path.posix.resolve(this.cwd, p); return 0;
    }) as number;
  }
  fchdir(): number { return -ENOSYS; }
  getcwd(): string { return this.cwd; }
  umask(m: number): number { const o = this.umaskv; this.umaskv = m; return o; }
  flock(): number { return 0; }
  poll(): number { return -ENOSYS; }
  tcgetattr(): Termios | number { return -ENOTTY; }
  tcsetattr(): number { return -ENOTTY; }
  tcgetpgrp(): number { return -ENOTTY; }
  tcsetpgrp(): number { return -ENOTTY; }
  tiocgwinsz(): Winsize | number { return -ENOTTY; }
  tiocswinsz(): number { return -ENOTTY; }
  tiocsctty(): number { return -ENOTTY; }
  fionread(): number { return 0; }
  ttyname(): string | number { return -ENOTTY; }

  fork(childImage: unknown): number {
    const fds = [...this.fds.entries()];
    const sys = new ProcSys(this.w, this.w.nextPid++, [], this.cwd);
    for (const [n, d] of fds) { d.refs++; if (d.kind === 'pipe-r') d.pipe.readers++; if (d.kind === 'pipe-w') d.pipe.writers++; sys.fds.set(n, d); }
    const proc: Proc = { pid: sys.pid, ppid: this.pid, program: this.proc.program, image: childImage, sys, exited: null, reaped: false };
    sys.proc = proc;
    this.w.procs.push(proc);
    this.w.progress = true;
    return sys.pid;
  }
  execve(p: string, argv: string[], envp: string[]): number {
    const prog = this.w.programs[path.posix.resolve(this.cwd, p)];
    if (!prog) return fs.existsSync(this.h(p)) ? -13 : -2;
    this.proc.program = prog;
    this.proc.image = prog.load(argv, envp);
    this.w.progress = true;
    this.gone = true;
    return -ERESTARTSYS;
  }
  private exitWith(status: number): void {
    if (this.gone) return;
    this.gone = true;
    for (const fd of [...this.fds.keys()]) this.close(fd);
    this.proc.exited = status;
    this.w.progress = true;
  }
  exit(code: number): number { this.exitWith(W_EXITCODE(code, 0)); return -ERESTARTSYS; }
  wait4(pid: number): WaitResult | number {
    const kids = this.w.procs.filter((p) => p.ppid === this.pid && !p.reaped && (pid === -1 || p.pid === pid));
    if (kids.length === 0) return -ECHILD;
    const done = kids.find((k) => k.exited !== null);
    if (!done) return -ERESTARTSYS;
    done.reaped = true;
    this.w.progress = true;
    return { pid: done.pid, status: done.exited! };
  }
  kill(pid: number, sig: number): number {
    const p = this.w.procs.find((x) => x.pid === Math.abs(pid) && x.exited === null);
    if (!p) return -3;
    if (sig !== 0) p.sys.exitWith(W_EXITCODE(0, sig));
    return 0;
  }
  sigaction(): number { return 0; }
  sigdisposition(): 'default' { return 'default'; }
  sigprocmask(): number { return 0; }
  sigpending(): number { return 0; }
  sigtake(): number { return 0; }
  sigsuspend(): number { return -ENOSYS; }
  alarm(): number { return 0; }
  setitimer(): number { return 0; }
  nanosleep(ms: number): number { this.w.clockMs += ms; this.w.progress = true; return 0; }
  sleepRemainingMs(): number { return 0; }
  clockGettime(): [number, number] { return [Math.floor(this.w.clockMs / 1000), (this.w.clockMs % 1000) * 1e6]; }
  times(): { utime: number; stime: number; cutime: number; cstime: number } { return { utime: 0, stime: 0, cutime: 0, cstime: 0 }; }
  memcharge(): number { return 0; }
  prctl(): number { return -ENOSYS; }
  setcmdline(): number { return -ENOSYS; }
  getrandom(n: number): Uint8Array { return new Uint8Array(n).map((_, i) => (i * 37 + 11) & 255); }
  uname(): { sysname: string; nodename: string; release: string; version: string; machine: string } {
    return { sysname: 'Linux', nodename: 'linux', release: '6.1.0-terrarium', version: '#1 SMP PREEMPT_DYNAMIC', machine: 'x86_64' };
  }
  gethostname(): string { return 'linux'; }
  sethostname(): number { return 0; }
  socket(): number { return -97; }
  socketpair(): number { return -97; }
  bind(): number { return -EINVAL; }
  listen(): number { return -EINVAL; }
  accept(): number { return -EINVAL; }
  connect(): number { return -EINVAL; }
  getsockname(): number { return -EINVAL; }
  getpeername(): number { return -EINVAL; }
  sendto(): number { return -EINVAL; }
  recvfrom(): number { return -EINVAL; }
  shutdown(): number { return -EINVAL; }
  setsockopt(): number { return -EINVAL; }
  getsockopt(): number { return -EINVAL; }
  resolve(): number { return -2; }
  trace(): void {}
}
