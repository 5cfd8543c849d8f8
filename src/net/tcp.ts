/**
 * TCP connections: the transmission control block and its state machine
 * (RFC 9293). Bytes move between two control blocks only as the segments
 * `host.output` carries (and the packet log records); nothing else connects
 * them. Listening sockets and the accept queue live in tcp-listen.ts, the
 * socket-call semantics (what read/write/poll return) in tcp-socket.ts.
 *
 * Simplifications, each noted where it is decided: no Nagle, no delayed
 * ACKs for data (every data segment is acknowledged at once; only the ACK
 * of a FIN that ends ESTABLISHED waits, as Linux's pingpong mode does), out-of-order segments
 * are dropped and recovered by go-back-N retransmission, no options beyond
 * MSS (window scaling is assumed on both ends, so windows are plain byte
 * counts), no urgent data.
 */
import { ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT } from '../abi/errno.ts';
import type { Endpoint } from './addr.ts';
import { ANY } from './addr.ts';
import { ByteQueue } from './bytes.ts';
import type { Segment } from './segment.ts';
import { ACK, FIN, PSH, RST, SYN, segLen, seqAdd, seqDiff, seqGt, seqLe, seqLt } from './segment.ts';
import { WaitQueue } from '../kernel/wait-queue.ts';
import type { TcpHost, TcpParent, TcpState } from './tcp-types.ts';
import { RCV_SHUTDOWN, SEND_SHUTDOWN } from './tcp-types.ts';
import type { Waker } from '../kernel/wait-queue.ts';

export type { TcpConfig, TcpHost, TcpParent, TcpState } from './tcp-types.ts';
export { RCV_SHUTDOWN, SEND_SHUTDOWN, TCP_DEFAULTS } from './tcp-types.ts';

/** Linux TCP_DELACK_MIN: the shortest delay of a delayed ACK. */
const DELACK_NS = 40e6;

function unreachable(x: never): never {
  throw new Error(`unreachable TCP state ${String(x)}`);
}

export class Tcb {
  state: TcpState = 'CLOSED';
  local: Endpoint = { addr: ANY, port: 0 };
  remote: Endpoint = { addr: ANY, port: 0 };
  readonly wq: WaitQueue;

  // Send sequence variables (RFC 9293 3.3.1).
  iss = 0;
  sndUna = 0;
  sndNxt = 0;
  sndWnd = 0;
  sndWl1 = 0;
  sndWl2 = 0;
  /** Bytes from SND.UNA on: the first `sent` are in flight, the rest unsent. */
  readonly sndBuf = new ByteQueue();
  sent = 0;
  /** The application asked for a FIN (close or shutdown SHUT_WR). */
  finQueued = false;
  /** A FIN is outstanding at SND.UNA + sent. */
  finSent = false;
  finEverSent = false;
  finAcked = false;

  // Receive sequence variables.
  irs = 0;
  rcvNxt = 0;
  /** In-order bytes received and not yet read. */
  readonly rcvBuf = new ByteQueue();
  /** Right edge of the window last advertised (RCV.NXT + RCV.WND then). */
  rcvAdvEdge = 0;
  finReceived = false;

  rmem: number;
  wmem: number;
  peerMss = 536;
  /** Pending socket error (positive errno), Linux sk_err. */
  error = 0;
  /** RCV_SHUTDOWN | SEND_SHUTDOWN, Linux sk_shutdown. */
  shutdownFlags = 0;
  /** The application closed its last descriptor. */
  orphan = false;
  /** The application bound the port itself (it keeps it after CLOSED). */
  userBound = false;
  /** SO_REUSEADDR as set on the socket (inherited by accepted children). */
  reuseAddr = false;
  /** SO_REUSEPORT as set on the socket, and the uid that may share the port with it. */
  reusePort = false;
  uid = 0;
  /** SO_SNDBUF was set: autotuning leaves the send buffer alone (Linux SOCK_SNDBUF_LOCK). */
  sndbufLocked = false;
  parent: TcpParent | null = null;
  /** Inode of the socket file holding this block (0 for an orphan), for ss. */
  ino = 0;

