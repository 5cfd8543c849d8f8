/**
 * A TCP socket as a file: the socket calls on top of a control block, with
 * Linux's answers (net/ipv4/af_inet.c and tcp.c): what connect, read, write,
 * poll and shutdown return in each state, SIGPIPE on EPIPE, SO_ERROR.
 */
import { EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EACCES, EAGAIN, ECONNABORTED, EINPROGRESS, EINVAL, EISCONN,
  EALREADY, ENETUNREACH, ENOPROTOOPT, ENOTCONN, EPIPE } from '../abi/errno.ts';
import { POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDHUP, POLLRDNORM, POLLWRNORM } from '../abi/poll.ts';
import { SIGPIPE } from '../abi/signals.ts';
import { AF_INET, IPPROTO_TCP, MSG_NOSIGNAL, MSG_PEEK, SOCK_STREAM, SOL_SOCKET, SOMAXCONN, SO_ACCEPTCONN,
  SO_ERROR, SO_LINGER, SO_RCVBUF, SO_REUSEADDR, SO_REUSEPORT, SO_SNDBUF, SO_TYPE, TCP_NODELAY } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import type { Caller, OpenFile } from '../kernel/file.ts';
import type { WaitQueue } from '../kernel/wait-queue.ts';
import { ANY, connKey } from './addr.ts';
import { CommonOptions, inetText, settled } from './sock.ts';
import type { RecvResult, Sock, SockInfo } from './sock.ts';
import type { NetNode, NetStack } from './stack.ts';
import { RCV_SHUTDOWN, SEND_SHUTDOWN, Tcb } from './tcp.ts';
import type { TcpState } from './tcp.ts';
import { Listener } from './tcp-listen.ts';

/** Linux struct socket state (SS_*), apart from the TCP state. */
type SockState = 'unconnected' | 'connecting' | 'connected';

/** Linux SOCK_MIN_SNDBUF / SOCK_MIN_RCVBUF (approximately, for 64-bit). */
const MIN_SNDBUF = 4608, MIN_RCVBUF = 2304;

/** ss's name for a TCP state. */
export function ssState(s: TcpState): string {
  switch (s) {
    case 'ESTABLISHED': return 'ESTAB';
    case 'SYN-RECEIVED': return 'SYN-RECV';
    case 'CLOSED': return 'UNCONN';
    default: return s;
  }
}

export class TcpSock implements Sock {
  readonly kind = 'socket';
  readonly domain = AF_INET;
  readonly type = SOCK_STREAM;
  readonly ino: number;
  listener: Listener | null = null;
  private sockState: SockState;
  readonly opts = new CommonOptions();
  private nodelay = 0;

  constructor(private readonly net: NetStack, readonly node: NetNode, public tcb: Tcb) {
    this.ino = net.allocIno();
    tcb.ino = this.ino;
    this.sockState = tcb.state === 'CLOSED' ? 'unconnected' : 'connected';
  }

  get wq(): WaitQueue {
    return this.tcb.wq;
  }

  // ---- addresses

  /** bind(2): Linux inet_bind. Ports below 1024 need euid 0. */
  bind(addr: SockAddr, caller: Caller): number {
    if (addr.family !== 'inet') return -EAFNOSUPPORT;
    if (this.tcb.local.port !== 0 || this.tcb.state !== 'CLOSED') return -EINVAL;
    if (addr.addr !== ANY && !this.node.owns(addr.addr)) return -EADDRNOTAVAIL;
    if (addr.port !== 0 && addr.port < 1024 && caller.euid !== 0) return -EACCES;
    this.tcb.uid = caller.euid;
    return this.bindTo(addr.addr, addr.port, addr.port !== 0);
  }

  private bindTo(addr: string, port: number, userBound: boolean): number {
    if (port === 0) {
      port = this.net.ephemeralPort(this.node, 'tcp');
      if (port < 0) return -EADDRNOTAVAIL;
    }
    this.tcb.local = { addr, port };
    const r = this.net.bindPort(this.node, 'tcp', this.tcb, addr, port);
    if (r < 0) {
      this.tcb.local = { addr: ANY, port: 0 };
      return r;
    }
    this.tcb.userBound = userBound;
    return 0;
  }

  getsockname(): SockAddr {
    return { family: 'inet', addr: this.tcb.local.addr, port: this.tcb.local.port };
  }

