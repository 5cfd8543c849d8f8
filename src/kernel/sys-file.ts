/**
 * File system calls: argument checks and descriptor handling, delegating to
 * the VFS (namespace) and each file's FileOps (I/O). Blocking is generic: an
 * operation that returns -EAGAIN on a blocking descriptor parks the caller on
 * the file's wait queue.
 */
import {
  EAGAIN, EBADF, EEXIST, EINTR, EINVAL, EIO, EISDIR, ENODEV, ENOTDIR, ENOTTY,
  ENOENT, ENXIO, EPERM, EPIPE, ERESTARTSYS, ESPIPE, EMFILE,
} from '../abi/errno.ts';
import {
  F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_GETFL, F_SETFD, F_SETFL, FD_CLOEXEC, LOCK_NB, O_ACCMODE,
  O_APPEND, O_CLOEXEC, O_CREAT, O_DIRECTORY, O_EXCL, O_LARGEFILE, O_NOCTTY, O_NOFOLLOW, O_NONBLOCK, O_RDONLY,
  O_TRUNC, O_WRONLY, O_RDWR, F_OK,
} from '../abi/fcntl.ts';
import { LIMITS } from '../abi/limits.ts';
import { SIGPIPE } from '../abi/signals.ts';
import { S_IFIFO, S_IFMT, S_IFREG, S_IFSOCK } from '../abi/stat.ts';
import type { Dirent, Stat } from '../abi/sys.ts';
import { OpenFile, type FileOps, type TtyOps } from './file.ts';
import { direntType, isDir, isLnk, isReg, statOf, type Inode } from './fs/inode.ts';
import { dirOps, regularOps, snapshotOps } from './fs/regular.ts';
import { MAY_EXEC, MAY_READ, MAY_WRITE } from './fs/vfs.ts';
import type { Kernel } from './kernel.ts';
import { openFifo, Pipe, pipeEnds } from './pipe.ts';
import type { Process } from './proc.ts';
import { sendSignal } from './signal.ts';
import { RECORD_LOCK_CMDS, sysRecordLock } from './sys-record-lock.ts';
import { blockSock } from './sys-net.ts';

export function getFile(p: Process, fd: number): OpenFile | null {
  return p.fd(fd)?.file ?? null;
}

const canRead = (f: OpenFile): boolean => (f.flags & O_ACCMODE) !== O_WRONLY;
const canWrite = (f: OpenFile): boolean => (f.flags & O_ACCMODE) !== O_RDONLY;

/** Open the FileOps behind an inode (devices, fifos, generated files, regular, dirs). */
function opsFor(k: Kernel, p: Process, ino: Inode, flags: number): FileOps | number {
  const type = ino.mode & S_IFMT;
  if (ino.device) return ino.device.open(p, flags);
  if (ino.generate) return snapshotOps(ino, ino.generate(), k);
  if (type === S_IFIFO) return openFifo(k, p, ino, flags);
  if (type === S_IFSOCK) return -ENXIO;
  if (isDir(ino)) return dirOps(ino, k);
  if (type === S_IFREG) return regularOps(k.vfs, ino, k);
  return -ENODEV;
}