  private rto: number;
  private retries = 0;
  private rtxTimer = 0;
  private persistTimer = 0;
  private persistBackoff = 0;
  private waitTimer = 0;
  private delackTimer = 0;

  constructor(readonly host: TcpHost, waker: Waker) {
    this.wq = new WaitQueue(waker);
    this.rmem = host.config.rmem;
    this.wmem = host.config.wmem;
    this.rto = host.config.rtoInitialNs;
  }

  /** Free receive space: the window we offer (RFC 9293 3.8.6). */
  rcvWnd(): number {
    return Math.max(0, this.rmem - this.rcvBuf.length);
  }

  /** Active OPEN (RFC 9293 3.10.1): send SYN, enter SYN-SENT. Local and remote are set. */
  openActive(): void {
    this.iss = this.host.random32();
    this.sndUna = this.iss;
    this.sndNxt = seqAdd(this.iss, 1);
    this.state = 'SYN-SENT';
    this.sendSyn();
    this.armRtx();
  }

  /** Passive open of a child from a listener's SYN (RFC 9293 3.10.7.2, third check). */
  openPassive(parent: TcpParent, seg: Segment): void {
    this.parent = parent;
    this.local = seg.dst;
    this.remote = seg.src;
    this.irs = seg.seq;
    this.rcvNxt = seqAdd(seg.seq, 1);
    this.peerMss = seg.mss ?? 536;
    this.iss = this.host.random32();
    this.sndUna = this.iss;
    this.sndNxt = seqAdd(this.iss, 1);
    this.sndWnd = seg.win;
    this.state = 'SYN-RECEIVED';
    this.sendSyn();
    this.armRtx();
  }

  // ---- segment arrival (RFC 9293 3.10.7)

  segmentArrives(seg: Segment): void {
    switch (this.state) {
      case 'CLOSED':
      case 'LISTEN':
        return; // unhashed blocks and listeners never see segments here
      case 'SYN-SENT':
        this.synSentArrives(seg);
        break;
      case 'SYN-RECEIVED':
      case 'ESTABLISHED':
      case 'FIN-WAIT-1':
      case 'FIN-WAIT-2':
      case 'CLOSE-WAIT':
      case 'CLOSING':
      case 'LAST-ACK':
      case 'TIME-WAIT':
        this.synchronizedArrives(seg);
        break;
      default:
        unreachable(this.state);
    }
    this.wq.wakeAll();
  }

  /** RFC 9293 3.10.7.3: SYN-SENT. */
  private synSentArrives(seg: Segment): void {
    const hasAck = (seg.flags & ACK) !== 0;
    // First: an ACK for something we never sent is answered with a reset.
    if (hasAck && (seqLe(seg.ack, this.iss) || seqGt(seg.ack, this.sndNxt))) {
      if (!(seg.flags & RST)) this.emitRaw(seg.ack, 0, RST, new Uint8Array(0));
      return;
    }
    // Second: a reset with an acceptable ACK refuses the connection.
    if (seg.flags & RST) {
      if (hasAck) this.fail(ECONNREFUSED);
      return;
    }
    // Fourth: the SYN.
    if (!(seg.flags & SYN)) return;
    this.irs = seg.seq;
    this.rcvNxt = seqAdd(seg.seq, 1);
    this.peerMss = seg.mss ?? 536;
    if (hasAck) this.sndUna = seg.ack;
    if (seqGt(this.sndUna, this.iss)) {
      this.state = 'ESTABLISHED';
      this.expandSndbuf();
      this.setSendWindow(seg);
      this.cancelRtx();
      this.retries = 0;
      this.emit(ACK);
      this.pump();
    } else {
      // Simultaneous open: SYN-RECEIVED, answer SYN,ACK.
      this.state = 'SYN-RECEIVED';
      this.sendSyn();
    }
  }

