/**
 * The process: everything the kernel keeps per pid. The program's own state
 * lives in `image` (plain data the program owns); everything else here is
 * the kernel's view.
 */
import type { Program, SigDisposition, Sys } from '../abi/sys.ts';
import { NSIG } from '../abi/signals.ts';
import type { Caller, OpenFile } from './file.ts';
import type { Pty } from './tty/pty.ts';
import { WaitQueue, type Waker } from './wait-queue.ts';

/** Process states (ps letters: R, S, T, Z). */
export type ProcState = 'runnable' | 'blocked' | 'stopped' | 'zombie';

export interface FdEntry {
  file: OpenFile;
  cloexec: boolean;
}

export interface SigAction {
  disp: SigDisposition;
  flags: number;
  mask: number;
}

/** Progress a blocking call keeps across re-issues (Linux's restart_block). */
export type Inflight =
  | { call: 'nanosleep'; deadlineNs: number }
  | { call: 'write'; fd: number; done: number }
  | { call: 'poll'; deadlineNs: number }
  | { call: 'sigsuspend'; savedMask: number }
  | { call: 'other'; name: string; deadlineNs: number };

export class Process implements Caller {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  uid = 1000;
  euid = 1000;
  suid = 1000;
  gid = 1000;
  egid = 1000;
  sgid = 1000;
  groups: number[] = [];
  cwd = '/';
  umask = 0o022;
  comm = '';
  /** The argument strings /proc/PID/cmdline shows: execve's argv until the process rewrites them. */
  argv: string[] = [];
  /**
   * Bytes of the argument and environment strings execve laid out, the most
   * a rewrite of argv may use; -1 until the first rewrite measures them.
   */
  argAreaBytes = -1;
  envp: string[] = [];
  exePath = '';
  fds: Array<FdEntry | null> = [];
  program: Program;
  image: unknown;
  sys!: Sys;
  state: ProcState = 'runnable';
  /** Queues this process is parked on, and its timeout timer. */
  blockedOn: WaitQueue[] = [];
  wakeTimer = 0;
  actions: SigAction[] = [];
  sigMask = 0;
  sigPending = 0;
  /** Mask to restore after the next sigtake (sigsuspend's temporary mask). */
  maskAfterTake: number | null = null;
  /** The last signal delivered (for the inspector). */
  lastSignal = 0;
  /** Wait status once a zombie. */
  exitStatus = 0;
  /** A stop/continue not yet reported to wait4 (WUNTRACED/WCONTINUED). */
  stopReport = 0;
  contReport = false;
  children = new Set<number>();
  /** Woken when a child changes state. */
  readonly childWq: WaitQueue;
  /** Woken when a caught signal arrives (pause, sigsuspend). */
  readonly sigWq: WaitQueue;
  ctty: Pty | null = null;
  inflight: Inflight | null = null;
  alarmTimer = 0;
  alarmAtNs = 0;
  itimerIntervalNs = 0;
  sleepRemainingMs = 0;
  startNs = 0;
  /** CPU time in virtual ns: own and reaped children's. */
  cpuNs = 0;
  childCpuNs = 0;
  memBytes = 0;
  /** Control group path ("/" or "/system.slice/NAME.service"); inherited by fork. */
  cgroup = '/';
  /** Session leader that has exited keeps the tty until then. */
  isSessionLeader(): boolean {
    return this.sid === this.pid;
  }

  constructor(pid: number, ppid: number, program: Program, image: unknown, waker: Waker) {
    this.pid = pid;
    this.ppid = ppid;
    this.pgid = pid;
    this.sid = pid;
    this.program = program;
    this.image = image;
    this.childWq = new WaitQueue(waker);
    this.sigWq = new WaitQueue(waker);
    for (let i = 0; i < NSIG; i++) this.actions.push({ disp: 'default', flags: 0, mask: 0 });
  }

  ignoresOrBlocks(sig: number): boolean {
    return this.actions[sig]?.disp === 'ignore' || (this.sigMask & (1 << (sig - 1))) !== 0;
  }

  fd(n: number): FdEntry | null {
    return (n >= 0 && this.fds[n]) || null;
  }

  /** Lowest free descriptor at or above `min`. */
  freeFd(min = 0): number {
    let i = min;
    while (this.fds[i]) i++;
    return i;
  }
}
