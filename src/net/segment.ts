/**
 * TCP segments as they travel between control blocks (RFC 9293 section 3.1
 * header fields that matter here), and 32-bit sequence-number arithmetic
 * (RFC 9293 section 3.4: comparisons are modulo 2**32).
 */
import type { Endpoint } from './addr.ts';

export const FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10;

export interface Segment {
  readonly src: Endpoint;
  readonly dst: Endpoint;
  readonly seq: number;
  readonly ack: number;
  /** Control bits: FIN | SYN | RST | PSH | ACK. */
  readonly flags: number;
  readonly win: number;
  /** MSS option (SYN segments only). */
  readonly mss?: number;
  readonly data: Uint8Array;
}

/** Sequence space the segment occupies: data plus one for SYN and FIN (RFC 9293 3.4). */
export function segLen(s: Segment): number {
  return s.data.length + (s.flags & SYN ? 1 : 0) + (s.flags & FIN ? 1 : 0);
}

export function seqAdd(a: number, n: number): number {
  return (a + n) >>> 0;
}

/** a - b as a signed distance in sequence space. */
export function seqDiff(a: number, b: number): number {
  return (a - b) | 0;
}

export const seqLt = (a: number, b: number): boolean => seqDiff(a, b) < 0;
export const seqLe = (a: number, b: number): boolean => seqDiff(a, b) <= 0;
export const seqGt = (a: number, b: number): boolean => seqDiff(a, b) > 0;
export const seqGe = (a: number, b: number): boolean => seqDiff(a, b) >= 0;

/** Flags the way tcpdump prints them: S, F, P, R, then "." for ACK. */
export function flagText(flags: number): string {
  let s = '';
  if (flags & SYN) s += 'S';
  if (flags & FIN) s += 'F';
  if (flags & PSH) s += 'P';
  if (flags & RST) s += 'R';
  if (flags & ACK) s += '.';
  return s;
}

/**
 * The reset answering a segment that reached no connection (RFC 9293
 * 3.10.7.1, CLOSED): none for a RST; <SEQ=SEG.ACK><CTL=RST> when the segment
 * had an ACK; otherwise <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
 */
export function resetFor(seg: Segment): Segment | null {
  if (seg.flags & RST) return null;
  const empty = new Uint8Array(0);
  if (seg.flags & ACK) return { src: seg.dst, dst: seg.src, seq: seg.ack, ack: 0, flags: RST, win: 0, data: empty };
  return { src: seg.dst, dst: seg.src, seq: 0, ack: seqAdd(seg.seq, segLen(seg)), flags: RST | ACK, win: 0, data: empty };
}
