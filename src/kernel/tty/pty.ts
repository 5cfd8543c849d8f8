/**
 * A pseudo-terminal: the master side is the screen and keyboard (the page or
 * the CLI), the slave side is /dev/pts/N that processes open. It holds the
 * foreground process group and the session, and applies job control:
 * a background reader gets SIGTTIN, a background writer SIGTTOU when TOSTOP
 * is set (POSIX XBD 11.1.4).
 */
import { EAGAIN, EINVAL, EIO, ENOTTY, ERESTARTSYS } from '../../abi/errno.ts';
import { POLLHUP, POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM } from '../../abi/poll.ts';
import { S_IFCHR } from '../../abi/stat.ts';
import { SIGCONT, SIGHUP, SIGTTIN, SIGTTOU, SIGWINCH } from '../../abi/signals.ts';
import type { Termios, Winsize } from '../../abi/sys.ts';
import { TOSTOP } from '../../abi/termios.ts';
import type { Caller, FileOps, OpenFile, TtyOps } from '../file.ts';
import { WaitQueue, type Waker } from '../wait-queue.ts';
import { Ldisc } from './ldisc.ts';

export interface TtyKernel {
  killPgrp(pgid: number, sig: number): void;
  isOrphanedPgrp(pgid: number): boolean;
  waker: Waker;
  nowMs(): number;
}

export class Pty {
  readonly ldisc: Ldisc;
  readonly wq: WaitQueue;
  fgPgrp = 0;
  sid = 0;
  winsize: Winsize = { rows: 24, cols: 80 };
  hungUp = false;
  private outputCbs: Array<(data: Uint8Array) => void> = [];
  /** Output written but not yet taken by a listener (no listener attached yet). */
  private pendingOut: Uint8Array[] = [];
  /** Bytes the screen may still take in this slice (paced mode throttling); Infinity in fast mode. */
  outputBudget = Infinity;
  readonly slave: FileOps;
  /** Slave opens currently alive (for the master's view). */
  opens = 0;
  /** The slave's inode times (ms since the epoch): a read sets atime, a write mtime (the idle clock of w and who -u). */
  atimeMs: number;
  mtimeMs: number;
  readonly ctimeMs: number;

  constructor(readonly index: number, private readonly k: TtyKernel, readonly ino: number) {
    this.wq = new WaitQueue(k.waker);
    this.ldisc = new Ldisc({
      echo: (bytes) => this.emit(this.ldisc.output(Uint8Array.from(bytes))),
      signal: (sig) => {
        if (this.fgPgrp) this.k.killPgrp(this.fgPgrp, sig);
      },
      changed: () => this.wq.wakeAll(),
    });
    this.slave = this.makeSlaveOps();
    this.atimeMs = this.mtimeMs = this.ctimeMs = k.nowMs();
  }

  /**
   * A time after a read or write: as Linux's tty_update_time, only the
   * seconds move and only when they differ beyond the low three bits, so
   * the device shows activity to within 8 seconds.
   */
  private touched(ms: number): number {
    const sec = Math.floor(this.k.nowMs() / 1000);
    const old = Math.floor(ms / 1000);
    return Math.floor(sec / 8) !== Math.floor(old / 8) ? sec * 1000 + (ms - old * 1000) : ms;
  }

  get name(): string {
    return `/dev/pts/${this.index}`;
  }

  // ---- master side

  input(data: Uint8Array): void {
    if (this.hungUp) return;
    this.ldisc.input(data);
  }

  onOutput(cb: (data: Uint8Array) => void): void {
    this.outputCbs.push(cb);
    for (const d of this.pendingOut) cb(d);
    this.pendingOut = [];
  }

  resize(rows: number, cols: number): void {
    if (rows === this.winsize.rows && cols === this.winsize.cols) return;
    this.winsize = { rows, cols };
    if (this.fgPgrp) this.k.killPgrp(this.fgPgrp, SIGWINCH);
  }

