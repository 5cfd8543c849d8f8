/**
 * Namespace and metadata system calls: mkdir, rmdir, unlink, rename, link,
 * symlink, readlink, chmod, chown, utimes, truncate. Checks here, mechanism
 * in fs/vfs.ts.
 */
import { EBADF, EINVAL, EISDIR, EPERM } from '../abi/errno.ts';
import { S_ISGID } from '../abi/stat.ts';
import { isDir, isLnk, isReg, type Inode } from './fs/inode.ts';
import { MAY_WRITE } from './fs/vfs.ts';
import type { Kernel } from './kernel.ts';
import type { Process } from './proc.ts';
import { getFile } from './sys-file.ts';

export function sysMkdir(k: Kernel, p: Process, path: string, mode: number): number {
  const pl = k.vfs.parentOf(p.cwd, path, p);
  if (typeof pl === 'number') return pl;
  return k.vfs.mkdir(pl, mode, p, p.umask);
}

export function sysRmdir(k: Kernel, p: Process, path: string): number {
  const pl = k.vfs.parentOf(p.cwd, path, p);
  if (typeof pl === 'number') return pl;
  return k.vfs.rmdir(pl, p);
}

export function sysUnlink(k: Kernel, p: Process, path: string): number {
  const pl = k.vfs.parentOf(p.cwd, path, p);
  if (typeof pl === 'number') return pl;
  return k.vfs.unlink(pl, p);
}

export function sysRename(k: Kernel, p: Process, from: string, to: string): number {
  const a = k.vfs.parentOf(p.cwd, from, p);
  if (typeof a === 'number') return a;
  const b = k.vfs.parentOf(p.cwd, to, p);
  if (typeof b === 'number') return b;
  return k.vfs.rename(a, b, p);
}

export function sysLink(k: Kernel, p: Process, existing: string, newPath: string): number {
  const r = k.vfs.resolve(p.cwd, existing, p, false);
  if (typeof r === 'number') return r;
  const pl = k.vfs.parentOf(p.cwd, newPath, p);
  if (typeof pl === 'number') return pl;
  return k.vfs.hardlink(r.inode, pl, p);
}

export function sysSymlink(k: Kernel, p: Process, target: string, linkPath: string): number {
  const pl = k.vfs.parentOf(p.cwd, linkPath, p);
  if (typeof pl === 'number') return pl;
  return k.vfs.symlink(pl, target, p);
}

export function sysReadlink(k: Kernel, p: Process, path: string): string | number {
  const r = k.vfs.resolve(p.cwd, path, p, false);
  if (typeof r === 'number') return r;
  if (!isLnk(r.inode)) return -EINVAL;
  return r.inode.target ?? '';
}

function chmodInode(k: Kernel, p: Process, ino: Inode, mode: number): number {
  if (p.euid !== 0 && p.euid !== ino.uid) return -EPERM;
  let m = mode & 0o7777;
  if (p.euid !== 0 && !isDir(ino) && ino.gid !== p.egid && !p.groups.includes(ino.gid)) m &= ~S_ISGID;
  ino.mode = (ino.mode & ~0o7777) | m;
  ino.ctimeMs = k.nowMs();
  return 0;
}

export function sysChmod(k: Kernel, p: Process, path: string, mode: number): number {
  const r = k.vfs.resolve(p.cwd, path, p, true);
  if (typeof r === 'number') return r;
  return chmodInode(k, p, r.inode, mode);
}

function fdInode(k: Kernel, p: Process, fd: number): Inode | number {
  const f = getFile(p, fd);
  if (!f) return -EBADF;
  const r = k.vfs.resolve('/', f.path, p, true);
  if (typeof r === 'number' || r.inode.ino !== f.ino) return -EINVAL;
  return r.inode;
}

export function sysFchmod(k: Kernel, p: Process, fd: number, mode: number): number {
  const ino = fdInode(k, p, fd);
  return typeof ino === 'number' ? ino : chmodInode(k, p, ino, mode);
}

export function sysChown(k: Kernel, p: Process, path: string, uid: number, gid: number, follow: boolean): number {
  const r = k.vfs.resolve(p.cwd, path, p, follow);
  if (typeof r === 'number') return r;
  const ino = r.inode;
  const changingOwner = uid !== -1 && uid !== ino.uid;
  const groupOk = gid === -1 || gid === p.egid || p.groups.includes(gid);
  if (p.euid !== 0 && (changingOwner || p.euid !== ino.uid || !groupOk)) return -EPERM;
  if (uid !== -1) ino.uid = uid;
  if (gid !== -1) ino.gid = gid;
  if (p.euid !== 0 || !isDir(ino)) ino.mode &= ~0o6000 | (isDir(ino) ? 0o2000 : 0);
  ino.ctimeMs = k.nowMs();
  return 0;
}

export function sysUtimes(k: Kernel, p: Process, path: string, atimeMs: number, mtimeMs: number): number {
  const r = k.vfs.resolve(p.cwd, path, p, true);
  if (typeof r === 'number') return r;
  const ino = r.inode;
  if (p.euid !== 0 && p.euid !== ino.uid) {
    if (k.vfs.permission(ino, p, MAY_WRITE) < 0) return -13;
  }
  ino.atimeMs = atimeMs;
  ino.mtimeMs = mtimeMs;
  ino.ctimeMs = k.nowMs();
  return 0;
}

export function sysTruncate(k: Kernel, p: Process, path: string, length: number): number {
  if (length < 0) return -EINVAL;
  const r = k.vfs.resolve(p.cwd, path, p, true);
  if (typeof r === 'number') return r;
  if (isDir(r.inode)) return -EISDIR;
  if (!isReg(r.inode)) return -EINVAL;
  const perm = k.vfs.permission(r.inode, p, MAY_WRITE);
  if (perm < 0) return perm;
  k.vfs.truncate(r.inode, length);
  return 0;
}

export function sysFtruncate(p: Process, fd: number, length: number): number {
  const f = getFile(p, fd);
  if (!f) return -EBADF;
  if (length < 0 || !f.ops.ftruncate || (f.flags & 3) === 0) return -EINVAL;
  return f.ops.ftruncate(f, length);
}
