/**
 * A pipe: one byte buffer, a read end and a write end. Readers and writers
 * are counted apart (per open file description, as Linux does), so EOF comes
 * when the last write end closes and EPIPE when the last read end has.
 * Writes of at most PIPE_BUF bytes are atomic.
 */
import { EAGAIN, EBADF, EPIPE } from '../abi/errno.ts';
import { LIMITS } from '../abi/limits.ts';
import { POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM } from '../abi/poll.ts';
import { S_IFIFO } from '../abi/stat.ts';
import type { Caller, FileOps, OpenFile } from './file.ts';
import { WaitQueue, type Waker } from './wait-queue.ts';

export class Pipe {
  private chunks: Uint8Array[] = [];
  /** Bytes buffered. */
  length = 0;
  readers = 0;
  writers = 0;
  /** Woken on data, space, and either end closing. */
  readonly wq: WaitQueue;

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

  pollRead(): number {
    let m = 0;
    if (this.length > 0) m |= POLLIN | POLLRDNORM;
    if (this.writers === 0) m |= POLLHUP;
    return m;
  }

  pollWrite(): number {
    if (this.readers === 0) return POLLERR | POLLOUT;
    return this.capacity - this.length >= LIMITS.PIPE_BUF ? POLLOUT | POLLWRNORM : 0;
  }

  stat(): { mode: number; ino: number } {
    return { mode: S_IFIFO | 0o600, ino: this.ino };
  }
}

/** The two FileOps of a pipe. Each open file description counts once. */
export function pipeEnds(pipe: Pipe): { reader: FileOps; writer: FileOps } {
  const reader: FileOps = {
    kind: 'pipe',
    wq: pipe.wq,
    read: (_f: OpenFile, count: number) => pipe.read(count),
    write: () => -EBADF,
    poll: () => pipe.pollRead(),
    available: () => pipe.length,
    reopen: () => void pipe.readers++,
    release() {
      pipe.readers--;
      pipe.wq.wakeAll();
    },
  };
  const writer: FileOps = {
    kind: 'pipe',
    wq: pipe.wq,
    read: () => -EBADF,
    write: (_f: OpenFile, data: Uint8Array, _c: Caller) => pipe.write(data),
    poll: () => pipe.pollWrite(),
    reopen: () => void pipe.writers++,
    release() {
      pipe.writers--;
      pipe.wq.wakeAll();
    },
  };
  return { reader, writer };
}
