/**
 * ICMP echo (RFC 792) and the sockets that speak it. Every node answers an
 * echo request with an echo reply (Linux icmp_echo: same identifier,
 * sequence and data, source = the address the request was sent to). On the
 * machine, two kinds of socket see ICMP:
 *
 * - ping sockets, socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP) (net/ipv4/ping.c):
 *   open to every user (Debian's net.ipv4.ping_group_range is 0-2147483647).
 *   send() takes an ICMP echo request (type 8, code 0, at least 8 bytes); the
 *   kernel writes the socket's identifier (its "port", chosen from a rover
 *   1, 2, 3 ... on first use) and the checksum. recv() returns the echo
 *   replies carrying that identifier, ICMP header first, no IP header.
 * - raw sockets, socket(AF_INET, SOCK_RAW, IPPROTO_ICMP), root only
 *   (net/ipv4/raw.c): send() transmits the message as given (the sender
 *   computes the checksum; a wrong one makes the receiver drop it); recv()
 *   returns every ICMP packet reaching the machine, IPv4 header included.
 */
import { EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EAGAIN, EDESTADDRREQ, EINVAL, EMSGSIZE, ENETUNREACH,
  ENOPROTOOPT, ENOTCONN, EOPNOTSUPP, EPERM } from '../abi/errno.ts';
import { POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM } from '../abi/poll.ts';
import { AF_INET, MSG_PEEK, SOCK_DGRAM, SOCK_RAW, SOL_SOCKET, SO_ERROR, SO_RCVBUF, SO_SNDBUF,
  SO_TYPE } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import type { Caller, OpenFile } from '../kernel/file.ts';
import { WaitQueue } from '../kernel/wait-queue.ts';
import type { Endpoint } from './addr.ts';
import { ANY, parseIPv4 } from './addr.ts';
import { CommonOptions, settled } from './sock.ts';
import type { RecvResult, Sock, SockInfo } from './sock.ts';
import type { NetNode, NetStack } from './stack.ts';
import { UDP_DEFAULT_BUF, UDP_MAX_PAYLOAD, UDP_OVERHEAD } from './udp.ts';

export const ICMP_ECHOREPLY = 0, ICMP_ECHO = 8;
/** Linux's default IP TTL (net.ipv4.ip_default_ttl). */
export const DEFAULT_TTL = 64;
const IPPROTO_IP = 0, IP_TTL = 2, IP_RECVERR = 11, IP_RECVTTL = 12;

/** RFC 1071 Internet checksum of `b` (with its checksum field as it is). */
export function inetChecksum(b: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < b.length; i += 2) s += (b[i]! << 8) | (b[i + 1] ?? 0);
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}

/** Set the checksum field (bytes 2-3) of an ICMP message in place. */
export function fillChecksum(msg: Uint8Array): void {
  msg[2] = 0;
  msg[3] = 0;
  const ck = inetChecksum(msg);
  msg[2] = ck >>> 8;
  msg[3] = ck & 255;
}

/** An ICMP message in flight: addresses and the message bytes (header + data). */
export interface IcmpPacket {
  readonly src: string;
  readonly dst: string;
  readonly msg: Uint8Array;
  /** IP time to live it was sent with (IP_TTL; 64 by default). */
  readonly ttl?: number;
}

const u16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);

/** What tcpdump shows after "ICMP ". */
export function icmpNote(msg: Uint8Array): string {
  const type = msg[0] ?? 0;
  if (type === ICMP_ECHO || type === ICMP_ECHOREPLY) {
    return `echo ${type === ICMP_ECHO ? 'request' : 'reply'}, id ${u16(msg, 4)}, seq ${u16(msg, 6)}`;
  }
  return `type-#${type}`;
}

/** Per-stack ICMP state: the machine's ICMP sockets and the ping identifier rover. */
interface IcmpTable {
  socks: Set<IcmpSock>;
  rover: number;
}

const tables = new WeakMap<NetStack, IcmpTable>();

function table(net: NetStack): IcmpTable {
  let t = tables.get(net);
  if (!t) tables.set(net, (t = { socks: new Set(), rover: 0 }));
  return t;
}

/** Send `p` from `node`: logged, then delivered after the link latency (ENETUNREACH: caller checked the route). */
export function outputIcmpPacket(net: NetStack, node: NetNode, p: IcmpPacket): void {
  net.outputIcmp(node, { addr: p.src, port: 0 }, { addr: p.dst, port: 0 }, icmpNote(p.msg),
    (to) => deliverIcmp(net, to, p), p.msg.slice(8));
}

