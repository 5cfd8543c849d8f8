/**
 * A pipe: one byte buffer, a read end and a write end. Readers and writers
 * are counted apart (per open file description, as Linux does), so EOF comes
 * when the last write end closes and EPIPE when the last read end has.
 * Writes of at most PIPE_BUF bytes are atomic.
 */
import { EAGAIN, EBADF, EINVAL, ENXIO, EPIPE, ERESTARTSYS } from '../abi/errno.ts';
import { O_ACCMODE, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY } from '../abi/fcntl.ts';
import { LIMITS } from '../abi/limits.ts';
import { POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM } from '../abi/poll.ts';
import { S_IFIFO } from '../abi/stat.ts';
import type { Caller, FileOps, OpenFile } from './file.ts';
import type { Inode } from './fs/inode.ts';
import type { Kernel } from './kernel.ts';
import type { Process } from './proc.ts';
import { WaitQueue, type Waker } from './wait-queue.ts';

export class Pipe {
  private chunks: Uint8Array[] = [];
  /** Bytes buffered. */
  length = 0;
  readers = 0;
  writers = 0;
  /** Woken on data, space, either end opening (FIFOs) and either end closing. */
  readonly wq: WaitQueue;
  /** FIFOs: how many times each end has been opened (Linux's r_counter and w_counter). */
  rOpens = 0;
  wOpens = 0;
  /** FIFOs: processes parked in open(2), by pid: the end they open and the other end's count then. */
  readonly parked = new Map<number, { end: 'r' | 'w'; since: number }>();

  constructor(waker: Waker, readonly ino: number, readonly capacity = LIMITS.pipeBuf) {
    this.wq = new WaitQueue(waker);
  }

