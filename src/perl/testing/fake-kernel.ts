/**
 * A small in-memory kernel for the engine's tests: files, stdio captured
 * as strings, blocking reads (ERESTARTSYS), fork with a process table,
 * wait4, kill and caught signals, alarm and nanosleep on a virtual clock.
 * Only what the tests need; the real kernel lives in src/kernel.
 */
import { EBADF, ECHILD, EINTR, ENOENT, ENOTTY, ERESTARTSYS, ESRCH, ENOTDIR, EEXIST, ENOSYS } from '../../abi/errno.ts';
import { O_APPEND, O_CREAT, O_TRUNC, O_WRONLY, O_RDWR } from '../../abi/fcntl.ts';
import { defaultAction, SIGALRM, SIGKILL } from '../../abi/signals.ts';
import { W_EXITCODE, WNOHANG } from '../../abi/wait.ts';
import type { Program, Stat, Sys, Termios, WaitResult, SigDisposition } from '../../abi/sys.ts';

type Desc =
  | { k: 'file'; path: string; pos: number; append: boolean }
  | { k: 'dir'; path: string; done: boolean }
  | { k: 'in' }
  | { k: 'out'; which: 'stdout' | 'stderr' }
  | { k: 'pipe'; buf: number[]; writers: number; readers: number; end: 'r' | 'w'; shared: { buf: number[]; writers: number; readers: number } };

interface Proc {
  pid: number; ppid: number; image: unknown; program: Program; fds: Map<number, Desc>;
  status: number | null; pending: number[]; disp: Map<number, SigDisposition>; blocked: boolean;
  sleepUntil: number | null; sleepLeft: number; alarmAt: number | null; reaped: boolean;
}

export interface FakeOptions { maxRounds?: number; files?: Record<string, string>; stdin?: string; stdinEof?: boolean; tty?: boolean; argv?: string[] }

export class FakeKernel {
  files = new Map<string, Uint8Array | 'dir'>();
  stdout = '';
  stderr = '';
  /** stdout and stderr interleaved as a terminal would show them. */
  screen = '';
  stdin: number[] = [];
  stdinEof: boolean;
  procs: Proc[] = [];
  nowMs = 1_700_000_000_000;
  nextPid = 1000;
  tty: boolean;

  constructor(readonly program: Program, opts: FakeOptions = {}) {
    for (const [p, c] of Object.entries(opts.files ?? {})) this.writeFile(p, c);
    for (const d of ['/', '/tmp', '/usr', '/usr/lib', '/usr/lib/perl5', '/home', '/home/user']) this.files.set(d, 'dir');
    this.stdin = [...latin1(opts.stdin ?? '')];
    this.stdinEof = opts.stdinEof ?? true;
    this.tty = opts.tty ?? false;
  }

