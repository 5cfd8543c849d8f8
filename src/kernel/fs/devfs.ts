/**
 * /dev: null, zero, full, random, urandom, tty (the caller's controlling
 * terminal), pts/N (dynamic), and the stdin/stdout/stderr/fd symlinks.
 */
import { ENOSPC, ENXIO } from '../../abi/errno.ts';
import { POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM } from '../../abi/poll.ts';
import { S_IFCHR, S_IFDIR, S_IFLNK } from '../../abi/stat.ts';
import type { FileOps } from '../file.ts';
import type { Kernel } from '../kernel.ts';
import { WaitQueue } from '../wait-queue.ts';
import type { CharDevice, Inode } from './inode.ts';

function simple(k: Kernel, read: (n: number) => Uint8Array, write: (d: Uint8Array) => number): FileOps {
  return {
    kind: 'dev',
    wq: new WaitQueue(k),
    read: (_f, n) => read(n),
    write: (_f, d) => write(d),
    // Linux's null_lseek/noop_llseek: the position stays 0 and seeking succeeds.
    lseek: () => 0,
    poll: () => POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM,
  };
}

function charDev(k: Kernel, major: number, minor: number, mode: number, dev: CharDevice): Inode {
  const ino = k.vfs.alloc(S_IFCHR | mode, 0, 0);
  ino.rdev = (major << 8) | minor;
  ino.device = dev;
  return ino;
}

export function mountDev(k: Kernel): void {
  const v = k.vfs;
  v.mkdirp('/dev');
  // Linux fills a read of /dev/zero whole, and one of /dev/urandom up to 32 MiB - 1
  // (both are chunked inside the kernel); a bigger read here comes back short at that size.
  const cap = (n: number): number => Math.min(n, 0x1ffffff);
  v.attach('/dev/null', charDev(k, 1, 3, 0o666, { open: () => simple(k, () => new Uint8Array(0), (d) => d.length) }));
  v.attach('/dev/zero', charDev(k, 1, 5, 0o666, { open: () => simple(k, (n) => new Uint8Array(cap(n)), (d) => d.length) }));
  v.attach('/dev/full', charDev(k, 1, 7, 0o666, { open: () => simple(k, (n) => new Uint8Array(cap(n)), () => -ENOSPC) }));
  const rnd: CharDevice = { open: () => simple(k, (n) => k.prng.bytes(cap(n)), (d) => d.length) };
  v.attach('/dev/random', charDev(k, 1, 8, 0o666, rnd));
  v.attach('/dev/urandom', charDev(k, 1, 9, 0o666, rnd));
  v.attach('/dev/tty', charDev(k, 5, 0, 0o666, {
    open: (caller) => {
      const p = k.procs.get(caller.pid);
      return p?.ctty ? p.ctty.slave : -ENXIO;
    },
  }));
  const pts = v.alloc(S_IFDIR | 0o755, 0, 0);
  pts.dynamic = {
    list: () => k.ptys.filter((t) => !t.hungUp).map((t) => String(t.index)),
    lookup: (name) => {
      const t = k.ptys.find((x) => String(x.index) === name && !x.hungUp);
      if (!t) return null;
      const ino = charDev(k, 136, t.index, 0o620, { open: () => t.slave });
      ino.ino = t.ino;
      ino.nlink = 1;
      ino.uid = 1000;
      ino.gid = 5;
      ino.atimeMs = t.atimeMs;
      ino.mtimeMs = t.mtimeMs;
      ino.ctimeMs = t.ctimeMs;
      return ino;
    },
  };
  v.attach('/dev/pts', pts);
  pts.parent = v.mkdirp('/dev');
  for (const [name, target] of [['stdin', '/proc/self/fd/0'], ['stdout', '/proc/self/fd/1'],
    ['stderr', '/proc/self/fd/2'], ['fd', '/proc/self/fd']] as const) {
    const l = v.alloc(S_IFLNK | 0o777, 0, 0);
    l.target = target;
    l.size = target.length;
    v.attach(`/dev/${name}`, l);
  }
  v.mkdirp('/dev/shm', 0o1777);
}
