/**
 * The network stack: nodes (the machine and simulated hosts), routing over
 * the links between them, port tables, the packet log, and delivery of every
 * segment and datagram at `now + latency` through the network's timer queue.
 */
import { EADDRINUSE, EAGAIN } from '../abi/errno.ts';
import type { Waker } from '../kernel/wait-queue.ts';
import type { Endpoint } from './addr.ts';
import { ANY, connKey, isLoopback } from './addr.ts';
import { Link, route, type Route } from './link.ts';
import { IfStats } from './ifstats.ts';
import { PacketLog } from './packet-log.ts';
import type { PacketEvent } from './packet-log.ts';
import { Resolver } from './resolver.ts';
import type { Segment } from './segment.ts';
import { flagText, resetFor } from './segment.ts';
import { Tcb, TCP_DEFAULTS } from './tcp.ts';
import type { TcpConfig, TcpHost } from './tcp.ts';
import type { Listener } from './tcp-listen.ts';
import { NetTimers } from './timers.ts';
import type { Datagram, UdpSock } from './udp.ts';
import type { UnixRegistry } from './unix.ts';
import { LIMITS } from '../abi/limits.ts';

/** What the kernel provides to the network. */
export interface NetEnv {
  nowNs(): number;
  setTimer(atNs: number, cb: () => void): number;
  clearTimer(id: number): void;
  random32(): number;
  kill(pid: number, sig: number): void;
  waker: Waker;
  readFile(path: string): string | null;
  /**
   * Create a socket inode at `path` for bind() of a Unix socket: its inode
   * number, or -EADDRINUSE (exists), -ENOENT, -EACCES ... as mknod would.
   * A relative `path` is taken from `cwd` (the caller's working directory).
   */
  bindSocketPath?(path: string, uid: number, gid: number, cwd?: string): number;
  /** Inode number of the socket file at `path` for connect(): -ENOENT, -ECONNREFUSED (not a socket), -EACCES. */
  lookupSocketPath?(path: string, uid: number, gid: number, cwd?: string): number;
}

export interface NetOptions {
  /** The machine's address on eth0 (default 192.0.2.2, see link.ts). */
  machineAddr?: string;
  /** One-way latency of the loopback interface (default 0: delivered as the sending call returns, as Linux). */
  loLatencyNs?: number;
  tcp?: Partial<TcpConfig>;
  logCapacity?: number;
}

/** Anything that holds a port: a TCP block or a UDP socket. */
export interface PortOwner {
  readonly local: Endpoint;
  readonly reuseAddr: boolean;
  /** SO_REUSEPORT, and the effective uid that bound the socket (only the same uid may share). */
  readonly reusePort?: boolean;
  readonly uid?: number;
  /** TCP state name; a LISTEN owner never shares its port. */
  readonly state?: string;
}

export type Proto = 'tcp' | 'udp';

/** A place on the network with its own addresses, ports and sockets. */
export class NetNode {
  readonly tcpConns = new Map<string, Tcb>();
  readonly listeners = new Set<Listener>();
  readonly udpSocks = new Set<UdpSock>();
  readonly ports: Record<Proto, Map<number, Set<PortOwner>>> = { tcp: new Map(), udp: new Map() };
  readonly tcpHost: TcpHost;
  /**
   * Who is told when this node's sockets change (null: the kernel). A
   * simulated host sets its own, so its services run as event callbacks.
   */
  waker: Waker | null = null;

  constructor(
    readonly name: string,
    /** Addresses of this node; the first is its source address on eth0. */
    readonly addrs: string[],
    readonly isMachine: boolean,
    /** One-way latency between this host and the machine (hosts only). */
    public latencyNs: number,
    net: NetStack,
  ) {
    this.tcpHost = net.makeTcpHost(this);
  }

  /** True when `addr` is one of ours (for the machine: all of 127/8 too). */
  owns(addr: string): boolean {
    return (this.isMachine && isLoopback(addr)) || this.addrs.includes(addr);
  }
}

function noop(): void {}

