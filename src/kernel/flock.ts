/**
 * flock(2) with BSD semantics: a lock belongs to the open file description,
 * so descriptors shared by dup or fork share it; it is released by LOCK_UN
 * or when the last descriptor of that description closes. Converting a lock
 * is not atomic (Linux drops the old lock first).
 */
import { EINVAL, EWOULDBLOCK } from '../abi/errno.ts';
import { LOCK_EX, LOCK_NB, LOCK_SH, LOCK_UN } from '../abi/fcntl.ts';
import type { EventBus } from './events.ts';
import type { OpenFile } from './file.ts';
import type { Process } from './proc.ts';
import { RecordLockTable } from './posix-locks.ts';
import { WaitQueue, type Waker } from './wait-queue.ts';

interface InodeLocks {
  /** Open file id -> kind held. */
  holders: Map<number, 'sh' | 'ex'>;
  /** Pids holding (for the inspector and lsof), by open file id. */
  owners: Map<number, number>;
  wq: WaitQueue;
}

export interface LockInfo {
  ino: number;
  fileId: number;
  kind: 'sh' | 'ex';
  pid: number;
}

export class FlockTable {
  private readonly byIno = new Map<number, InodeLocks>();
  /** fcntl(2) record locks: independent of flock locks, dropped per process on any close. */
  readonly records: RecordLockTable;

  constructor(private readonly waker: Waker, private readonly events?: EventBus) {
    this.records = new RecordLockTable(waker);
  }

  private locks(ino: number): InodeLocks {
    let l = this.byIno.get(ino);
    if (!l) {
      l = { holders: new Map(), owners: new Map(), wq: new WaitQueue(this.waker) };
      this.byIno.set(ino, l);
    }
    return l;
  }

  /**
   * Try the operation. Returns 0, -EWOULDBLOCK (caller blocks unless
   * LOCK_NB, on `queue(file)`), or -EINVAL.
   */
  flock(p: Process, file: OpenFile, op: number): number {
    const kind = op & ~LOCK_NB;
    if (kind !== LOCK_SH && kind !== LOCK_EX && kind !== LOCK_UN) return -EINVAL;
    const l = this.locks(file.ino);
    if (kind === LOCK_UN) {
      this.unlock(file);
      return 0;
    }
    const want = kind === LOCK_EX ? 'ex' : 'sh';
    const held = l.holders.get(file.id);
    if (held === want) return 0;
    if (held) this.unlock(file);
    for (const [id, k] of l.holders) {
      if (id === file.id) continue;
      if (want === 'ex' || k === 'ex') return -EWOULDBLOCK;
    }
    l.holders.set(file.id, want);
    l.owners.set(file.id, p.pid);
    this.events?.emit({ type: 'flock', pid: p.pid, op: 'acquire', kind: want, ino: file.ino, path: file.path });
    return 0;
  }

  queue(file: OpenFile): WaitQueue {
    return this.locks(file.ino).wq;
  }

  private unlock(file: OpenFile): void {
    const l = this.byIno.get(file.ino);
    const kind = l?.holders.get(file.id);
    if (!l || !kind || !l.holders.delete(file.id)) return;
    this.events?.emit({ type: 'flock', pid: l.owners.get(file.id) ?? 0, op: 'release', kind, ino: file.ino, path: file.path });
    l.owners.delete(file.id);
    l.wq.wakeAll();
  }

  /** Last reference to the open file description is gone: its flock and its OFD record locks go. */
  releaseFile(file: OpenFile): void {
    if (!file.ino) return;
    this.unlock(file);
    this.records.releaseOwner(file.ino, -file.id);
  }

  /** A descriptor was closed: flock locks stay; the process's fcntl record locks on the file go. */
  closeFd(p: Process, file: OpenFile): void {
    if (file.ino) this.records.releaseOwner(file.ino, p.pid);
  }

  /** All locks held (for /proc/locks, lsof and the inspector). */
  list(): LockInfo[] {
    const out: LockInfo[] = [];
    for (const [ino, l] of this.byIno) {
      for (const [fileId, kind] of l.holders) out.push({ ino, fileId, kind, pid: l.owners.get(fileId) ?? 0 });
    }
    return out;
  }
}

