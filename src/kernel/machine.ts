/**
 * The machine as its host sees it (the worker, the CLI, tests): boot, files
 * in and out, terminals, spawning, and running time forward. Fast mode never
 * waits for the wall clock; paced mode lets idle time pass only as fast as
 * real time (the host waits until the next timer's wall time).
 */
import { O_LARGEFILE, O_RDWR, O_RDONLY, O_WRONLY } from '../abi/fcntl.ts';
import { POLLIN, POLLOUT } from '../abi/poll.ts';
import { S_IFREG } from '../abi/stat.ts';
import type { Program } from '../abi/sys.ts';
import { OpenFile, type FileOps } from './file.ts';
import { mountDev } from './fs/devfs.ts';
import { mountProc } from './fs/procfs.ts';
import { mountCgroup } from './cgroup.ts';
import { execStub, initProgram } from './init.ts';
import { Kernel, type Mode } from './kernel.ts';
import { createProcess, programMarker } from './lifecycle.ts';
import type { Process } from './proc.ts';
import { Pty } from './tty/pty.ts';
import { WaitQueue } from './wait-queue.ts';
import { isOrphanedPgrp, killPgrp } from './signal.ts';
import { sysSetsid } from './sys-proc.ts';
import { acquireCtty } from './sys-file.ts';
import { createNet, netSyscalls } from './sys-net.ts';
import type { NetStack } from '../net/stack.ts';

export interface MachineOptions {
  seed?: number;
  mode?: Mode;
  hostname?: string;
  /** Program for pid 1 (default: a plain reaper). */
  init?: Program;
}

export interface Terminal {
  readonly index: number;
  input(data: string | Uint8Array): void;
  onOutput(cb: (data: Uint8Array) => void): void;
  resize(rows: number, cols: number): void;
  hangup(): void;
}

export interface SpawnOptions {
  terminal?: Terminal;
  env?: Record<string, string>;
  cwd?: string;
  uid?: number;
  gid?: number;
  /** The file to execute when argv[0] is not it ("bash" run from /bin/bash). */
  path?: string;
  /** Without a terminal: bytes for stdin, and sinks for stdout/stderr (else /dev/null). */
  stdin?: Uint8Array;
  stdout?: (data: Uint8Array) => void;
  stderr?: (data: Uint8Array) => void;
}

const enc = new TextEncoder();
const ROOT = { pid: 0, pgid: 0, sid: 0, uid: 0, euid: 0, gid: 0, egid: 0, groups: [] as number[], ignoresOrBlocks: () => false };

/** A host-side pipe end the guest writes to: it never fills. */
function hostSink(k: Kernel, cb: (d: Uint8Array) => void): FileOps {
  return {
    kind: 'pipe',
    wq: new WaitQueue(k),
    write: (_f, d) => {
      cb(d.slice());
      return d.length;
    },
    read: () => -9,
    poll: () => POLLOUT,
  };
}

/** A host-side pipe end the guest reads: the given bytes, then EOF. */
function hostSource(k: Kernel, data: Uint8Array): FileOps {
  let off = 0;
  return {
    kind: 'pipe',
    wq: new WaitQueue(k),
    read: (_f, n) => {
      const out = data.slice(off, off + n);
      off += out.length;
      return out;
    },
    write: () => -9,
    poll: () => POLLIN,
    available: () => data.length - off,
  };
}

export class Machine {
  readonly kernel: Kernel;
  readonly net: NetStack;
  private wallBaseMs = 0;
  private virtBaseNs = 0;
  private terminals = new Map<number, Pty>();

  constructor(opts: MachineOptions = {}) {
    this.kernel = new Kernel({ seed: opts.seed ?? 1, mode: opts.mode ?? 'fast', hostname: opts.hostname ?? 'linux' });
    const k = this.kernel;
    k.vfs.mkdirp('/tmp', 0o1777);
    mountDev(k);
    mountProc(k);
    mountCgroup(k);
    this.net = createNet(k);
    k.extensions.set('net', netSyscalls(this.net));
    const initProg = opts.init ?? initProgram;
    k.programs.set(initProg.name, initProg);
    const init = createProcess(k, 0, initProg, initProg.load(['/sbin/init'], []));
    init.uid = init.euid = init.suid = init.gid = init.egid = init.sgid = 0;
    init.comm = initProg.name === 'systemd' ? 'systemd' : 'init';
    init.cwd = '/';
    init.argv = ['/sbin/init'];
    init.exePath = '/sbin/init';
    this.wallBaseMs = performance.now();
  }

  get mode(): Mode {
    return this.kernel.mode;
  }

