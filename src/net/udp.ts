/**
 * UDP sockets (RFC 768) with Linux's behaviour: datagram boundaries kept, a
 * short read truncates (the rest is lost; MSG_TRUNC reports the full size),
 * a full receive buffer drops, and an ICMP port unreachable is reported as
 * ECONNREFUSED to a *connected* socket by its next call (net/ipv4/udp.c,
 * __udp4_lib_err: unconnected sockets hear nothing without IP_RECVERR).
 */
import { EACCES, EADDRNOTAVAIL, EAFNOSUPPORT, EAGAIN, ECONNREFUSED, EDESTADDRREQ, EINVAL, EMSGSIZE,
  ENETUNREACH, ENOPROTOOPT, ENOTCONN, EOPNOTSUPP } from '../abi/errno.ts';
import { POLLERR, POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM } from '../abi/poll.ts';
import { AF_INET, MSG_PEEK, SOCK_DGRAM, SOL_SOCKET, SO_ACCEPTCONN, SO_ERROR, SO_RCVBUF, SO_REUSEADDR, SO_REUSEPORT,
  SO_SNDBUF, SO_TYPE } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import type { Caller, OpenFile } from '../kernel/file.ts';
import { WaitQueue } from '../kernel/wait-queue.ts';
import type { Endpoint } from './addr.ts';
import { ANY } from './addr.ts';
import { CommonOptions, inetText, settled } from './sock.ts';
import type { RecvResult, Sock, SockInfo } from './sock.ts';
import type { NetNode, NetStack } from './stack.ts';

export interface Datagram {
  readonly src: Endpoint;
  readonly dst: Endpoint;
  readonly data: Uint8Array;
}

/** Largest UDP payload over IPv4: 65535 - 20 (IP) - 8 (UDP). */
export const UDP_MAX_PAYLOAD = 65507;
/** net.core.rmem_default / wmem_default. */
export const UDP_DEFAULT_BUF = 212992;
/** Buffer accounting charges each queued datagram its length plus this (an skb's overhead, roughly). */
export const UDP_OVERHEAD = 256;

export class UdpSock implements Sock {
  readonly kind = 'socket';
  readonly domain = AF_INET;
  readonly type = SOCK_DGRAM;
  readonly ino: number;
  readonly wq: WaitQueue;
  local: Endpoint = { addr: ANY, port: 0 };
  remote: Endpoint | null = null;
  reuseAddr = false;
  /** SO_REUSEPORT and the uid that bound the socket (see NetStack.conflicts). */
  get reusePort(): boolean {
    return this.opts.get(SO_REUSEPORT) === 1;
  }
  uid = 0;
  rcvbuf = UDP_DEFAULT_BUF;
  sndbuf = UDP_DEFAULT_BUF;
  /** Datagrams dropped because the receive buffer was full. */
  drops = 0;
  private readonly queue: Array<{ from: Endpoint; data: Uint8Array }> = [];
  private queuedBytes = 0;
  private error = 0;
  private shutdownFlags = 0;
  readonly opts = new CommonOptions();

  constructor(private readonly net: NetStack, readonly node: NetNode) {
    this.ino = net.allocIno();
    this.wq = new WaitQueue(net.env.waker);
  }

  bind(addr: SockAddr, caller: Caller): number {
    if (addr.family !== 'inet') return -EAFNOSUPPORT;
    if (this.local.port !== 0) return -EINVAL;
    if (addr.addr !== ANY && !this.node.owns(addr.addr)) return -EADDRNOTAVAIL;
    if (addr.port !== 0 && addr.port < 1024 && caller.euid !== 0) return -EACCES;
    this.uid = caller.euid;
    return this.bindTo(addr.addr, addr.port);
  }

  private bindTo(addr: string, port: number): number {
    if (port === 0) {
      port = this.net.ephemeralPort(this.node, 'udp');
      if (port < 0) return -EAGAIN;
    }
    this.local = { addr, port };
    const r = this.net.bindPort(this.node, 'udp', this, addr, port);
    if (r < 0) {
      this.local = { addr: ANY, port: 0 };
      return r;
    }
    this.node.udpSocks.add(this);
    return 0;
  }