  /** RFC 9293 3.10.7.4 acceptability test (first check). */
  private acceptable(seg: Segment): boolean {
    const len = segLen(seg), wnd = this.rcvWnd();
    const inWindow = (s: number): boolean => seqLe(this.rcvNxt, s) && seqLt(s, seqAdd(this.rcvNxt, wnd));
    if (len === 0) return wnd === 0 ? seg.seq === this.rcvNxt : inWindow(seg.seq);
    if (wnd === 0) return false;
    return inWindow(seg.seq) || inWindow(seqAdd(seg.seq, len - 1));
  }

  /** RFC 9293 3.10.7.4: every state from SYN-RECEIVED on. */
  private synchronizedArrives(seg: Segment): void {
    if (!this.acceptable(seg)) {
      if (!(seg.flags & RST)) this.emit(ACK);
      return;
    }
    if (seg.flags & RST) return this.resetArrives();
    // Fourth check: a SYN in a synchronized state gets a challenge ACK (RFC 5961 4).
    if (seg.flags & SYN) {
      this.emit(ACK);
      return;
    }
    if (!(seg.flags & ACK)) return;
    if (!this.ackArrives(seg)) return;
    if (this.state === 'CLOSED' || this.state === 'TIME-WAIT') return;
    let needAck = false;
    if (seg.data.length > 0) {
      const r = this.textArrives(seg);
      if (r === 'reset') return;
      needAck = true;
    }
    let delayAck = false;
    if (seg.flags & FIN && seqAdd(seg.seq, seg.data.length) === this.rcvNxt) {
      // Linux tcp_fin: a FIN that ends ESTABLISHED puts the socket in
      // "pingpong" mode, so its ACK waits for the delayed-ACK timer and
      // usually rides on the application's own FIN or answer.
      delayAck = this.state === 'ESTABLISHED' && seg.data.length === 0;
      this.finArrives();
      needAck = true;
    }
    if (needAck && delayAck) this.armDelayedAck();
    else if (needAck) this.emit(ACK);
    this.pump();
  }

  /** Second check: RST in a synchronized state. */
  private resetArrives(): void {
    switch (this.state) {
      case 'SYN-RECEIVED':
        // A passive child returns to LISTEN, i.e. disappears; an active one is refused.
        if (this.parent) this.done();
        else this.fail(ECONNREFUSED);
        return;
      case 'CLOSE-WAIT':
        // Linux tcp_reset: the peer has already said FIN, so writers see EPIPE.
        this.fail(EPIPE);
        return;
      case 'ESTABLISHED':
      case 'FIN-WAIT-1':
      case 'FIN-WAIT-2':
        this.fail(ECONNRESET);
        return;
      default:
        this.done();
    }
  }

  /** Fifth check: the ACK field. Returns false when the segment is to be dropped. */
  private ackArrives(seg: Segment): boolean {
    if (this.state === 'SYN-RECEIVED') {
      if (!(seqLt(this.sndUna, seg.ack) && seqLe(seg.ack, this.sndNxt))) {
        this.emitRaw(seg.ack, 0, RST, new Uint8Array(0));
        return false;
      }
      // Linux (tcp_abort_on_overflow = 0): with the accept queue full the ACK is
      // ignored; the SYN-ACK timer resends and the client's ACK comes again.
      if (this.parent && this.parent.acceptQueueFull()) return false;
      this.state = 'ESTABLISHED';
      this.expandSndbuf();
      this.setSendWindow(seg);
      this.parent?.childEstablished(this);
    }
    if (seqGt(seg.ack, this.sndNxt)) {
      this.emit(ACK); // acknowledges something not yet sent
      return false;
    }
    if (seqGt(seg.ack, this.sndUna)) this.advanceUna(seg.ack);
    if (seqLt(this.sndWl1, seg.seq) || (this.sndWl1 === seg.seq && seqLe(this.sndWl2, seg.ack))) {
      this.setSendWindow(seg);
    }
    switch (this.state) {
      case 'FIN-WAIT-1':
        if (this.finAcked) {
          this.state = 'FIN-WAIT-2';
          if (this.orphan) this.armWait(this.host.config.finTimeoutNs);
        }
        break;
      case 'CLOSING':
        if (this.finAcked) this.enterTimeWait();
        break;
      case 'LAST-ACK':
        if (this.finAcked) this.done();
        break;
      default:
        break;
    }
    return true;
  }

