/**
 * Socket addresses as perl sees them: packed byte strings with Linux's
 * layout (struct sockaddr_in: family as a native little-endian short, port
 * in network order, 4 address bytes, 8 zero bytes; struct sockaddr_un:
 * family and a 108-byte path), converted to and from the Sys SockAddr.
 */
import type { SockAddr } from '../abi/sys.ts';
import { AF_INET, AF_INET6, AF_UNIX } from '../abi/socket.ts';

const chars = (bytes: number[]): string => String.fromCharCode(...bytes);
const famBytes = (f: number): string => chars([f & 0xff, f >> 8]);

/** "1.2.3.4" (also inet_aton's short forms "127.1", "10.1.2") -> 4-byte string, or null. */
export function parseIpv4(s: string): string | null {
  if (!/^[0-9.]+$/.test(s) || s.startsWith('.') || s.endsWith('.') || s.includes('..')) return null;
  const parts = s.split('.').map(Number);
  if (parts.length > 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const last = parts.pop()!;
  if (parts.some((n) => n > 255)) return null;
  const rest = 4 - parts.length;
  if (last >= 2 ** (8 * rest)) return null;
  const tail: number[] = [];
  for (let i = rest - 1; i >= 0; i--) tail.push(Math.floor(last / 2 ** (8 * i)) & 0xff);
  return chars([...parts, ...tail]);
}

/** Strict dotted quad for inet_pton. */
export function ptonIpv4(s: string): string | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const b = m.slice(1).map(Number);
  return b.some((n) => n > 255) ? null : chars(b);
}

export const ntoa = (packed: string): string => [0, 1, 2, 3].map((i) => packed.charCodeAt(i)).join('.');

/** IPv6 text -> 16-byte string, or null. */
export function ptonIpv6(s: string): string | null {
  let head = s, tail = '';
  const dbl = s.indexOf('::');
  if (dbl >= 0) { head = s.slice(0, dbl); tail = s.slice(dbl + 2); if (tail.includes('::')) return null; }
  const groups = (t: string): number[] | null => {
    if (t === '') return [];
    const out: number[] = [];
    const parts = t.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = ptonIpv4(p);
        if (!v4) return null;
        out.push((v4.charCodeAt(0) << 8) | v4.charCodeAt(1), (v4.charCodeAt(2) << 8) | v4.charCodeAt(3));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else return null;
    }
    return out;
  };
  const h = groups(head), t = groups(tail);
  if (!h || !t) return null;
  const fill = 8 - h.length - t.length;
  if (dbl < 0 ? fill !== 0 : fill < 1) return null;
  const all = [...h, ...new Array<number>(dbl < 0 ? 0 : fill).fill(0), ...t];
  return chars(all.flatMap((g) => [g >> 8, g & 0xff]));
}

/** 16 bytes -> RFC 5952 text (longest zero run compressed). */
export function ntopIpv6(b: string): string {
  const g = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => (b.charCodeAt(2 * i) << 8) | b.charCodeAt(2 * i + 1));
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i > 1) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

export function packSockaddrIn(port: number, ip: string): string {
  return famBytes(AF_INET) + chars([(port >> 8) & 0xff, port & 0xff]) + ip + '\0'.repeat(8);
}

export function packSockaddrUn(path: string): string {
  return famBytes(AF_UNIX) + (path + '\0'.repeat(108)).slice(0, 108);
}

export const sockaddrFamily = (sa: string): number => sa.charCodeAt(0) | (sa.charCodeAt(1) << 8);

/** A Sys address as perl's packed string (what accept/recv/getsockname return). */
export function packAddr(a: SockAddr): string {
  if (a.family === 'unix') return famBytes(AF_UNIX) + a.path + '\0';
  return packSockaddrIn(a.port, parseIpv4(a.addr) ?? '\0\0\0\0');
}

/** A packed address from perl as a Sys address; a string error text when it is not one. */
export function unpackAddr(sa: string): SockAddr | string {
  if (sa.length < 2) return 'short';
  const fam = sockaddrFamily(sa);
  if (fam === AF_INET) {
    if (sa.length < 16) return 'short';
    return { family: 'inet', port: (sa.charCodeAt(2) << 8) | sa.charCodeAt(3), addr: ntoa(sa.slice(4, 8)) };
  }
  if (fam === AF_UNIX) {
    const p = sa.slice(2);
    const nul = p.indexOf('\0');
    return { family: 'unix', path: nul >= 0 ? p.slice(0, nul) : p };
  }
  return fam === AF_INET6 ? 'inet6' : 'family';
}
