/**
 * The in-memory filesystem: an inode tree, path resolution with symlinks and
 * permission checks, and the namespace operations (create, link, unlink,
 * rename, mkdir, rmdir). Every function returns a value or a negative errno.
 */
import {
  EACCES, EEXIST, EINVAL, EISDIR, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, ENOTEMPTY, EPERM,
  EXDEV, EBUSY,
} from '../../abi/errno.ts';
import { S_IFDIR, S_IFLNK, S_IFREG, S_ISVTX } from '../../abi/stat.ts';
import type { Caller } from '../file.ts';
import { isDir, isLnk, type Inode } from './inode.ts';

export const MAY_EXEC = 1, MAY_WRITE = 2, MAY_READ = 4;
const MAX_SYMLINKS = 40;

export interface Resolved {
  inode: Inode;
  /** Directory holding the final component, and its name there. */
  dir: Inode;
  name: string;
  /** Canonical absolute path of the result. */
  path: string;
}

export interface ParentLookup {
  dir: Inode;
  name: string;
  /** The existing inode under that name, if any (not followed). */
  existing: Inode | null;
  dirPath: string;
}

export class Vfs {
  readonly root: Inode;
  private nextIno = 2;

  constructor(private readonly nowMs: () => number) {
    this.root = this.alloc(S_IFDIR | 0o755, 0, 0);
    this.root.entries = new Map();
    this.root.parent = this.root;
    this.root.nlink = 2;
  }

  /** A fresh inode (not linked anywhere). */
  alloc(mode: number, uid: number, gid: number): Inode {
    const t = this.nowMs();
    return {
      ino: this.nextIno++, mode, uid, gid, nlink: 0, rdev: 0,
      atimeMs: t, mtimeMs: t, ctimeMs: t, size: 0,
    };
  }

  /** Permission check per POSIX: root passes read/write, and exec if any x bit is set. */
  permission(i: Inode, caller: Caller, want: number): number {
    if (caller.euid === 0) {
      if (want & MAY_EXEC && !isDir(i) && (i.mode & 0o111) === 0) return -EACCES;
      return 0;
    }
    let bits: number;
    if (caller.euid === i.uid) bits = (i.mode >> 6) & 7;
    else if (caller.egid === i.gid || caller.groups.includes(i.gid)) bits = (i.mode >> 3) & 7;
    else bits = i.mode & 7;
    return (bits & want) === want ? 0 : -EACCES;
  }

  private lookupChild(dir: Inode, name: string): Inode | null {
    if (name === '.') return dir;
    if (name === '..') return dir.parent ?? dir;
    if (dir.dynamic) return dir.dynamic.lookup(name);
    return dir.entries?.get(name) ?? null;
  }

  /**
   * Resolve `path` relative to `cwd`. `follow` decides whether a final
   * symlink is followed. Directories on the way need search permission.
   */
  resolve(cwd: string, path: string, caller: Caller, follow = true): Resolved | number {
    if (path === '') return -ENOENT;
    if (path.length > 4095) return -ENAMETOOLONG;
    const full = path.startsWith('/') ? path : `${cwd}/${path}`;
    return this.walk(full, caller, follow, 0);
  }