  private setSendWindow(seg: Segment): void {
    const opened = this.sndWnd === 0 && seg.win > 0;
    this.sndWnd = seg.win;
    this.sndWl1 = seg.seq;
    this.sndWl2 = seg.ack;
    if (opened) this.cancelPersist();
  }

  /** SND.UNA moves to `ack`: drop acknowledged bytes, restart the timer. */
  private advanceUna(ack: number): void {
    const acked = seqDiff(ack, this.sndUna);
    const dataAcked = Math.min(acked, this.sent);
    this.sndBuf.consume(dataAcked);
    this.sent -= dataAcked;
    if (this.finSent && acked > dataAcked) this.finAcked = true;
    this.sndUna = ack;
    this.retries = 0;
    this.rto = this.host.config.rtoInitialNs;
    this.cancelRtx();
    if (this.sndNxt !== this.sndUna) this.armRtx();
  }

  /** Seventh step: segment text. */
  private textArrives(seg: Segment): 'ok' | 'reset' {
    if (this.state !== 'ESTABLISHED' && this.state !== 'FIN-WAIT-1' && this.state !== 'FIN-WAIT-2') {
      return 'ok'; // RFC: ignore text after the peer's FIN
    }
    const skip = seqDiff(this.rcvNxt, seg.seq);
    if (skip < 0) return 'ok'; // out of order: dropped, the ACK asks for RCV.NXT again
    const fresh = seg.data.subarray(skip);
    if (fresh.length === 0) return 'ok';
    if (this.orphan) {
      // Linux tcp_rcv_state_process: new data for a socket the application
      // closed cannot be delivered, so the connection is reset.
      this.emitRaw(this.sndNxt, 0, RST, new Uint8Array(0));
      this.done();
      return 'reset';
    }
    const take = Math.min(fresh.length, this.rcvWnd());
    // Segment data is never changed once sent, so the buffer may keep it without a copy.
    this.rcvBuf.pushOwned(fresh.subarray(0, take));
    this.rcvNxt = seqAdd(this.rcvNxt, take);
    return 'ok';
  }

  /** Eighth step: the FIN. */
  private finArrives(): void {
    this.rcvNxt = seqAdd(this.rcvNxt, 1);
    this.finReceived = true;
    this.shutdownFlags |= RCV_SHUTDOWN;
    switch (this.state) {
      case 'SYN-RECEIVED':
      case 'ESTABLISHED':
        this.state = 'CLOSE-WAIT';
        break;
      case 'FIN-WAIT-1':
        if (this.finAcked) this.enterTimeWait();
        else this.state = 'CLOSING';
        break;
      case 'FIN-WAIT-2':
        this.enterTimeWait();
        break;
      default:
        break; // CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT: a repeated FIN
    }
  }

  // ---- output

