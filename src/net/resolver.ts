/**
 * Name resolution as glibc's getaddrinfo does it with "hosts: files dns":
 * /etc/hosts first, then the simulated DNS (hosts register themselves). IPv4
 * only. Service names come from /etc/services.
 */
import { EAI_NONAME } from '../abi/socket.ts';
import { parseIPv4 } from './addr.ts';

export class Resolver {
  /** Simulated DNS: lower-case name -> addresses. */
  private readonly dns = new Map<string, string[]>();

  constructor(private readonly readFile: (path: string) => string | null) {}

  /** Publish `name` -> `addr` in the simulated DNS. */
  register(name: string, addr: string): void {
    const key = name.toLowerCase();
    const list = this.dns.get(key) ?? [];
    if (!list.includes(addr)) list.push(addr);
    this.dns.set(key, list);
  }

  unregister(name: string): void {
    this.dns.delete(name.toLowerCase());
  }

  /** IPv4 addresses of `name`, or EAI_NONAME ("Name or service not known"). */
  resolve(name: string): string[] | number {
    if (parseIPv4(name) !== null) return [name];
    if (name === '') return EAI_NONAME;
    const fromHosts = this.hostsLookup(name);
    if (fromHosts.length) return fromHosts;
    const fromDns = this.dns.get(name.toLowerCase().replace(/\.$/, ''));
    if (fromDns?.length) return [...fromDns];
    return EAI_NONAME;
  }

  /** Names for an address (reverse lookup through /etc/hosts then DNS), first is canonical. */
  reverse(addr: string): string[] {
    const out: string[] = [];
    for (const [a, names] of this.hostsEntries()) if (a === addr) out.push(...names);
    for (const [name, addrs] of this.dns) if (addrs.includes(addr)) out.push(name);
    return out;
  }

  /** Port of a service name (or number as text) for "tcp"/"udp", or null. */
  service(name: string, proto: string): number | null {
    if (/^\d+$/.test(name)) return Number(name) <= 65535 ? Number(name) : null;
    for (const s of this.servicesEntries()) {
      if (s.proto === proto && (s.name === name || s.aliases.includes(name))) return s.port;
    }
    return null;
  }

  /** Service name of a port, or null. */
  serviceName(port: number, proto: string): string | null {
    return this.servicesEntries().find((s) => s.port === port && s.proto === proto)?.name ?? null;
  }

  private hostsLookup(name: string): string[] {
    const want = name.toLowerCase();
    const out: string[] = [];
    let sawFile = false;
    for (const [addr, names] of this.hostsEntries()) {
      sawFile = true;
      if (names.some((n) => n.toLowerCase() === want) && !out.includes(addr)) out.push(addr);
    }
    // Without an /etc/hosts, localhost still resolves (as nss-myhostname does).
    if (!sawFile && want === 'localhost') out.push('127.0.0.1');
    return out;
  }

  private hostsEntries(): Array<[string, string[]]> {
    const text = this.readFile('/etc/hosts');
    if (text === null) return [];
    const out: Array<[string, string[]]> = [];
    for (const raw of text.split('\n')) {
      const fields = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
      if (fields.length < 2 || parseIPv4(fields[0]!) === null) continue;
      out.push([fields[0]!, fields.slice(1)]);
    }
    return out;
  }

  private servicesEntries(): Array<{ name: string; port: number; proto: string; aliases: string[] }> {
    const text = this.readFile('/etc/services');
    if (text === null) return [];
    const out = [];
    for (const raw of text.split('\n')) {
      const fields = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
      const m = fields.length >= 2 ? /^(\d+)\/(\w+)$/.exec(fields[1]!) : null;
      if (!m) continue;
      out.push({ name: fields[0]!, port: Number(m[1]), proto: m[2]!, aliases: fields.slice(2) });
    }
    return out;
  }
}
