/**
 * Open file descriptions and the operations behind them. Every kind of file
 * (regular file, directory, pipe end, tty, socket, /dev node) implements
 * FileOps with NON-BLOCKING semantics: an operation that cannot proceed
 * returns -EAGAIN, and the file's wait queue is woken when that may change.
 * The syscall layer turns -EAGAIN into blocking for descriptors without
 * O_NONBLOCK (park on `wq`, return -ERESTARTSYS), so blocking is written once.
 */
import type { Stat, Termios, Winsize } from '../abi/sys.ts';
import type { WaitQueue } from './wait-queue.ts';

/** What an operation knows of the process calling it. */
export interface Caller {
  pid: number;
  pgid: number;
  sid: number;
  uid: number;
  euid: number;
  gid: number;
  egid: number;
  groups: readonly number[];
  /** True when the caller ignores or blocks the given signal. */
  ignoresOrBlocks(sig: number): boolean;
}

export interface FileOps {
  /** Kind for /proc/PID/fd links, ss, the inspector ("pipe", "socket", "tty", "file", "dir", "dev"). */
  readonly kind: string;
  /** Woken on any change of readiness (data, space, hangup, state). */
  readonly wq: WaitQueue;
  read?(f: OpenFile, count: number, caller: Caller): Uint8Array | number;
  /** Writes what it can now; -EAGAIN if nothing fits. May raise signals through the caller's kernel (EPIPE). */
  write?(f: OpenFile, data: Uint8Array, caller: Caller): number;
  /** Current readiness as POLL* bits. */
  poll(f: OpenFile, caller: Caller): number;
  /** Called when the last descriptor referring to this open file is closed. */
  release?(f: OpenFile): void;
  /** Called when a descriptor referring to it is closed (any, not only the last). */
  fdClosed?(f: OpenFile): void;
  lseek?(f: OpenFile, offset: number, whence: number): number;
  stat?(f: OpenFile): Stat | number;
  ftruncate?(f: OpenFile, length: number): number;
  tty?: TtyOps;
  /** Another open file description is being made on these ops (/proc/PID/fd/N reopened). */
  reopen?(flags: number): void;
  /** Bytes ready (FIONREAD). */
  available?(f: OpenFile): number;
}

/** Terminal-specific operations (pty slaves). */
export interface TtyOps {
  readonly name: string; // "/dev/pts/0"
  getattr(): Termios;
  setattr(t: Termios, when: number): number;
  getpgrp(): number;
  setpgrp(pgid: number, caller: Caller): number;
  getwinsize(): Winsize;
  setwinsize(ws: Winsize): void;
  /** Session that has this tty as controlling terminal, or 0. */
  session(): number;
  setSession(sid: number, pgid: number): void;
}

/** An open file description: shared by fds after dup and fork. */
export class OpenFile {
  /** Number the kernel gives it when it first gets a descriptor (per machine, so runs repeat). */
  id = 0;
  /** Descriptors (in any process) referring to this description. */
  refs = 0;
  offset = 0;
  /** Directory-listing cursor for getdents. */
  dirPos = 0;

  constructor(
    readonly ops: FileOps,
    /** O_* status flags: access mode, O_APPEND, O_NONBLOCK. */
    public flags: number,
    /** Path it was opened by, for /proc/PID/fd and lsof. */
    readonly path: string,
    /** Inode number when it is a filesystem object (flock keys on it). */
    readonly ino: number = 0,
  ) {}
}