export function sysOpen(k: Kernel, p: Process, path: string, flags: number, mode: number, depth = 0): number {
  const acc = flags & O_ACCMODE;
  let ino: Inode;
  let canon: string;
  if (flags & O_CREAT) {
    const pl = k.vfs.parentOf(p.cwd, path, p);
    if (typeof pl === 'number') return pl;
    if (pl.existing && flags & O_EXCL) return -EEXIST;
    if (!pl.existing) {
      const created = k.vfs.create(pl, S_IFREG | (mode & 0o7777), p, p.umask);
      if (typeof created === 'number') return created;
      ino = created;
      canon = `${pl.dirPath === '/' ? '' : pl.dirPath}/${pl.name}`;
    } else {
      if (isLnk(pl.existing) && flags & O_NOFOLLOW) return -40;
      const r = k.vfs.resolve(p.cwd, path, p, true);
      // A dangling symlink: O_CREAT creates the file it names (open(2)).
      if (r === -ENOENT && isLnk(pl.existing) && pl.existing.target !== undefined && depth < 40) {
        const t = pl.existing.target;
        return sysOpen(k, p, t.startsWith('/') ? t : `${pl.dirPath === '/' ? '' : pl.dirPath}/${t}`, flags, mode, depth + 1);
      }
      if (typeof r === 'number') return r;
      ino = r.inode;
      canon = r.path;
    }
  } else {
    const r = k.vfs.resolve(p.cwd, path, p, !(flags & O_NOFOLLOW));
    if (typeof r === 'number') return r;
    if (isLnk(r.inode)) return -40; // ELOOP
    ino = r.inode;
    canon = r.path;
  }
  if (flags & O_DIRECTORY && !isDir(ino)) return -ENOTDIR;
  if (isDir(ino) && acc !== O_RDONLY) return -EISDIR;
  let want = 0;
  if (acc === O_RDONLY || acc === O_RDWR) want |= MAY_READ;
  if (acc === O_WRONLY || acc === O_RDWR) want |= MAY_WRITE;
  if (flags & O_TRUNC && acc === O_RDONLY && isReg(ino)) want |= MAY_WRITE;
  const perm = k.vfs.permission(ino, p, want);
  if (perm < 0) return perm;
  if (p.freeFd() >= LIMITS.maxFds) return -EMFILE;
  const ops = opsFor(k, p, ino, flags);
  if (typeof ops === 'number') return ops;
  if (flags & O_TRUNC && isReg(ino) && acc !== O_RDONLY) k.vfs.truncate(ino, 0);
  // A 64-bit kernel forces O_LARGEFILE on every open (build_open_flags).
  const f = new OpenFile(ops, (flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC)) | O_LARGEFILE, canon, ino.ino);
  if (ops.tty && !(flags & O_NOCTTY) && p.isSessionLeader() && !p.ctty && ops.tty.session() === 0) {
    acquireCtty(k, p, ops);
  }
  return k.installFd(p, f, (flags & O_CLOEXEC) !== 0);
}

/** Make a tty this session's controlling terminal. */
export function acquireCtty(k: Kernel, p: Process, ops: FileOps): void {
  const tty = ops.tty!;
  tty.setSession(p.sid, p.pgid);
  const pty = k.ptys.find((t) => t.slave === ops) ?? null;
  for (const q of k.procs.values()) if (q.sid === p.sid) q.ctty = pty;
}

/** read(2). May block. */
export function sysRead(k: Kernel, p: Process, fd: number, count: number): Uint8Array | number {
  const f = getFile(p, fd);
  if (!f || !canRead(f) || !f.ops.read) return -EBADF;
  if (count < 0) return -EINVAL;
  const r = f.ops.read(f, count, p);
  if (r === -EAGAIN && !(f.flags & O_NONBLOCK)) return f.ops.kind === 'socket' ? blockSock(k, p, f, 'r') : k.block(p, [f.ops.wq]);
  if (r === -ERESTARTSYS) return afterJobStop(k, p);
  return r;
}

/** A tty job-control check sent SIGTTIN/SIGTTOU: stopped now, or interrupted. */
function afterJobStop(k: Kernel, p: Process): number {
  if (p.state === 'stopped' || p.state === 'zombie') return -ERESTARTSYS;
  return k.hasCaughtPending(p) ? -EINTR : -EIO;
}

/** write(2). May block; keeps partial progress across re-issues. */
export function sysWrite(k: Kernel, p: Process, fd: number, data: Uint8Array): number {
  const f = getFile(p, fd);
  if (!f || !canWrite(f) || !f.ops.write) return -EBADF;
  const infl = p.inflight;
  let done = infl && infl.call === 'write' && infl.fd === fd ? infl.done : 0;
  p.inflight = null;
  while (done < data.length || data.length === 0) {
    const r = f.ops.write(f, data.subarray(done), p);
    if (r >= 0) {
      done += r;
      if (data.length === 0) return 0;
      continue;
    }
    if (r === -EAGAIN && !(f.flags & O_NONBLOCK)) {
      const b = f.ops.kind === 'socket' ? blockSock(k, p, f, 'w') : k.block(p, [f.ops.wq]);
      if (b === -ERESTARTSYS) p.inflight = { call: 'write', fd, done };
      else if (done > 0) return done;
      return b;
    }
    if (r === -ERESTARTSYS) {
      const j = afterJobStop(k, p);
      if (j === -ERESTARTSYS) p.inflight = { call: 'write', fd, done };
      return done > 0 && j !== -ERESTARTSYS ? done : j;
    }
    // Sockets raise SIGPIPE themselves (they know about MSG_NOSIGNAL).
    if (r === -EPIPE && f.ops.kind !== 'socket') sendSignal(k, p, SIGPIPE);
    return done > 0 ? done : r;
  }
  return done;
}