  /** The master went away: SIGHUP+SIGCONT to the session leader's group, reads see EOF. */
  hangup(leaderPgrp: number): void {
    if (this.hungUp) return;
    this.hungUp = true;
    if (leaderPgrp) {
      this.k.killPgrp(leaderPgrp, SIGHUP);
      this.k.killPgrp(leaderPgrp, SIGCONT);
    }
    if (this.fgPgrp && this.fgPgrp !== leaderPgrp) {
      this.k.killPgrp(this.fgPgrp, SIGHUP);
      this.k.killPgrp(this.fgPgrp, SIGCONT);
    }
    this.wq.wakeAll();
  }

  private emit(data: Uint8Array): void {
    if (data.length === 0) return;
    if (this.outputCbs.length === 0) {
      this.pendingOut.push(data.slice());
      return;
    }
    for (const cb of this.outputCbs) cb(data);
  }

  /** A new slice began: let throttled writers go on. */
  refill(budget: number): void {
    this.outputBudget = budget;
    this.wq.wakeAll();
  }

  // ---- job control checks

  /** Background access check for a caller whose controlling tty this is. */
  private jobCheck(c: Caller, sig: number): number {
    if (this.sid === 0 || c.sid !== this.sid || this.fgPgrp === 0 || c.pgid === this.fgPgrp) return 0;
    if (c.ignoresOrBlocks(sig)) return sig === SIGTTIN ? -EIO : 0;
    if (this.k.isOrphanedPgrp(c.pgid)) return -EIO;
    this.k.killPgrp(c.pgid, sig);
    return -ERESTARTSYS;
  }

  private makeSlaveOps(): FileOps {
    const tty: TtyOps = {
      name: this.name,
      getattr: () => ({ ...this.ldisc.termios, cc: [...this.ldisc.termios.cc] }),
      setattr: (t: Termios, when: number) => {
        if (when === 2) this.ldisc.flushInput();
        this.ldisc.setTermios(t);
        return 0;
      },
      getpgrp: () => this.fgPgrp,
      setpgrp: (pgid, c) => {
        if (c.sid !== this.sid) return -ENOTTY;
        if (pgid <= 0) return -EINVAL;
        const chk = this.jobCheck(c, SIGTTOU);
        if (chk < 0) return chk;
        this.fgPgrp = pgid;
        return 0;
      },
      getwinsize: () => ({ ...this.winsize }),
      setwinsize: (ws) => this.resize(ws.rows, ws.cols),
      session: () => this.sid,
      setSession: (sid, pgid) => {
        this.sid = sid;
        this.fgPgrp = pgid;
      },
    };
    return {
      kind: 'tty',
      wq: this.wq,
      tty,
      read: (_f: OpenFile, count: number, c: Caller) => {
        const chk = this.jobCheck(c, SIGTTIN);
        if (chk < 0) return chk;
        const got = this.ldisc.take(count);
        if (got) {
          if (got.length > 0) this.atimeMs = this.touched(this.atimeMs);
          return got;
        }
        if (this.hungUp) return new Uint8Array(0);
        return -EAGAIN;
      },
      write: (_f: OpenFile, data: Uint8Array, c: Caller) => {
        if (this.hungUp) return -EIO;
        if (this.ldisc.termios.lflag & TOSTOP) {
          const chk = this.jobCheck(c, SIGTTOU);
          if (chk < 0) return chk;
        }
        if (this.outputBudget <= 0) return -EAGAIN;
        const n = Math.min(data.length, Math.max(1, Math.floor(this.outputBudget)));
        this.outputBudget -= n;
        this.emit(this.ldisc.output(data.subarray(0, n)));
        this.mtimeMs = this.touched(this.mtimeMs);
        return n;
      },
      poll: () => {
        let m = POLLOUT | POLLWRNORM;
        if (this.ldisc.readable()) m |= POLLIN | POLLRDNORM;
        if (this.hungUp) m |= POLLHUP | POLLIN;
        return m;
      },
      available: () => this.ldisc.available(),
      stat: () => ({
        dev: 0x16, ino: this.ino, mode: S_IFCHR | 0o620, nlink: 1, uid: 1000, gid: 5,
        rdev: (136 << 8) | this.index, size: 0, blksize: 1024, blocks: 0,
        atimeMs: this.atimeMs, mtimeMs: this.mtimeMs, ctimeMs: this.ctimeMs,
      }),
    };
  }
}

