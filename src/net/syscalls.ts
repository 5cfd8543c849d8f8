/**
 * The socket system calls, one function each (src/abi/sys.ts): argument
 * checks here, mechanism in the socket classes. Every function takes
 * `(net, file, caller, nonblock, ...args)`: `file` is the open file the fd
 * refers to (null for socket/socketpair/resolve), `nonblock` is O_NONBLOCK
 * of that file.
 *
 * Blocking contract with the kernel: a function returns -EAGAIN when the
 * call cannot proceed now. If `mustPark(result, nonblock, flags)` is true the
 * kernel parks the caller on `file.ops.wq` and issues the same call again
 * when woken; otherwise -EAGAIN goes to the guest. connect() of a blocking
 * socket therefore answers -EAGAIN while the handshake is in flight and the
 * final result (0 or -ECONNREFUSED, -ETIMEDOUT ...) on a later re-issue.
 */
import { EAFNOSUPPORT, EAGAIN, EBADF, EINVAL, ENOTSOCK, EPERM, EPROTONOSUPPORT, ESOCKTNOSUPPORT,
  EOPNOTSUPP } from '../abi/errno.ts';
import { AF_INET, AF_INET6, AF_UNIX, IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, MSG_DONTWAIT, SOCK_CLOEXEC, SOCK_DGRAM,
  SOCK_NONBLOCK, SOCK_RAW, SOCK_STREAM } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import type { Caller, OpenFile } from '../kernel/file.ts';
import { isSock } from './sock.ts';
import type { RecvResult, Sock, SockInfo } from './sock.ts';
import type { NetStack } from './stack.ts';
import { TcpSock, tcbInfo } from './tcp-socket.ts';
import { UdpSock } from './udp.ts';
import { icmpSocket } from './icmp.ts';
import { unixRegistry, UnixSock } from './unix.ts';
import type { PacketEvent, PacketListener } from './packet-log.ts';

/** True when the kernel must park the caller and re-issue the call later. */
export function mustPark(result: unknown, nonblock: boolean, flags = 0): boolean {
  return result === -EAGAIN && !nonblock && !(flags & MSG_DONTWAIT);
}

function sockOf(file: OpenFile | null): Sock | number {
  if (!file) return -EBADF;
  return isSock(file.ops) ? file.ops : -ENOTSOCK;
}

/** socket(2). The flags SOCK_NONBLOCK/SOCK_CLOEXEC in `type` are the kernel's to apply to the OpenFile. */
export function socket(net: NetStack, _file: null, caller: Caller, _nonblock: boolean,
  domain: number, type: number, protocol: number): Sock | number {
  const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (domain === AF_INET) {
    if (base === SOCK_STREAM) {
      if (protocol !== 0 && protocol !== IPPROTO_TCP) return -EPROTONOSUPPORT;
      return new TcpSock(net, net.machine, net.newTcb(net.machine));
    }
    if (base === SOCK_DGRAM) {
      if (protocol === IPPROTO_ICMP) return icmpSocket(net, SOCK_DGRAM, caller);
      if (protocol !== 0 && protocol !== IPPROTO_UDP) return -EPROTONOSUPPORT;
      return new UdpSock(net, net.machine);
    }
    if (base === SOCK_RAW) {
      if (caller.euid !== 0) return -EPERM;
      return protocol === IPPROTO_ICMP ? icmpSocket(net, SOCK_RAW, caller) : -EPROTONOSUPPORT;
    }
    return -ESOCKTNOSUPPORT;
  }
  if (domain === AF_UNIX) {
    if (base !== SOCK_STREAM && base !== SOCK_DGRAM) return -ESOCKTNOSUPPORT;
    if (protocol !== 0) return -EPROTONOSUPPORT;
    return new UnixSock(unixRegistry(net), base);
  }
  if (domain === AF_INET6) return -EAFNOSUPPORT; // the machine speaks IPv4 only
  return -EAFNOSUPPORT;
}

/** socketpair(2): AF_UNIX only, as on Linux (AF_INET gives EOPNOTSUPP). */
export function socketpair(net: NetStack, _file: null, _caller: Caller, _nonblock: boolean,
  domain: number, type: number, protocol: number): [Sock, Sock] | number {
  const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (domain === AF_INET) return -EOPNOTSUPP;
  if (domain !== AF_UNIX) return -EAFNOSUPPORT;
  if (base !== SOCK_STREAM && base !== SOCK_DGRAM) return -ESOCKTNOSUPPORT;
  if (protocol !== 0) return -EPROTONOSUPPORT;
  return UnixSock.pair(unixRegistry(net), base);
}

