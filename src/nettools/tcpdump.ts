/**
 * tcpdump (4.99): reads the machine's packets from a capture socket
 * (AF_PACKET, root only) and prints them in tcpdump's one-line format, with
 * -n, -c, -q, -t, -A, -X, -l and simple filters; the summary on exit or Ctrl-C.
 */
import { EINTR, EPERM } from '../abi/errno.ts';
import { POLLIN } from '../abi/poll.ts';
import { SIGINT, SIGTERM } from '../abi/signals.ts';
import { SOCK_RAW } from '../abi/socket.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
import { AF_PACKET } from '../net/capture.ts';
import { parseServices, readText, type ServiceEntry } from './lib.ts';
import { compileFilter, parseRecord, wireBytes, type Pkt } from './pcap.ts';

const ETH_P_ALL = 0x0003;

interface TdOpts {
  iface: string; numeric: boolean; count: number; ascii: boolean; hex: boolean; filter: string[];
  /** -q: protocol and length only; -t: no timestamp. */
  quick: boolean; noStamp: boolean;
}

function parseArgs(args: readonly string[]): TdOpts | string {
  const o: TdOpts = { iface: 'eth0', numeric: false, count: -1, ascii: false, hex: false, filter: [], quick: false, noStamp: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || a === '-') { o.filter.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === 'i' || c === 'c') {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return `option requires an argument -- '${c}'`;
        if (c === 'i') o.iface = v;
        else if (!/^\d+$/.test(v) || Number(v) <= 0) return `invalid packet count ${v}`;
        else o.count = Number(v);
        break;
      }
      if (c === 'n') o.numeric = true;
      else if (c === 'A') o.ascii = true;
      else if (c === 'X') o.hex = true;
      else if (c === 'q') o.quick = true;
      else if (c === 't') o.noStamp = true;
      else if (c === 'l') continue;
      else return `invalid option -- '${c}'`;
    }
  }
  return o;
}

class Printer {
  /** Initial sequence numbers seen per direction "a.p>b.q", for tcpdump's relative numbering. */
  private readonly isn = new Map<string, number>();

  constructor(private readonly o: TdOpts, private readonly hosts: Map<string, string>, private readonly svc: ServiceEntry[],
    private readonly epochMs: number) {}

  private host(a: string): string {
    return this.o.numeric ? a : this.hosts.get(a) ?? a;
  }

  private port(n: number, proto: string): string {
    if (this.o.numeric) return String(n);
    return this.svc.find((e) => e.port === n && e.proto === proto)?.name ?? String(n);
  }