  getpeername(): SockAddr | number {
    const s = this.tcb.state;
    if (this.tcb.remote.port === 0 || s === 'CLOSED' || s === 'SYN-SENT' || s === 'LISTEN') return -ENOTCONN;
    return { family: 'inet', addr: this.tcb.remote.addr, port: this.tcb.remote.port };
  }

  // ---- passive side

  /** listen(2): the backlog is capped at SOMAXCONN; a port shared by SO_REUSEADDR is re-checked. */
  listen(backlog: number): number {
    if (this.sockState !== 'unconnected') return -EINVAL;
    if (this.listener) {
      this.listener.backlog = clampBacklog(backlog);
      return 0;
    }
    if (this.tcb.state !== 'CLOSED') return -EINVAL;
    if (this.tcb.local.port === 0) {
      const r = this.bindTo(ANY, 0, false);
      if (r < 0) return r;
    }
    this.tcb.state = 'LISTEN';
    const owners = this.net.portOwners(this.node, 'tcp', this.tcb.local.port);
    if (this.net.conflicts(this.tcb, this.tcb.local.addr, owners)) {
      this.tcb.state = 'CLOSED';
      return -EADDRINUSE;
    }
    const node = this.node, parent = this.tcb;
    this.listener = new Listener(
      parent,
      clampBacklog(backlog),
      (seg) => {
        const child = this.net.newTcb(node);
        child.local = seg.dst;
        child.remote = seg.src;
        child.reuseAddr = parent.reuseAddr;
        child.reusePort = parent.reusePort;
        child.uid = parent.uid;
        child.rmem = parent.rmem;
        child.wmem = parent.wmem;
        child.sndbufLocked = parent.sndbufLocked;
        this.net.hashTcb(node, child);
        this.net.addPortOwner(node, 'tcp', child, seg.dst.port);
        return child;
      },
      (seg) => this.net.outputTcp(node, seg),
    );
    node.listeners.add(this.listener);
    return 0;
  }

  /** accept(2) without blocking: the oldest established connection, or -EAGAIN. */
  accept(): { sock: Sock; addr: SockAddr } | number {
    if (!this.listener) return -EINVAL;
    const child = this.listener.take();
    if (!child) return -EAGAIN;
    const sock = new TcpSock(this.net, this.node, child);
    return { sock, addr: { family: 'inet', addr: child.remote.addr, port: child.remote.port } };
  }

  // ---- active side

  /** connect(2) as Linux __inet_stream_connect, with blocking expressed as -EAGAIN. */
  connect(addr: SockAddr, nonblock: boolean, _caller: Caller): number {
    if (addr.family !== 'inet') return -EAFNOSUPPORT;
    switch (this.sockState) {
      case 'connected':
        return -EISCONN;
      case 'connecting':
        return this.connectProgress(nonblock ? -EALREADY : -EAGAIN);
      case 'unconnected': {
        if (this.tcb.state !== 'CLOSED') return -EISCONN;
        const r = this.startConnect(addr.addr === ANY ? '127.0.0.1' : addr.addr, addr.port);
        if (r < 0) return r;
        this.sockState = 'connecting';
        return nonblock ? -EINPROGRESS : -EAGAIN;
      }
    }
  }

  /** A connect already under way: still waiting, done, or failed. */
  private connectProgress(waiting: number): number {
    const s = this.tcb.state;
    if (s === 'SYN-SENT' || s === 'SYN-RECEIVED') return waiting;
    if (s === 'CLOSED') {
      const err = this.tcb.takeError() || ECONNABORTED;
      this.sockState = 'unconnected';
      this.tcb.resetForReuse();
      if (!this.tcb.userBound) this.tcb.local = { addr: ANY, port: 0 };
      return -err;
    }
    this.sockState = 'connected';
    return 0;
  }

  private startConnect(dst: string, port: number): number {
    const r = this.net.route(this.node, dst);
    if (!r) return -ENETUNREACH;
    const tcb = this.tcb;
    if (tcb.local.port === 0) {
      const b = this.bindTo(r.src, 0, false);
      if (b < 0) return b;
    } else if (tcb.local.addr === ANY) {
      tcb.local = { addr: r.src, port: tcb.local.port };
    }
    tcb.remote = { addr: dst, port };
    if (this.node.tcpConns.has(connKey(tcb.local, tcb.remote))) return -EADDRNOTAVAIL;
    this.net.hashTcb(this.node, tcb);
    tcb.openActive();
    return 0;
  }

  // ---- data

