/**
 * Interfaces and routes. The machine has `lo` (127.0.0.0/8, MTU 65536) and
 * `eth0` at 192.0.2.2/24 (MTU 1500) - a documentation address (RFC 5737),
 * so nothing here can be mistaken for a real network. Behind eth0 lie the
 * simulated hosts: 192.0.2.0/24 on the link itself, 198.51.100.0/24 and
 * 203.0.113.0/24 through the gateway 192.0.2.1. Every other destination
 * has no route (ENETUNREACH): the sandbox has no way out.
 */
import { inSubnet, isLoopback } from './addr.ts';
import type { NetNode, NetStack } from './stack.ts';

export interface Route {
  readonly iface: 'lo' | 'eth0';
  /** Source address for a socket that has not bound one. */
  readonly src: string;
  readonly latencyNs: number;
  /** The node that owns the destination, or null: the packet goes out and nobody answers. */
  readonly to: NetNode | null;
}

export interface Subnet {
  readonly net: string;
  readonly bits: number;
  /** Default one-way latency to hosts there. */
  readonly latencyNs: number;
}

export const OUTSIDE_SUBNETS: readonly Subnet[] = [
  { net: '192.0.2.0', bits: 24, latencyNs: 1_000_000 },
  { net: '198.51.100.0', bits: 24, latencyNs: 20_000_000 },
  { net: '203.0.113.0', bits: 24, latencyNs: 50_000_000 },
];

export const LO_MTU = 65536, ETH_MTU = 1500;

export interface InterfaceInfo {
  name: string;
  addr: string;
  prefix: number;
  mtu: number;
}

export class Link {
  readonly machineAddr: string;
  readonly loLatencyNs: number;

  constructor(machineAddr = '192.0.2.2', loLatencyNs = 0) {
    this.machineAddr = machineAddr;
    this.loLatencyNs = loLatencyNs;
  }

  /** Default latency for a host at `addr`. */
  subnetLatency(addr: string): number {
    return OUTSIDE_SUBNETS.find((s) => inSubnet(addr, s.net, s.bits))?.latencyNs ?? 1_000_000;
  }

  isOutside(addr: string): boolean {
    return OUTSIDE_SUBNETS.some((s) => inSubnet(addr, s.net, s.bits));
  }

  /** MTU of the path from `from` to `remote`. */
  mtuTo(net: NetStack, from: NetNode, remote: string): number {
    const r = route(net, from, remote);
    return r && r.iface === 'lo' ? LO_MTU : ETH_MTU;
  }

  /** The machine's interfaces, for ip/ifconfig-style listings. */
  interfaces(): InterfaceInfo[] {
    return [
      { name: 'lo', addr: '127.0.0.1', prefix: 8, mtu: LO_MTU },
      { name: 'eth0', addr: this.machineAddr, prefix: 24, mtu: ETH_MTU },
    ];
  }
}

/** Route lookup from `from` to `dst`; null means no route (ENETUNREACH). */
export function route(net: NetStack, from: NetNode, dst: string): Route | null {
  if (from.owns(dst) || isLoopback(dst)) {
    // Local delivery goes through lo; 127/8 answers from 127.0.0.1 (the route's prefsrc).
    const src = isLoopback(dst) ? '127.0.0.1' : dst;
    return { iface: 'lo', src, latencyNs: net.link.loLatencyNs, to: from };
  }
  const to = net.nodeFor(dst);
  if (to) {
    const latencyNs = from.isMachine ? to.latencyNs : to.isMachine ? from.latencyNs : from.latencyNs + to.latencyNs;
    return { iface: 'eth0', src: from.addrs[0]!, latencyNs, to };
  }
  if (net.link.isOutside(dst)) {
    return { iface: 'eth0', src: from.addrs[0]!, latencyNs: net.link.subnetLatency(dst), to: null };
  }
  return null;
}