/** An ICMP packet reaches `node`: raw sockets get a copy, an echo request is answered, a reply finds its ping socket. */
export function deliverIcmp(net: NetStack, node: NetNode, p: IcmpPacket): void {
  if (p.msg.length < 8 || inetChecksum(p.msg) !== 0) return; // icmp_rcv drops bad checksums
  // Every path is one link (or lo): packets arrive with the TTL they were sent with.
  const ttl = p.ttl ?? DEFAULT_TTL;
  if (node === net.machine) {
    for (const s of table(net).socks) if (s.type === SOCK_RAW) s.rawArrives(p, ttl);
  }
  const type = p.msg[0];
  if (type === ICMP_ECHO && p.msg[1] === 0) {
    const reply = p.msg.slice();
    reply[0] = ICMP_ECHOREPLY;
    fillChecksum(reply);
    outputIcmpPacket(net, node, { src: p.dst, dst: p.src, msg: reply });
    return;
  }
  if (type === ICMP_ECHOREPLY && node === net.machine) {
    const id = u16(p.msg, 4);
    for (const s of table(net).socks) {
      if (s.type === SOCK_DGRAM && s.local.port === id && (s.local.addr === ANY || s.local.addr === p.dst)) {
        s.enqueue(p.src, p.msg, ttl);
        return;
      }
    }
  }
}

/** IPv4 header (20 bytes) for a raw socket's view of `p`. */
function ipHeader(p: IcmpPacket, ttl: number): Uint8Array {
  const h = new Uint8Array(20);
  const total = 20 + p.msg.length;
  h.set([0x45, 0, total >>> 8, total & 255, 0, 0, 0x40, 0, ttl, 1]);
  const put = (at: number, a: string): void => {
    const v = parseIPv4(a) ?? 0;
    h.set([v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255], at);
  };
  put(12, p.src);
  put(16, p.dst);
  const ck = inetChecksum(h);
  h[10] = ck >>> 8;
  h[11] = ck & 255;
  return h;
}

interface Queued {
  from: string;
  data: Uint8Array;
  ttl: number;
}

export class IcmpSock implements Sock {
  readonly kind = 'socket';
  readonly domain = AF_INET;
  readonly ino: number;
  readonly wq: WaitQueue;
  /** Bound address; for a ping socket `port` is its echo identifier (0 until bound). */
  local: Endpoint = { addr: ANY, port: 0 };
  remote: string | null = null;
  rcvbuf = UDP_DEFAULT_BUF;
  sndbuf = UDP_DEFAULT_BUF;
  ttl = DEFAULT_TTL;
  drops = 0;
  private readonly queue: Queued[] = [];
  private queuedBytes = 0;
  private shutdownFlags = 0;
  readonly opts = new CommonOptions();
  private readonly ipOpts = new Map<number, number>();

  constructor(private readonly net: NetStack, readonly node: NetNode, readonly type: typeof SOCK_DGRAM | typeof SOCK_RAW) {
    this.ino = net.allocIno();
    this.wq = new WaitQueue(net.env.waker);
    table(net).socks.add(this);
  }

  /** bind(2): the address, and for a ping socket the identifier (port 0: the next free one). */
  bind(addr: SockAddr, _caller: Caller): number {
    if (addr.family !== 'inet') return -EAFNOSUPPORT;
    if (this.local.port !== 0 || (this.type === SOCK_RAW && this.local.addr !== ANY)) return -EINVAL;
    if (addr.addr !== ANY && !this.node.owns(addr.addr)) return -EADDRNOTAVAIL;
    if (this.type === SOCK_RAW) {
      this.local = { addr: addr.addr, port: 0 };
      return 0;
    }
    const id = addr.port === 0 ? this.freeIdent() : this.identFree(addr.port) ? addr.port : -EADDRINUSE;
    if (id < 0) return id;
    this.local = { addr: addr.addr, port: id };
    return 0;
  }

  private identFree(id: number): boolean {
    for (const s of table(this.net).socks) if (s !== this && s.type === SOCK_DGRAM && s.local.port === id) return false;
    return true;
  }

  /** ping_get_port: the rover's next identifier not in use (never 0). */
  private freeIdent(): number {
    const t = table(this.net);
    for (let i = 0; i < 65536; i++) {
      const id = ((t.rover + 1 + i) & 0xffff) || 1;
      if (this.identFree(id)) return (t.rover = id);
    }
    return -EAGAIN;
  }

  listen(): number {
    return -EOPNOTSUPP;
  }

  accept(): number {
    return -EOPNOTSUPP;
  }

  /** connect(2): remember the peer; no packet is sent. */
  connect(addr: SockAddr, _nonblock: boolean, caller: Caller): number {
    if (addr.family !== 'inet') return -EAFNOSUPPORT;
    const dst = addr.addr === ANY ? '127.0.0.1' : addr.addr;
    const r = this.net.route(this.node, dst);
    if (!r) return -ENETUNREACH;
    if (this.type === SOCK_DGRAM && this.local.port === 0) {
      const b = this.bind({ family: 'inet', addr: ANY, port: 0 }, caller);
      if (b < 0) return b;
    }
    this.remote = dst;
    return 0;
  }

  getsockname(): SockAddr {
    return { family: 'inet', addr: this.local.addr, port: this.local.port };
  }

  getpeername(): SockAddr | number {
    return this.remote ? { family: 'inet', addr: this.remote, port: 0 } : -ENOTCONN;
  }