  /** send(2)/write(2): Linux tcp_sendmsg. EPIPE raises SIGPIPE unless MSG_NOSIGNAL. */
  send(data: Uint8Array, flags: number, _addr: SockAddr | undefined, caller: Caller): number {
    const tcb = this.tcb, s = tcb.state;
    if (s !== 'ESTABLISHED' && s !== 'CLOSE-WAIT') {
      // sk_stream_wait_connect
      if (tcb.error) return this.sendError(flags, caller);
      if (s === 'SYN-SENT' || s === 'SYN-RECEIVED') return -EAGAIN;
      return this.sendError(flags, caller);
    }
    if (tcb.error || tcb.shutdownFlags & SEND_SHUTDOWN) return this.sendError(flags, caller);
    if (data.length === 0) return 0;
    const n = tcb.send(data);
    return n > 0 ? n : -EAGAIN;
  }

  /** Linux sk_stream_error: a pending error wins over EPIPE; EPIPE signals. */
  private sendError(flags: number, caller: Caller): number {
    const err = this.tcb.takeError() || EPIPE;
    if (err === EPIPE && !(flags & MSG_NOSIGNAL)) this.net.env.kill(caller.pid, SIGPIPE);
    return -err;
  }

  /** recv(2)/read(2): Linux tcp_recvmsg. Data first, then EOF, the error, shutdown, ENOTCONN. */
  recv(count: number, flags: number): RecvResult | number {
    const tcb = this.tcb;
    if (tcb.state === 'LISTEN') return -ENOTCONN;
    if (count === 0) return { data: new Uint8Array(0) };
    if (tcb.rcvBuf.length > 0) {
      return { data: flags & MSG_PEEK ? tcb.rcvBuf.peek(0, count) : tcb.receive(count) };
    }
    if (tcb.finReceived) return { data: new Uint8Array(0) };
    const err = tcb.takeError();
    if (err) return -err;
    if (tcb.shutdownFlags & RCV_SHUTDOWN) return { data: new Uint8Array(0) };
    if (tcb.state === 'CLOSED') return -ENOTCONN;
    return -EAGAIN;
  }

  read(_f: OpenFile, count: number, caller: Caller): Uint8Array | number {
    const r = settled(this.opts, caller.pid, 'r', this.net.call(() => this.recv(count, 0)));
    return typeof r === 'number' ? r : r.data;
  }

  write(_f: OpenFile, data: Uint8Array, caller: Caller): number {
    return settled(this.opts, caller.pid, 'w', this.net.call(() => this.send(data, 0, undefined, caller)));
  }

  available(): number {
    return this.tcb.rcvBuf.length;
  }

  /** shutdown(2): Linux inet_shutdown. how is SHUT_RD 0, SHUT_WR 1, SHUT_RDWR 2. */
  shutdown(how: number): number {
    if (how < 0 || how > 2) return -EINVAL;
    const mask = how + 1; // RCV_SHUTDOWN 1, SEND_SHUTDOWN 2, both 3
    const tcb = this.tcb;
    if (this.sockState === 'connecting') {
      const s = tcb.state;
      this.sockState = s === 'SYN-SENT' || s === 'SYN-RECEIVED' || s === 'CLOSED' ? 'unconnected' : 'connected';
    }
    switch (tcb.state) {
      case 'LISTEN':
        if (!(mask & RCV_SHUTDOWN)) return 0;
        this.stopListening();
        tcb.state = 'CLOSED';
        return 0;
      case 'SYN-SENT':
        tcb.done();
        return 0;
      case 'CLOSED':
        tcb.shutdownFlags |= mask;
        tcb.wq.wakeAll();
        return -ENOTCONN;
      default:
        tcb.shutdownFlags |= mask & RCV_SHUTDOWN;
        if (mask & SEND_SHUTDOWN) tcb.shutdownWrite();
        tcb.wq.wakeAll();
        return 0;
    }
  }

  // ---- readiness and lifetime