  listen(): number {
    return -EOPNOTSUPP;
  }

  accept(): number {
    return -EOPNOTSUPP;
  }

  /** connect(2) on UDP only records the default peer (and binds); no packet is sent. */
  connect(addr: SockAddr, _nonblock: boolean, _caller: Caller): number {
    if (addr.family !== 'inet') return -EAFNOSUPPORT;
    const dst = addr.addr === ANY ? '127.0.0.1' : addr.addr;
    const r = this.net.route(this.node, dst);
    if (!r) return -ENETUNREACH;
    if (this.local.port === 0) {
      const b = this.bindTo(ANY, 0);
      if (b < 0) return b;
    }
    if (this.local.addr === ANY) this.local = { addr: r.src, port: this.local.port };
    this.remote = { addr: dst, port: addr.port };
    this.error = 0;
    return 0;
  }

  getsockname(): SockAddr {
    return { family: 'inet', addr: this.local.addr, port: this.local.port };
  }

  getpeername(): SockAddr | number {
    return this.remote ? { family: 'inet', ...this.remote } : -ENOTCONN;
  }

  /** sendto(2): one datagram, never partial. A pending ICMP error is reported first. */
  send(data: Uint8Array, _flags: number, addr: SockAddr | undefined, caller: Caller): number {
    if (addr && addr.family !== 'inet') return -EAFNOSUPPORT;
    const dst = addr ? { addr: addr.addr === ANY ? '127.0.0.1' : addr.addr, port: addr.port } : this.remote;
    if (!dst) return -EDESTADDRREQ;
    if (dst.port === 0) return -EINVAL;
    if (data.length > UDP_MAX_PAYLOAD || data.length > this.sndbuf) return -EMSGSIZE;
    const err = this.takeError();
    if (err) return -err;
    const r = this.net.route(this.node, dst.addr);
    if (!r) return -ENETUNREACH;
    if (this.local.port === 0) {
      const b = this.bind({ family: 'inet', addr: ANY, port: 0 }, caller);
      if (b < 0) return b;
    }
    const src = { addr: this.local.addr === ANY ? r.src : this.local.addr, port: this.local.port };
    this.net.outputUdp(this.node, { src, dst, data: data.slice() }, (to, d) => deliverUdp(this.net, to, d));
    return data.length;
  }

  /** recvfrom(2): one datagram per call; a short buffer truncates it. */
  recv(count: number, flags: number): RecvResult | number {
    const d = this.queue[0];
    if (d) {
      if (!(flags & MSG_PEEK)) {
        this.queue.shift();
        this.queuedBytes -= d.data.length + UDP_OVERHEAD;
      }
      return {
        data: d.data.slice(0, count),
        addr: { family: 'inet', addr: d.from.addr, port: d.from.port },
        truncated: d.data.length > count,
        fullLength: d.data.length,
      };
    }
    const err = this.takeError();
    if (err) return -err;
    if (this.shutdownFlags & 1) return { data: new Uint8Array(0) };
    return -EAGAIN;
  }

  /** A datagram for this socket arrives; dropped when the buffer is full. */
  enqueue(from: Endpoint, data: Uint8Array): void {
    const cost = data.length + UDP_OVERHEAD;
    if (this.queuedBytes + cost > this.rcvbuf) {
      this.drops++;
      return;
    }
    this.queue.push({ from, data });
    this.queuedBytes += cost;
    this.wq.wakeAll();
  }

  /** ICMP port unreachable for a datagram we sent to `to` (connected sockets only). */
  icmpUnreachable(to: Endpoint): void {
    if (!this.remote || this.remote.addr !== to.addr || this.remote.port !== to.port) return;
    this.error = ECONNREFUSED;
    this.wq.wakeAll();
  }

  private takeError(): number {
    const e = this.error;
    this.error = 0;
    return e;
  }

