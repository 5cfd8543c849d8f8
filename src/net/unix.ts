/**
 * Unix-domain sockets (unix(7)), stream and datagram, with Linux's answers
 * (net/unix/af_unix.c). They carry no packets: bytes go straight into the
 * peer's queue. bind() creates a socket inode through the kernel's VFS
 * (NetEnv.bindSocketPath); connect() finds the socket by that inode.
 */
import { EAGAIN, ECONNREFUSED, ECONNRESET, EINVAL, EISCONN, EMSGSIZE, ENOPROTOOPT, ENOTCONN,
  EOPNOTSUPP, EPIPE, EPROTOTYPE, EDESTADDRREQ } from '../abi/errno.ts';
import { POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDHUP, POLLRDNORM, POLLWRNORM } from '../abi/poll.ts';
import { SIGPIPE } from '../abi/signals.ts';
import { AF_UNIX, MSG_NOSIGNAL, MSG_PEEK, SOCK_STREAM, SOL_SOCKET, SOMAXCONN, SO_ACCEPTCONN, SO_ERROR,
  SO_RCVBUF, SO_REUSEADDR, SO_SNDBUF, SO_TYPE } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import type { Caller, OpenFile } from '../kernel/file.ts';
import { WaitQueue } from '../kernel/wait-queue.ts';
import { ByteQueue } from './bytes.ts';
import { CommonOptions, settled } from './sock.ts';
import type { RecvResult, Sock, SockInfo } from './sock.ts';
import type { NetStack } from './stack.ts';

/** net.core.wmem_default: what one end may have queued at the other. */
export const UNIX_SNDBUF = 212992;
/** net.unix.max_dgram_qlen: datagrams a receiver holds before senders block. */
export const UNIX_MAX_DGRAM_QLEN = 10;

const RCV_SHUTDOWN = 1, SEND_SHUTDOWN = 2;

/** Bound Unix sockets by inode, per network stack. */
export class UnixRegistry {
  readonly bound = new Map<number, UnixSock>();
  readonly all = new Set<UnixSock>();
  constructor(readonly net: NetStack) {}
}

/** The stack's Unix registry, made on first use. */
export function unixRegistry(net: NetStack): UnixRegistry {
  if (!net.unix) net.unix = new UnixRegistry(net);
  return net.unix;
}

type UnixState = 'unconnected' | 'listening' | 'connected';

export class UnixSock implements Sock {
  readonly kind = 'socket';
  readonly domain = AF_UNIX;
  readonly ino: number;
  readonly wq: WaitQueue;
  state: UnixState = 'unconnected';
  path: string | null = null;
  private boundIno = 0;
  peer: UnixSock | null = null;
  private peerClosed = false;
  private readonly stream = new ByteQueue();
  private readonly dgrams: Array<{ data: Uint8Array; from: string }> = [];
  private readonly acceptQueue: UnixSock[] = [];
  /** Datagram senders waiting for room in our queue. */
  private readonly blockedSenders = new Set<UnixSock>();
  private backlog = 0;
  private shutdownFlags = 0;
  private error = 0;
  private closed = false;
  private sndbuf = UNIX_SNDBUF;
  readonly opts = new CommonOptions();

  constructor(private readonly reg: UnixRegistry, readonly type: number) {
    this.ino = reg.net.allocIno();
    this.wq = new WaitQueue(reg.net.env.waker);
    reg.all.add(this);
  }

  /** socketpair(2): two connected ends. */
  static pair(reg: UnixRegistry, type: number): [UnixSock, UnixSock] {
    const a = new UnixSock(reg, type), b = new UnixSock(reg, type);
    a.link(b);
    return [a, b];
  }

  private link(other: UnixSock): void {
    this.peer = other;
    other.peer = this;
    this.state = other.state = 'connected';
  }

  private get isStream(): boolean {
    return this.type === SOCK_STREAM;
  }

  bind(addr: SockAddr, caller: Caller): number {
    if (addr.family !== 'unix') return -EINVAL;
    if (this.path !== null) return -EINVAL;
    if (addr.path === '') return -EINVAL; // autobind to an abstract name is not provided
    const env = this.reg.net.env;
    if (!env.bindSocketPath) return -EOPNOTSUPP;
    const ino = env.bindSocketPath(addr.path, caller.euid, caller.egid, cwdOf(caller));
    if (ino < 0) return ino;
    this.path = addr.path;
    this.boundIno = ino;
    this.reg.bound.set(ino, this);
    return 0;
  }

  listen(backlog: number): number {
    if (!this.isStream) return -EOPNOTSUPP;
    if (this.state === 'connected' || this.path === null) return -EINVAL;
    this.backlog = backlog < 0 || backlog > SOMAXCONN ? SOMAXCONN : backlog;
    this.state = 'listening';
    return 0;
  }