  private stamp(timeNs: number): string {
    const ms = this.epochMs + timeNs / 1e6;
    const d = new Date(Math.floor(ms));
    const p = (n: number, w = 2): string => String(n).padStart(w, '0');
    const us = Math.floor((this.epochMs * 1000 + timeNs / 1000) % 1e6);
    return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(us, 6)}`;
  }

  private tcp(p: Pkt): string {
    const key = `${p.src}.${p.sport}>${p.dst}.${p.dport}`, rev = `${p.dst}.${p.dport}>${p.src}.${p.sport}`;
    if (p.flags.includes('S')) this.isn.set(key, p.seq);
    const mine = this.isn.get(key), theirs = this.isn.get(rev);
    const rel = !p.flags.includes('S') && mine !== undefined && theirs !== undefined;
    const seq = rel ? (p.seq - mine!) >>> 0 : p.seq;
    const ack = rel ? (p.ack - theirs!) >>> 0 : p.ack;
    let s = `Flags [${p.flags}]`;
    if (p.len > 0 || /[SFR]/.test(p.flags)) s += `, seq ${seq}${p.len > 0 ? `:${(seq + p.len) >>> 0}` : ''}`;
    if (p.flags.includes('.')) s += `, ack ${ack}`;
    s += `, win ${p.win}`;
    const mss = /mss (\d+)/.exec(p.note);
    if (mss) s += `, options [mss ${mss[1]}]`;
    return `${s}, length ${p.len}`;
  }

  line(p: Pkt): string {
    const prefix = this.o.iface === 'any' ? `${p.iface.padEnd(5)} ${p.iface === 'lo' || !p.src.startsWith('192.0.2.2') ? 'In ' : 'Out'} ` : '';
    let body: string;
    if (p.proto === 'icmp') {
      const echo = /^echo/.test(p.note);
      body = `IP ${this.host(p.src)} > ${this.host(p.dst)}: ICMP ${echo ? p.note : `${this.host(p.src)} ${p.note}`}, length ${echo ? 64 : 36}`;
    } else {
      const ends = `IP ${this.host(p.src)}.${this.port(p.sport, p.proto)} > ${this.host(p.dst)}.${this.port(p.dport, p.proto)}`;
      const tcp = this.o.quick ? `tcp ${p.len}` : this.tcp(p);
      body = `${ends}: ${p.proto === 'tcp' ? tcp : `UDP, length ${p.len}`}`;
    }
    let out = `${this.o.noStamp ? '' : `${this.stamp(p.timeNs)} `}${prefix}${body}\n`;
    if (this.o.hex) out += hexDump(wireBytes(p));
    else if (this.o.ascii) out += asciiDump(wireBytes(p));
    return out;
  }
}

function printable(b: number): string {
  return b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
}

/** -X: offset, eight 16-bit groups, then the bytes as text. */
function hexDump(b: Uint8Array): string {
  let out = '';
  for (let off = 0; off < b.length; off += 16) {
    const row = b.subarray(off, off + 16);
    let hex = '';
    for (let i = 0; i < row.length; i += 2) {
      hex += ' ' + row[i]!.toString(16).padStart(2, '0') + (i + 1 < row.length ? row[i + 1]!.toString(16).padStart(2, '0') : '');
    }
    out += `\t0x${off.toString(16).padStart(4, '0')}: ${hex.padEnd(40)}  ${Array.from(row, printable).join('')}\n`;
  }
  return out;
}

/** -A: the bytes as text, line ends kept, carriage returns dropped. */
function asciiDump(b: Uint8Array): string {
  let out = '';
  for (const x of b) out += x === 10 ? '\n' : x === 13 ? '' : printable(x);
  return out + '\n';
}

function* hostsMap(ctx: Ctx): Gen<Map<string, string>> {
  const m = new Map<string, string>();
  for (const line of ((yield* readText(ctx, '/etc/hosts')) ?? '').split('\n')) {
    const f = line.replace(/#.*/, '').trim().split(/\s+/);
    if (f.length >= 2 && /^\d+\.\d+\.\d+\.\d+$/.test(f[0]!) && !m.has(f[0]!)) m.set(f[0]!, f[1]!);
  }
  return m;
}

function* summary(ctx: Ctx, captured: number, seen: number, drops: number): Gen<void> {
  const pl = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  yield* ctx.err(`${pl(captured, 'packet')} captured\n${pl(seen, 'packet')} received by filter\n${pl(drops, 'packet')} dropped by kernel\n`);
}

export const tcpdump = defineProgram('tcpdump', function* (ctx) {
  const o = parseArgs(ctx.argv.slice(1));
  if (typeof o === 'string') {
    yield* ctx.err(`tcpdump: ${o}\n`);
    return 1;
  }
  if (!['lo', 'eth0', 'any'].includes(o.iface)) {
    yield* ctx.err(`tcpdump: ${o.iface}: No such device exists\n(No such device exists)\n`);
    return 1;
  }
  const fd = ctx.sys.socket(AF_PACKET, SOCK_RAW, ETH_P_ALL);
  if (fd === -EPERM) {
    yield* ctx.err(`tcpdump: ${o.iface}: You don't have permission to perform this capture on that device\n(socket: Operation not permitted)\n`);
    return 1;
  }
  if (fd < 0) return 1;
  const hosts = yield* hostsMap(ctx);
  const filter = compileFilter(o.filter, (h) => (/^\d+\.\d+\.\d+\.\d+$/.test(h) ? h : [...hosts].find(([, n]) => n === h)?.[0] ?? (() => {
    const r = ctx.sys.resolve(h);
    return typeof r === 'number' ? null : r[0] ?? null;
  })()));
  if (typeof filter === 'string') {
    yield* ctx.err(`tcpdump: ${filter}\n`);
    return 1;
  }
  const [rs, rns] = ctx.sys.clockGettime('realtime'), [ms, mns] = ctx.sys.clockGettime('monotonic');
  const epochMs = (rs - ms) * 1000 + (rns - mns) / 1e6;
  const printer = new Printer(o, hosts, parseServices(yield* readText(ctx, '/etc/services')), epochMs);
  ctx.sys.sigaction(SIGINT, 'catch');
  ctx.sys.sigaction(SIGTERM, 'catch');
  yield* ctx.err('tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n');
  const link = o.iface === 'any' ? 'LINUX_SLL2 (Linux cooked v2)' : 'EN10MB (Ethernet)';
  yield* ctx.err(`listening on ${o.iface}, link-type ${link}, snapshot length 262144 bytes\n`);
  let captured = 0, seen = 0, interrupted = false, rest = '';
  while (o.count < 0 || captured < o.count) {
    const n = yield* ctx.poll([{ fd, events: POLLIN, revents: 0 }], -1);
    if (n === -EINTR || ctx.sys.sigtake() !== 0) {
      interrupted = true;
      break;
    }
    const r = yield* ctx.read(fd, 262144);
    if (typeof r === 'number') continue;
    const lines = (rest + fromUtf8(r)).split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines) {
      const p = parseRecord(l);
      if (!p || p.iface === 'none' || (o.iface !== 'any' && p.iface !== o.iface)) continue;
      seen++;
      if (!filter(p) || (o.count >= 0 && captured >= o.count)) continue;
      captured++;
      yield* ctx.write(1, printer.line(p));
      yield* ctx.tick(4);
    }
  }
  ctx.sys.close(fd);
  if (interrupted) yield* ctx.err('\n');
  yield* summary(ctx, captured, seen, 0);
  return 0;
});