  /** Send what the window allows, then the FIN if one is queued (RFC 9293 3.8.6, 3.10.2). */
  pump(): void {
    switch (this.state) {
      case 'ESTABLISHED':
      case 'CLOSE-WAIT':
      case 'FIN-WAIT-1':
      case 'CLOSING':
      case 'LAST-ACK':
        break;
      default:
        return;
    }
    const mss = Math.min(this.peerMss, this.host.mssTo(this.remote.addr));
    // No Nagle: every write goes out as soon as the window allows.
    for (;;) {
      const unsent = this.sndBuf.length - this.sent;
      const usable = this.sndWnd - this.sent;
      if (unsent <= 0 || usable <= 0 || this.finSent) break;
      const n = Math.min(unsent, usable, mss);
      const data = this.sndBuf.peek(this.sent, n);
      this.emitRaw(seqAdd(this.sndUna, this.sent), this.rcvNxt, ACK | (n === unsent ? PSH : 0), data);
      this.sent += n;
    }
    if (this.finQueued && !this.finSent && this.sent === this.sndBuf.length) {
      this.emitRaw(seqAdd(this.sndUna, this.sent), this.rcvNxt, FIN | ACK, new Uint8Array(0));
      this.finSent = true;
      if (!this.finEverSent) {
        this.finEverSent = true;
        if (this.state === 'ESTABLISHED') this.state = 'FIN-WAIT-1';
        else if (this.state === 'CLOSE-WAIT') this.state = 'LAST-ACK';
      }
    }
    this.sndNxt = seqAdd(this.sndUna, this.sent + (this.finSent ? 1 : 0));
    if (this.sndNxt !== this.sndUna) this.armRtx();
    const blocked = this.sndBuf.length > this.sent && this.sndWnd <= this.sent;
    if (blocked && this.sent === 0) this.armPersist();
  }

  /** A segment carrying our current ACK and window. */
  emit(flags: number): void {
    this.emitRaw(this.sndNxt, this.rcvNxt, flags, new Uint8Array(0));
  }

  private emitRaw(seq: number, ack: number, flags: number, data: Uint8Array): void {
    const syn = (flags & SYN) !== 0;
    // A SYN's window field is never scaled (RFC 7323 2.2).
    const win = syn ? Math.min(this.rcvWnd(), 65535) : this.rcvWnd();
    if (flags & ACK) {
      this.rcvAdvEdge = seqAdd(this.rcvNxt, win);
      if (this.delackTimer) {
        this.host.cancel(this.delackTimer);
        this.delackTimer = 0;
      }
    }
    this.host.output({
      src: this.local,
      dst: this.remote,
      seq,
      ack: flags & ACK ? ack : 0,
      flags,
      win: flags & RST && !(flags & ACK) ? 0 : win,
      ...(syn ? { mss: this.host.mssTo(this.remote.addr) } : {}),
      data,
    });
  }

  private sendSyn(): void {
    const flags = this.state === 'SYN-RECEIVED' ? SYN | ACK : SYN;
    this.emitRaw(this.iss, this.rcvNxt, flags, new Uint8Array(0));
  }

  // ---- user calls (RFC 9293 3.10.3 - 3.10.6)

  /** SEND: queue what fits in the send buffer; returns the bytes taken. */
  send(data: Uint8Array): number {
    const n = Math.min(data.length, this.wmem - this.sndBuf.length);
    if (n <= 0) return 0;
    this.sndBuf.push(data.subarray(0, n));
    this.pump();
    return n;
  }

  /** RECEIVE: take up to `max` in-order bytes; may open the window (RFC 9293 3.8.6.2.2). */
  receive(max: number): Uint8Array {
    const out = this.rcvBuf.take(max);
    if (out.length && this.isSynchronized() && !this.finReceived) {
      const mss = Math.min(this.peerMss, this.host.mssTo(this.remote.addr));
      const newEdge = seqAdd(this.rcvNxt, this.rcvWnd());
      if (seqDiff(newEdge, this.rcvAdvEdge) >= Math.min(this.rmem / 2, mss)) this.emit(ACK);
    }
    return out;
  }

  /**
   * Linux tcp_sndbuf_expand at establishment: room for twice the initial
   * congestion window (10 segments, cubic's factor 2) of skbs sized for the
   * MSS, capped at tcp_wmem's maximum; 2626560 bytes on loopback.
   */
  private expandSndbuf(): void {
    if (this.sndbufLocked) return;
    const mss = Math.max(this.peerMss, this.host.mssTo(this.remote.addr));
    const head = 320 + 320; // MAX_TCP_HEADER + aligned skb_shared_info
    const perMss = 2 ** Math.ceil(Math.log2(mss + head)) + 256; // + aligned sk_buff
    this.wmem = Math.max(this.wmem, Math.min(2 * 10 * perMss, this.host.config.wmemMax));
  }