export function sysLseek(p: Process, fd: number, off: number, whence: number): number {
  const f = getFile(p, fd);
  if (!f) return -EBADF;
  if (!f.ops.lseek) return -ESPIPE;
  return f.ops.lseek(f, off, whence);
}

export function sysDup(k: Kernel, p: Process, fd: number, min = 0, cloexec = false): number {
  const f = getFile(p, fd);
  if (!f) return -EBADF;
  return k.installFd(p, f, cloexec, min);
}

export function sysDup2(k: Kernel, p: Process, oldfd: number, newfd: number): number {
  const f = getFile(p, oldfd);
  if (!f) return -EBADF;
  if (newfd < 0 || newfd >= LIMITS.maxFds) return -EBADF;
  if (oldfd === newfd) return newfd;
  if (p.fds[newfd]) k.closeFd(p, newfd);
  p.fds[newfd] = { file: f, cloexec: false };
  f.refs++;
  return newfd;
}

export function sysFcntl(k: Kernel, p: Process, fd: number, cmd: number, argIn: number | Uint8Array): number {
  const e = p.fd(fd);
  if (!e) return -EBADF;
  if (RECORD_LOCK_CMDS.has(cmd)) return sysRecordLock(k, p, e.file, cmd, argIn);
  const arg = typeof argIn === 'number' ? argIn : 0;
  switch (cmd) {
    case F_DUPFD: return sysDup(k, p, fd, arg);
    case F_DUPFD_CLOEXEC: return sysDup(k, p, fd, arg, true);
    case F_GETFD: return e.cloexec ? FD_CLOEXEC : 0;
    case F_SETFD: e.cloexec = (arg & FD_CLOEXEC) !== 0; return 0;
    case F_GETFL: return e.file.flags;
    case F_SETFL: {
      const changeable = O_APPEND | O_NONBLOCK;
      e.file.flags = (e.file.flags & ~changeable) | (arg & changeable);
      return 0;
    }
    default: return -EINVAL;
  }
}

export function sysPipe(k: Kernel, p: Process, flags: number): [number, number] | number {
  if (p.freeFd(p.freeFd() + 1) >= LIMITS.maxFds) return -EMFILE;
  // A pipe is an inode of its own (Linux's pipefs): both ends show as pipe:[N].
  const ino = k.vfs.alloc(S_IFIFO | 0o600, p.uid, p.gid).ino;
  const pipe = new Pipe(k, ino);
  const { reader, writer } = pipeEnds(pipe);
  pipe.readers = 1;
  pipe.writers = 1;
  const nb = flags & O_NONBLOCK;
  const rf = new OpenFile(reader, O_RDONLY | nb, `pipe:[${ino}]`, ino);
  const wf = new OpenFile(writer, O_WRONLY | nb, `pipe:[${ino}]`, ino);
  const cloexec = (flags & O_CLOEXEC) !== 0;
  return [k.installFd(p, rf, cloexec), k.installFd(p, wf, cloexec)];
}

export function sysStat(k: Kernel, p: Process, path: string, follow: boolean): Stat | number {
  const r = k.vfs.resolve(p.cwd, path, p, follow);
  if (typeof r === 'number') return r;
  return statOf(r.inode);
}