  /** Linux tcp_poll. */
  poll(_f: OpenFile, _caller: Caller): number {
    const tcb = this.tcb, s = tcb.state;
    if (s === 'LISTEN') return this.listener && this.listener.acceptQueue.length ? POLLIN | POLLRDNORM : 0;
    let mask = 0;
    const sh = tcb.shutdownFlags;
    if (sh === (RCV_SHUTDOWN | SEND_SHUTDOWN) || s === 'CLOSED') mask |= POLLHUP;
    if (sh & RCV_SHUTDOWN) mask |= POLLIN | POLLRDNORM | POLLRDHUP;
    if (s !== 'SYN-SENT' && s !== 'SYN-RECEIVED') {
      if (tcb.rcvBuf.length > 0) mask |= POLLIN | POLLRDNORM;
      if (!(sh & SEND_SHUTDOWN)) {
        // sk_stream_is_writeable: free space at least half of what is queued
        if (tcb.sendSpace() >= tcb.sndBuf.length / 2 && tcb.sendSpace() > 0) mask |= POLLOUT | POLLWRNORM;
      } else {
        mask |= POLLOUT | POLLWRNORM;
      }
    }
    if (tcb.error) mask |= POLLERR;
    return mask;
  }

  private stopListening(): void {
    if (!this.listener) return;
    this.listener.close();
    this.node.listeners.delete(this.listener);
    this.listener = null;
  }

  /** Last descriptor closed: Linux tcp_close. The block may live on (FIN-WAIT, TIME-WAIT). */
  release(_f: OpenFile): void {
    this.net.batch(() => {
      this.stopListening();
      if (this.tcb.state === 'LISTEN') this.tcb.state = 'CLOSED';
      this.tcb.ino = 0;
      // SO_LINGER on with a zero time: an abortive close, RST instead of FIN (Linux tcp_close).
      if (this.opts.get(SO_LINGER) === 1 && this.tcb.state !== 'CLOSED') this.tcb.disconnect();
      else this.tcb.close();
    });
  }

  // ---- options

  setsockopt(level: number, name: number, value: number): number {
    if (level === IPPROTO_TCP) {
      if (name !== TCP_NODELAY) return -ENOPROTOOPT;
      this.nodelay = value ? 1 : 0; // accepted; segments already go out without Nagle
      return 0;
    }
    if (level !== SOL_SOCKET) return -ENOPROTOOPT;
    switch (name) {
      case SO_REUSEADDR:
        this.tcb.reuseAddr = value !== 0;
        return 0;
      case SO_SNDBUF:
        this.tcb.wmem = Math.max(value * 2, MIN_SNDBUF);
        this.tcb.sndbufLocked = true;
        return 0;
      case SO_REUSEPORT:
        this.tcb.reusePort = value !== 0;
        return 0;
      case SO_RCVBUF:
        this.tcb.rmem = Math.max(value * 2, MIN_RCVBUF);
        return 0;
      case SO_TYPE:
      case SO_ERROR:
      case SO_ACCEPTCONN:
        return -ENOPROTOOPT;
      default:
        return this.opts.set(name, value) ? 0 : -ENOPROTOOPT;
    }
  }

  getsockopt(level: number, name: number): number {
    if (level === IPPROTO_TCP) return name === TCP_NODELAY ? this.nodelay : -ENOPROTOOPT;
    if (level !== SOL_SOCKET) return -ENOPROTOOPT;
    switch (name) {
      case SO_TYPE: return SOCK_STREAM;
      case SO_ERROR: return this.tcb.takeError();
      case SO_ACCEPTCONN: return this.tcb.state === 'LISTEN' ? 1 : 0;
      case SO_REUSEADDR: return this.tcb.reuseAddr ? 1 : 0;
      case SO_REUSEPORT: return this.tcb.reusePort ? 1 : 0;
      case SO_SNDBUF: return this.tcb.wmem;
      case SO_RCVBUF: return this.tcb.rmem;
      default: return this.opts.get(name) ?? -ENOPROTOOPT;
    }
  }

  info(): SockInfo[] {
    return [tcbInfo(this.tcb, this.listener)];
  }
}

/** The ss line of a control block (used for orphans too). */
export function tcbInfo(tcb: Tcb, listener: Listener | null): SockInfo {
  const listening = tcb.state === 'LISTEN';
  return {
    proto: 'tcp',
    type: 'stream',
    state: ssState(tcb.state),
    local: inetText(tcb.local.addr, tcb.local.port),
    peer: listening || tcb.remote.port === 0 ? '0.0.0.0:*' : inetText(tcb.remote.addr, tcb.remote.port),
    recvQ: listening ? (listener?.acceptQueue.length ?? 0) : tcb.rcvBuf.length,
    sendQ: listening ? (listener?.backlog ?? 0) : tcb.sndBuf.length,
    ino: tcb.ino,
  };
}

function clampBacklog(backlog: number): number {
  return backlog < 0 || backlog > SOMAXCONN ? SOMAXCONN : backlog;
}
