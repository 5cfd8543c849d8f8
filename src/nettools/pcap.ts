/**
 * Packet records from the capture socket (src/net/capture.ts), the IPv4 and
 * TCP/UDP/ICMP headers they would have had on the wire (for -A and -X), and
 * tcpdump's filter expressions of the simple forms.
 */

export interface Pkt {
  id: number;
  timeNs: number;
  iface: string;
  proto: 'tcp' | 'udp' | 'icmp';
  src: string;
  sport: number;
  dst: string;
  dport: number;
  flags: string;
  seq: number;
  ack: number;
  win: number;
  len: number;
  payload: Uint8Array;
  note: string;
}

function unhex(s: string): Uint8Array {
  if (s === '-') return new Uint8Array(0);
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Parse one record line; null when malformed. */
export function parseRecord(line: string): Pkt | null {
  const f = line.split(' ');
  if (f.length < 15) return null;
  return {
    id: Number(f[0]), timeNs: Number(f[1]), iface: f[2]!, proto: f[3] as Pkt['proto'], src: f[4]!, sport: Number(f[5]),
    dst: f[6]!, dport: Number(f[7]), flags: f[8] === '-' ? '' : f[8]!, seq: Number(f[9]), ack: Number(f[10]), win: Number(f[11]),
    len: Number(f[12]), payload: unhex(f[13]!), note: f[14] === '-' ? '' : decodeURIComponent(f[14]!),
  };
}

const ip4 = (a: string): number[] => a.split('.').map(Number);

function sum16(b: number[]): number {
  let s = 0;
  for (let i = 0; i < b.length; i += 2) s += (b[i]! << 8) | (b[i + 1] ?? 0);
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}

const be16 = (n: number): number[] => [(n >>> 8) & 255, n & 255];
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

/** The packet as bytes: IPv4 header, then the TCP/UDP/ICMP header, then the payload. */
export function wireBytes(p: Pkt): Uint8Array {
  const payload = Array.from(p.payload);
  let l4: number[];
  const protoNum = p.proto === 'tcp' ? 6 : p.proto === 'udp' ? 17 : 1;
  if (p.proto === 'tcp') {
    const mss = /mss (\d+)/.exec(p.note);
    const opts = mss ? [2, 4, ...be16(Number(mss[1]))] : [];
    let fl = 0;
    for (const c of p.flags) fl |= c === 'F' ? 1 : c === 'S' ? 2 : c === 'R' ? 4 : c === 'P' ? 8 : c === '.' ? 16 : 0;
    l4 = [...be16(p.sport), ...be16(p.dport), ...be32(p.seq), ...be32(p.ack), ((5 + opts.length / 4) << 4), fl,
      ...be16(Math.min(p.win, 65535)), 0, 0, 0, 0, ...opts];
  } else if (p.proto === 'udp') {
    l4 = [...be16(p.sport), ...be16(p.dport), ...be16(8 + payload.length), 0, 0];
  } else {
    const echo = /echo (request|reply), id (\d+), seq (\d+)/.exec(p.note);
    l4 = echo ? [echo[1] === 'request' ? 8 : 0, 0, 0, 0, ...be16(Number(echo[2])), ...be16(Number(echo[3]))] : [3, 3, 0, 0, 0, 0, 0, 0];
  }
  if (p.proto !== 'icmp') {
    const pseudo = [...ip4(p.src), ...ip4(p.dst), 0, protoNum, ...be16(l4.length + payload.length)];
    const ck = sum16([...pseudo, ...l4, ...payload]);
    const at = p.proto === 'tcp' ? 16 : 6;
    l4[at] = ck >>> 8;
    l4[at + 1] = ck & 255;
  } else {
    const ck = sum16([...l4, ...payload]);
    l4[2] = ck >>> 8;
    l4[3] = ck & 255;
  }
  const total = 20 + l4.length + payload.length;
  const iph = [0x45, 0, ...be16(total), ...be16(p.id & 0xffff), 0x40, 0, 64, protoNum, 0, 0, ...ip4(p.src), ...ip4(p.dst)];
  const ck = sum16(iph);
  iph[10] = ck >>> 8;
  iph[11] = ck & 255;
  return Uint8Array.from([...iph, ...l4, ...payload]);
}

/** A filter: a conjunction of primitives (tcp, udp, icmp, [src|dst] port N, [src|dst] host A), each maybe negated. */
export type Filter = (p: Pkt) => boolean;

export function compileFilter(words: string[], resolve: (h: string) => string | null): Filter | string {
  const terms: Filter[] = [];
  let i = 0;
  const expr = words.join(' ').split(/\s+/).filter(Boolean);
  while (i < expr.length) {
    let neg = false;
    if (expr[i] === 'not' || expr[i] === '!') {
      neg = true;
      i++;
    }
    let dir: 'src' | 'dst' | null = null;
    if (expr[i] === 'src' || expr[i] === 'dst') dir = expr[i++] as 'src' | 'dst';
    const w = expr[i++];
    let t: Filter;
    if (w === 'tcp' || w === 'udp' || w === 'icmp') t = (p) => p.proto === w;
    else if (w === 'ip') t = () => true;
    else if (w === 'port') {
      const n = Number(expr[i++]);
      if (!Number.isInteger(n)) return 'syntax error';
      t = (p) => p.proto !== 'icmp' && ((dir !== 'dst' && p.sport === n) || (dir !== 'src' && p.dport === n));
    } else if (w === 'host') {
      const h = expr[i++];
      const a = h ? resolve(h) : null;
      if (!a) return `can't resolve host ${h ?? ''}`;
      t = (p) => (dir !== 'dst' && p.src === a) || (dir !== 'src' && p.dst === a);
    } else return 'syntax error';
    terms.push(neg ? (p) => !t(p) : t);
    if (i < expr.length) {
      if (expr[i] !== 'and' && expr[i] !== '&&') return 'syntax error';
      i++;
      if (i >= expr.length) return 'syntax error';
    }
  }
  return (p) => terms.every((t) => t(p));
}
