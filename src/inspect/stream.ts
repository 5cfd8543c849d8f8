/**
 * The inspector's event stream: the kernel's structured events (fork, exec,
 * exit, setsid, signals, flock ...) and the network's packet log merged into
 * one sequence in virtual-time order, each with a stream id. The recorder
 * keeps the newest `capacity` events in a ring; readers page through it
 * with a cursor (the last id they saw). Events are plain JSON-able data: the
 * same records go to the page over the worker channel and to `--trace`.
 */
import type { EventBus, KernelEvent } from '../kernel/events.ts';
import type { PacketEvent, PacketLog } from '../net/packet-log.ts';

/** Bytes of each packet's payload kept in the stream (`len` keeps the true length). */
export const PAYLOAD_KEEP = 256;

/** One segment, datagram or ICMP message as the stream carries it. */
export interface PacketRecord {
  type: 'packet';
  proto: 'tcp' | 'udp' | 'icmp';
  iface: string;
  /** "127.0.0.1:9900". */
  src: string;
  dst: string;
  /** tcpdump's flags ("S", "S.", ".", "P.", "F.", "R", "R."); "" for UDP. */
  flags: string;
  seq: number;
  ack: number;
  win: number;
  len: number;
  /** The first PAYLOAD_KEEP bytes, one char per byte (latin1). */
  bytes: string;
  note: string;
}

export type TraceEvent = (KernelEvent | PacketRecord) & { id: number; timeNs: number };

/** A page of the stream: events after the cursor, the cursor to pass next time. */
export interface EventPage {
  events: TraceEvent[];
  cursor: number;
  /** Events between the asked cursor and the first returned one that the ring no longer holds. */
  lost: number;
}

/** The stream's form of a packet: endpoints as text, the payload's first bytes as a latin1 string. */
function packetRecord(p: PacketEvent, id: number): TraceEvent {
  // apply, not spread: spreading a typed array into arguments is ten times slower.
  const bytes = String.fromCharCode.apply(null, p.payload.subarray(0, PAYLOAD_KEEP) as unknown as number[]);
  return {
    type: 'packet', proto: p.proto, iface: p.iface,
    src: `${p.src.addr}:${p.src.port}`, dst: `${p.dst.addr}:${p.dst.port}`,
    flags: p.flags, seq: p.seq, ack: p.ack, win: p.win, len: p.len, bytes, note: p.note,
    id, timeNs: p.timeNs,
  };
}

export interface StreamSources {
  events: EventBus;
  packets: PacketLog;
}

/**
 * A ring slot: kernel events are stored in stream form at once (they are
 * rare); packets are kept as the log gave them (its payload copy is never
 * written again, and is cut to PAYLOAD_KEEP bytes when longer) and turned
 * into stream form only when someone reads them, so recording costs the
 * guest one small allocation per packet.
 */
type Slot = TraceEvent | { id: number; packet: PacketEvent };

/** Records a machine's events from the moment it is attached, in a ring of `capacity`. */
export class EventRecorder {
  private readonly ring: Array<Slot | undefined>;
  /** Id the next event gets; event `id` lives at ring[(id - 1) % capacity]. */
  private nextId = 1;
  private readonly unsubscribe: Array<() => void>;
  private readonly sinks = new Set<(e: TraceEvent) => void>();

  constructor(src: StreamSources, readonly capacity = 20_000) {
    this.ring = new Array<Slot | undefined>(capacity).fill(undefined);
    this.unsubscribe = [
      src.events.subscribe((e, timeNs) => this.push({ ...e, id: this.nextId, timeNs })),
      src.packets.subscribe((p) => {
        const packet = p.payload.length > PAYLOAD_KEEP ? { ...p, payload: p.payload.slice(0, PAYLOAD_KEEP) } : p;
        this.push({ id: this.nextId, packet });
      }),
    ];
  }

  private push(slot: Slot): void {
    this.ring[(this.nextId++ - 1) % this.capacity] = slot;
    if (this.sinks.size) for (const s of this.sinks) s(this.read(slot.id));
  }

  /** The event with `id` (which the ring holds) in stream form. */
  private read(id: number): TraceEvent {
    const at = (id - 1) % this.capacity;
    const slot = this.ring[at]!;
    if (!('packet' in slot)) return slot;
    const e = packetRecord(slot.packet, id);
    this.ring[at] = e;
    return e;
  }

  /** Call `sink` with every future event (for --trace); returns the unsubscribe function. */
  tap(sink: (e: TraceEvent) => void): () => void {
    this.sinks.add(sink);
    return () => void this.sinks.delete(sink);
  }

  /** Id of the oldest event still held. */
  private get firstId(): number {
    return Math.max(1, this.nextId - this.capacity);
  }

  /** At most `max` retained events with id > `cursor`, oldest first. */
  since(cursor = 0, max = 2000): EventPage {
    const first = this.firstId;
    const from = Math.max(cursor + 1, first);
    const to = Math.min(this.nextId, from + max);
    const events: TraceEvent[] = [];
    for (let id = from; id < to; id++) events.push(this.read(id));
    return { events, cursor: Math.max(cursor, to - 1), lost: Math.max(0, first - cursor - 1) };
  }

  /** Every retained event. */
  all(): TraceEvent[] {
    return this.since(0, this.capacity).events;
  }

  /** Stop listening to the machine. */
  detach(): void {
    for (const u of this.unsubscribe) u();
    this.sinks.clear();
  }
}

/** One event as a line of `--trace` output (JSON, no trailing newline). */
export function traceLine(e: TraceEvent): string {
  return JSON.stringify(e);
}