  /** sendto(2): one ICMP message. */
  send(data: Uint8Array, _flags: number, addr: SockAddr | undefined, caller: Caller): number {
    if (addr && addr.family !== 'inet') return -EAFNOSUPPORT;
    const dst = addr ? (addr.addr === ANY ? '127.0.0.1' : addr.addr) : this.remote;
    if (!dst) return -EDESTADDRREQ;
    if (data.length > UDP_MAX_PAYLOAD || data.length > this.sndbuf) return -EMSGSIZE;
    if (this.type === SOCK_DGRAM && (data.length < 8 || data[0] !== ICMP_ECHO || data[1] !== 0)) return -EINVAL;
    const r = this.net.route(this.node, dst);
    if (!r) return -ENETUNREACH;
    const msg = data.slice();
    if (this.type === SOCK_DGRAM) {
      if (this.local.port === 0) {
        const b = this.bind({ family: 'inet', addr: ANY, port: 0 }, caller);
        if (b < 0) return b;
      }
      msg[4] = this.local.port >>> 8;
      msg[5] = this.local.port & 255;
      fillChecksum(msg);
    }
    const src = this.local.addr === ANY ? r.src : this.local.addr;
    outputIcmpPacket(this.net, this.node, { src, dst, msg, ttl: this.ttl });
    return data.length;
  }

  recv(count: number, flags: number): RecvResult | number {
    const d = this.queue[0];
    if (!d) return this.shutdownFlags & 1 ? { data: new Uint8Array(0) } : -EAGAIN;
    if (!(flags & MSG_PEEK)) {
      this.queue.shift();
      this.queuedBytes -= d.data.length + UDP_OVERHEAD;
    }
    return {
      data: d.data.slice(0, count),
      addr: { family: 'inet', addr: d.from, port: 0 },
      truncated: d.data.length > count,
      fullLength: d.data.length,
    };
  }

  /** Queue a message for recv (dropped when the buffer is full). */
  enqueue(from: string, data: Uint8Array, ttl: number): void {
    const cost = data.length + UDP_OVERHEAD;
    if (this.queuedBytes + cost > this.rcvbuf) {
      this.drops++;
      return;
    }
    this.queue.push({ from, data: data.slice(), ttl });
    this.queuedBytes += cost;
    this.wq.wakeAll();
  }

  /** A raw socket's copy of an arriving packet, with the IPv4 header in front (raw_v4_input). */
  rawArrives(p: IcmpPacket, ttl: number): void {
    if (this.local.addr !== ANY && this.local.addr !== p.dst) return;
    if (this.remote && this.remote !== p.src) return;
    const b = new Uint8Array(20 + p.msg.length);
    b.set(ipHeader(p, ttl));
    b.set(p.msg, 20);
    this.enqueue(p.src, b, ttl);
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
    return mask;
  }

  release(_f: OpenFile): void {
    table(this.net).socks.delete(this);
  }

  setsockopt(level: number, name: number, value: number): number {
    if (level === IPPROTO_IP) {
      if (name === IP_TTL) {
        if (value < -1 || value === 0 || value > 255) return -EINVAL;
        this.ttl = value === -1 ? DEFAULT_TTL : value;
        return 0;
      }
      if (name === IP_RECVERR || name === IP_RECVTTL) {
        this.ipOpts.set(name, value ? 1 : 0);
        return 0;
      }
      return -ENOPROTOOPT;
    }
    if (level !== SOL_SOCKET) return -ENOPROTOOPT;
    if (name === SO_SNDBUF) this.sndbuf = Math.max(value * 2, 4608);
    else if (name === SO_RCVBUF) this.rcvbuf = Math.max(value * 2, 2304);
    else if (name === SO_TYPE || name === SO_ERROR) return -ENOPROTOOPT;
    else if (!this.opts.set(name, value)) return -ENOPROTOOPT;
    return 0;
  }

  getsockopt(level: number, name: number): number {
    if (level === IPPROTO_IP) {
      if (name === IP_TTL) return this.ttl;
      return this.ipOpts.get(name) ?? -ENOPROTOOPT;
    }
    if (level !== SOL_SOCKET) return -ENOPROTOOPT;
    switch (name) {
      case SO_TYPE: return this.type;
      case SO_ERROR: return 0;
      case SO_SNDBUF: return this.sndbuf;
      case SO_RCVBUF: return this.rcvbuf;
      default: return this.opts.get(name) ?? -ENOPROTOOPT;
    }
  }

  /** ss lists ICMP sockets only with -w/-0 (not supported): none here. */
  info(): SockInfo[] {
    return [];
  }
}

/** socket(AF_INET, SOCK_DGRAM or SOCK_RAW, IPPROTO_ICMP) for `caller`: raw needs root (CAP_NET_RAW). */
export function icmpSocket(net: NetStack, type: typeof SOCK_DGRAM | typeof SOCK_RAW, caller: Caller): IcmpSock | number {
  if (type === SOCK_RAW && caller.euid !== 0) return -EPERM;
  return new IcmpSock(net, net.machine, type);
}
