/**
 * Socket system calls: descriptor handling and blocking here, the protocol
 * work in src/net (its syscalls.ts). A call the network answers with
 * -EAGAIN on a blocking socket parks the caller on the socket's wait queue;
 * the re-issued call continues (a blocking send keeps its partial count).
 */
import { EAGAIN, EBADF, EINPROGRESS, EINTR, ERESTARTSYS } from '../abi/errno.ts';
import { O_NONBLOCK, O_RDWR } from '../abi/fcntl.ts';
import { MSG_WAITALL, SOCK_CLOEXEC, SOCK_NONBLOCK, SOCK_STREAM } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import * as N from '../net/syscalls.ts';
import { NetStack } from '../net/stack.ts';
import { isSock, type Sock } from '../net/sock.ts';
import { OpenFile } from './file.ts';
import { S_IFSOCK } from '../abi/stat.ts';
import type { Kernel } from './kernel.ts';
import type { Process } from './proc.ts';
import { sendSignal } from './signal.ts';
import type { NetFactory, NetSys } from './sys.ts';
import { getFile } from './sys-file.ts';
import { killPgrp } from './signal.ts';
import { MAY_WRITE } from './fs/vfs.ts';
import { AF_PACKET, CaptureSock } from '../net/capture.ts';
import { EPERM } from '../abi/errno.ts';

const enc = new TextDecoder();

/** Create the machine's network stack on the kernel's clock, PRNG and VFS. */
export function createNet(k: Kernel): NetStack {
  const root = { pid: 0, pgid: 0, sid: 0, uid: 0, euid: 0, gid: 0, egid: 0, groups: [] as number[], ignoresOrBlocks: () => false };
  const net = new NetStack({
    nowNs: () => k.clock.nowNs,
    setTimer: (at, cb) => k.clock.add(at, cb),
    clearTimer: (id) => k.clock.cancel(id),
    random32: () => k.prng.next32(),
    kill: (pid, sig) => {
      const p = k.procs.get(pid);
      if (p) sendSignal(k, p, sig);
      else if (pid < 0) killPgrp(k, -pid, sig);
    },
    waker: k,
    readFile: (path) => {
      const r = k.vfs.resolve('/', path, root, true);
      if (typeof r === 'number' || !r.inode.data) return null;
      return enc.decode(k.vfs.readAt(r.inode, 0, r.inode.size));
    },
    bindSocketPath: (path, uid, gid, cwd = '/') => {
      const caller = { ...root, uid, euid: uid, gid, egid: gid };
      const pl = k.vfs.parentOf(cwd, path, caller);
      if (typeof pl === 'number') return pl;
      if (pl.existing) return -98; // EADDRINUSE
      const ino = k.vfs.create(pl, S_IFSOCK | 0o777, caller, 0o022);
      return typeof ino === 'number' ? ino : ino.ino;
    },
    lookupSocketPath: (path, uid, gid, cwd = '/') => {
      const caller = { ...root, uid, euid: uid, gid, egid: gid };
      const r = k.vfs.resolve(cwd, path, caller, true);
      if (typeof r === 'number') return r;
      if ((r.inode.mode & 0o170000) !== S_IFSOCK) return -111; // ECONNREFUSED
      const perm = k.vfs.permission(r.inode, caller, MAY_WRITE);
      return perm < 0 ? perm : r.inode.ino;
    },
  });
  k.extensions.set('netstack', net); // for /proc/net (fs/procnet.ts)
  return net;
}

/** Wrap a socket in an open file description and give it a descriptor. */
function install(k: Kernel, p: Process, s: Sock, flags: number): number {
  const f = new OpenFile(s, O_RDWR | (flags & SOCK_NONBLOCK ? O_NONBLOCK : 0), `socket:[${s.ino}]`);
  return k.installFd(p, f, (flags & SOCK_CLOEXEC) !== 0);
}

function fileOf(p: Process, fd: number): OpenFile | null {
  return getFile(p, fd);
}

/**
 * A blocking socket call of `p` on `f` found nothing to do: park it on the
 * socket's queue until woken or until its SO_RCVTIMEO ('r') / SO_SNDTIMEO
 * ('w') runs out; once that has passed the call fails with -EAGAIN (Linux
 * sock_rcvtimeo / sock_sndtimeo). Returns what k.block returns otherwise.
 */
export function blockSock(k: Kernel, p: Process, f: OpenFile, dir: 'r' | 'w'): number {
  const opts = isSock(f.ops) ? f.ops.opts : undefined;
  const until = opts ? opts.waitUntil(p.pid, dir, k.clock.nowNs) : null;
  if (until === 'expired') return -EAGAIN;
  const r = k.block(p, [f.ops.wq], until ?? undefined);
  if (r !== -ERESTARTSYS) opts?.settle(p.pid, dir);
  return r;
}

/** Park when the network asks for it (see blockSock), or hand the result back; a finished call stops its clock. */
function maybePark<T>(k: Kernel, p: Process, f: OpenFile | null, r: T, dir: 'r' | 'w', flags = 0): T | number {
  const nb = f ? (f.flags & O_NONBLOCK) !== 0 : false;
  if (f && N.mustPark(r, nb, flags)) return blockSock(k, p, f, dir);
  return f ? settleFor(p, f, dir, r) : r;
}

/** `r`, after stopping the SO_*TIMEO clock of `p`'s finished call on `f`. */
function settleFor<T>(p: Process, f: OpenFile, dir: 'r' | 'w', r: T): T {
  if (isSock(f.ops)) f.ops.opts?.settle(p.pid, dir);
  return r;
}

