/**
 * Control groups, as far as accounting goes: the CPU time every cgroup's
 * processes have been charged (virtual time, the steps they ran, exited
 * processes included), and a read-only cgroup2 view of it at /sys/fs/cgroup
 * with one directory per cgroup that has held a process, each with
 * `cgroup.procs` (the live pids) and `cpu.stat` in Linux's format
 * (Documentation/admin-guide/cgroup-v2.rst: usage_usec, user_usec,
 * system_usec, counting the whole subtree).
 */
import { EROFS } from '../abi/errno.ts';
import { O_ACCMODE, O_RDONLY } from '../abi/fcntl.ts';
import { S_IFDIR, S_IFREG } from '../abi/stat.ts';
import { snapshotOps } from './fs/regular.ts';
import type { Inode } from './fs/inode.ts';
import type { Kernel } from './kernel.ts';

const enc = new TextEncoder();

/** CPU ns charged per cgroup path ("/" or "/a/b"). */
export class CgroupTable {
  private readonly usage = new Map<string, number>([['/', 0]]);

  /** Make `path` (and its ancestors) known, with nothing charged yet. */
  touch(path: string): void {
    for (let p = path; !this.usage.has(p); p = parentOf(p)) this.usage.set(p, 0);
  }

  /** Charge `ns` of CPU time run by a process of `path`. */
  charge(path: string, ns: number): void {
    this.touch(path);
    this.usage.set(path, this.usage.get(path)! + ns);
  }

  has(path: string): boolean {
    return this.usage.has(path);
  }

  /** CPU ns used in the subtree rooted at `path`. */
  usageNs(path: string): number {
    let ns = 0;
    const prefix = path === '/' ? '/' : path + '/';
    for (const [p, n] of this.usage) if (p === path || p.startsWith(prefix)) ns += n;
    return ns;
  }

  /** Names of the direct children of `path`, sorted. */
  children(path: string): string[] {
    const out: string[] = [];
    for (const p of this.usage.keys()) if (p !== '/' && parentOf(p) === path) out.push(p.slice(p.lastIndexOf('/') + 1));
    return out.sort();
  }
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

const join = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);

/** cpu.stat of a cgroup: the three lines Linux prints whether or not the cpu controller is enabled. */
export function cpuStat(k: Kernel, path: string): string {
  const usec = Math.floor(k.cgroups.usageNs(path) / 1000);
  return `usage_usec ${usec}\nuser_usec ${usec}\nsystem_usec 0\n`;
}

/** cgroup.procs: pids of the live (non-zombie) processes in exactly this cgroup, ascending. */
export function cgroupProcs(k: Kernel, path: string): string {
  const pids = [...k.procs.values()].filter((p) => p.cgroup === path && p.state !== 'zombie').map((p) => p.pid);
  return pids.sort((a, b) => a - b).map((p) => `${p}\n`).join('');
}

/** Inode numbers: stable per path while the table only grows (index of first sight). */
function inoOf(ids: Map<string, number>, key: string): number {
  let n = ids.get(key);
  if (n === undefined) {
    n = 0x30000000 + ids.size;
    ids.set(key, n);
  }
  return n;
}

function genFile(k: Kernel, ino: number, gen: () => string): Inode {
  const i = k.vfs.alloc(S_IFREG | 0o444, 0, 0);
  i.ino = ino;
  i.nlink = 1;
  // The mount is read-only: opening for writing fails as on a `ro` cgroup2 mount.
  i.device = {
    open: (_c, flags) => ((flags & O_ACCMODE) !== O_RDONLY ? -EROFS : snapshotOps(i, enc.encode(gen()), k)),
  };
  return i;
}

function cgroupDir(k: Kernel, ids: Map<string, number>, path: string, self: Inode, parent: Inode): Inode {
  const files: Record<string, () => string> = {
    'cgroup.procs': () => cgroupProcs(k, path),
    'cpu.stat': () => cpuStat(k, path),
  };
  self.mode = S_IFDIR | 0o555;
  self.nlink = 2;
  self.parent = parent;
  self.dynamic = {
    list: () => [...Object.keys(files), ...k.cgroups.children(path)],
    lookup: (name) => {
      const gen = files[name];
      if (gen) return genFile(k, inoOf(ids, `${path}\0${name}`), gen);
      const sub = join(path, name);
      if (!k.cgroups.has(sub)) return null;
      const d = k.vfs.alloc(S_IFDIR | 0o555, 0, 0);
      d.ino = inoOf(ids, sub);
      return cgroupDir(k, ids, sub, d, self);
    },
  };
  return self;
}

/** Mount the cgroup2 view at /sys/fs/cgroup. */
export function mountCgroup(k: Kernel): void {
  const root = k.vfs.mkdirp('/sys/fs/cgroup');
  const ids = new Map<string, number>();
  cgroupDir(k, ids, '/', root, root.parent ?? root);
}
