/**
 * How a simulated host runs its services: not as processes of the machine
 * but as callbacks on its network node. The node's waker (stack.ts) turns a
 * socket's wake-up into a call of whatever the service registered for it,
 * always deferred to the network's timer queue at the current instant so a
 * service never runs in the middle of the TCP code that woke it.
 */
import { EAGAIN } from '../../abi/errno.ts';
import { O_RDWR } from '../../abi/fcntl.ts';
import { MSG_NOSIGNAL } from '../../abi/socket.ts';
import { OpenFile } from '../../kernel/file.ts';
import type { Caller } from '../../kernel/file.ts';
import type { WaitQueue } from '../../kernel/wait-queue.ts';
import { ByteQueue } from '../bytes.ts';
import type { Endpoint } from '../addr.ts';
import type { NetNode, NetStack } from '../stack.ts';
import { TcpSock } from '../tcp-socket.ts';

/** The identity host services act with (root of the simulated host). */
export const HOST_CALLER: Caller = {
  pid: 0, pgid: 0, sid: 0, uid: 0, euid: 0, gid: 0, egid: 0, groups: [], ignoresOrBlocks: () => true,
};

/** What a service does with one connection's byte stream. */
export interface StreamHandler {
  /** Bytes arrived from the peer. */
  data(bytes: Uint8Array): void;
  /** The peer sent FIN (no more data will come). */
  end(): void;
}

/** The callbacks of one simulated host's node. */
export class HostRuntime {
  private readonly callbacks = new Map<number, () => void>();
  private nextId = 1;

  constructor(readonly net: NetStack, readonly node: NetNode) {
    node.waker = {
      wake: (id) => {
        const cb = this.callbacks.get(id);
        if (!cb) return;
        this.callbacks.delete(id);
        this.later(0, cb);
      },
    };
  }

  /** Call `cb` once, the next time `wq` is woken. */
  watch(wq: WaitQueue, cb: () => void): void {
    const id = this.nextId++;
    this.callbacks.set(id, cb);
    wq.add(id);
  }

  /** Run `cb` after `ms` milliseconds of virtual time. */
  later(ms: number, cb: () => void): number {
    return this.net.timers.at(this.net.env.nowNs() + ms * 1e6, cb);
  }

  nowNs(): number {
    return this.net.env.nowNs();
  }

  /** Listen on `port` (all addresses of the node); `accept` makes a handler per connection. */
  listen(port: number, accept: (conn: HostConn) => StreamHandler): TcpSock {
    const ls = new TcpSock(this.net, this.node, this.net.newTcb(this.node));
    ls.bind({ family: 'inet', addr: '0.0.0.0', port }, HOST_CALLER);
    ls.listen(128);
    const loop = (): void => {
      for (;;) {
        const r = ls.accept();
        if (typeof r === 'number') break;
        const conn = new HostConn(this, r.sock as TcpSock);
        conn.start(accept(conn));
      }
      this.watch(ls.wq, loop);
    };
    this.watch(ls.wq, loop);
    return ls;
  }
}

/** One accepted connection on a simulated host. */
export class HostConn {
  private handler: StreamHandler | null = null;
  private readonly outQ = new ByteQueue();
  private closing = false;
  private closed = false;
  private ended = false;
  readonly remote: Endpoint;
  readonly local: Endpoint;

  constructor(readonly rt: HostRuntime, private readonly sock: TcpSock) {
    this.remote = { ...sock.tcb.remote };
    this.local = { ...sock.tcb.local };
  }

  start(handler: StreamHandler): void {
    this.handler = handler;
    this.pump();
  }

  /** Queue bytes for the peer (sent as the window allows). */
  write(data: Uint8Array): void {
    if (this.closed || this.closing) return;
    this.outQ.push(data);
    this.flush();
  }

  /** Close once everything queued has been handed to TCP. */
  close(): void {
    this.closing = true;
    this.flush();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private flush(): void {
    while (this.outQ.length > 0 && !this.closed) {
      const n = this.sock.send(this.outQ.peek(0, 65536), MSG_NOSIGNAL, undefined, HOST_CALLER);
      if (n === -EAGAIN) return;
      if (n < 0) return this.destroy();
      this.outQ.consume(n);
    }
    if (this.closing && this.outQ.length === 0) this.destroy();
  }

  private destroy(): void {
    if (this.closed) return;
    this.closed = true;
    this.outQ.clear();
    this.sock.release(new OpenFile(this.sock, O_RDWR, 'socket'));
  }

  private pump(): void {
    if (this.closed) return;
    for (;;) {
      const r = this.sock.recv(65536, 0);
      if (typeof r === 'number') {
        if (r !== -EAGAIN) return this.destroy();
        break;
      }
      if (r.data.length === 0) {
        if (!this.ended) {
          this.ended = true;
          this.handler?.end();
        }
        break;
      }
      this.handler?.data(r.data);
      if (this.closed) return;
    }
    this.flush();
    if (!this.closed) this.rt.watch(this.sock.wq, () => this.pump());
  }
}
