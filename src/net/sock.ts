/**
 * What every socket offers beyond FileOps: the BSD socket calls. The syscall
 * layer (syscalls.ts) checks arguments and calls these; TCP, UDP and Unix
 * sockets implement them. Like FileOps, they never block: -EAGAIN means
 * "would block" and the kernel parks a blocking caller on `wq`.
 */
import { EAGAIN } from '../abi/errno.ts';
import type { SockAddr } from '../abi/sys.ts';
import type { Caller, FileOps } from '../kernel/file.ts';
import { SO_BROADCAST, SO_DEBUG, SO_DONTROUTE, SO_KEEPALIVE, SO_LINGER, SO_OOBINLINE, SO_RCVLOWAT, SO_RCVTIMEO,
  SO_REUSEPORT, SO_SNDLOWAT, SO_SNDTIMEO } from '../abi/socket.ts';

/** One line of `ss`: a socket as the kernel's tables hold it. */
export interface SockInfo {
  readonly proto: 'tcp' | 'udp' | 'unix';
  readonly type: 'stream' | 'dgram';
  /** ss state names: LISTEN, ESTAB, SYN-SENT, SYN-RECV, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT, UNCONN. */
  readonly state: string;
  /** "127.0.0.1:8080", "0.0.0.0:*" style; a path (or "*") for Unix sockets. */
  readonly local: string;
  readonly peer: string;
  /** Bytes not yet read (LISTEN: connections waiting for accept). */
  readonly recvQ: number;
  /** Bytes not yet acknowledged (LISTEN: the backlog). */
  readonly sendQ: number;
  /** Socket inode (socket:[N] in /proc/PID/fd); 0 for orphans such as TIME-WAIT. */
  readonly ino: number;
}

export interface RecvResult {
  data: Uint8Array;
  addr?: SockAddr;
  /** MSG_TRUNC: the datagram was longer than asked (for recvmsg's msg_flags). */
  truncated?: boolean;
  /** Full length of the datagram (what recv returns with MSG_TRUNC in flags). */
  fullLength?: number;
}

export interface Sock extends FileOps {
  readonly kind: 'socket';
  /** SOL_SOCKET options, with the SO_RCVTIMEO/SO_SNDTIMEO clocks (absent: no timeouts). */
  readonly opts?: CommonOptions;
  readonly ino: number;
  readonly domain: number;
  readonly type: number;
  bind(addr: SockAddr, caller: Caller): number;
  listen(backlog: number): number;
  accept(): { sock: Sock; addr: SockAddr } | number;
  /** -EINPROGRESS (non-blocking start), -EAGAIN (blocking caller: park, re-issue), 0 or -errno. */
  connect(addr: SockAddr, nonblock: boolean, caller: Caller): number;
  getsockname(): SockAddr | number;
  getpeername(): SockAddr | number;
  send(data: Uint8Array, flags: number, addr: SockAddr | undefined, caller: Caller): number;
  recv(count: number, flags: number): RecvResult | number;
  shutdown(how: number): number;
  setsockopt(level: number, name: number, value: number): number;
  getsockopt(level: number, name: number): number;
  info(): SockInfo[];
}

export function isSock(ops: FileOps): ops is Sock {
  return ops.kind === 'socket' && typeof (ops as Partial<Sock>).bind === 'function';
}

/** One tick of Linux's clock (CONFIG_HZ=250): socket timeouts are kept in whole ticks, rounded up. */
const JIFFY_US = 4000;

/** SOL_SOCKET options every socket keeps but whose meaning lies elsewhere (kernel timeouts) or nowhere yet. */
export class CommonOptions {
  private readonly values = new Map<number, number>([[SO_RCVLOWAT, 1], [SO_SNDLOWAT, 1]]);
  private static readonly KNOWN = new Set([SO_DEBUG, SO_DONTROUTE, SO_BROADCAST, SO_KEEPALIVE, SO_OOBINLINE,
    SO_LINGER, SO_REUSEPORT, SO_RCVLOWAT, SO_SNDLOWAT, SO_RCVTIMEO, SO_SNDTIMEO]);

  /** Deadlines of blocking calls under way, by "pid:r" / "pid:w" (see waitUntil). */
  private readonly waits = new Map<string, number>();

  /**
   * True when handled. Boolean options read back as 0/1; SO_RCVTIMEO and
   * SO_SNDTIMEO are microseconds (0: none); SO_LINGER is 0 when off, else
   * 1 + the linger time in seconds.
   */
  set(name: number, value: number): boolean {
    if (!CommonOptions.KNOWN.has(name)) return false;
    const bool = name !== SO_RCVTIMEO && name !== SO_SNDTIMEO && name !== SO_RCVLOWAT && name !== SO_SNDLOWAT && name !== SO_LINGER;
    if (name === SO_RCVTIMEO || name === SO_SNDTIMEO) value = Math.max(0, Math.ceil(value / JIFFY_US) * JIFFY_US);
    this.values.set(name, bool ? (value ? 1 : 0) : value);
    return true;
  }

  get(name: number): number | undefined {
    if (!CommonOptions.KNOWN.has(name)) return undefined;
    return this.values.get(name) ?? 0;
  }

  /**
   * SO_RCVTIMEO ('r') / SO_SNDTIMEO ('w') for a blocking call of `pid` that
   * must wait at `nowNs`: the deadline to wait until (the first wait of the
   * call starts the clock), 'expired' once it has passed (the call fails
   * with EAGAIN, Linux sock_rcvtimeo), or null when no timeout is set.
   */
  waitUntil(pid: number, dir: 'r' | 'w', nowNs: number): number | 'expired' | null {
    const us = this.values.get(dir === 'r' ? SO_RCVTIMEO : SO_SNDTIMEO) ?? 0;
    if (us <= 0) return null;
    const key = `${pid}:${dir}`;
    let at = this.waits.get(key);
    if (at === undefined) this.waits.set(key, (at = nowNs + us * 1000));
    if (nowNs < at) return at;
    this.waits.delete(key);
    return 'expired';
  }

  /** The call of `pid` in direction `dir` is over (done, failed or interrupted): its clock stops. */
  settle(pid: number, dir: 'r' | 'w'): void {
    if (this.waits.size) this.waits.delete(`${pid}:${dir}`);
  }
}

/** `r` as a socket call returned it; anything but -EAGAIN ends the caller's SO_*TIMEO clock. */
export function settled<T>(opts: CommonOptions, pid: number, dir: 'r' | 'w', r: T): T {
  if (r !== -EAGAIN) opts.settle(pid, dir);
  return r;
}

export function inetText(addr: string, port: number): string {
  return `${addr}:${port === 0 ? '*' : port}`;
}