  /** The path with symlinks in its directory part followed (/bin/cat -> /usr/bin/cat). */
  private canon(path: string): string {
    const parts = path.split('/').filter(Boolean);
    // Resolve the longest existing directory prefix; the rest is created as given.
    for (let i = parts.length - 1; i > 0; i--) {
      const r = this.kernel.vfs.resolve('/', '/' + parts.slice(0, i).join('/'), ROOT, true);
      if (typeof r !== 'number') return `${r.path === '/' ? '' : r.path}/${parts.slice(i).join('/')}`;
    }
    return path;
  }

  /** Install `program` as an executable at `path` (mode 0755, owned by root). */
  installProgram(path: string, program: Program, mode = 0o755): void {
    this.kernel.programs.set(program.name, program);
    this.kernel.vfs.put(this.canon(path), programMarker(program.name), mode);
  }

  writeFile(path: string, data: string | Uint8Array, opts: { mode?: number; uid?: number; gid?: number } = {}): void {
    const bytes = typeof data === 'string' ? enc.encode(data) : data;
    this.kernel.vfs.put(this.canon(path), bytes, opts.mode ?? 0o644, opts.uid ?? 0, opts.gid ?? opts.uid ?? 0);
  }

  mkdir(path: string, opts: { mode?: number; uid?: number; gid?: number } = {}): void {
    const d = this.kernel.vfs.mkdirp(this.canon(path), opts.mode ?? 0o755, opts.uid ?? 0, opts.gid ?? opts.uid ?? 0);
    d.uid = opts.uid ?? d.uid;
    d.gid = opts.gid ?? opts.uid ?? d.gid;
  }

  symlink(path: string, target: string): void {
    const ino = this.kernel.vfs.alloc(0o120777, 0, 0);
    ino.target = target;
    ino.size = target.length;
    this.kernel.vfs.attach(this.canon(path), ino);
  }

  readFile(path: string): Uint8Array | null {
    const r = this.kernel.vfs.resolve('/', path, ROOT, true);
    if (typeof r === 'number' || (r.inode.mode & 0o170000) !== S_IFREG) return null;
    return this.kernel.vfs.readAt(r.inode, 0, r.inode.size);
  }

  openTerminal(opts: { rows?: number; cols?: number } = {}): Terminal {
    const k = this.kernel;
    let index = 0;
    while (k.ptys.some((t) => t.index === index && !t.hungUp)) index++;
    const pty = new Pty(index, {
      killPgrp: (g, s) => killPgrp(k, g, s),
      isOrphanedPgrp: (g) => isOrphanedPgrp(k, g),
      waker: k,
      nowMs: () => k.nowMs(),
    }, k.vfs.alloc(0, 0, 0).ino);
    pty.winsize = { rows: opts.rows ?? 24, cols: opts.cols ?? 80 };
    const old = k.ptys.findIndex((t) => t.index === index);
    if (old >= 0) k.ptys.splice(old, 1);
    k.ptys.push(pty);
    this.terminals.set(index, pty);
    return {
      index,
      input: (d) => pty.input(typeof d === 'string' ? enc.encode(d) : d),
      onOutput: (cb) => pty.onOutput(cb),
      resize: (r, c) => pty.resize(r, c),
      hangup: () => {
        const leader = pty.sid ? k.procs.get(pty.sid) : undefined;
        pty.hangup(leader ? leader.pgid : 0);
      },
    };
  }

  /** Supplementary groups of a uid from /etc/passwd and /etc/group (what login's initgroups does). */
  private groupsOf(uid: number): number[] {
    const dec = new TextDecoder();
    const passwd = this.readFile('/etc/passwd');
    const group = this.readFile('/etc/group');
    if (!passwd || !group) return [];
    const name = dec.decode(passwd).split('\n').map((l) => l.split(':')).find((f) => Number(f[2]) === uid)?.[0];
    if (!name) return [];
    const out: number[] = [];
    for (const l of dec.decode(group).split('\n')) {
      const f = l.split(':');
      if (f.length >= 4 && (f[3] ?? '').split(',').includes(name)) out.push(Number(f[2]));
    }
    return out;
  }