/** Bytes a MSG_WAITALL receive has taken so far, by pid (the call is re-issued after each wait). */
type WaitAll = Map<number, { fd: number; got: Uint8Array[]; length: number }>;

/**
 * recv with MSG_WAITALL on a blocking stream socket (Linux tcp_recvmsg's
 * target): keep taking until `count` bytes, EOF, an error, a signal or the
 * timeout; what was taken is returned even when the wait ends early.
 */
function recvWaitAll(k: Kernel, p: Process, net: NetStack, f: OpenFile, fd: number, count: number, flags: number,
  acc: WaitAll): { data: Uint8Array; addr?: SockAddr } | number {
  const infl = p.inflight;
  let st = acc.get(p.pid);
  if (!st || st.fd !== fd || infl?.call !== 'other' || infl.name !== 'recv-waitall') st = { fd, got: [], length: 0 };
  acc.delete(p.pid);
  p.inflight = null;
  for (;;) {
    const r = N.recvfrom(net, f, p, false, count - st.length, flags);
    if (typeof r !== 'number' && r.data.length > 0) {
      st.got.push(r.data);
      st.length += r.data.length;
      if (st.length < count) continue;
    }
    if (r === -EAGAIN && N.mustPark(r, (f.flags & O_NONBLOCK) !== 0, flags)) {
      const b = blockSock(k, p, f, 'r');
      if (b === -ERESTARTSYS) {
        acc.set(p.pid, st);
        p.inflight = { call: 'other', name: 'recv-waitall', deadlineNs: 0 };
        return b;
      }
      if (st.length === 0) return b;
    } else if (typeof r === 'number' && st.length === 0) {
      return r;
    }
    return settleFor(p, f, 'r', { data: concat(st.got, st.length) });
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const b of parts) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

export function netSyscalls(net: NetStack): NetFactory {
  const waitAll: WaitAll = new Map();
  return (k: Kernel, p: Process): NetSys => ({
    socket(d, t, pr) {
      if (d === AF_PACKET) {
        if (p.euid !== 0) return -EPERM;
        const c = new CaptureSock(net);
        return k.installFd(p, new OpenFile(c, O_RDWR | (t & SOCK_NONBLOCK ? O_NONBLOCK : 0), `socket:[${c.ino}]`), (t & SOCK_CLOEXEC) !== 0);
      }
      const s = N.socket(net, null, p, false, d, t, pr);
      return typeof s === 'number' ? s : install(k, p, s, t);
    },
    socketpair(d, t, pr) {
      const s = N.socketpair(net, null, p, false, d, t, pr);
      if (typeof s === 'number') return s;
      return [install(k, p, s[0], t), install(k, p, s[1], t)];
    },
    bind: (fd, a: SockAddr) => N.bind(net, fileOf(p, fd), p, false, a),
    listen: (fd, b) => N.listen(net, fileOf(p, fd), p, false, b),
    accept(fd, flags = 0) {
      const f = fileOf(p, fd);
      const r = maybePark(k, p, f, N.accept(net, f, p, f ? (f.flags & O_NONBLOCK) !== 0 : false), 'r');
      if (typeof r === 'number') return r;
      return { fd: install(k, p, r.sock, flags), addr: r.addr };
    },
    connect(fd, a) {
      const f = fileOf(p, fd);
      const nb = f ? (f.flags & O_NONBLOCK) !== 0 : false;
      const r = maybePark(k, p, f, N.connect(net, f, p, nb, a), 'w');
      return r === -EAGAIN ? -EINPROGRESS : r; // Linux: a connect cut short by SO_SNDTIMEO
    },
    getsockname: (fd) => N.getsockname(net, fileOf(p, fd), p, false),
    getpeername: (fd) => N.getpeername(net, fileOf(p, fd), p, false),
    sendto(fd, data, flags, addr) {
      const f = fileOf(p, fd);
      if (!f) return -EBADF;
      const infl = p.inflight;
      let done = infl && infl.call === 'write' && infl.fd === fd ? infl.done : 0;
      p.inflight = null;
      for (;;) {
        const r = N.sendto(net, f, p, false, data.subarray(done), flags, addr);
        if (r >= 0) {
          done += r;
          if (done >= data.length) return settleFor(p, f, 'w', done);
          continue;
        }
        if (N.mustPark(r, (f.flags & O_NONBLOCK) !== 0, flags)) {
          const b = blockSock(k, p, f, 'w');
          if (b === -ERESTARTSYS) p.inflight = { call: 'write', fd, done };
          return (b === -EINTR || b === -EAGAIN) && done > 0 ? done : b;
        }
        return settleFor(p, f, 'w', done > 0 ? done : r);
      }
    },
    recvfrom(fd, count, flags) {
      const f = fileOf(p, fd);
      if (f && flags & MSG_WAITALL && isSock(f.ops) && f.ops.type === SOCK_STREAM && count > 0) {
        return recvWaitAll(k, p, net, f, fd, count, flags, waitAll);
      }
      const r = maybePark(k, p, f, N.recvfrom(net, f, p, false, count, flags), 'r', flags);
      if (typeof r === 'number') return r;
      return { data: r.data, addr: r.addr };
    },
    shutdown: (fd, how) => N.shutdown(net, fileOf(p, fd), p, false, how),
    setsockopt: (fd, l, n, v) => N.setsockopt(net, fileOf(p, fd), p, false, l, n, v),
    getsockopt: (fd, l, n) => N.getsockopt(net, fileOf(p, fd), p, false, l, n),
    resolve: (name) => N.resolve(net, null, p, false, name),
  });
}