export function bind(net: NetStack, file: OpenFile | null, caller: Caller, _nonblock: boolean, addr: SockAddr): number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : net.call(() => s.bind(addr, caller));
}

export function listen(net: NetStack, file: OpenFile | null, _caller: Caller, _nonblock: boolean, backlog: number): number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : net.call(() => s.listen(backlog));
}

/** accept(2): the kernel wraps `sock` in a new OpenFile (flags from accept4's SOCK_NONBLOCK/CLOEXEC). */
export function accept(net: NetStack, file: OpenFile | null, _caller: Caller, _nonblock: boolean):
  { sock: Sock; addr: SockAddr } | number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : net.call(() => s.accept());
}

export function connect(net: NetStack, file: OpenFile | null, caller: Caller, nonblock: boolean, addr: SockAddr): number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : net.call(() => s.connect(addr, nonblock, caller));
}

export function getsockname(_net: NetStack, file: OpenFile | null, _caller: Caller, _nonblock: boolean): SockAddr | number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : s.getsockname();
}

export function getpeername(_net: NetStack, file: OpenFile | null, _caller: Caller, _nonblock: boolean): SockAddr | number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : s.getpeername();
}

/** sendto(2)/send(2). Partial counts are possible; the kernel continues a blocking send with the rest. */
export function sendto(net: NetStack, file: OpenFile | null, caller: Caller, _nonblock: boolean,
  data: Uint8Array, flags: number, addr?: SockAddr): number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : net.call(() => s.send(data, flags, addr, caller));
}

/** recvfrom(2)/recv(2). With MSG_TRUNC a datagram's full length is in `fullLength`. */
export function recvfrom(net: NetStack, file: OpenFile | null, _caller: Caller, _nonblock: boolean,
  count: number, flags: number): RecvResult | number {
  const s = sockOf(file);
  if (typeof s === 'number') return s;
  if (count < 0) return -EINVAL;
  return net.call(() => s.recv(count, flags));
}

export function shutdown(net: NetStack, file: OpenFile | null, _caller: Caller, _nonblock: boolean, how: number): number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : net.call(() => s.shutdown(how));
}

export function setsockopt(_net: NetStack, file: OpenFile | null, _caller: Caller, _nonblock: boolean,
  level: number, name: number, value: number): number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : s.setsockopt(level, name, value);
}

export function getsockopt(_net: NetStack, file: OpenFile | null, _caller: Caller, _nonblock: boolean,
  level: number, name: number): number {
  const s = sockOf(file);
  return typeof s === 'number' ? s : s.getsockopt(level, name);
}

/** Host name to IPv4 addresses: /etc/hosts, then the simulated DNS; EAI_NONAME (-2) when unknown. */
export function resolve(net: NetStack, _file: null, _caller: Caller, _nonblock: boolean, name: string): string[] | number {
  return net.resolver.resolve(name);
}

/**
 * Every socket of the machine for `ss`: open sockets (from `open`, the
 * kernel's list of socket files, so each line carries an inode the kernel
 * maps to pids) plus orphaned TCP blocks (FIN-WAIT, TIME-WAIT) and
 * not-yet-accepted connections, which belong to no file.
 */
export function snapshot(net: NetStack, open: Iterable<Sock>): SockInfo[] {
  const out: SockInfo[] = [];
  const seen = new Set<object>();
  for (const s of open) {
    if (s instanceof TcpSock) seen.add(s.tcb);
    out.push(...s.info());
  }
  for (const tcb of net.machine.tcpConns.values()) {
    if (!seen.has(tcb)) out.push(tcbInfo(tcb, null));
  }
  return out;
}

/** Subscribe to the packet log (tcpdump, inspector); returns the unsubscribe function. */
export function subscribePackets(net: NetStack, listener: PacketListener): () => void {
  return net.log.subscribe(listener);
}

/** Packets still held by the log after event `afterId`. */
export function recentPackets(net: NetStack, afterId = 0): PacketEvent[] {
  return net.log.since(afterId);
}
