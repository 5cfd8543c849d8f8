/**
 * Inodes of the in-memory filesystem. One shape for every file type; the
 * fields that matter depend on the type bits in `mode`.
 */
import type { FileOps, Caller } from '../file.ts';
import type { Stat } from '../../abi/sys.ts';
import { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, S_IFCHR, S_IFIFO, S_IFSOCK } from '../../abi/stat.ts';
import { DT_DIR, DT_REG, DT_LNK, DT_CHR, DT_FIFO, DT_SOCK } from '../../abi/stat.ts';

/** A character device: opening it yields the FileOps to use. */
export interface CharDevice {
  open(caller: Caller, flags: number): FileOps | number;
}

/** A directory whose entries are computed (procfs, /dev/pts). */
export interface DynamicDir {
  list(): string[];
  lookup(name: string): Inode | null;
}

export interface Inode {
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  rdev: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  /** Regular files: contents (data.length may exceed size: capacity). */
  data?: Uint8Array;
  size: number;
  /** Directories: entries (without "." and ".."). */
  entries?: Map<string, Inode>;
  /** Directories: the parent (the root is its own parent). */
  parent?: Inode;
  dynamic?: DynamicDir;
  /** Symlinks: the target text. */
  target?: string;
  /** Character devices. */
  device?: CharDevice;
  /** Regular files whose contents are computed when opened (procfs). */
  generate?: () => Uint8Array;
  /** FIFOs and bound Unix sockets: kernel object attached by the owner. */
  object?: unknown;
  /**
   * Magic links (/proc/PID/fd/N): followed, they lead to the open file
   * itself rather than to the path in `target` (which readlink shows).
   */
  magic?: () => Inode | null;
}

export const isDir = (i: Inode): boolean => (i.mode & S_IFMT) === S_IFDIR;
export const isReg = (i: Inode): boolean => (i.mode & S_IFMT) === S_IFREG;
export const isLnk = (i: Inode): boolean => (i.mode & S_IFMT) === S_IFLNK;

export function direntType(mode: number): number {
  switch (mode & S_IFMT) {
    case S_IFDIR: return DT_DIR;
    case S_IFREG: return DT_REG;
    case S_IFLNK: return DT_LNK;
    case S_IFCHR: return DT_CHR;
    case S_IFIFO: return DT_FIFO;
    case S_IFSOCK: return DT_SOCK;
    default: return 0;
  }
}

export function statOf(i: Inode, dev = 0x801): Stat {
  const size = isLnk(i) ? (i.target ?? '').length : i.generate ? 0 : i.size;
  return {
    dev,
    ino: i.ino,
    mode: i.mode,
    nlink: i.nlink,
    uid: i.uid,
    gid: i.gid,
    rdev: i.rdev,
    size: isDir(i) ? 4096 : size,
    blksize: 4096,
    blocks: isDir(i) ? 8 : Math.ceil(size / 4096) * 8,
    atimeMs: i.atimeMs,
    mtimeMs: i.mtimeMs,
    ctimeMs: i.ctimeMs,
  };
}
