/**
 * POSIX record locks (fcntl(2) F_SETLK, F_SETLKW, F_GETLK): byte ranges of
 * an inode, owned by a process. Unlike flock(2) locks they are not shared
 * across fork, and a process loses all of them on a file when it closes any
 * descriptor of that file (POSIX.1-2017 XSH fcntl, "all locks associated
 * with a file for a given process shall be removed when a file descriptor
 * for that file is closed by that process"). The two kinds never conflict
 * with each other, as on Linux.
 *
 * Ranges are inclusive `[start, end]`; `end` is Infinity for "to EOF and
 * beyond" (Linux's OFFSET_MAX). A process's own locks on one inode never
 * overlap, and adjacent ones of the same type are merged (fs/locks.c
 * posix_lock_inode does the same), so /proc/locks reads as on Linux.
 */
import { EAGAIN, EDEADLK } from '../abi/errno.ts';
import { WaitQueue, type Waker } from './wait-queue.ts';

export type RecordLockType = 'read' | 'write';

/**
 * Who owns a lock: a process (its pid, > 0) for fcntl's classic commands,
 * or an open file description (minus its id, < 0) for the F_OFD_* ones.
 */
export type LockOwner = number;

/** The pid F_GETLK and /proc/locks report for an owner (-1 for an open file description). */
export const ownerPid = (owner: LockOwner): number => (owner > 0 ? owner : -1);

export interface RecordLock {
  owner: LockOwner;
  type: RecordLockType;
  start: number;
  end: number;
}

/** A request: the type to set (or 'unlock') over `[start, end]`. */
export interface RecordRequest {
  type: RecordLockType | 'unlock';
  start: number;
  end: number;
}

interface InodeRecords {
  locks: RecordLock[];
  wq: WaitQueue;
}

/** Linux stops following a chain of waiters after this many steps (MAX_DEADLK_ITERATIONS). */
const MAX_DEADLOCK_STEPS = 10;

const overlaps = (l: RecordLock, start: number, end: number): boolean => l.start <= end && start <= l.end;
const touches = (l: RecordLock, start: number, end: number): boolean => l.start <= end + 1 && start <= l.end + 1;

export class RecordLockTable {
  private readonly byIno = new Map<number, InodeRecords>();
  /** Process -> the request it is parked on in F_SETLKW (for deadlock detection; not kept for F_OFD_SETLKW, as on Linux). */
  private readonly waiting = new Map<number, { ino: number; req: RecordRequest }>();

  constructor(private readonly waker: Waker) {}

  private records(ino: number): InodeRecords {
    let r = this.byIno.get(ino);
    if (!r) {
      r = { locks: [], wq: new WaitQueue(this.waker) };
      this.byIno.set(ino, r);
    }
    return r;
  }

  /** The first lock of another owner that keeps `owner` from taking `req` (F_GETLK's answer), or null. */
  conflict(ino: number, owner: LockOwner, req: RecordRequest): RecordLock | null {
    if (req.type === 'unlock') return null;
    for (const l of this.byIno.get(ino)?.locks ?? []) {
      if (l.owner === owner || !overlaps(l, req.start, req.end)) continue;
      if (req.type === 'write' || l.type === 'write') return l;
    }
    return null;
  }

  /**
   * F_SETLK: set or clear the range for `owner`. Returns 0, or -EAGAIN when
   * another process holds a conflicting lock (nothing changes then).
   */
  set(ino: number, owner: LockOwner, req: RecordRequest): number {
    if (this.conflict(ino, owner, req)) return -EAGAIN;
    const r = this.records(ino);
    const kept: RecordLock[] = [];
    let { start, end } = req;
    let changed = false;
    for (const l of r.locks) {
      if (l.owner !== owner) {
        kept.push(l);
      } else if (req.type !== 'unlock' && l.type === req.type && touches(l, req.start, req.end)) {
        start = Math.min(start, l.start);
        end = Math.max(end, l.end);
      } else if (overlaps(l, req.start, req.end)) {
        // Different type or unlock: keep what lies outside the request (this may split it in two).
        if (l.start < req.start) kept.push({ ...l, end: req.start - 1 });
        if (l.end > req.end) kept.push({ ...l, start: req.end + 1 });
        changed = true;
      } else {
        kept.push(l);
      }
    }
    if (req.type !== 'unlock') kept.push({ owner, type: req.type, start, end });
    kept.sort((a, b) => a.owner - b.owner || a.start - b.start);
    r.locks = kept;
    if (changed) r.wq.wakeAll();
    this.dropIfEmpty(ino);
    return 0;
  }

  /**
   * F_SETLKW found a conflict: -EDEADLK when the holder waits (directly or
   * through a chain of waiters) for a lock `pid` holds, else 0.
   */
  deadlock(ino: number, pid: number, req: RecordRequest): number {
    let holder = this.conflict(ino, pid, req)?.owner;
    for (let step = 0; holder !== undefined && step <= MAX_DEADLOCK_STEPS; step++) {
      const w = this.waiting.get(holder);
      if (!w) return 0;
      holder = this.conflict(w.ino, holder, w.req)?.owner;
      if (holder === pid) return -EDEADLK;
    }
    return 0;
  }

  /** `owner` parks in F_SETLKW for `req`; returns the queue to park on. */
  wait(ino: number, owner: LockOwner, req: RecordRequest): WaitQueue {
    if (owner > 0) this.waiting.set(owner, { ino, req });
    return this.records(ino).wq;
  }

  /** `pid` is no longer parked in F_SETLKW (it got the lock, failed, or was interrupted). */
  stopWaiting(pid: number): void {
    this.waiting.delete(pid);
  }

  /** The owner let go of the inode (a process closed a descriptor of it, or an open file description's last one went): all its locks on it go. */
  releaseOwner(ino: number, owner: LockOwner): void {
    if (owner > 0) this.stopWaiting(owner);
    const r = this.byIno.get(ino);
    if (!r) return;
    const kept = r.locks.filter((l) => l.owner !== owner);
    if (kept.length === r.locks.length) return;
    r.locks = kept;
    r.wq.wakeAll();
    this.dropIfEmpty(ino);
  }

  private dropIfEmpty(ino: number): void {
    const r = this.byIno.get(ino);
    if (r && r.locks.length === 0 && r.wq.size === 0) this.byIno.delete(ino);
  }

  /** All locks held, by inode (for /proc/locks). */
  list(): Array<RecordLock & { ino: number }> {
    const out: Array<RecordLock & { ino: number }> = [];
    for (const [ino, r] of this.byIno) for (const l of r.locks) out.push({ ino, ...l });
    return out;
  }
}