  writeFile(path: string, content: string): void {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) this.files.set('/' + parts.slice(0, i).join('/'), 'dir');
    this.files.set(path, new Uint8Array(latin1(content)));
  }

  /** Start the program as a new process; returns the pid. */
  spawn(argv: string[], envp: string[] = ['PATH=/usr/bin:/bin', 'HOME=/home/user']): number {
    const fds = new Map<number, Desc>([[0, { k: 'in' }], [1, { k: 'out', which: 'stdout' }], [2, { k: 'out', which: 'stderr' }]]);
    return this.addProc(this.program.load(argv, envp), 0, fds);
  }

  private addProc(image: unknown, ppid: number, fds: Map<number, Desc>): number {
    const pid = this.nextPid++;
    this.procs.push({ pid, ppid, image, program: this.program, fds, status: null, pending: [], disp: new Map(), blocked: false, sleepUntil: null, sleepLeft: 0, alarmAt: null, reaped: false });
    return pid;
  }

  feed(s: string, eof = false): void {
    this.stdin.push(...latin1(s));
    if (eof) this.stdinEof = true;
  }

  /** Run until every process exits or all are blocked with nothing to wake them. */
  runAll(maxRounds = 100000, budget = 5000): void {
    for (let round = 0; round < maxRounds; round++) {
      const live = this.procs.filter((p) => p.status === null);
      if (!live.length) return;
      let progressed = false;
      const before = this.procs.length;
      for (const p of live) {
        this.fireTimers(p);
        if (p.status !== null) continue;
        p.blocked = false;
        const sys = this.sysFor(p);
        const steps = p.program.run(p.image, sys, budget);
        this.nowMs += steps / 1000;
        if (!p.blocked) progressed = true;
      }
      if (this.procs.length !== before) progressed = true;
      if (!progressed) {
        const next = Math.min(...live.map((p) => Math.min(p.sleepUntil ?? Infinity, p.alarmAt ?? Infinity)));
        if (!Number.isFinite(next)) return;
        this.nowMs = Math.max(this.nowMs, next);
      }
    }
  }

  /** Run one slice of one process (for tests that inspect images between slices). */
  step(pid: number, budget: number): { steps: number; blocked: boolean } {
    const p = this.procs.find((x) => x.pid === pid)!;
    this.fireTimers(p);
    p.blocked = false;
    const steps = p.program.run(p.image, this.sysFor(p), budget);
    return { steps, blocked: p.blocked };
  }

  proc(pid: number): Proc { return this.procs.find((x) => x.pid === pid)!; }

  exitStatus(pid: number): number | null { return this.proc(pid).status; }

  private fireTimers(p: Proc): void {
    if (p.alarmAt !== null && this.nowMs >= p.alarmAt) { p.alarmAt = null; this.signal(p, SIGALRM); }
  }

  signal(p: Proc, sig: number): void {
    if (p.status !== null) return;
    const d = sig === SIGKILL ? 'default' : p.disp.get(sig) ?? 'default';
    if (d === 'ignore') return;
    if (d === 'default') {
      const act = defaultAction(sig);
      if (act === 'ign' || act === 'cont' || act === 'stop') return;
      p.status = sig;
      return;
    }
    if (!p.pending.includes(sig)) p.pending.push(sig);
  }

  private out(which: 'stdout' | 'stderr', data: Uint8Array): void {
    const s = String.fromCharCode(...data);
    if (which === 'stdout') this.stdout += s; else this.stderr += s;
    this.screen += s;
  }

  private sysFor(p: Proc): Sys {
    const k = this;
    const block = (): number => { p.blocked = true; return -ERESTARTSYS; };
    const gone = (): boolean => p.status !== null;
    const caught = (): boolean => p.pending.length > 0;
    const sys: Partial<Sys> = {
      get gone() { return gone(); },
      getpid: () => p.pid, getppid: () => p.ppid, getpgrp: () => p.pid, getpgid: () => p.pid, setpgid: () => 0,
      getsid: () => p.pid, setsid: () => p.pid, getuid: () => 1000, geteuid: () => 1000, getgid: () => 1000,
      getegid: () => 1000, getgroups: () => [1000], setuid: () => 0, setgid: () => 0, setgroups: () => 0,
      open(path, flags) {
        const f = k.files.get(path);
        if (f === undefined) {
          if (!(flags & O_CREAT)) return -ENOENT;
          k.files.set(path, new Uint8Array(0));
        } else if (f === 'dir') {
          return k.addFd(p, { k: 'dir', path, done: false });
        } else if (flags & O_TRUNC) k.files.set(path, new Uint8Array(0));
        void O_WRONLY; void O_RDWR;
        return k.addFd(p, { k: 'file', path, pos: 0, append: (flags & O_APPEND) !== 0 });
      },
      close(fd) {
        const d = p.fds.get(fd);
        if (!d) return -EBADF;
        p.fds.delete(fd);
        if (d.k === 'pipe') { if (d.end === 'w') d.shared.writers--; else d.shared.readers--; }
        return 0;
      },
      read(fd, count) {
        const d = p.fds.get(fd);
        if (!d) return -EBADF;
        if (d.k === 'in') {
          if (k.stdin.length === 0) { if (k.stdinEof) return new Uint8Array(0); if (caught()) return -EINTR; return block(); }
          return new Uint8Array(k.stdin.splice(0, count));
        }
        if (d.k === 'pipe') {
          if (d.shared.buf.length === 0) { if (d.shared.writers <= 0) return new Uint8Array(0); if (caught()) return -EINTR; return block(); }
          return new Uint8Array(d.shared.buf.splice(0, count));
        }
        if (d.k !== 'file') return -EBADF;
        const data = k.files.get(d.path) as Uint8Array;
        const chunk = data.slice(d.pos, d.pos + count);
        d.pos += chunk.length;
        return chunk;
      },
      write(fd, data) {
        const d = p.fds.get(fd);
        if (!d) return -EBADF;
        if (d.k === 'out') { k.out(d.which, data); return data.length; }
        if (d.k === 'pipe') { if (d.shared.readers <= 0) return -32; d.shared.buf.push(...data); return data.length; }
        if (d.k !== 'file') return -EBADF;
        const cur = k.files.get(d.path) as Uint8Array;
        const pos = d.append ? cur.length : d.pos;
        const next = new Uint8Array(Math.max(cur.length, pos + data.length));
        next.set(cur);
        next.set(data, pos);
        k.files.set(d.path, next);
        d.pos = pos + data.length;
        return data.length;
      },
      lseek(fd, off, whence) { const d = p.fds.get(fd); if (!d || d.k !== 'file') return -29; const len = (k.files.get(d.path) as Uint8Array).length; d.pos = whence === 0 ? off : whence === 1 ? d.pos + off : len + off; return d.pos; },
      dup(fd) { const d = p.fds.get(fd); if (!d) return -EBADF; if (d.k === 'pipe') { if (d.end === 'w') d.shared.writers++; else d.shared.readers++; } return k.addFd(p, d); },
      dup2(o, n) { const d = p.fds.get(o); if (!d) return -EBADF; p.fds.set(n, d); return n; },
      fcntl: () => 0,
      pipe() {
        const shared = { buf: [] as number[], writers: 1, readers: 1 };
        const r = k.addFd(p, { k: 'pipe', buf: shared.buf, writers: 0, readers: 0, end: 'r', shared });
        const w = k.addFd(p, { k: 'pipe', buf: shared.buf, writers: 0, readers: 0, end: 'w', shared });
        return [r, w];
      },
      stat(path) { return k.stat(path); },
      lstat(path) { return k.stat(path); },
      fstat(fd) { const d = p.fds.get(fd); if (d && (d.k === 'file' || d.k === 'dir')) return k.stat(d.path); return d ? k.statOf(0o020620, 0) : -EBADF; },
      access(path) { return k.files.has(path) ? 0 : -ENOENT; },
      mkdir(path) { if (k.files.has(path)) return -EEXIST; k.files.set(path, 'dir'); return 0; },
      rmdir(path) { if (k.files.get(path) !== 'dir') return -ENOTDIR; k.files.delete(path); return 0; },
      unlink(path) { if (!k.files.has(path)) return -ENOENT; k.files.delete(path); return 0; },
      rename(a, b) { const f = k.files.get(a); if (f === undefined) return -ENOENT; k.files.delete(a); k.files.set(b, f); return 0; },
      getdents(fd) {
        const d = p.fds.get(fd);
        if (!d || d.k !== 'dir') return -ENOTDIR;
        if (d.done) return [];
        d.done = true;
        const pre = d.path === '/' ? '/' : d.path + '/';
        const names = [...k.files.keys()].filter((x) => x.startsWith(pre) && x !== d.path && !x.slice(pre.length).includes('/')).map((x) => x.slice(pre.length));
        return ['.', '..', ...names].map((name, i) => ({ name, ino: i + 1, type: 8 }));
      },
      chdir: () => 0, getcwd: () => '/home/user', umask: () => 0o22, flock: () => 0, chmod: () => 0,
      poll: () => 0,
      tcgetattr(fd): Termios | number { const d = p.fds.get(fd); return k.tty && d && (d.k === 'out' || d.k === 'in') ? { iflag: 0, oflag: 0, cflag: 0, lflag: 0, cc: [] } : -ENOTTY; },
      fork(childImage) {
        const fds = new Map(p.fds);
        for (const d of fds.values()) if (d.k === 'pipe') { if (d.end === 'w') d.shared.writers++; else d.shared.readers++; }
        const pid = k.addProc(childImage, p.pid, fds);
        const c = k.proc(pid);
        c.disp = new Map(p.disp);
        return pid;
      },
      execve: () => -ENOENT,
      exit(status) {
        p.status = W_EXITCODE(status, 0);
        for (const [fd] of p.fds) sys.close!(fd);
        for (const c of k.procs) if (c.ppid === p.pid) c.ppid = 1;
        return -ERESTARTSYS;
      },
      wait4(pid, options): WaitResult | number {
        const kids = k.procs.filter((c) => c.ppid === p.pid && !c.reaped && (pid === -1 || c.pid === pid));
        if (!kids.length) return -ECHILD;
        const z = kids.find((c) => c.status !== null);
        if (z) { z.reaped = true; return { pid: z.pid, status: z.status! }; }
        if (options & WNOHANG) return { pid: 0, status: 0 };
        if (caught()) return -EINTR;
        return block();
      },
      kill(pid, sig) { const t = k.procs.find((x) => x.pid === pid && x.status === null); if (!t) return -ESRCH; if (sig) k.signal(t, sig); return 0; },
      sigaction(sig, disp) { p.disp.set(sig, disp); return 0; },
      sigdisposition: (sig) => p.disp.get(sig) ?? 'default',
      sigprocmask: () => 0, sigpending: () => p.pending.reduce((m, sig) => (m | (1 << (sig - 1))) >>> 0, 0),
      sigtake() { return p.pending.shift() ?? 0; },
      alarm(secs) { const left = p.alarmAt === null ? 0 : Math.ceil((p.alarmAt - k.nowMs) / 1000); p.alarmAt = secs ? k.nowMs + secs * 1000 : null; return left; },
      nanosleep(ms) {
        if (p.sleepUntil === null) p.sleepUntil = k.nowMs + ms;
        if (caught()) { p.sleepLeft = Math.max(0, p.sleepUntil - k.nowMs); p.sleepUntil = null; return -EINTR; }
        if (k.nowMs >= p.sleepUntil) { p.sleepUntil = null; return 0; }
        return block();
      },
      sleepRemainingMs: () => p.sleepLeft,
      clockGettime: () => [Math.floor(k.nowMs / 1000), Math.floor((k.nowMs % 1000) * 1e6)],
      times: () => ({ utime: 0, stime: 0, cutime: 0, cstime: 0 }),
      memcharge: () => 0,
      getrandom: (n) => new Uint8Array(n).map((_, i) => (i * 37 + 11) & 255),
      uname: () => ({ sysname: 'Linux', nodename: 'linux', release: '6.1.0', version: '#1', machine: 'x86_64' }),
      gethostname: () => 'linux',
      readlink: () => -ENOENT, trace: () => undefined,
    };
    return new Proxy(sys as Sys, { get: (t, prop) => (prop in t ? (t as never)[prop] : () => -ENOSYS) });
  }

  private addFd(p: Proc, d: Desc): number {
    let fd = 0;
    while (p.fds.has(fd)) fd++;
    p.fds.set(fd, d);
    return fd;
  }

  private statOf(mode: number, size: number): Stat {
    return { dev: 1, ino: 1, mode, nlink: 1, uid: 1000, gid: 1000, rdev: 0, size, blksize: 4096, blocks: Math.ceil(size / 512), atimeMs: this.nowMs, mtimeMs: this.nowMs, ctimeMs: this.nowMs };
  }

  stat(path: string): Stat | number {
    const f = this.files.get(path);
    if (f === undefined) return -ENOENT;
    return f === 'dir' ? this.statOf(0o040755, 4096) : this.statOf(0o100644, f.length);
  }
}

function latin1(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 256) out.push(c);
    else out.push(...new TextEncoder().encode(ch));
  }
  return out;
}
