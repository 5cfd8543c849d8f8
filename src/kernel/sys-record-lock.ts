/**
 * fcntl(2) F_GETLK, F_SETLK and F_SETLKW, and their open-file-description
 * twins F_OFD_GETLK, F_OFD_SETLK and F_OFD_SETLKW: argument checks on the
 * caller's `struct flock`, delegating to the record-lock table
 * (posix-locks.ts). An OFD lock belongs to the open file description, so
 * dup and fork share it and only its last close releases it; it conflicts
 * with classic locks of any process, including the caller's.
 */
import { EBADF, EFAULT, EINVAL, ERESTARTSYS } from '../abi/errno.ts';
import {
  decodeFlock, encodeFlock, F_GETLK, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_RDLCK, F_SETLK, F_SETLKW, F_UNLCK, F_WRLCK, FLOCK_SIZE, O_ACCMODE,
  O_RDONLY, O_WRONLY, SEEK_CUR, SEEK_END, SEEK_SET, type Flock,
} from '../abi/fcntl.ts';
import type { OpenFile } from './file.ts';
import type { Kernel } from './kernel.ts';
import { ownerPid, type RecordRequest } from './posix-locks.ts';
import type { Process } from './proc.ts';

/** Turn l_whence/l_start/l_len into an inclusive range (fs/locks.c flock_to_posix_lock). */
function rangeOf(f: OpenFile, l: Flock): { start: number; end: number } | number {
  let base: number;
  switch (l.whence) {
    case SEEK_SET: base = 0; break;
    case SEEK_CUR: base = f.offset; break;
    case SEEK_END: {
      const st = f.ops.stat?.(f);
      base = typeof st === 'object' ? st.size : 0;
      break;
    }
    default: return -EINVAL;
  }
  let start = base + l.start;
  if (start < 0) return -EINVAL;
  // A length of 0 reaches to EOF and beyond; a negative one covers the bytes before start.
  if (l.len > 0) return { start, end: start + l.len - 1 };
  if (l.len === 0) return { start, end: Infinity };
  const end = start - 1;
  start += l.len;
  return start < 0 ? -EINVAL : { start, end };
}

/** The fcntl commands handled here. */
export const RECORD_LOCK_CMDS: ReadonlySet<number> = new Set([F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW]);

const TYPES = new Map<number, RecordRequest['type']>([[F_RDLCK, 'read'], [F_WRLCK, 'write'], [F_UNLCK, 'unlock']]);

/**
 * The record-lock commands of fcntl(2) on `f` (caller checked the fd).
 * `arg` holds the caller's `struct flock`; F_GETLK writes the answer back
 * into it. F_SETLKW may block (-ERESTARTSYS) and fails with -EDEADLK when
 * waiting would close a cycle of waiters.
 */
export function sysRecordLock(k: Kernel, p: Process, f: OpenFile, cmd: number, arg: number | Uint8Array | undefined): number {
  if (!(arg instanceof Uint8Array) || arg.length < FLOCK_SIZE) return -EFAULT;
  const l = decodeFlock(arg);
  const ofd = cmd === F_OFD_GETLK || cmd === F_OFD_SETLK || cmd === F_OFD_SETLKW;
  const type = TYPES.get(l.type);
  // The OFD commands want l_pid 0 (fcntl(2)).
  if (type === undefined || !f.ino || (ofd && l.pid !== 0)) return -EINVAL;
  const range = rangeOf(f, l);
  if (typeof range === 'number') return range;
  const req: RecordRequest = { type, ...range };
  const owner = ofd ? -f.id : p.pid;
  const table = k.flocks.records;
  if (cmd === F_GETLK || cmd === F_OFD_GETLK) {
    if (type === 'unlock') return -EINVAL;
    const c = table.conflict(f.ino, owner, req);
    if (!c) l.type = F_UNLCK;
    else Object.assign(l, { type: c.type === 'write' ? F_WRLCK : F_RDLCK, whence: SEEK_SET, start: c.start, len: c.end === Infinity ? 0 : c.end - c.start + 1, pid: ownerPid(c.owner) });
    encodeFlock(arg, l);
    return 0;
  }
  const acc = f.flags & O_ACCMODE;
  if ((type === 'read' && acc === O_WRONLY) || (type === 'write' && acc === O_RDONLY)) return -EBADF;
  const r = table.set(f.ino, owner, req);
  if (r >= 0 || (cmd !== F_SETLKW && cmd !== F_OFD_SETLKW)) {
    if (!ofd) table.stopWaiting(p.pid);
    return r;
  }
  // Linux looks for a cycle of waiting processes only for classic locks.
  const dl = ofd ? 0 : table.deadlock(f.ino, p.pid, req);
  if (dl < 0) {
    table.stopWaiting(p.pid);
    return dl;
  }
  const b = k.block(p, [table.wait(f.ino, owner, req)]);
  if (b !== -ERESTARTSYS && !ofd) table.stopWaiting(p.pid);
  return b;
}
