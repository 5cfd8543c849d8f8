/**
 * The sequence-diagram model: the packets of one TCP connection (or of
 * every connection and datagram on a port) as arrows between lifelines, in
 * virtual-time order. Each arrow is named the way the chapter's diagrams
 * name segments (SYN, SYN-ACK, ACK, data with its length and first bytes,
 * FIN, RST); sequence numbers are relative to each side's initial sequence
 * number, as tcpdump prints them (RFC 9293 3.4: the SYN takes one number).
 */
import type { PacketRecord, TraceEvent } from './stream.ts';

export type ArrowKind = 'SYN' | 'SYN-ACK' | 'ACK' | 'DATA' | 'FIN' | 'RST' | 'UDP' | 'ICMP';

export interface Lifeline {
  /** The endpoint, "127.0.0.1:9900". */
  endpoint: string;
  role: 'client' | 'server';
}

export interface Arrow {
  /** Stream id of the packet. */
  id: number;
  timeNs: number;
  /** Lifeline indexes. */
  from: number;
  to: number;
  kind: ArrowKind;
  /** What the arrow says: "SYN", "DATA 6 \"hello\\n\"", "FIN". */
  label: string;
  /** Smaller print under it: "seq 1:7 ack 1 win 65495". */
  detail: string;
  len: number;
  /** The packet never arrived (no route). */
  lost: boolean;
  /** Connection key, client side first: "127.0.0.1:40000>127.0.0.1:9900". */
  conn: string;
}

export interface SequenceModel {
  lifelines: Lifeline[];
  arrows: Arrow[];
  /** Virtual time of the first and last arrow (0 when empty). */
  startNs: number;
  endNs: number;
}

/** Which packets to draw: one connection (its key, either order), or everything on a port. */
export type SequenceFilter = { conn: string } | { port: number } | { all: true };

export interface Connection {
  /** Client side first. */
  key: string;
  client: string;
  server: string;
  proto: 'tcp' | 'udp';
  packets: number;
  firstNs: number;
}

const PREVIEW_BYTES = 16;

function portOf(endpoint: string): number {
  return Number(endpoint.slice(endpoint.lastIndexOf(':') + 1));
}

function isPacket(e: TraceEvent): e is PacketRecord & { id: number; timeNs: number } {
  return e.type === 'packet';
}