function overlap(a: string, b: string): boolean {
  return a === b || a === ANY || b === ANY;
}

export class NetStack {
  readonly log: PacketLog;
  readonly timers: NetTimers;
  readonly config: TcpConfig;
  readonly link: Link;
  readonly machine: NetNode;
  readonly hosts: NetNode[] = [];
  readonly resolver: Resolver;
  /** Bytes and packets per interface (/proc/net/dev). */
  readonly ifStats: IfStats;
  /** Unix-domain sockets by bound inode (set by unix.ts on first use). */
  unix: UnixRegistry | null = null;
  private nextIno = 1;
  private nextEphemeral: Record<Proto, number>;
  /** Depth of socket calls under way (see `batch`). */
  private depth = 0;
  /** Loopback deliveries waiting for the outermost socket call to finish. */
  private loQueue: Array<() => void> = [];
  private loHead = 0;

  constructor(readonly env: NetEnv, opts: NetOptions = {}) {
    this.log = new PacketLog(opts.logCapacity);
    this.timers = new NetTimers(env);
    this.config = { ...TCP_DEFAULTS, ...opts.tcp };
    this.link = new Link(opts.machineAddr, opts.loLatencyNs);
    this.machine = new NetNode('machine', [this.link.machineAddr], true, 0, this);
    this.ifStats = new IfStats(this.log, (a) => this.machine.owns(a));
    this.resolver = new Resolver((p) => env.readFile(p));
    const span = LIMITS.ephemeralHigh - LIMITS.ephemeralLow + 1;
    const start = LIMITS.ephemeralLow + (env.random32() % span);
    this.nextEphemeral = { tcp: start, udp: start };
  }

