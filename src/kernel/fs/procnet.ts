/**
 * /proc/net/tcp, /proc/net/udp, /proc/net/unix, /proc/net/dev and
 * /proc/net/route in Linux's formats (net/ipv4/tcp_ipv4.c get_tcp4_sock,
 * udp.c udp4_format_sock, af_unix.c unix_seq_show, net/core/net-procfs.c
 * dev_seq_printf_stats, net/ipv4/fib_trie.c fib_route_seq_show), generated
 * from the network's socket snapshot, counters and routes. The owner
 * uid of a socket is that of the first process holding it. One deviation:
 * for a listening TCP socket Linux leaves tx_queue 0 here and reports the
 * backlog over netlink; we put the backlog in tx_queue so that ss, which
 * reads these files, shows what Linux's ss shows.
 */
import { snapshot } from '../../net/syscalls.ts';
import { isSock } from '../../net/sock.ts';
import type { Sock, SockInfo } from '../../net/sock.ts';
import type { NetStack } from '../../net/stack.ts';
import { formatIPv4, inSubnet, parseIPv4 } from '../../net/addr.ts';
import { OUTSIDE_SUBNETS } from '../../net/link.ts';
import type { Kernel } from '../kernel.ts';

const TCP_STATE: Record<string, number> = {
  ESTAB: 1, 'SYN-SENT': 2, 'SYN-RECV': 3, 'FIN-WAIT-1': 4, 'FIN-WAIT-2': 5, 'TIME-WAIT': 6, UNCONN: 7,
  'CLOSE-WAIT': 8, 'LAST-ACK': 9, LISTEN: 10, CLOSING: 11,
};

const hex = (n: number, w: number): string => (n >>> 0).toString(16).toUpperCase().padStart(w, '0');

/** "127.0.0.1:80" -> "0100007F:0050" (the address as the kernel's u32 in host order). */
function inetHex(text: string): string {
  const i = text.lastIndexOf(':');
  const addr = text.slice(0, i), port = text.slice(i + 1);
  const b = addr.split('.').map(Number);
  const v = ((b[3]! << 24) | (b[2]! << 16) | (b[1]! << 8) | b[0]!) >>> 0;
  return `${hex(v, 8)}:${hex(port === '*' ? 0 : Number(port), 4)}`;
}

/** The machine's open sockets and, per inode, the uid of a process holding it. */
function openSockets(k: Kernel): { socks: Sock[]; owner: Map<number, number> } {
  const socks: Sock[] = [];
  const seen = new Set<Sock>();
  const owner = new Map<number, number>();
  for (const p of [...k.procs.values()].sort((a, b) => a.pid - b.pid)) {
    for (const e of p.fds) {
      const ops = e?.file.ops;
      if (!ops || !isSock(ops)) continue;
      if (!seen.has(ops)) {
        seen.add(ops);
        socks.push(ops);
      }
      if (!owner.has(ops.ino)) owner.set(ops.ino, p.uid);
    }
  }
  return { socks, owner };
}

function rows(k: Kernel, net: NetStack, proto: SockInfo['proto']): { list: SockInfo[]; owner: Map<number, number> } {
  const { socks, owner } = openSockets(k);
  return { list: snapshot(net, socks).filter((s) => s.proto === proto), owner };
}

export function procNetTcp(k: Kernel, net: NetStack): string {
  const { list, owner } = rows(k, net, 'tcp');
  let out = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode'.padEnd(149) + '\n';
  list.forEach((s, i) => {
    const peer = s.peer.endsWith(':*') ? '0.0.0.0:0' : s.peer;
    const line = `${String(i).padStart(4)}: ${inetHex(s.local)} ${inetHex(peer)} ${hex(TCP_STATE[s.state] ?? 7, 2)} ` +
      `${hex(s.sendQ, 8)}:${hex(s.recvQ, 8)} 00:00000000 00000000 ${String(owner.get(s.ino) ?? 0).padStart(5)} ` +
      `${String(0).padStart(8)} ${s.ino} 1 0000000000000000 20 4 30 10 -1`;
    out += line.padEnd(149) + '\n';
  });
  return out;
}