  /** Bytes that can still be queued for sending. */
  sendSpace(): number {
    return Math.max(0, this.wmem - this.sndBuf.length);
  }

  isSynchronized(): boolean {
    switch (this.state) {
      case 'CLOSED':
      case 'LISTEN':
      case 'SYN-SENT':
      case 'SYN-RECEIVED':
        return false;
      default:
        return true;
    }
  }

  /** shutdown(SHUT_WR): queue a FIN after the data (Linux tcp_shutdown). */
  shutdownWrite(): void {
    this.shutdownFlags |= SEND_SHUTDOWN;
    switch (this.state) {
      case 'SYN-SENT':
        this.done();
        return;
      case 'SYN-RECEIVED':
      case 'ESTABLISHED':
      case 'CLOSE-WAIT':
        this.finQueued = true;
        this.pump();
        return;
      default:
        return;
    }
  }

  /**
   * CLOSE by the application's last descriptor (RFC 9293 3.10.4). Unread
   * received data turns the close into an abort, as Linux does (RFC 2525
   * 2.17): the peer gets RST, not FIN.
   */
  close(): void {
    this.orphan = true;
    this.shutdownFlags = RCV_SHUTDOWN | SEND_SHUTDOWN;
    if (this.rcvBuf.length > 0 && this.state !== 'CLOSED') {
      this.rcvBuf.clear();
      this.abort();
      return;
    }
    switch (this.state) {
      case 'CLOSED':
        this.host.closed(this);
        return;
      case 'LISTEN':
      case 'SYN-SENT':
        this.done();
        return;
      case 'SYN-RECEIVED':
      case 'ESTABLISHED':
      case 'CLOSE-WAIT':
        this.finQueued = true;
        this.pump();
        return;
      case 'FIN-WAIT-2':
        this.armWait(this.host.config.finTimeoutNs);
        return;
      case 'FIN-WAIT-1':
      case 'CLOSING':
      case 'LAST-ACK':
      case 'TIME-WAIT':
        return;
      default:
        unreachable(this.state);
    }
  }

  /** ABORT (RFC 9293 3.10.5): RST to a synchronized peer, then CLOSED. */
  /**
   * Abortive close of the application's last descriptor (Linux
   * tcp_disconnect): the peer gets a RST where tcp_need_reset says so, the
   * data is dropped and the block ends at once, without TIME-WAIT.
   */
  disconnect(): void {
    this.orphan = true;
    this.shutdownFlags = RCV_SHUTDOWN | SEND_SHUTDOWN;
    this.rcvBuf.clear();
    this.sndBuf.clear();
    this.sent = 0;
    switch (this.state) {
      case 'ESTABLISHED':
      case 'CLOSE-WAIT':
      case 'FIN-WAIT-1':
      case 'FIN-WAIT-2':
      case 'SYN-RECEIVED':
        this.emitRaw(this.sndNxt, this.rcvNxt, RST | ACK, new Uint8Array(0));
        break;
      default:
        break;
    }
    this.done();
  }

  abort(): void {
    if (this.isSynchronized() || this.state === 'SYN-RECEIVED') {
      this.emitRaw(this.sndNxt, this.rcvNxt, RST | ACK, new Uint8Array(0));
    }
    this.done();
  }

  // ---- timers (RFC 9293 3.10.8)

  private armRtx(): void {
    if (this.rtxTimer) return;
    this.rtxTimer = this.host.at(this.host.now() + this.rto, () => {
      this.rtxTimer = 0;
      this.retransmit();
    });
  }

  private cancelRtx(): void {
    this.host.cancel(this.rtxTimer);
    this.rtxTimer = 0;
  }

