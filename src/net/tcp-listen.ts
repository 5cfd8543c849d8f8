/**
 * Listening TCP sockets: the passive side of the handshake and the accept
 * queue (RFC 9293 3.10.7.2), with Linux's overflow behaviour: while more
 * than `backlog` established connections wait for accept(), new SYNs are
 * dropped unanswered (the client retransmits) and a handshake's final ACK is
 * ignored (the SYN-ACK is retransmitted), as net.ipv4.tcp_abort_on_overflow=0.
 */
import type { Segment } from './segment.ts';
import { ACK, RST, SYN, resetFor } from './segment.ts';
import type { Tcb, TcpParent } from './tcp.ts';

export class Listener implements TcpParent {
  /** Established children waiting for accept(), oldest first. */
  readonly acceptQueue: Tcb[] = [];
  /** Children still in SYN-RECEIVED. */
  readonly pending = new Set<Tcb>();

  constructor(
    /** The listening block (state LISTEN); its wait queue is the listener's. */
    readonly tcb: Tcb,
    public backlog: number,
    /** Make a child block for a SYN: hashed under its 4-tuple, owning the port. */
    private readonly spawnChild: (seg: Segment) => Tcb,
    /** Send a segment that belongs to no connection (a reset). */
    private readonly sendBare: (seg: Segment) => void,
  ) {}

  acceptQueueFull(): boolean {
    return this.acceptQueue.length > this.backlog;
  }

  childEstablished(child: Tcb): void {
    this.pending.delete(child);
    this.acceptQueue.push(child);
    this.tcb.wq.wakeAll();
  }

  /** A half-open child died. An established one stays queued: accept() returns it and its reads report the reset, as on Linux. */
  childGone(child: Tcb): void {
    this.pending.delete(child);
  }

  /** RFC 9293 3.10.7.2: a segment for a listening socket. */
  segmentArrives(seg: Segment): void {
    if (seg.flags & RST) return; // first: ignore a reset
    if (seg.flags & ACK) {
      // second: an ACK cannot be for us yet
      const rst = resetFor(seg);
      if (rst) this.sendBare(rst);
      return;
    }
    if (!(seg.flags & SYN)) return;
    // Linux tcp_conn_request: a full accept queue drops the SYN silently.
    if (this.acceptQueueFull()) return;
    const child = this.spawnChild(seg);
    this.pending.add(child);
    child.openPassive(this, seg);
  }

  /** Take the oldest established child for accept(); it no longer belongs to us. */
  take(): Tcb | null {
    const child = this.acceptQueue.shift() ?? null;
    if (child) child.parent = null;
    return child;
  }

  /** The listener closes: unaccepted connections are reset, half-open ones forgotten. */
  close(): void {
    for (const c of [...this.acceptQueue]) {
      c.parent = null;
      c.orphan = true;
      c.abort();
    }
    for (const c of [...this.pending]) {
      c.parent = null;
      c.orphan = true;
      c.done();
    }
    this.acceptQueue.length = 0;
    this.pending.clear();
  }
}