  /**
   * Run one socket call (or timer) and then everything it sent over the
   * loopback interface. Linux delivers loopback packets in the softirq that
   * runs as the sending syscall returns, so the peer's queue holds the bytes
   * by the time send() is back; the control blocks here are not re-entrant,
   * so the deliveries wait until the outermost call is done. Returns what
   * `fn` returned.
   */
  batch<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
      if (this.depth === 0) this.drainLoopback();
    }
  }

  /**
   * One socket call as `batch` runs it; a call that would block (-EAGAIN)
   * is tried once more when its own loopback deliveries may have changed
   * the answer (a connect whose handshake completed, a send whose ACKs
   * came back), as a Linux caller woken before it slept would.
   */
  call<T>(fn: () => T): T {
    const outer = this.depth === 0;
    let queued = false;
    const r = this.batch(() => {
      const x = fn();
      queued = this.loHead < this.loQueue.length;
      return x;
    });
    return outer && queued && r === -EAGAIN ? this.batch(fn) : r;
  }

  /** Schedule a delivery `latencyNs` from now; 0 means at the end of the current socket call. */
  private deliverAfter(latencyNs: number, cb: () => void): void {
    if (latencyNs > 0) {
      this.timers.at(this.env.nowNs() + latencyNs, () => this.batch(cb));
      return;
    }
    this.loQueue.push(cb);
    if (this.depth === 0) this.timers.at(this.env.nowNs(), () => this.batch(() => undefined));
  }

  private drainLoopback(): void {
    this.depth++;
    try {
      while (this.loHead < this.loQueue.length) {
        const cb = this.loQueue[this.loHead]!;
        this.loQueue[this.loHead++] = noop;
        cb();
      }
    } finally {
      this.loQueue = [];
      this.loHead = 0;
      this.depth--;
    }
  }

  /** A socket inode number (shown as socket:[N] and by ss). */
  allocIno(): number {
    return this.nextIno++;
  }

  /** Add a simulated host at `addr` (on one of the outside subnets) and name it in DNS. */
  addHost(name: string, addr: string, latencyNs?: number): NetNode {
    const node = new NetNode(name, [addr], false, latencyNs ?? this.link.subnetLatency(addr), this);
    this.hosts.push(node);
    this.resolver.register(name, addr);
    return node;
  }

  /** The node owning `addr`, or null (an address nobody answers on). */
  nodeFor(addr: string): NetNode | null {
    if (this.machine.owns(addr)) return this.machine;
    return this.hosts.find((h) => h.owns(addr)) ?? null;
  }

  /** Route from `from` towards `dst`, or null (ENETUNREACH). */
  route(from: NetNode, dst: string): Route | null {
    return route(this, from, dst);
  }

  // ---- ports

  /** Bind `owner` to addr:port on `node` under Linux's conflict rules; 0 or -EADDRINUSE. */
  bindPort(node: NetNode, proto: Proto, owner: PortOwner, addr: string, port: number): number {
    const owners = node.ports[proto].get(port);
    if (owners && this.conflicts(owner, addr, [...owners])) return -EADDRINUSE;
    this.addPortOwner(node, proto, owner, port);
    return 0;
  }

  /**
   * Linux inet_csk_bind_conflict: sockets may share a port when both set
   * SO_REUSEADDR and the other is not listening, or both set SO_REUSEPORT
   * and were bound by the same uid; otherwise they may not when their
   * addresses overlap (equal, or either is 0.0.0.0). TIME-WAIT blocks keep
   * the flags of the socket they came from.
   */
  conflicts(self: PortOwner, addr: string, owners: PortOwner[]): boolean {
    for (const o of owners) {
      if (o === self) continue;
      if (self.reuseAddr && o.reuseAddr && o.state !== 'LISTEN') continue;
      if (self.reusePort && o.reusePort && self.uid === o.uid) continue;
      if (overlap(o.local.addr, addr)) return true;
    }
    return false;
  }

  /** Owners of `port` (for the listen-time re-check). */
  portOwners(node: NetNode, proto: Proto, port: number): PortOwner[] {
    return [...(node.ports[proto].get(port) ?? [])];
  }

  addPortOwner(node: NetNode, proto: Proto, owner: PortOwner, port: number): void {
    let set = node.ports[proto].get(port);
    if (!set) node.ports[proto].set(port, (set = new Set()));
    set.add(owner);
  }

  releasePort(node: NetNode, proto: Proto, owner: PortOwner): void {
    const set = node.ports[proto].get(owner.local.port);
    if (!set) return;
    set.delete(owner);
    if (set.size === 0) node.ports[proto].delete(owner.local.port);
  }

  /**
   * A free ephemeral port (32768-60999), chosen deterministically: a seeded
   * starting point, then counting up. -EAGAIN when every port is taken.
   */
  ephemeralPort(node: NetNode, proto: Proto): number {
    const lo = LIMITS.ephemeralLow, span = LIMITS.ephemeralHigh - lo + 1;
    for (let i = 0; i < span; i++) {
      const port = lo + ((this.nextEphemeral[proto] - lo + i) % span);
      if (!node.ports[proto].has(port)) {
        this.nextEphemeral[proto] = port + 1;
        return port;
      }
    }
    return -EAGAIN;
  }

  // ---- TCP plumbing

  makeTcpHost(node: NetNode): TcpHost {
    return {
      config: this.config,
      now: () => this.env.nowNs(),
      at: (t, cb) => this.timers.at(t, () => this.batch(cb)),
      cancel: (id) => this.timers.cancel(id),
      random32: () => this.env.random32(),
      output: (seg) => this.outputTcp(node, seg),
      mssTo: (remote) => this.link.mtuTo(this, node, remote) - 40,
      closed: (tcb) => this.tcbClosed(node, tcb),
    };
  }

  /** A new block on `node` (state CLOSED). */
  newTcb(node: NetNode): Tcb {
    return new Tcb(node.tcpHost, node.waker ?? this.env.waker);
  }

  /** Enter a connection in the 4-tuple table. */
  hashTcb(node: NetNode, tcb: Tcb): void {
    node.tcpConns.set(connKey(tcb.local, tcb.remote), tcb);
  }

  private tcbClosed(node: NetNode, tcb: Tcb): void {
    const key = connKey(tcb.local, tcb.remote);
    if (node.tcpConns.get(key) === tcb) node.tcpConns.delete(key);
    if (tcb.orphan || !tcb.userBound) this.releasePort(node, 'tcp', tcb);
  }

  /** Log a segment and deliver it after the link latency (or drop it: nobody there). */
  outputTcp(from: NetNode, seg: Segment): void {
    const r = this.route(from, seg.dst.addr);
    this.logPacket(r, 'tcp', seg.src, seg.dst, {
      flags: flagText(seg.flags),
      seq: seg.seq,
      ack: seg.ack,
      win: seg.win,
      payload: seg.data,
      note: seg.mss !== undefined ? `mss ${seg.mss}` : '',
    });
    if (!r || !r.to) return;
    const to = r.to;
    this.deliverAfter(r.latencyNs, () => this.deliverTcp(to, seg));
  }

  /** A segment reaches `node`: its connection, else a listener, else CLOSED (RFC 9293 3.10.7.1). */
  deliverTcp(node: NetNode, seg: Segment): void {
    const tcb = node.tcpConns.get(connKey(seg.dst, seg.src));
    if (tcb) return tcb.segmentArrives(seg);
    const l = this.findListener(node, seg.dst, seg.src);
    if (l) return l.segmentArrives(seg);
    const rst = resetFor(seg);
    if (rst) this.outputTcp(node, rst);
  }

  /**
   * The listener for `dst`: one bound to the exact address first, then to
   * 0.0.0.0. Listeners sharing the port by SO_REUSEPORT take connections in
   * turn by the client's port (Linux spreads them by a hash of the 4-tuple).
   */
  findListener(node: NetNode, dst: Endpoint, src?: Endpoint): Listener | null {
    const exact: Listener[] = [], wild: Listener[] = [];
    for (const l of node.listeners) {
      if (l.tcb.local.port !== dst.port) continue;
      if (l.tcb.local.addr === dst.addr) exact.push(l);
      else if (l.tcb.local.addr === ANY) wild.push(l);
    }
    const group = exact.length ? exact : wild;
    if (group.length <= 1) return group[0] ?? null;
    return group[(src?.port ?? 0) % group.length]!;
  }

  // ---- UDP plumbing (the sockets live in udp.ts)

  /** Log a datagram and deliver it after the link latency. */
  outputUdp(from: NetNode, d: Datagram, deliver: (to: NetNode, d: Datagram) => void): void {
    const r = this.route(from, d.dst.addr);
    this.logPacket(r, 'udp', d.src, d.dst, { flags: '', seq: 0, ack: 0, win: 0, payload: d.data, note: '' });
    if (!r || !r.to) return;
    const to = r.to;
    this.deliverAfter(r.latencyNs, () => deliver(to, d));
  }

  /**
   * Log an ICMP message (port unreachable, echo) and run `arrive` on the far
   * side after the latency. `payload` is what follows the 8-byte ICMP header.
   */
  outputIcmp(from: NetNode, src: Endpoint, dst: Endpoint, note: string, arrive: (to: NetNode) => void,
    payload: Uint8Array = new Uint8Array(0)): void {
    const r = this.route(from, dst.addr);
    this.logPacket(r, 'icmp', src, dst, { flags: '', seq: 0, ack: 0, win: 0, payload, note });
    if (!r || !r.to) return;
    const to = r.to;
    this.deliverAfter(r.latencyNs, () => arrive(to));
  }

  private logPacket(
    r: Route | null,
    proto: PacketEvent['proto'],
    src: Endpoint,
    dst: Endpoint,
    f: { flags: string; seq: number; ack: number; win: number; payload: Uint8Array; note: string },
  ): void {
    this.log.append({
      timeNs: this.env.nowNs(),
      iface: r ? r.iface : 'none',
      proto,
      src,
      dst,
      flags: f.flags,
      seq: f.seq,
      ack: f.ack,
      win: f.win,
      len: f.payload.length,
      payload: proto === 'tcp' ? f.payload : f.payload.slice(), // segment data is never changed once sent
      note: r ? f.note : `${f.note}${f.note ? '; ' : ''}dropped: no route`.trim(),
    });
  }
}
