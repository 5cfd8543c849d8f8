/**
 * The kernel's core: the process table, the run queue and the scheduler,
 * parking and waking, the virtual clock, and descriptor bookkeeping. System
 * calls live in sys-*.ts; signals in signal.ts; fork/exec/exit/wait in
 * lifecycle.ts.
 *
 * Scheduling is deterministic: runnable processes are served first come,
 * first served, each for at most a quantum of steps; a forked child is queued
 * behind its parent, which keeps running. Virtual time advances by a fixed
 * cost per step and jumps to the next timer when nothing is runnable.
 */
import { EINTR, ERESTARTSYS } from '../abi/errno.ts';
import { LIMITS } from '../abi/limits.ts';
import type { Program } from '../abi/sys.ts';
import { Clock } from './clock.ts';
import { EventBus } from './events.ts';
import type { OpenFile } from './file.ts';
import { FlockTable } from './flock.ts';
import { Vfs } from './fs/vfs.ts';
import { Prng } from './prng.ts';
import { Process } from './proc.ts';
import { CgroupTable } from './cgroup.ts';
import type { Pty } from './tty/pty.ts';
import type { WaitQueue, Waker } from './wait-queue.ts';

export type Mode = 'fast' | 'paced';

/** Raised to the host when a JS exception escapes kernel or program code. */
export class KernelPanic extends Error {
  constructor(message: string, readonly original: unknown) {
    super(message);
    this.name = 'KernelPanic';
  }
}

export interface KernelOptions {
  seed: number;
  mode: Mode;
  hostname: string;
}

export class Kernel implements Waker {
  readonly clock = new Clock();
  /** Structured events for the inspector and --trace (events.ts). */
  readonly events = new EventBus(() => this.clock.nowNs);
  readonly prng: Prng;
  readonly vfs: Vfs;
  readonly procs = new Map<number, Process>();
  /** CPU time charged per control group (/sys/fs/cgroup). */
  readonly cgroups = new CgroupTable();
  /** Counters since boot for /proc/stat: processes created, dispatches, virtual ns spent in syscalls. */
  readonly stats = { forks: 0, switches: 0, sysNs: 0 };
  readonly programs = new Map<string, Program>();
  readonly flocks: FlockTable;
  readonly ptys: Pty[] = [];
  readonly mode: Mode;
  hostname: string;
  private runQueue: number[] = [];
  private nextPid = 1;
  private nextFileId = 1;
  /** Process currently executing, if any. */
  current: Process | null = null;
  /** Steps used by the current process in this run (for clock charging). */
  private traceSink: ((channel: string, msg: string) => void) | null = null;
  /** Hooks other parts register (net, sys-net) — e.g. socket release. */
  readonly extensions = new Map<string, unknown>();
  /** Pids the host started, and their wait status once they exit. */
  readonly hostWatched = new Set<number>();
  readonly hostStatus = new Map<number, number>();

  constructor(opts: KernelOptions) {
    this.prng = new Prng(opts.seed);
    this.mode = opts.mode;
    this.hostname = opts.hostname;
    this.vfs = new Vfs(() => this.clock.realtimeMs());
    this.flocks = new FlockTable(this, this.events);
  }

  nowMs(): number {
    return this.clock.realtimeMs();
  }

  // ---- pids and the run queue

  allocPid(): number {
    while (this.procs.has(this.nextPid)) this.nextPid++;
    this.stats.forks++;
    return this.nextPid++;
  }

  liveCount(): number {
    return this.procs.size;
  }

  enqueue(p: Process): void {
    if (!this.runQueue.includes(p.pid)) this.runQueue.push(p.pid);
  }

  /** Waker: a parked process becomes runnable (idempotent). */
  wake(pid: number): void {
    const p = this.procs.get(pid);
    if (!p || p.state !== 'blocked') return;
    for (const q of p.blockedOn) q.remove(pid);
    p.blockedOn = [];
    if (p.wakeTimer) {
      this.clock.cancel(p.wakeTimer);
      p.wakeTimer = 0;
    }
    p.state = 'runnable';
    this.enqueue(p);
  }

  /** A caught, unblocked signal is pending: a blocking call must return EINTR. */
  hasCaughtPending(p: Process): boolean {
    const deliverable = p.sigPending & ~p.sigMask;
    if (!deliverable) return false;
    for (let s = 1; s < 32; s++) {
      if (deliverable & (1 << (s - 1)) && p.actions[s]!.disp === 'catch') return true;
    }
    return false;
  }

  /**
   * Park `p` on the given queues (and until `deadlineNs`, if given). Returns
   * -ERESTARTSYS, or -EINTR when a caught signal is already pending.
   */
  block(p: Process, queues: WaitQueue[], deadlineNs?: number): number {
    if (this.hasCaughtPending(p)) {
      p.inflight = null;
      return -EINTR;
    }
    p.state = 'blocked';
    p.blockedOn = queues;
    for (const q of queues) q.add(p.pid);
    if (deadlineNs !== undefined) {
      p.wakeTimer = this.clock.add(deadlineNs, () => {
        p.wakeTimer = 0;
        this.wake(p.pid);
      });
    }
    return -ERESTARTSYS;
  }

  // ---- descriptors

  /** Install an open file at the lowest free fd >= min. Takes one reference. */
  installFd(p: Process, file: OpenFile, cloexec = false, min = 0): number {
    const fd = p.freeFd(min);
    if (fd >= LIMITS.maxFds) return -24; // EMFILE
    if (!file.id) file.id = this.nextFileId++;
    p.fds[fd] = { file, cloexec };
    file.refs++;
    return fd;
  }

  /** Drop one reference; the last one releases the file (and its flocks). */
  putFile(file: OpenFile): void {
    file.refs--;
    file.ops.fdClosed?.(file);
    if (file.refs === 0) {
      this.flocks.releaseFile(file);
      file.ops.release?.(file);
      file.ops.wq.wakeAll();
    }
  }

  closeFd(p: Process, fd: number): number {
    const e = p.fd(fd);
    if (!e) return -9; // EBADF
    p.fds[fd] = null;
    this.flocks.closeFd(p, e.file);
    this.putFile(e.file);
    return 0;
  }

  // ---- the scheduler

  /** Run one process for up to a quantum. Returns false when nothing was runnable. */
  runOne(): boolean {
    const pid = this.runQueue.shift();
    if (pid === undefined) return false;
    const p = this.procs.get(pid);
    if (!p || p.state !== 'runnable') return true;
    this.current = p;
    this.stats.switches++;
    let steps: number;
    try {
      steps = p.program.run(p.image, p.sys, LIMITS.quantum);
    } catch (e) {
      this.current = null;
      const msg = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
      throw new KernelPanic(`kernel panic: exception in pid ${p.pid} (${p.comm}): ${msg}`, e);
    }
    this.current = null;
    const ns = Math.max(1, steps) * LIMITS.nsPerStep;
    this.clock.advance(ns);
    p.cpuNs += ns;
    this.cgroups.charge(p.cgroup, ns);
    if (p.state === 'runnable') this.enqueue(p);
    this.clock.fireDue();
    return true;
  }

  hasRunnable(): boolean {
    return this.runQueue.length > 0;
  }

  /** Charge a syscall's fixed cost to the clock. */
  chargeSyscall(): void {
    this.clock.advance(LIMITS.nsPerSyscall);
    this.stats.sysNs += LIMITS.nsPerSyscall;
  }

  setTrace(sink: ((channel: string, msg: string) => void) | null): void {
    this.traceSink = sink;
  }

  trace(channel: string, msg: string): void {
    this.traceSink?.(channel, msg);
  }
}

