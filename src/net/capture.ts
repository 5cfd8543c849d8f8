/**
 * A packet capture socket (AF_PACKET, SOCK_RAW): what tcpdump reads. It
 * queues every event of the packet log from the moment it is opened and
 * returns them on read(2) as text records, one per line:
 *
 *   id timeNs iface proto srcAddr srcPort dstAddr dstPort flags seq ack win len payloadHex note
 *
 * (flags "-" when empty, payload as hex, note URI-encoded, "-" when empty).
 * Root only; the kernel checks that before creating one.
 */
import { EAGAIN, EINVAL } from '../abi/errno.ts';
import { POLLIN, POLLOUT } from '../abi/poll.ts';
import type { FileOps, OpenFile } from '../kernel/file.ts';
import { WaitQueue } from '../kernel/wait-queue.ts';
import type { PacketEvent } from './packet-log.ts';
import type { NetStack } from './stack.ts';

export const AF_PACKET = 17;
const QUEUE_MAX = 4096;
const enc = new TextEncoder();

function hexOf(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s || '-';
}

/** One event as a record line. */
export function captureRecord(e: PacketEvent): string {
  return [e.id, e.timeNs, e.iface, e.proto, e.src.addr, e.src.port, e.dst.addr, e.dst.port, e.flags || '-', e.seq >>> 0,
    e.ack >>> 0, e.win, e.len, hexOf(e.payload), e.note ? encodeURIComponent(e.note) : '-'].join(' ') + '\n';
}

export class CaptureSock implements FileOps {
  readonly kind = 'socket';
  readonly wq: WaitQueue;
  readonly ino: number;
  /** Events lost because the queue was full. */
  drops = 0;
  private queue: string[] = [];
  private readonly unsubscribe: () => void;

  constructor(net: NetStack) {
    this.ino = net.allocIno();
    this.wq = new WaitQueue(net.env.waker);
    this.unsubscribe = net.log.subscribe((e) => {
      if (this.queue.length >= QUEUE_MAX) {
        this.drops++;
        return;
      }
      this.queue.push(captureRecord(e));
      this.wq.wakeAll();
    });
  }

  /** Whole records up to `count` bytes (at least one). */
  read(_f: OpenFile, count: number): Uint8Array | number {
    if (count <= 0) return -EINVAL;
    if (this.queue.length === 0) return -EAGAIN;
    let text = '';
    while (this.queue.length && (text === '' || text.length + this.queue[0]!.length <= count)) text += this.queue.shift();
    return enc.encode(text);
  }

  write(): number {
    return -EINVAL;
  }

  poll(): number {
    return (this.queue.length ? POLLIN : 0) | POLLOUT;
  }

  available(): number {
    return this.queue.reduce((n, r) => n + r.length, 0);
  }

  release(): void {
    this.unsubscribe();
    this.queue = [];
  }
}