/** The first bytes of a payload as C-style escaped text, with "..." when cut. */
export function preview(bytes: string, len: number, max = PREVIEW_BYTES): string {
  let s = '';
  const n = Math.min(max, bytes.length);
  for (let i = 0; i < n; i++) {
    const c = bytes.charCodeAt(i);
    if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c === 0x09) s += '\\t';
    else if (c === 0x22 || c === 0x5c) s += `\\${bytes[i]}`;
    else if (c >= 0x20 && c < 0x7f) s += bytes[i];
    else s += `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return `"${s}"${len > n ? '...' : ''}`;
}

/** SYN, SYN-ACK, RST, DATA (payload, with or without FIN), FIN, else ACK. */
export function arrowKind(p: PacketRecord): ArrowKind {
  if (p.proto === 'udp') return 'UDP';
  if (p.proto === 'icmp') return 'ICMP';
  const f = p.flags;
  if (f.includes('R')) return 'RST';
  if (f.includes('S')) return f.includes('.') ? 'SYN-ACK' : 'SYN';
  if (p.len > 0) return 'DATA';
  if (f.includes('F')) return 'FIN';
  return 'ACK';
}

/** Connections seen in the stream, in order of their first packet. */
export function connections(events: readonly TraceEvent[]): Connection[] {
  const byPair = new Map<string, Connection>();
  for (const e of events) {
    if (!isPacket(e) || e.proto === 'icmp') continue;
    const pair = e.src < e.dst ? `${e.src}|${e.dst}` : `${e.dst}|${e.src}`;
    let c = byPair.get(pair);
    if (!c) {
      const [client, server] = clientFirst(e);
      c = { key: `${client}>${server}`, client, server, proto: e.proto, packets: 0, firstNs: e.timeNs };
      byPair.set(pair, c);
    }
    c.packets++;
  }
  return [...byPair.values()];
}

/** The side that sent a bare SYN is the client; failing that, the higher (ephemeral) port. */
function clientFirst(p: PacketRecord): [string, string] {
  if (p.proto === 'tcp' && p.flags.includes('S')) return p.flags.includes('.') ? [p.dst, p.src] : [p.src, p.dst];
  return portOf(p.src) >= portOf(p.dst) ? [p.src, p.dst] : [p.dst, p.src];
}

function matches(c: Connection, f: SequenceFilter): boolean {
  if ('all' in f) return true;
  if ('port' in f) return portOf(c.client) === f.port || portOf(c.server) === f.port;
  const [a, b] = f.conn.split('>');
  return c.key === f.conn || c.key === `${b}>${a}`;
}

/** Relative sequence numbers: each direction's initial number is the SYN's (or the first seen). */
class SeqBase {
  private base = new Map<string, number>();
  rel(from: string, seq: number): number {
    if (!this.base.has(from)) this.base.set(from, seq);
    return (seq - this.base.get(from)!) >>> 0;
  }
  peek(from: string): number | undefined {
    return this.base.get(from);
  }
}

function detailOf(p: PacketRecord, bases: SeqBase): string {
  if (p.proto !== 'tcp') return p.proto === 'icmp' ? p.note : `len ${p.len}`;
  const seq = bases.rel(p.src, p.seq);
  const parts = [p.len > 0 ? `seq ${seq}:${seq + p.len}` : `seq ${seq}`];
  if (p.flags.includes('.')) {
    const peer = bases.peek(p.dst);
    parts.push(`ack ${peer === undefined ? p.ack : (p.ack - peer) >>> 0}`);
  }
  parts.push(`win ${p.win}`);
  return parts.join(' ');
}

function labelOf(kind: ArrowKind, p: PacketRecord): string {
  switch (kind) {
    case 'DATA':
      return `DATA ${p.len} ${preview(p.bytes, p.len)}${p.flags.includes('F') ? ' +FIN' : ''}`;
    case 'UDP':
      return `UDP ${p.len} ${preview(p.bytes, p.len)}`;
    case 'ICMP':
      return `ICMP ${p.note}`;
    case 'SYN': case 'SYN-ACK': case 'ACK': case 'FIN': case 'RST':
      return kind;
  }
}

function lifelineIndex(lines: Lifeline[], endpoint: string, role: Lifeline['role']): number {
  let i = lines.findIndex((l) => l.endpoint === endpoint);
  if (i < 0) i = lines.push({ endpoint, role }) - 1;
  return i;
}

/**
 * The diagram for `filter`: lifelines (the server of each connection is
 * drawn once, clients in order of appearance) and one arrow per packet.
 */
export function buildSequence(events: readonly TraceEvent[], filter: SequenceFilter): SequenceModel {
  const conns = connections(events).filter((c) => matches(c, filter));
  const keyOf = new Map<string, Connection>();
  for (const c of conns) {
    keyOf.set(`${c.client}|${c.server}`, c);
    keyOf.set(`${c.server}|${c.client}`, c);
  }
  const lifelines: Lifeline[] = [];
  const ordered = [...conns].sort((a, b) => a.firstNs - b.firstNs);
  for (const c of ordered) lifelineIndex(lifelines, c.server, 'server');
  for (const c of ordered) lifelineIndex(lifelines, c.client, 'client');
  const clients = lifelines.filter((l) => l.role === 'client');
  const servers = lifelines.filter((l) => l.role === 'server');
  lifelines.splice(0, lifelines.length, ...clients, ...servers);
  const bases = new SeqBase();
  const arrows: Arrow[] = [];
  for (const e of events) {
    if (!isPacket(e)) continue;
    const c = keyOf.get(`${e.src}|${e.dst}`);
    if (!c) continue;
    const kind = arrowKind(e);
    arrows.push({
      id: e.id, timeNs: e.timeNs,
      from: lifelines.findIndex((l) => l.endpoint === e.src),
      to: lifelines.findIndex((l) => l.endpoint === e.dst),
      kind, label: labelOf(kind, e), detail: detailOf(e, bases), len: e.len,
      lost: e.note.includes('dropped'), conn: c.key,
    });
  }
  const startNs = arrows[0]?.timeNs ?? 0;
  return { lifelines, arrows, startNs, endNs: arrows[arrows.length - 1]?.timeNs ?? startNs };
}

/** The model cut at virtual time `t` (the slider): arrows sent at or before it. */
export function sequenceAt(model: SequenceModel, t: number): SequenceModel {
  return { ...model, arrows: model.arrows.filter((a) => a.timeNs <= t) };
}