  read(_f: OpenFile, count: number, caller: Caller): Uint8Array | number {
    const r = settled(this.opts, caller.pid, 'r', this.net.call(() => this.recv(count, 0)));
    return typeof r === 'number' ? r : r.data;
  }

  write(_f: OpenFile, data: Uint8Array, caller: Caller): number {
    return settled(this.opts, caller.pid, 'w', this.net.call(() => this.send(data, 0, undefined, caller)));
  }

  available(): number {
    return this.queue[0]?.data.length ?? 0;
  }

  shutdown(how: number): number {
    if (how < 0 || how > 2) return -EINVAL;
    this.shutdownFlags |= how + 1;
    this.wq.wakeAll();
    return this.remote ? 0 : -ENOTCONN;
  }

  poll(_f: OpenFile, _caller: Caller): number {
    let mask = POLLOUT | POLLWRNORM;
    if (this.queue.length || this.shutdownFlags & 1) mask |= POLLIN | POLLRDNORM;
    if (this.error) mask |= POLLERR;
    return mask;
  }

  release(_f: OpenFile): void {
    if (this.local.port !== 0) this.net.releasePort(this.node, 'udp', this);
    this.node.udpSocks.delete(this);
  }

  setsockopt(level: number, name: number, value: number): number {
    if (level !== SOL_SOCKET) return -ENOPROTOOPT;
    switch (name) {
      case SO_REUSEADDR:
        this.reuseAddr = value !== 0;
        return 0;
      case SO_SNDBUF:
        this.sndbuf = Math.max(value * 2, 4608);
        return 0;
      case SO_RCVBUF:
        this.rcvbuf = Math.max(value * 2, 2304);
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
    if (level !== SOL_SOCKET) return -ENOPROTOOPT;
    switch (name) {
      case SO_TYPE: return SOCK_DGRAM;
      case SO_ERROR: return this.takeError();
      case SO_ACCEPTCONN: return 0;
      case SO_REUSEADDR: return this.reuseAddr ? 1 : 0;
      case SO_SNDBUF: return this.sndbuf;
      case SO_RCVBUF: return this.rcvbuf;
      default: return this.opts.get(name) ?? -ENOPROTOOPT;
    }
  }

  info(): SockInfo[] {
    return [{
      proto: 'udp',
      type: 'dgram',
      state: this.remote ? 'ESTAB' : 'UNCONN',
      local: inetText(this.local.addr, this.local.port),
      peer: this.remote ? inetText(this.remote.addr, this.remote.port) : '0.0.0.0:*',
      recvQ: this.queue.reduce((n, d) => n + d.data.length, 0),
      sendQ: 0,
      ino: this.ino,
    }];
  }
}

/**
 * Linux udp4_lib_lookup's choice: the socket whose binding matches best - an
 * exact local address beats 0.0.0.0, a matching connected peer beats none;
 * a connected socket never takes datagrams from anyone else.
 */
function lookup(node: NetNode, d: Datagram): UdpSock | null {
  let best: UdpSock | null = null, bestScore = -1;
  for (const s of node.udpSocks) {
    if (s.local.port !== d.dst.port) continue;
    if (s.local.addr !== ANY && s.local.addr !== d.dst.addr) continue;
    if (s.remote && (s.remote.addr !== d.src.addr || s.remote.port !== d.src.port)) continue;
    const score = (s.local.addr === ANY ? 0 : 2) + (s.remote ? 4 : 0);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}

/** A datagram reaches `node`: queue it, or answer ICMP port unreachable. */
export function deliverUdp(net: NetStack, node: NetNode, d: Datagram): void {
  const s = lookup(node, d);
  if (s) return s.enqueue(d.src, d.data);
  net.outputIcmp(node, d.dst, d.src, `udp port ${d.dst.port} unreachable`, (back) => {
    for (const sender of back.udpSocks) {
      if (sender.local.port === d.src.port) sender.icmpUnreachable(d.dst);
    }
  });
}