  /** Take up to `count` bytes; -EAGAIN when empty with writers left; empty at EOF. */
  read(count: number): Uint8Array | number {
    if (this.length === 0) return this.writers > 0 ? -EAGAIN : new Uint8Array(0);
    const n = Math.min(count, this.length);
    const out = new Uint8Array(n);
    let off = 0;
    while (off < n) {
      const c = this.chunks[0]!;
      const take = Math.min(c.length, n - off);
      out.set(c.subarray(0, take), off);
      off += take;
      if (take === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(take);
    }
    this.length -= n;
    this.wq.wakeAll();
    return out;
  }

  /**
   * Append what fits. -EPIPE with no readers (the caller raises SIGPIPE);
   * -EAGAIN when nothing fits, or when an atomic write (<= PIPE_BUF) does
   * not fit whole.
   */
  write(data: Uint8Array): number {
    if (this.readers === 0) return -EPIPE;
    const space = this.capacity - this.length;
    if (data.length <= LIMITS.PIPE_BUF && space < data.length) return -EAGAIN;
    const n = Math.min(space, data.length);
    if (n === 0) return -EAGAIN;
    this.chunks.push(data.slice(0, n));
    this.length += n;
    this.wq.wakeAll();
    return n;
  }

  /** `quietWhile`: no POLLHUP while the write end's open count is still this (fifo(7)). */
  pollRead(quietWhile = -1): number {
    let m = 0;
    if (this.length > 0) m |= POLLIN | POLLRDNORM;
    if (this.writers === 0 && this.wOpens !== quietWhile) m |= POLLHUP;
    return m;
  }

  /** The last end has closed: a FIFO's unread bytes go (Linux frees the buffer). */
  private drop(): void {
    if (this.readers > 0 || this.writers > 0) return;
    this.chunks = [];
    this.length = 0;
  }

  /** An end closed. */
  closeEnd(end: 'r' | 'w'): void {
    if (end === 'r') this.readers--;
    else this.writers--;
    this.drop();
    this.wq.wakeAll();
  }

  pollWrite(): number {
    if (this.readers === 0) return POLLERR | POLLOUT;
    return this.capacity - this.length >= LIMITS.PIPE_BUF ? POLLOUT | POLLWRNORM : 0;
  }

  stat(): { mode: number; ino: number } {
    return { mode: S_IFIFO | 0o600, ino: this.ino };
  }
}

/**
 * The FileOps of a pipe: its two ends, and the read-write end a FIFO opened
 * O_RDWR gets. Each open file description counts once. `quietWhile` is
 * Pipe.pollRead's (a reader that opened O_NONBLOCK before any writer).
 */
export function pipeEnds(pipe: Pipe, quietWhile = -1): { reader: FileOps; writer: FileOps; both: FileOps } {
  const reader: FileOps = {
    kind: 'pipe',
    wq: pipe.wq,
    read: (_f: OpenFile, count: number) => pipe.read(count),
    write: () => -EBADF,
    poll: () => pipe.pollRead(quietWhile),
    available: () => pipe.length,
    reopen: () => void pipe.readers++,
    release: () => pipe.closeEnd('r'),
  };
  const writer: FileOps = {
    kind: 'pipe',
    wq: pipe.wq,
    read: () => -EBADF,
    write: (_f: OpenFile, data: Uint8Array, _c: Caller) => pipe.write(data),
    poll: () => pipe.pollWrite(),
    reopen: () => void pipe.writers++,
    release: () => pipe.closeEnd('w'),
  };
  const both: FileOps = {
    kind: 'pipe',
    wq: pipe.wq,
    read: (_f: OpenFile, count: number) => pipe.read(count),
    write: (_f: OpenFile, data: Uint8Array, _c: Caller) => pipe.write(data),
    poll: () => pipe.pollRead() | pipe.pollWrite(),
    available: () => pipe.length,
    reopen: () => {
      pipe.readers++;
      pipe.writers++;
    },
    release: () => {
      pipe.readers--;
      pipe.closeEnd('w');
    },
  };
  return { reader, writer, both };
}

/** FIFOs with parked openers, per kernel, for the exit hook. */
const parkedFifos = new WeakMap<Kernel, Set<Pipe>>();

/**
 * open(2) of a FIFO inode (fifo(7), open(2)). A read-only open waits until a
 * writer has opened, a write-only open until a reader has; O_RDWR never
 * waits. With O_NONBLOCK a reader opens at once and a writer without a
 * reader gets -ENXIO. A waiting opener is parked (-ERESTARTSYS) and counts
 * as an open end meanwhile, as on Linux; it re-issues the open when woken.
 * A caught signal ends the wait with -EINTR (the caller may restart).
 */
export function openFifo(k: Kernel, p: Process, ino: Inode, flags: number): FileOps | number {
  let pipe = ino.object as Pipe | undefined;
  if (!pipe) ino.object = pipe = new Pipe(k, ino.ino);
  const ends = pipeEnds(pipe);
  const parked = pipe.parked.get(p.pid);
  if (parked) {
    if ((parked.end === 'r' ? pipe.wOpens : pipe.rOpens) !== parked.since) {
      pipe.parked.delete(p.pid);
      return parked.end === 'r' ? ends.reader : ends.writer;
    }
    return park(k, p, pipe, parked.end, parked.since);
  }
  const acc = flags & O_ACCMODE;
  const nonblock = (flags & O_NONBLOCK) !== 0;
  if (acc === O_ACCMODE) return -EINVAL;
  if (acc === O_WRONLY && nonblock && pipe.readers === 0) return -ENXIO;
  if (acc === O_RDONLY || acc === O_RDWR) {
    pipe.readers++;
    pipe.rOpens++;
  }
  if (acc !== O_RDONLY) {
    pipe.writers++;
    pipe.wOpens++;
  }
  pipe.wq.wakeAll();
  if (acc === O_RDWR) return ends.both;
  if (acc === O_RDONLY) {
    if (pipe.writers > 0) return ends.reader;
    if (nonblock) return pipeEnds(pipe, pipe.wOpens).reader;
    return park(k, p, pipe, 'r', pipe.wOpens);
  }
  if (pipe.readers > 0) return ends.writer;
  return park(k, p, pipe, 'w', pipe.rOpens);
}

/** Park an opener until the other end's open count moves past `since`; -EINTR undoes its count. */
function park(k: Kernel, p: Process, pipe: Pipe, end: 'r' | 'w', since: number): number {
  const r = k.block(p, [pipe.wq]);
  if (r === -ERESTARTSYS) {
    pipe.parked.set(p.pid, { end, since });
    watchExits(k).add(pipe);
    return r;
  }
  pipe.parked.delete(p.pid);
  pipe.closeEnd(end);
  return r;
}

/** Subscribe once per kernel: a process that dies parked in open gives its count back. */
function watchExits(k: Kernel): Set<Pipe> {
  const known = parkedFifos.get(k);
  if (known) return known;
  const fifos = new Set<Pipe>();
  parkedFifos.set(k, fifos);
  k.events.subscribe((e) => {
    if (e.type !== 'exit') return;
    for (const pipe of fifos) {
      const w = pipe.parked.get(e.pid);
      if (w) {
        pipe.parked.delete(e.pid);
        pipe.closeEnd(w.end);
      }
      if (pipe.parked.size === 0) fifos.delete(pipe);
    }
  });
  return fifos;
}