  accept(): { sock: Sock; addr: SockAddr } | number {
    if (!this.isStream) return -EOPNOTSUPP;
    if (this.state !== 'listening') return -EINVAL;
    const s = this.acceptQueue.shift();
    if (!s) return -EAGAIN;
    return { sock: s, addr: { family: 'unix', path: s.peer?.path ?? '' } };
  }

  /** Find the bound socket at `path`: -ENOENT, -ECONNREFUSED, -EPROTOTYPE as Linux unix_find_other. */
  private find(path: string, caller: Caller): UnixSock | number {
    const env = this.reg.net.env;
    if (!env.lookupSocketPath) return -ECONNREFUSED;
    const ino = env.lookupSocketPath(path, caller.euid, caller.egid, cwdOf(caller));
    if (ino < 0) return ino;
    const s = this.reg.bound.get(ino);
    if (!s || s.closed) return -ECONNREFUSED;
    if (s.type !== this.type) return -EPROTOTYPE;
    return s;
  }

  /** Stream connect completes at once or waits for room in the backlog (-EAGAIN). */
  connect(addr: SockAddr, _nonblock: boolean, caller: Caller): number {
    if (addr.family !== 'unix') return -EINVAL;
    const target = this.find(addr.path, caller);
    if (typeof target === 'number') return target;
    if (!this.isStream) {
      this.peer = target;
      return 0;
    }
    if (this.state === 'connected') return -EISCONN;
    if (this.state === 'listening') return -EINVAL;
    if (target.state !== 'listening') return -ECONNREFUSED;
    if (target.acceptQueue.length > target.backlog) return -EAGAIN; // unix_recvq_full
    const server = new UnixSock(this.reg, SOCK_STREAM);
    server.path = target.path;
    this.link(server);
    target.acceptQueue.push(server);
    target.wq.wakeAll();
    return 0;
  }

  getsockname(): SockAddr {
    return { family: 'unix', path: this.path ?? '' };
  }

  getpeername(): SockAddr | number {
    if (!this.peer || (this.isStream && this.state !== 'connected')) return -ENOTCONN;
    return { family: 'unix', path: this.peer.path ?? '' };
  }

  send(data: Uint8Array, flags: number, addr: SockAddr | undefined, caller: Caller): number {
    return this.isStream ? this.sendStream(data, flags, addr, caller) : this.sendDgram(data, addr, caller);
  }

  private epipe(flags: number, caller: Caller): number {
    if (!(flags & MSG_NOSIGNAL)) this.reg.net.env.kill(caller.pid, SIGPIPE);
    return -EPIPE;
  }

  private sendStream(data: Uint8Array, flags: number, addr: SockAddr | undefined, caller: Caller): number {
    if (addr) return this.state === 'connected' ? -EISCONN : -EOPNOTSUPP;
    const peer = this.peer;
    if (this.state !== 'connected' || !peer) return -ENOTCONN;
    if (this.shutdownFlags & SEND_SHUTDOWN || this.peerClosed || peer.shutdownFlags & RCV_SHUTDOWN) {
      return this.epipe(flags, caller);
    }
    if (data.length === 0) return 0;
    const n = Math.min(data.length, this.sndbuf - peer.stream.length);
    if (n <= 0) return -EAGAIN;
    peer.stream.push(data.subarray(0, n));
    peer.wq.wakeAll();
    return n;
  }

  private sendDgram(data: Uint8Array, addr: SockAddr | undefined, caller: Caller): number {
    let dst: UnixSock | null = this.peer;
    if (addr) {
      if (addr.family !== 'unix') return -EINVAL;
      const found = this.find(addr.path, caller);
      if (typeof found === 'number') return found;
      dst = found;
    }
    if (!dst) return -EDESTADDRREQ;
    if (dst.closed) return -ECONNREFUSED;
    if (this.shutdownFlags & SEND_SHUTDOWN) return -EPIPE;
    if (data.length > this.sndbuf - 32) return -EMSGSIZE;
    if (dst.dgrams.length >= UNIX_MAX_DGRAM_QLEN) {
      dst.blockedSenders.add(this);
      return -EAGAIN;
    }
    dst.dgrams.push({ data: data.slice(), from: this.path ?? '' });
    dst.wq.wakeAll();
    return data.length;
  }

  recv(count: number, flags: number): RecvResult | number {
    if (!this.isStream) {
      const d = this.dgrams[0];
      if (!d) return this.shutdownFlags & RCV_SHUTDOWN ? { data: new Uint8Array(0) } : -EAGAIN;
      if (!(flags & MSG_PEEK)) {
        this.dgrams.shift();
        for (const s of this.blockedSenders) s.wq.wakeAll();
        this.blockedSenders.clear();
      }
      return { data: d.data.slice(0, count), addr: { family: 'unix', path: d.from }, truncated: d.data.length > count,
        fullLength: d.data.length };
    }
    if (this.state === 'listening' || (this.state === 'unconnected' && !this.peer)) return -EINVAL;
    if (count === 0) return { data: new Uint8Array(0) };
    if (this.stream.length) {
      const data = flags & MSG_PEEK ? this.stream.peek(0, count) : this.stream.take(count);
      this.peer?.wq.wakeAll();
      return { data };
    }
    if (this.error) {
      const e = this.error;
      this.error = 0;
      return -e;
    }
    if (this.peerClosed || this.shutdownFlags & RCV_SHUTDOWN || (this.peer && this.peer.shutdownFlags & SEND_SHUTDOWN)) {
      return { data: new Uint8Array(0) };
    }
    return -EAGAIN;
  }