export function procNetUdp(k: Kernel, net: NetStack): string {
  const { list, owner } = rows(k, net, 'udp');
  let out = '   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops'.padEnd(127) + '\n';
  list.forEach((s, i) => {
    const peer = s.peer.endsWith(':*') ? '0.0.0.0:0' : s.peer;
    const line = `${String(i).padStart(5)}: ${inetHex(s.local)} ${inetHex(peer)} ${hex(s.state === 'ESTAB' ? 1 : 7, 2)} ` +
      `${hex(s.sendQ, 8)}:${hex(s.recvQ, 8)} 00:00000000 00000000 ${String(owner.get(s.ino) ?? 0).padStart(5)} ` +
      `${String(0).padStart(8)} ${s.ino} 2 0000000000000000 0`;
    out += line.padEnd(127) + '\n';
  });
  return out;
}

export function procNetUnix(k: Kernel, net: NetStack): string {
  const { list } = rows(k, net, 'unix');
  let out = 'Num       RefCount Protocol Flags    Type St Inode Path\n';
  for (const s of list) {
    const listening = s.state === 'LISTEN';
    const st = listening || s.state === 'UNCONN' ? 1 : 3;
    const path = s.local !== '*' && s.local !== '' ? ` ${s.local}` : '';
    out += `0000000000000000: 00000002 00000000 ${listening ? '00010000' : '00000000'} ${hex(s.type === 'stream' ? 1 : 2, 4)} ` +
      `${hex(st, 2)} ${String(s.ino).padStart(5)}${path}\n`;
  }
  return out;
}

/** "192.0.2.0" -> "000200C0": the u32 as the kernel prints it (network order bytes read little-endian). */
function addrHex(addr: string): string {
  return inetHex(`${addr}:0`).slice(0, 8);
}

function maskOf(bits: number): string {
  return formatIPv4(bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0);
}

/**
 * The main routing table: the link's own subnet (the kernel route of eth0's
 * address) and the other outside subnets through the gateway, the first
 * host of the link's subnet. Nothing else is routed (see net/link.ts).
 */
export function mainRoutes(net: NetStack): Array<{ dst: string; bits: number; gw: string | null; dev: string }> {
  const own = OUTSIDE_SUBNETS.find((s) => inSubnet(net.link.machineAddr, s.net, s.bits));
  if (!own) return [];
  const gw = formatIPv4((parseIPv4(own.net)! + 1) >>> 0);
  return OUTSIDE_SUBNETS.map((s) => ({ dst: s.net, bits: s.bits, gw: s === own ? null : gw, dev: 'eth0' }))
    .sort((a, b) => parseIPv4(a.dst)! - parseIPv4(b.dst)!);
}

/** /proc/net/route (fib_route_seq_show): every line padded to 127 columns. */
export function procNetRoute(net: NetStack): string {
  const pad = (l: string): string => l.padEnd(127) + '\n';
  let out = pad('Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT');
  for (const r of mainRoutes(net)) {
    const flags = r.gw ? 0x0003 : 0x0001; // RTF_UP | RTF_GATEWAY
    out += pad(`${r.dev}\t${addrHex(r.dst)}\t${addrHex(r.gw ?? '0.0.0.0')}\t${hex(flags, 4)}\t0\t0\t0\t${addrHex(maskOf(r.bits))}\t0\t0\t0`);
  }
  return out;
}

/** /proc/net/dev (dev_seq_show) from the interface counters. */
export function procNetDev(net: NetStack): string {
  let out = 'Inter-|   Receive                                                |  Transmit\n' +
    ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n';
  const w = (n: number, width: number): string => ' ' + String(n).padStart(width);
  for (const i of net.link.interfaces()) {
    const c = net.ifStats.byIface.get(i.name) ?? { rxBytes: 0, rxPackets: 0, txBytes: 0, txPackets: 0 };
    out += `${i.name.padStart(6)}:${w(c.rxBytes, 7)}${w(c.rxPackets, 7)}${w(0, 4)}${w(0, 4)}${w(0, 4)}${w(0, 5)}${w(0, 10)}${w(0, 9)}` +
      `${w(c.txBytes, 8)}${w(c.txPackets, 7)}${w(0, 4)}${w(0, 4)}${w(0, 4)}${w(0, 5)}${w(0, 7)}${w(0, 10)}\n`;
  }
  return out;
}

/** The files of /proc/net, by name (empty when the machine has no network). */
export function procNetFiles(k: Kernel): Record<string, () => string> {
  const net = k.extensions.get('netstack') as NetStack | undefined;
  if (!net) return {};
  return {
    tcp: () => procNetTcp(k, net),
    udp: () => procNetUdp(k, net),
    unix: () => procNetUnix(k, net),
    dev: () => procNetDev(net),
    route: () => procNetRoute(net),
  };
}