  private retransmit(): void {
    const cfg = this.host.config;
    const limit =
      this.state === 'SYN-SENT' ? cfg.synRetries : this.state === 'SYN-RECEIVED' ? cfg.synackRetries : cfg.retries2;
    if (this.retries >= limit) {
      // A half-open passive child just disappears; everyone else learns ETIMEDOUT.
      if (this.state === 'SYN-RECEIVED' && this.parent) this.done();
      else this.fail(ETIMEDOUT);
      return;
    }
    this.retries++;
    this.rto = Math.min(this.rto * 2, cfg.rtoMaxNs);
    if (this.state === 'SYN-SENT' || this.state === 'SYN-RECEIVED') {
      this.sendSyn();
      this.armRtx();
      return;
    }
    // Go back N: everything unacknowledged is sent again.
    this.sent = 0;
    this.finSent = false;
    this.pump();
  }

  private armPersist(): void {
    if (this.persistTimer) return;
    const delay = Math.min(this.host.config.persistNs * 2 ** this.persistBackoff, this.host.config.rtoMaxNs);
    this.persistTimer = this.host.at(this.host.now() + delay, () => {
      this.persistTimer = 0;
      if (this.sndWnd > 0 || !this.isSynchronized()) return;
      this.persistBackoff++;
      // Zero-window probe: an old sequence number makes the peer answer with its window.
      this.emitRaw(seqAdd(this.sndUna, -1), this.rcvNxt, ACK, new Uint8Array(0));
      this.armPersist();
    });
  }

  /** Send a pure ACK after TCP_DELACK_MIN (40 ms) unless another segment carries it first. */
  private armDelayedAck(): void {
    if (this.delackTimer) return;
    this.delackTimer = this.host.at(this.host.now() + DELACK_NS, () => {
      this.delackTimer = 0;
      if (this.isSynchronized() && this.state !== 'TIME-WAIT') this.emit(ACK);
    });
  }

  private cancelPersist(): void {
    this.host.cancel(this.persistTimer);
    this.persistTimer = 0;
    this.persistBackoff = 0;
  }

  private armWait(delayNs: number): void {
    this.host.cancel(this.waitTimer);
    this.waitTimer = this.host.at(this.host.now() + delayNs, () => {
      this.waitTimer = 0;
      this.done();
    });
  }

  /** TIME-WAIT holds the 4-tuple and the port for 2*MSL (RFC 9293 3.6.1). */
  private enterTimeWait(): void {
    this.state = 'TIME-WAIT';
    this.cancelRtx();
    this.cancelPersist();
    this.armWait(this.host.config.timeWaitNs);
  }

  // ---- the end

  /** Record `errno` for the application (Linux sk_err) and close. */
  private fail(errno: number): void {
    this.error = errno;
    this.sndBuf.clear();
    this.sent = 0;
    this.done();
  }

  /** Enter CLOSED and delete the TCB (Linux tcp_done). */
  done(): void {
    if (this.state === 'CLOSED') return;
    this.state = 'CLOSED';
    this.shutdownFlags = RCV_SHUTDOWN | SEND_SHUTDOWN;
    this.cancelRtx();
    this.cancelPersist();
    this.host.cancel(this.waitTimer);
    this.waitTimer = 0;
    this.host.cancel(this.delackTimer);
    this.delackTimer = 0;
    this.host.closed(this);
    if (this.parent) this.parent.childGone(this);
    this.wq.wakeAll();
  }

  /** Back to a fresh CLOSED block after a failed connect, keeping its binding. */
  resetForReuse(): void {
    this.sndBuf.clear();
    this.rcvBuf.clear();
    this.sent = 0;
    this.finQueued = this.finSent = this.finEverSent = this.finAcked = this.finReceived = false;
    this.shutdownFlags = 0;
    this.retries = 0;
    this.rto = this.host.config.rtoInitialNs;
    this.sndWnd = 0;
    this.remote = { addr: ANY, port: 0 };
  }

  /** Pending error, cleared by reading it (SO_ERROR, a failed call). */
  takeError(): number {
    const e = this.error;
    this.error = 0;
    return e;
  }
}
