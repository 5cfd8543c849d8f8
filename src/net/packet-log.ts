/**
 * The packet log: every segment and datagram the network carries, as an
 * append-only stream of events. `ss`, `tcpdump` and the inspector read it;
 * the log keeps the newest `capacity` events in a ring.
 */
import type { Endpoint } from './addr.ts';

export type PacketProto = 'tcp' | 'udp' | 'icmp';

export interface PacketEvent {
  /** Position in the stream (1, 2, ...), stable across the ring's eviction. */
  readonly id: number;
  /** Virtual time the packet left its sender (ns). */
  readonly timeNs: number;
  /** Interface it went out on: "lo" or "eth0". */
  readonly iface: string;
  readonly proto: PacketProto;
  readonly src: Endpoint;
  readonly dst: Endpoint;
  /** TCP flags as tcpdump prints them ("S", "S.", ".", "P.", "F.", "R", "R."); "" for UDP. */
  readonly flags: string;
  readonly seq: number;
  readonly ack: number;
  readonly win: number;
  /** Payload length (for ICMP: the kind, see `note`). */
  readonly len: number;
  readonly payload: Uint8Array;
  /** Extra facts: "mss 65495", "port unreachable", "dropped: no route" ... */
  readonly note: string;
}

export type PacketListener = (e: PacketEvent) => void;

export class PacketLog {
  /** Events from `start` on are retained; the array is trimmed in bulk, not per event. */
  private ring: PacketEvent[] = [];
  private start = 0;
  private nextId = 1;
  private listeners = new Set<PacketListener>();

  constructor(readonly capacity = 4096) {}

  /** Append an event (the id is assigned here) and tell every subscriber. */
  append(e: Omit<PacketEvent, 'id'>): PacketEvent {
    const ev: PacketEvent = { id: this.nextId++, ...e };
    this.ring.push(ev);
    if (this.ring.length - this.start > this.capacity) this.start++;
    if (this.start >= this.capacity) {
      this.ring = this.ring.slice(this.start);
      this.start = 0;
    }
    if (this.listeners.size === 1) for (const l of this.listeners) l(ev);
    else if (this.listeners.size) for (const l of [...this.listeners]) l(ev);
    return ev;
  }

  /** Call `l` for every future event; returns the unsubscribe function. */
  subscribe(l: PacketListener): () => void {
    this.listeners.add(l);
    return () => {
      this.listeners.delete(l);
    };
  }

  /** Retained events with id > `afterId` (0 for all retained). */
  since(afterId = 0): PacketEvent[] {
    const out: PacketEvent[] = [];
    for (let i = this.start; i < this.ring.length; i++) if (this.ring[i]!.id > afterId) out.push(this.ring[i]!);
    return out;
  }

  /** Id the next event will get. */
  get cursor(): number {
    return this.nextId;
  }
}
