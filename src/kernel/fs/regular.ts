/**
 * FileOps for inodes of the filesystem: regular files (read/write at the
 * description's offset, O_APPEND, lseek, truncate), generated files (procfs
 * contents computed at open) and directories (read fails with EISDIR;
 * listing goes through getdents).
 */
import { EINVAL, EISDIR, ESPIPE } from '../../abi/errno.ts';
import { O_APPEND } from '../../abi/fcntl.ts';
import { POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM } from '../../abi/poll.ts';
import { SEEK_CUR, SEEK_END, SEEK_SET } from '../../abi/fcntl.ts';
import type { FileOps, OpenFile } from '../file.ts';
import { WaitQueue, type Waker } from '../wait-queue.ts';
import { statOf, type Inode } from './inode.ts';
import type { Vfs } from './vfs.ts';

function seek(f: OpenFile, size: number, offset: number, whence: number): number {
  let base: number;
  if (whence === SEEK_SET) base = 0;
  else if (whence === SEEK_CUR) base = f.offset;
  else if (whence === SEEK_END) base = size;
  else return -EINVAL;
  const pos = base + offset;
  if (pos < 0) return -EINVAL;
  f.offset = pos;
  return pos;
}

export function regularOps(vfs: Vfs, inode: Inode, waker: Waker): FileOps {
  return {
    kind: 'file',
    wq: new WaitQueue(waker),
    read(f, count) {
      const out = vfs.readAt(inode, f.offset, count);
      f.offset += out.length;
      return out;
    },
    write(f, data) {
      if (f.flags & O_APPEND) f.offset = inode.size;
      const n = vfs.writeAt(inode, f.offset, data);
      f.offset += n;
      return n;
    },
    poll: () => POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM,
    lseek: (f, off, whence) => seek(f, inode.size, off, whence),
    stat: () => statOf(inode),
    ftruncate(_f, len) {
      vfs.truncate(inode, len);
      return 0;
    },
  };
}

/** A file whose bytes were computed when it was opened (procfs). */
export function snapshotOps(inode: Inode, bytes: Uint8Array, waker: Waker): FileOps {
  return {
    kind: 'file',
    wq: new WaitQueue(waker),
    read(f, count) {
      const out = bytes.slice(f.offset, f.offset + count);
      f.offset += out.length;
      return out;
    },
    poll: () => POLLIN | POLLRDNORM,
    lseek: (f, off, whence) => seek(f, bytes.length, off, whence),
    stat: () => ({ ...statOf(inode), size: 0 }),
  };
}

export function dirOps(inode: Inode, waker: Waker): FileOps {
  return {
    kind: 'dir',
    wq: new WaitQueue(waker),
    read: () => -EISDIR,
    write: () => -EISDIR,
    poll: () => POLLIN,
    lseek(f, off, whence) {
      if (whence !== SEEK_SET || off !== 0) return -ESPIPE;
      f.dirPos = 0;
      return 0;
    },
    stat: () => statOf(inode),
  };
}