export function sysFstat(p: Process, fd: number): Stat | number {
  const f = getFile(p, fd);
  if (!f) return -EBADF;
  if (f.ops.stat) return f.ops.stat(f);
  return {
    dev: 0xc, ino: f.ino || f.id, mode: f.ops.kind === 'socket' ? S_IFSOCK | 0o777 : S_IFIFO | 0o600,
    nlink: 1, uid: p.uid, gid: p.gid, rdev: 0, size: 0, blksize: 4096, blocks: 0,
    atimeMs: 0, mtimeMs: 0, ctimeMs: 0,
  };
}

export function sysAccess(k: Kernel, p: Process, path: string, mode: number): number {
  const r = k.vfs.resolve(p.cwd, path, p, true);
  if (typeof r === 'number') return r;
  if (mode === F_OK) return 0;
  // access(2) checks with the real ids.
  const real = { ...p, euid: p.uid, egid: p.gid, groups: p.groups, ignoresOrBlocks: () => false };
  return k.vfs.permission(r.inode, real, (mode & 4 ? MAY_READ : 0) | (mode & 2 ? MAY_WRITE : 0) | (mode & 1 ? MAY_EXEC : 0));
}

export function sysGetdents(k: Kernel, p: Process, fd: number): Dirent[] | number {
  const f = getFile(p, fd);
  if (!f) return -EBADF;
  if (f.ops.kind !== 'dir') return -ENOTDIR;
  const r = k.vfs.resolve('/', f.path, p, true);
  if (typeof r === 'number') return f.dirPos > 0 ? [] : r;
  const dir = r.inode;
  const all: Dirent[] = [
    { name: '.', ino: dir.ino, type: 4 },
    { name: '..', ino: (dir.parent ?? dir).ino, type: 4 },
  ];
  if (dir.dynamic) {
    for (const name of dir.dynamic.list()) {
      const c = dir.dynamic.lookup(name);
      if (c) all.push({ name, ino: c.ino, type: direntType(c.mode) });
    }
  } else {
    for (const [name, c] of dir.entries!) all.push({ name, ino: c.ino, type: direntType(c.mode) });
  }
  const out = all.slice(f.dirPos);
  f.dirPos = all.length;
  return out;
}

export function sysChdir(k: Kernel, p: Process, path: string): number {
  const r = k.vfs.resolve(p.cwd, path, p, true);
  if (typeof r === 'number') return r;
  if (!isDir(r.inode)) return -ENOTDIR;
  const perm = k.vfs.permission(r.inode, p, MAY_EXEC);
  if (perm < 0) return perm;
  p.cwd = r.path;
  return 0;
}

/** flock(2). May block without LOCK_NB. */
export function sysFlock(k: Kernel, p: Process, fd: number, op: number): number {
  const f = getFile(p, fd);
  if (!f) return -EBADF;
  if (!f.ino) return -EINVAL;
  const r = k.flocks.flock(p, f, op);
  if (r === -EAGAIN && !(op & LOCK_NB)) return k.block(p, [k.flocks.queue(f)]);
  return r;
}

export function ttyOf(p: Process, fd: number): TtyOps | number {
  const f = getFile(p, fd);
  if (!f) return -EBADF;
  return f.ops.tty ?? -ENOTTY;
}

export function sysTcsetpgrp(k: Kernel, p: Process, fd: number, pgrp: number): number {
  const tty = ttyOf(p, fd);
  if (typeof tty === 'number') return tty;
  if (!p.ctty || p.ctty.slave.tty !== tty) return -ENOTTY;
  const exists = [...k.procs.values()].some((q) => q.pgid === pgrp && q.sid === p.sid);
  if (!exists) return -EPERM;
  const r = tty.setpgrp(pgrp, p);
  if (r === -ERESTARTSYS) return afterJobStop(k, p);
  return r;
}


/** mknod(2) of a FIFO (mkfifo(3)) or a regular file; devices are EPERM, as for an unprivileged caller. */
export function sysMknod(k: Kernel, p: Process, path: string, mode: number): number {
  const type = (mode & S_IFMT) || S_IFREG;
  if (type !== S_IFIFO && type !== S_IFREG) return -EPERM;
  const pl = k.vfs.parentOf(p.cwd, path, p);
  if (typeof pl === 'number') return pl;
  const r = k.vfs.create(pl, type | (mode & 0o7777), p, p.umask);
  return typeof r === 'number' ? r : 0;
}