  private walk(full: string, caller: Caller, follow: boolean, depth: number): Resolved | number {
    const parts = full.split('/').filter((p) => p !== '');
    let cur = this.root;
    let dir = this.root;
    let name = '/';
    const stack: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.length > 255) return -ENAMETOOLONG;
      if (!isDir(cur)) return -ENOTDIR;
      const perm = this.permission(cur, caller, MAY_EXEC);
      if (perm < 0) return perm;
      const next = this.lookupChild(cur, part);
      if (!next) return -ENOENT;
      const last = i === parts.length - 1;
      if (isLnk(next) && (!last || follow) && next.magic) {
        const m = next.magic();
        if (m && last) return { inode: m, dir: cur, name: part, path: '/' + [...stack, part].join('/') };
      }
      if (isLnk(next) && (!last || follow)) {
        if (depth >= MAX_SYMLINKS) return -ELOOP;
        const target = next.target ?? '';
        const base = target.startsWith('/') ? '' : '/' + stack.join('/');
        const rest = parts.slice(i + 1).join('/');
        const trailing = full.endsWith('/') && rest === '' ? '/' : '';
        return this.walk(`${base}/${target}${rest ? '/' + rest : ''}${trailing}`, caller, follow, depth + 1);
      }
      dir = cur;
      name = part;
      if (part === '..') stack.pop();
      else if (part !== '.') stack.push(part);
      cur = next;
    }
    if (full.endsWith('/') && parts.length > 0 && !isDir(cur)) return -ENOTDIR;
    return { inode: cur, dir, name, path: '/' + stack.join('/') };
  }

  /** Find the directory that holds (or would hold) the last component of path. */
  parentOf(cwd: string, path: string, caller: Caller): ParentLookup | number {
    if (path === '') return -ENOENT;
    const full = path.startsWith('/') ? path : `${cwd}/${path}`;
    const trimmed = full.replace(/\/+$/, '');
    const slash = trimmed.lastIndexOf('/');
    const dirPath = slash <= 0 ? '/' : trimmed.slice(0, slash);
    const name = trimmed.slice(slash + 1);
    if (name.length > 255) return -ENAMETOOLONG;
    const d = this.walk(dirPath, caller, true, 0);
    if (typeof d === 'number') return d;
    if (!isDir(d.inode)) return -ENOTDIR;
    if (name === '' ) return { dir: d.inode.parent ?? d.inode, name: '.', existing: d.inode, dirPath: d.path };
    const existing = this.lookupChild(d.inode, name);
    return { dir: d.inode, name, existing, dirPath: d.path };
  }

  /** Link `child` into `dir` under `name` (caller checked permissions). */
  link(dir: Inode, name: string, child: Inode): void {
    dir.entries!.set(name, child);
    child.nlink++;
    if (isDir(child)) {
      child.parent = dir;
      dir.nlink++;
    }
    dir.mtimeMs = dir.ctimeMs = this.nowMs();
  }

  private mayModify(dir: Inode, caller: Caller): number {
    if (dir.dynamic || !dir.entries) return -EACCES;
    return this.permission(dir, caller, MAY_WRITE | MAY_EXEC);
  }

  /** Sticky-bit rule: in a +t directory only the owner of the entry or dir may remove it. */
  private stickyDenies(dir: Inode, victim: Inode, caller: Caller): boolean {
    return (dir.mode & S_ISVTX) !== 0 && caller.euid !== 0 &&
      caller.euid !== victim.uid && caller.euid !== dir.uid;
  }

  create(p: ParentLookup, mode: number, caller: Caller, umask: number): Inode | number {
    if (p.existing) return -EEXIST;
    const perm = this.mayModify(p.dir, caller);
    if (perm < 0) return perm;
    const gid = p.dir.mode & 0o2000 ? p.dir.gid : caller.egid;
    const ino = this.alloc((mode & ~0o7777) | (mode & 0o7777 & ~umask), caller.euid, gid);
    if ((ino.mode & 0o170000) === S_IFREG) ino.data = new Uint8Array(0);
    if (isDir(ino)) ino.entries = new Map();
    this.link(p.dir, p.name, ino);
    if (isDir(ino)) ino.nlink++; // its own "."
    return ino;
  }

  mkdir(p: ParentLookup, mode: number, caller: Caller, umask: number): number {
    const r = this.create(p, S_IFDIR | (mode & 0o7777), caller, umask);
    return typeof r === 'number' ? r : 0;
  }

  symlink(p: ParentLookup, target: string, caller: Caller): number {
    const r = this.create(p, S_IFLNK | 0o777, caller, 0);
    if (typeof r === 'number') return r;
    r.target = target;
    r.size = target.length;
    return 0;
  }

  hardlink(src: Inode, p: ParentLookup, caller: Caller): number {
    if (isDir(src)) return -EPERM;
    if (p.existing) return -EEXIST;
    const perm = this.mayModify(p.dir, caller);
    if (perm < 0) return perm;
    this.link(p.dir, p.name, src);
    src.ctimeMs = this.nowMs();
    return 0;
  }

  unlink(p: ParentLookup, caller: Caller): number {
    const v = p.existing;
    if (!v) return -ENOENT;
    if (isDir(v)) return -EISDIR;
    const perm = this.mayModify(p.dir, caller);
    if (perm < 0) return perm;
    if (this.stickyDenies(p.dir, v, caller)) return -EPERM;
    p.dir.entries!.delete(p.name);
    v.nlink--;
    v.ctimeMs = p.dir.mtimeMs = p.dir.ctimeMs = this.nowMs();
    return 0;
  }

  rmdir(p: ParentLookup, caller: Caller): number {
    const v = p.existing;
    if (!v) return -ENOENT;
    if (!isDir(v)) return -ENOTDIR;
    if (p.name === '.') return -EINVAL;
    if (v === this.root || p.name === '..') return -EBUSY;
    if (v.dynamic) return -EPERM;
    if (v.entries!.size > 0) return -ENOTEMPTY;
    const perm = this.mayModify(p.dir, caller);
    if (perm < 0) return perm;
    if (this.stickyDenies(p.dir, v, caller)) return -EPERM;
    p.dir.entries!.delete(p.name);
    p.dir.nlink--;
    v.nlink = 0;
    p.dir.mtimeMs = p.dir.ctimeMs = this.nowMs();
    return 0;
  }

  rename(from: ParentLookup, to: ParentLookup, caller: Caller): number {
    const v = from.existing;
    if (!v) return -ENOENT;
    if (from.dir.dynamic || to.dir.dynamic) return -EXDEV;
    let perm = this.mayModify(from.dir, caller);
    if (perm < 0) return perm;
    perm = this.mayModify(to.dir, caller);
    if (perm < 0) return perm;
    if (this.stickyDenies(from.dir, v, caller)) return -EPERM;
    if (to.existing === v) return 0;
    if (isDir(v)) {
      for (let d: Inode | undefined = to.dir; d; d = d.parent === d ? undefined : d.parent) {
        if (d === v) return -EINVAL;
      }
    }
    if (to.existing) {
      if (isDir(to.existing) && !isDir(v)) return -EISDIR;
      if (!isDir(to.existing) && isDir(v)) return -ENOTDIR;
      if (isDir(to.existing) && to.existing.entries!.size > 0) return -ENOTEMPTY;
      to.dir.entries!.delete(to.name);
      to.existing.nlink--;
      if (isDir(to.existing)) to.dir.nlink--;
    }
    from.dir.entries!.delete(from.name);
    v.nlink--;
    if (isDir(v)) from.dir.nlink--;
    this.link(to.dir, to.name, v);
    from.dir.mtimeMs = this.nowMs();
    return 0;
  }

  /** Set a regular file's length, growing with zeros. */
  truncate(i: Inode, length: number): void {
    const data = i.data ?? new Uint8Array(0);
    if (length <= data.length) {
      if (length < i.size) data.fill(0, length, i.size);
      i.data = data;
    } else {
      const grown = new Uint8Array(Math.max(length, data.length * 2));
      grown.set(data.subarray(0, i.size));
      i.data = grown;
    }
    i.size = length;
    i.mtimeMs = i.ctimeMs = this.nowMs();
  }

  /** Write bytes at offset, growing the file. Returns bytes written. */
  writeAt(i: Inode, offset: number, bytes: Uint8Array): number {
    const end = offset + bytes.length;
    if (!i.data || end > i.data.length) {
      const grown = new Uint8Array(Math.max(end, (i.data?.length ?? 0) * 2, 64));
      if (i.data) grown.set(i.data.subarray(0, i.size));
      i.data = grown;
    }
    i.data.set(bytes, offset);
    if (end > i.size) i.size = end;
    i.mtimeMs = i.ctimeMs = this.nowMs();
    return bytes.length;
  }

  readAt(i: Inode, offset: number, count: number): Uint8Array {
    if (offset >= i.size) return new Uint8Array(0);
    const end = Math.min(i.size, offset + count);
    return i.data!.slice(offset, end);
  }

  /** Make every missing directory of an absolute path (boot-time helper, as root). */
  mkdirp(path: string, mode = 0o755, uid = 0, gid = 0): Inode {
    let cur = this.root;
    for (const part of path.split('/').filter(Boolean)) {
      let next = cur.entries!.get(part);
      if (!next) {
        next = this.alloc(S_IFDIR | mode, uid, gid);
        next.entries = new Map();
        this.link(cur, part, next);
        next.nlink++;
      }
      cur = next;
    }
    return cur;
  }

  /** Boot-time helper: create or replace a regular file at an absolute path. */
  put(path: string, data: Uint8Array, mode = 0o644, uid = 0, gid = 0): Inode {
    const slash = path.lastIndexOf('/');
    const dir = this.mkdirp(path.slice(0, slash) || '/', 0o755, uid, gid);
    const name = path.slice(slash + 1);
    let ino = dir.entries!.get(name);
    if (!ino || !((ino.mode & 0o170000) === S_IFREG)) {
      if (ino) dir.entries!.delete(name);
      ino = this.alloc(S_IFREG | mode, uid, gid);
      this.link(dir, name, ino);
    }
    ino.mode = S_IFREG | mode;
    ino.uid = uid;
    ino.gid = gid;
    ino.data = data;
    ino.size = data.length;
    return ino;
  }

  /** Boot-time helper: attach a prepared inode (device, symlink, dynamic dir) at a path. */
  attach(path: string, ino: Inode): void {
    const slash = path.lastIndexOf('/');
    const dir = this.mkdirp(path.slice(0, slash) || '/');
    const name = path.slice(slash + 1);
    dir.entries!.delete(name);
    this.link(dir, name, ino);
  }
}
