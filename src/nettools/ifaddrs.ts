/**
 * The machine's interfaces, addresses and routes as a program can learn
 * them: interface names and counters from /proc/net/dev, the routing table
 * from /proc/net/route, and each interface's IPv4 address by asking the
 * kernel which source address it picks towards the interface's own subnet
 * (a UDP socket connected there, then getsockname). Loopback carries
 * 127.0.0.1/8, as on every Linux. `ip` and `hostname -I` read these.
 */
import { AF_INET, SOCK_DGRAM } from '../abi/socket.ts';
import type { Ctx, Gen } from '../programs/runtime.ts';
import { readText } from './lib.ts';

export interface Counters {
  rxBytes: number;
  rxPackets: number;
  txBytes: number;
  txPackets: number;
}

export interface Iface {
  /** ifindex: 1 for lo, then in /proc/net/dev order. */
  index: number;
  name: string;
  loopback: boolean;
  /** IPv4 address and prefix length, or null when it has none. */
  addr: string | null;
  prefix: number;
  stats: Counters;
}

export interface RouteEntry {
  dst: string;
  bits: number;
  /** Gateway, or null for a route straight onto the link. */
  gw: string | null;
  dev: string;
}

/** "000200C0" -> "192.0.2.0" (the kernel prints the address's bytes as a little-endian u32). */
export function hexAddr(h: string): string {
  const v = parseInt(h, 16) >>> 0;
  return `${v & 255}.${(v >>> 8) & 255}.${(v >>> 16) & 255}.${v >>> 24}`;
}

export const ipToInt = (a: string): number => a.split('.').reduce((v, b) => v * 256 + Number(b), 0) >>> 0;
export const intToIp = (v: number): string => `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;

function maskBits(mask: string): number {
  let v = ipToInt(mask), n = 0;
  while (v & 0x80000000) {
    n++;
    v = (v << 1) >>> 0;
  }
  return n;
}

/** The main routing table from /proc/net/route. */
export function* readRoutes(ctx: Ctx): Gen<RouteEntry[]> {
  const out: RouteEntry[] = [];
  for (const line of ((yield* readText(ctx, '/proc/net/route')) ?? '').split('\n').slice(1)) {
    const f = line.trim().split('\t');
    if (f.length < 8) continue;
    const gw = hexAddr(f[2]!);
    out.push({ dev: f[0]!, dst: hexAddr(f[1]!), gw: gw === '0.0.0.0' ? null : gw, bits: maskBits(hexAddr(f[7]!)) });
  }
  return out;
}

/** Source address the kernel picks towards `dst`, or null (no route). */
function sourceFor(ctx: Ctx, dst: string): string | null {
  const fd = ctx.sys.socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) return null;
  const r = ctx.sys.connect(fd, { family: 'inet', addr: dst, port: 9 });
  const name = r === 0 ? ctx.sys.getsockname(fd) : null;
  ctx.sys.close(fd);
  return name && typeof name !== 'number' && name.family === 'inet' ? name.addr : null;
}

/** Every interface of /proc/net/dev with its address (see the file comment). */
export function* readIfaces(ctx: Ctx): Gen<Iface[]> {
  const routes = yield* readRoutes(ctx);
  const out: Iface[] = [];
  const lines = ((yield* readText(ctx, '/proc/net/dev')) ?? '').split('\n').slice(2);
  for (const line of lines) {
    const m = /^\s*([^:\s]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const n = m[2]!.trim().split(/\s+/).map(Number);
    const name = m[1]!, loopback = name === 'lo';
    const stats = { rxBytes: n[0] ?? 0, rxPackets: n[1] ?? 0, txBytes: n[8] ?? 0, txPackets: n[9] ?? 0 };
    let addr: string | null = null, prefix = 0;
    if (loopback) [addr, prefix] = ['127.0.0.1', 8];
    else {
      const own = routes.find((r) => r.dev === name && r.gw === null);
      if (own) [addr, prefix] = [sourceFor(ctx, intToIp(ipToInt(own.dst) + 1)), own.bits];
    }
    out.push({ index: 0, name, loopback, addr, prefix, stats });
  }
  out.sort((a, b) => Number(b.loopback) - Number(a.loopback));
  out.forEach((i, k) => (i.index = k + 1));
  return out;
}
