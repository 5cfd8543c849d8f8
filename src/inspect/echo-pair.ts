/**
 * Tests' view of one "hello" through the echo pair of testing.ts as real
 * Linux sends it (echo-pair.segments.txt, recorded by
 * test/browser/inspector.record.mjs from a perl pair that does the same):
 * the recorded lines, our packets in the same form, and the arrow each line
 * should become. Node only (reads the file).
 */
import { readFileSync } from 'node:fs';
import type { PacketRecord } from './stream.ts';

/** "C>S P. seq 1:7 ack 1 len 6 "hello\n"", one line per segment. */
export const LINUX_PAIR: string[] = readFileSync(new URL('./echo-pair.segments.txt', import.meta.url), 'utf8').trimEnd().split('\n');

/** Packets of one connection to `serverPort` in the recorded form (sequence numbers relative to each side's SYN). */
export function pairLines(packets: readonly PacketRecord[], serverPort: number): string[] {
  const isn = new Map<string, number>();
  return packets.map((p) => {
    const dir = p.src.endsWith(`:${serverPort}`) ? 'S>C' : 'C>S';
    const peer = dir === 'C>S' ? 'S>C' : 'C>S';
    if (p.flags.includes('S')) isn.set(dir, p.seq);
    const seq = (p.seq - isn.get(dir)!) >>> 0;
    const ack = p.flags.includes('.') ? ` ack ${(p.ack - isn.get(peer)!) >>> 0}` : '';
    return `${dir} ${p.flags} seq ${p.len ? `${seq}:${seq + p.len}` : seq}${ack} len ${p.len}${p.len ? ` ${JSON.stringify(p.bytes)}` : ''}`;
  });
}

const KIND: Record<string, string> = { 'S': 'SYN', 'S.': 'SYN-ACK', '.': 'ACK', 'F.': 'FIN', 'R': 'RST', 'R.': 'RST' };

/**
 * The arrow a recorded line is drawn as, "C>S DATA 6 "hello\n" (seq 1:7 ack 1)"
 * (the window, which differs between stacks, left out). Payloads here are
 * short printable text, whose preview is its JSON string.
 */
export function expectedArrow(line: string): string {
  const m = /^(\S+) (\S+) (seq \S+(?: ack \d+)?) len (\d+)(?: (".*"))?$/.exec(line);
  if (!m) throw new Error(`not a recorded segment: ${line}`);
  const [, dir, flags, seq, len, bytes] = m;
  const label = Number(len) > 0 ? `DATA ${len} ${bytes}${flags!.includes('F') ? ' +FIN' : ''}` : KIND[flags!];
  return `${dir} ${label} (${seq})`;
}