  read(_f: OpenFile, count: number, caller: Caller): Uint8Array | number {
    const r = settled(this.opts, caller.pid, 'r', this.recv(count, 0));
    return typeof r === 'number' ? r : r.data;
  }

  write(_f: OpenFile, data: Uint8Array, caller: Caller): number {
    return settled(this.opts, caller.pid, 'w', this.send(data, 0, undefined, caller));
  }

  available(): number {
    return this.isStream ? this.stream.length : (this.dgrams[0]?.data.length ?? 0);
  }

  shutdown(how: number): number {
    if (how < 0 || how > 2) return -EINVAL;
    if (this.isStream && this.state !== 'connected') return -ENOTCONN;
    this.shutdownFlags |= how + 1;
    this.wq.wakeAll();
    this.peer?.wq.wakeAll();
    return 0;
  }

  poll(_f: OpenFile, _caller: Caller): number {
    if (this.state === 'listening') return this.acceptQueue.length ? POLLIN | POLLRDNORM : 0;
    let mask = 0;
    const readEnd = this.peerClosed || (this.peer !== null && (this.peer.shutdownFlags & SEND_SHUTDOWN) !== 0);
    if (this.shutdownFlags & RCV_SHUTDOWN || readEnd) mask |= POLLRDHUP | POLLIN | POLLRDNORM;
    if (this.isStream && (this.peerClosed || this.shutdownFlags === (RCV_SHUTDOWN | SEND_SHUTDOWN))) mask |= POLLHUP;
    if (this.stream.length || this.dgrams.length) mask |= POLLIN | POLLRDNORM;
    if (this.error) mask |= POLLERR;
    const peer = this.peer;
    const writable = this.isStream
      ? this.state === 'connected' && (!peer || this.peerClosed || peer.stream.length < this.sndbuf)
      : !peer || peer.dgrams.length < UNIX_MAX_DGRAM_QLEN;
    if (writable) mask |= POLLOUT | POLLWRNORM;
    return mask;
  }

  /** Last close: the peer sees EOF, or ECONNRESET if this end left data unread (Linux unix_release_sock). */
  release(_f: OpenFile): void {
    this.closed = true;
    this.reg.all.delete(this);
    if (this.boundIno && this.reg.bound.get(this.boundIno) === this) this.reg.bound.delete(this.boundIno);
    for (const s of this.acceptQueue.splice(0)) s.release(_f);
    const peer = this.peer;
    if (peer && this.isStream) {
      if (this.stream.length) peer.error = ECONNRESET;
      peer.peerClosed = true;
      peer.wq.wakeAll();
    }
    this.stream.clear();
  }

  setsockopt(level: number, name: number, value: number): number {
    if (level !== SOL_SOCKET) return -ENOPROTOOPT;
    if (name === SO_SNDBUF) {
      this.sndbuf = Math.max(value * 2, 4608);
      return 0;
    }
    if (name === SO_REUSEADDR || name === SO_RCVBUF) return 0;
    return this.opts.set(name, value) ? 0 : -ENOPROTOOPT;
  }

  getsockopt(level: number, name: number): number {
    if (level !== SOL_SOCKET) return -ENOPROTOOPT;
    switch (name) {
      case SO_TYPE: return this.type;
      case SO_ERROR: {
        const e = this.error;
        this.error = 0;
        return e;
      }
      case SO_ACCEPTCONN: return this.state === 'listening' ? 1 : 0;
      case SO_SNDBUF: return this.sndbuf;
      case SO_RCVBUF: return UNIX_SNDBUF;
      case SO_REUSEADDR: return 0;
      default: return this.opts.get(name) ?? -ENOPROTOOPT;
    }
  }

  info(): SockInfo[] {
    const stream = this.isStream;
    return [{
      proto: 'unix',
      type: stream ? 'stream' : 'dgram',
      state: this.state === 'listening' ? 'LISTEN' : this.state === 'connected' ? 'ESTAB' : 'UNCONN',
      local: this.path ?? '*',
      peer: this.peer ? (this.peer.path ?? '*') : '*',
      recvQ: this.state === 'listening' ? this.acceptQueue.length : stream ? this.stream.length : this.dgrams.length,
      sendQ: this.state === 'listening' ? this.backlog : 0,
      ino: this.ino,
    }];
  }
}


/** The caller's working directory when it is a process (relative socket paths start there). */
function cwdOf(caller: Caller): string {
  const cwd = (caller as Caller & { cwd?: unknown }).cwd;
  return typeof cwd === 'string' ? cwd : '/';
}