  /** Start argv (argv[0] is the path) as a child of init. Returns the pid. */
  spawn(argv: string[], opts: SpawnOptions = {}): number {
    const k = this.kernel;
    const env = opts.env ?? {};
    const envp = Object.entries(env).map(([a, b]) => `${a}=${b}`);
    const p = createProcess(k, 1, execStub, execStub.load(argv, envp));
    if (opts.path) (p.image as { path: string }).path = opts.path;
    const uid = opts.uid ?? 1000;
    p.uid = p.euid = p.suid = uid;
    p.gid = p.egid = p.sgid = opts.gid ?? uid;
    p.groups = this.groupsOf(uid);
    p.cwd = opts.cwd ?? (uid === 0 ? '/root' : '/home/user');
    p.comm = (argv[0] ?? '').split('/').pop() ?? '';
    p.argv = [...argv];
    p.envp = envp;
    if (opts.terminal) {
      const pty = this.terminals.get(opts.terminal.index)!;
      p.pgid = p.pid;
      sysSetsid(k, p);
      // As openpty(3) hands them out (TIOCGPTPEER): no O_LARGEFILE, unlike an open(2) of the tty.
      for (let fd = 0; fd < 3; fd++) k.installFd(p, new OpenFile(pty.slave, O_RDWR, pty.name, pty.ino));
      acquireCtty(k, p, pty.slave);
    } else {
      const devnull = (flags: number): OpenFile => {
        const r = k.vfs.resolve('/', '/dev/null', p, true);
        const ops = (r as { inode: { device: { open: (c: Process, f: number) => FileOps } } }).inode.device.open(p, flags);
        return new OpenFile(ops, flags | O_LARGEFILE, '/dev/null');
      };
      k.installFd(p, opts.stdin ? new OpenFile(hostSource(k, opts.stdin), O_RDONLY, 'pipe:[stdin]') : devnull(O_RDONLY));
      k.installFd(p, opts.stdout ? new OpenFile(hostSink(k, opts.stdout), O_WRONLY, 'pipe:[stdout]') : devnull(O_WRONLY));
      k.installFd(p, opts.stderr ? new OpenFile(hostSink(k, opts.stderr), O_WRONLY, 'pipe:[stderr]') : devnull(O_WRONLY));
    }
    k.hostStatus.delete(p.pid);
    k.hostWatched.add(p.pid);
    return p.pid;
  }

  /**
   * Run for at most maxMs of real time. Fast mode jumps the clock over idle
   * time; paced mode catches virtual time up with the wall clock and returns
   * when idle. `busy` says whether something is runnable right now.
   */
  step(opts: { maxMs?: number } = {}): { busy: boolean; nextTimerNs: number | null } {
    const k = this.kernel;
    const maxMs = opts.maxMs ?? 8;
    const start = performance.now();
    if (k.mode === 'paced') {
      k.clock.jumpTo(this.virtBaseNs + (start - this.wallBaseMs) * 1e6);
      k.clock.fireDue();
    }
    for (const t of k.ptys) if (k.mode === 'paced') t.refill(256 * 1024);
    let n = 0;
    for (;;) {
      if (k.runOne()) {
        if (++n % 8 === 0 && performance.now() - start >= maxMs) break;
        continue;
      }
      const next = k.clock.nextDeadline();
      if (next === null || k.mode === 'paced') break;
      k.clock.jumpTo(next);
      k.clock.fireDue();
      if (performance.now() - start >= maxMs) break;
    }
    return { busy: k.hasRunnable(), nextTimerNs: k.clock.nextDeadline() };
  }

  /** Fast mode: run until `until()` holds or nothing can happen any more. */
  runUntil(until: () => boolean, opts: { maxVirtualMs?: number; maxRealMs?: number } = {}): boolean {
    const k = this.kernel;
    const limitNs = k.clock.nowNs + (opts.maxVirtualMs ?? 3_600_000) * 1e6;
    const realLimit = performance.now() + (opts.maxRealMs ?? 120_000);
    let n = 0;
    while (!until()) {
      if (k.clock.nowNs > limitNs) return false;
      if (++n % 64 === 0 && performance.now() > realLimit) return false;
      if (k.runOne()) continue;
      const next = k.clock.nextDeadline();
      if (next === null || next > limitNs) return until();
      k.clock.jumpTo(next);
      k.clock.fireDue();
    }
    return true;
  }

  /** Wait status of a host-spawned pid once it has exited, else null. */
  exitStatus(pid: number): number | null {
    return this.kernel.hostStatus.get(pid) ?? null;
  }

  nowNs(): number {
    return this.kernel.clock.nowNs;
  }

  /** Kill everything but init (the host is done with the machine). */
  shutdown(): void {
    for (const p of [...this.kernel.procs.values()]) {
      if (p.pid !== 1 && p.state !== 'zombie') killPgrp(this.kernel, p.pgid, 9);
    }
  }

  processes(): Process[] {
    return [...this.kernel.procs.values()];
  }
}

