/**
 * IPv4 addresses and endpoints. Addresses are dotted-quad strings at every
 * interface of net/ (what programs and the packet log show); arithmetic
 * converts to 32-bit numbers here.
 */

/** An IPv4 address and port. */
export interface Endpoint {
  readonly addr: string;
  readonly port: number;
}

/** Addresses already parsed (every packet routes and counts a few of them); cleared when large. */
const parsed = new Map<string, number | null>();

/** 32-bit value of a dotted quad, or null when `s` is not one. */
export function parseIPv4(s: string): number | null {
  let v = parsed.get(s);
  if (v === undefined) {
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(s, (v = parseQuad(s)));
  }
  return v;
}

function parseQuad(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const b = Number(m[i]);
    if (b > 255) return null;
    v = v * 256 + b;
  }
  return v >>> 0;
}

export function formatIPv4(v: number): string {
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

/** True when `addr` lies in `net`/`bits` (both dotted quads). */
export function inSubnet(addr: string, net: string, bits: number): boolean {
  const a = parseIPv4(addr), n = parseIPv4(net);
  if (a === null || n === null) return false;
  if (bits === 0) return true;
  const mask = (0xffffffff << (32 - bits)) >>> 0;
  return ((a & mask) >>> 0) === ((n & mask) >>> 0);
}

export const ANY = '0.0.0.0';

export function isLoopback(addr: string): boolean {
  const a = parseIPv4(addr);
  return a !== null && a >>> 24 === 127;
}

export function endpointText(e: Endpoint): string {
  return `${e.addr}:${e.port}`;
}

/** Key of a connection as seen from its local side. */
export function connKey(local: Endpoint, remote: Endpoint): string {
  return `${local.addr}:${local.port}>${remote.addr}:${remote.port}`;
}
