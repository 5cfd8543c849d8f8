/**
 * The name databases behind gethostby*, getservby*, getprotoby* and
 * getaddrinfo: /etc/hosts and /etc/services read through the machine,
 * host names through sys.resolve, and the protocol table glibc ships.
 */
import { ERESTARTSYS } from '../abi/errno.ts';
import { O_RDONLY } from '../abi/fcntl.ts';
import type { Vm } from './vm.ts';
import { fromBytes } from './io.ts';
import { parseIpv4 } from './sockaddr.ts';

/** A small configuration file's text, or null when it cannot be read. */
export function readConfFile(vm: Vm, path: string): string | null {
  const fd = vm.sys.open(path, O_RDONLY);
  if (fd < 0) return null;
  let text = '';
  for (let i = 0; i < 64; i++) {
    const r = vm.sys.read(fd, 65536);
    if (r === -ERESTARTSYS || typeof r === 'number' || r.length === 0) break;
    text += fromBytes(r);
  }
  vm.sys.close(fd);
  return text;
}

const confLines = (text: string | null): string[][] =>
  (text ?? '').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== '').map((l) => l.split(/\s+/));

export interface ServEnt { name: string; aliases: string[]; port: number; proto: string }
export interface ProtoEnt { name: string; aliases: string[]; proto: number }
export interface HostEnt { name: string; aliases: string[]; addrs: string[] }

function services(vm: Vm): ServEnt[] {
  return confLines(readConfFile(vm, '/etc/services')).flatMap((w) => {
    const m = /^(\d+)\/(\w+)$/.exec(w[1] ?? '');
    return m ? [{ name: w[0]!, aliases: w.slice(2), port: Number(m[1]), proto: m[2]! }] : [];
  });
}

export function servByName(vm: Vm, name: string, proto: string): ServEnt | null {
  return services(vm).find((s) => (s.name === name || s.aliases.includes(name)) && (proto === '' || s.proto === proto)) ?? null;
}

export function servByPort(vm: Vm, port: number, proto: string): ServEnt | null {
  return services(vm).find((s) => s.port === port && (proto === '' || s.proto === proto)) ?? null;
}

/** glibc's /etc/protocols entries a program can meet here. */
const PROTOCOLS: ProtoEnt[] = [
  { name: 'ip', aliases: ['IP'], proto: 0 }, { name: 'icmp', aliases: ['ICMP'], proto: 1 },
  { name: 'igmp', aliases: ['IGMP'], proto: 2 }, { name: 'tcp', aliases: ['TCP'], proto: 6 },
  { name: 'udp', aliases: ['UDP'], proto: 17 }, { name: 'ipv6', aliases: ['IPv6'], proto: 41 },
  { name: 'gre', aliases: ['GRE'], proto: 47 }, { name: 'esp', aliases: ['IPSEC-ESP'], proto: 50 },
  { name: 'ah', aliases: ['IPSEC-AH'], proto: 51 }, { name: 'ipv6-icmp', aliases: ['IPv6-ICMP'], proto: 58 },
  { name: 'sctp', aliases: ['SCTP'], proto: 132 }, { name: 'raw', aliases: ['RAW'], proto: 255 },
];

export function protoByName(name: string): ProtoEnt | null {
  return PROTOCOLS.find((p) => p.name === name || p.aliases.includes(name)) ?? null;
}

export function protoByNumber(n: number): ProtoEnt | null {
  return PROTOCOLS.find((p) => p.proto === n) ?? null;
}

function hostsFile(vm: Vm): HostEnt[] {
  return confLines(readConfFile(vm, '/etc/hosts')).flatMap((w) => (w.length >= 2 ? [{ addrs: [w[0]!], name: w[1]!, aliases: w.slice(2) }] : []));
}

/** IPv4 addresses of a name (dotted quads are themselves), or a negative EAI code. */
export function resolveV4(vm: Vm, name: string): string[] | number {
  if (parseIpv4(name) !== null && /^\d+\.\d+\.\d+\.\d+$/.test(name)) return [name];
  const r = vm.sys.resolve(name);
  if (typeof r === 'number') return r;
  const v4 = r.filter((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a));
  return v4.length ? v4 : -2;
}

/** gethostbyname: the canonical name from /etc/hosts when listed there. */
export function hostByName(vm: Vm, name: string): HostEnt | null {
  const addrs = resolveV4(vm, name);
  if (typeof addrs === 'number') return null;
  const ent = hostsFile(vm).find((h) => (h.name === name || h.aliases.includes(name)) && /^\d+\./.test(h.addrs[0]!));
  return { name: ent?.name ?? name, aliases: ent && ent.name !== name ? [] : ent?.aliases ?? [], addrs };
}

/** gethostbyaddr through /etc/hosts. */
export function hostByAddr(vm: Vm, addr: string): HostEnt | null {
  const ent = hostsFile(vm).find((h) => h.addrs[0] === addr);
  return ent ?? null;
}

/** glibc's gai_strerror texts. */
export const EAI_TEXT: Record<number, string> = {
  [-1]: 'Bad value for ai_flags', [-2]: 'Name or service not known', [-3]: 'Temporary failure in name resolution',
  [-4]: 'Non-recoverable failure in name resolution', [-5]: 'No address associated with hostname',
  [-6]: 'ai_family not supported', [-7]: 'ai_socktype not supported', [-8]: 'Servname not supported for ai_socktype',
  [-9]: 'Address family for hostname not supported', [-10]: 'Memory allocation failure', [-11]: 'System error',
  [-12]: 'Argument buffer overflow',
};
