/**
 * Interface counters (what /proc/net/dev shows): bytes and packets each
 * interface received and sent since boot, counted from the packet log.
 * Sizes are of the frame: IPv4 header, the TCP/UDP/ICMP header and the
 * payload, plus 14 bytes of Ethernet header (lo carries one too). Whatever
 * goes out on lo comes back in on lo, so lo counts it both ways.
 */
import type { PacketEvent, PacketLog } from './packet-log.ts';

export interface IfCounters {
  rxBytes: number;
  rxPackets: number;
  txBytes: number;
  txPackets: number;
}

const ETH_HLEN = 14, IP_HLEN = 20;

/** Frame length of a logged packet. */
export function frameLength(e: PacketEvent): number {
  switch (e.proto) {
    case 'tcp': return ETH_HLEN + IP_HLEN + 20 + (/mss \d+/.test(e.note) ? 4 : 0) + e.len;
    case 'udp': return ETH_HLEN + IP_HLEN + 8 + e.len;
    case 'icmp': return ETH_HLEN + IP_HLEN + 8 + (/^echo/.test(e.note) ? e.len : IP_HLEN + 8);
  }
}

export class IfStats {
  readonly byIface = new Map<string, IfCounters>([['lo', zero()], ['eth0', zero()]]);

  /** Count every packet `log` carries from now on; `isLocal` says whether an address is the machine's. */
  constructor(log: PacketLog, private readonly isLocal: (addr: string) => boolean) {
    log.subscribe((e) => this.count(e));
  }

  private count(e: PacketEvent): void {
    const c = this.byIface.get(e.iface);
    if (!c) return; // dropped: no route
    const n = frameLength(e);
    const out = e.iface === 'lo' || this.isLocal(e.src.addr);
    const back = e.iface === 'lo' || this.isLocal(e.dst.addr);
    if (out) {
      c.txBytes += n;
      c.txPackets++;
    }
    if (back) {
      c.rxBytes += n;
      c.rxPackets++;
    }
  }
}

function zero(): IfCounters {
  return { rxBytes: 0, rxPackets: 0, txBytes: 0, txPackets: 0 };
}
