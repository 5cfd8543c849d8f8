/**
 * ping (iputils 20221126, as on Debian 12): ICMP echo over an unprivileged
 * ping socket (SOCK_DGRAM, IPPROTO_ICMP; a raw socket when that is refused),
 * with -c, -i, -W, -w, -q, -n, -s, -t, -D, -4, -V, -h. Round-trip times come
 * from timestamps carried in the packet and read on the virtual clock, so
 * they are the same on every run. Ctrl-C (SIGINT) ends it with the
 * statistics; exit 0 with replies, 1 without, 2 on errors.
 */
import { EINTR } from '../abi/errno.ts';
import { POLLIN } from '../abi/poll.ts';
import { SIGALRM, SIGINT } from '../abi/signals.ts';
import { AF_INET, EAI_AGAIN, EAI_FAIL, IPPROTO_ICMP, MSG_DONTWAIT, SOCK_DGRAM, SOCK_RAW } from '../abi/socket.ts';
import { strerror } from '../abi/errno.ts';
import { defineProgram, type Ctx, type Gen } from '../programs/runtime.ts';
import { nowMs, readText } from './lib.ts';
import { fmtG, pingUsage, parsePingArgs, type PingOpts } from './ping-args.ts';

const MIN_USER_INTERVAL_MS = 2;

interface Target {
  addr: string;
  /** Name for the PING line and the statistics (getaddrinfo's canonical name, or the argument). */
  canon: string;
  /** Reverse names from /etc/hosts, by address. */
  names: Map<string, string>;
}

interface PingRun {
  o: PingOpts;
  t: Target;
  fd: number;
  raw: boolean;
  /** Monotonic ms when pinging started, and of the last send (iputils' start_time and cur_time). */
  start: number;
  lastSend: number;
  ntransmitted: number;
  nreceived: number;
  nrepeats: number;
  seen: Set<number>;
  /** Round trips in µs. */
  tmin: number;
  tmax: number;
  tsum: number;
  tsum2: number;
  exiting: boolean;
}

/** Realtime clock in whole µs (gettimeofday). */
function nowUs(ctx: Ctx): number {
  const [s, ns] = ctx.sys.clockGettime('realtime');
  return s * 1e6 + Math.floor(ns / 1e3);
}

function* resolveTarget(ctx: Ctx, name: string): Gen<Target | string> {
  const hosts = ((yield* readText(ctx, '/etc/hosts')) ?? '').split('\n')
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
    .filter((f) => f.length >= 2 && /^\d+\.\d+\.\d+\.\d+$/.test(f[0]!));
  const names = new Map<string, string>();
  for (const f of hosts) if (!names.has(f[0]!)) names.set(f[0]!, f[1]!);
  const r = ctx.sys.resolve(name);
  if (typeof r === 'number' || r.length === 0) {
    const why = r === EAI_AGAIN ? 'Temporary failure in name resolution'
      : r === EAI_FAIL ? 'Non-recoverable failure in name resolution' : 'Name or service not known';
    return `${name}: ${why}`;
  }
  const addr = r[0]!;
  const line = hosts.find((f) => f[0] === addr && f.slice(1).some((n) => n.toLowerCase() === name.toLowerCase()));
  return { addr, canon: line ? line[1]! : name, names };
}

/** The ICMP socket: a ping socket, or a raw one when ping sockets are refused (create_socket). */
function openSocket(ctx: Ctx): { fd: number; raw: boolean } {
  const fd = ctx.sys.socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  if (fd >= 0) return { fd, raw: false };
  return { fd: ctx.sys.socket(AF_INET, SOCK_RAW, IPPROTO_ICMP), raw: true };
}

/** iputils checks the route with a UDP socket connected to the target: 0 or -errno. */
function probeRoute(ctx: Ctx, addr: string): number {
  const fd = ctx.sys.socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) return fd;
  const r = ctx.sys.connect(fd, { family: 'inet', addr, port: 1025 });
  ctx.sys.close(fd);
  return r;
}

/** An echo request: header, the send time as a struct timeval, then bytes counting up. */
function echoRequest(run: PingRun, seq: number, us: number): Uint8Array {
  const b = new Uint8Array(8 + run.o.size);
  b[0] = 8;
  b[6] = (seq >> 8) & 255;
  b[7] = seq & 255;
  for (let i = 0; i < run.o.size; i++) b[8 + i] = i & 255;
  if (run.o.size >= 16) {
    const dv = new DataView(b.buffer);
    dv.setBigInt64(8, BigInt(Math.floor(us / 1e6)), true);
    dv.setBigInt64(16, BigInt(us % 1e6), true);
  }
  if (run.raw) {
    let s = 0;
    for (let i = 0; i < b.length; i += 2) s += (b[i]! << 8) | (b[i + 1] ?? 0);
    while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
    b[2] = (~s >> 8) & 255;
    b[3] = ~s & 255;
  }
  return b;
}

function* send(ctx: Ctx, run: PingRun): Gen<void> {
  const seq = (run.ntransmitted + 1) & 0xffff;
  const pkt = echoRequest(run, seq, nowUs(ctx));
  const r = yield* ctx.call(() => ctx.sys.sendto(run.fd, pkt, 0, { family: 'inet', addr: run.t.addr, port: 0 }));
  if (r < 0) yield* ctx.err(`ping: sendmsg: ${strerror(r)}\n`);
  run.ntransmitted++;
  run.lastSend = nowMs(ctx);
}

/** "time=" as iputils prints it: three significant decimals shrinking as the time grows. */
function tripText(us: number): string {
  if (us >= 100000 - 50) return `${Math.floor((us + 500) / 1000)}`;
  if (us >= 10000 - 5) return `${Math.floor((us + 50) / 1000)}.${Math.floor(((us + 50) % 1000) / 100)}`;
  if (us >= 1000) return `${Math.floor((us + 5) / 1000)}.${String(Math.floor(((us + 5) % 1000) / 10)).padStart(2, '0')}`;
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;
}

function fromText(run: PingRun, addr: string): string {
  if (run.o.numeric) return addr;
  return `${run.t.names.get(addr) ?? addr} (${addr})`;
}

/** One reply: account for it and print its line. */
function* reply(ctx: Ctx, run: PingRun, msg: Uint8Array, from: string): Gen<void> {
  if (run.raw) msg = msg.subarray(20);
  if (msg.length < 8 || msg[0] !== 0) return;
  const seq = (msg[6]! << 8) | msg[7]!;
  let triptime = -1;
  if (run.o.size >= 16 && msg.length >= 24) {
    const dv = new DataView(msg.buffer, msg.byteOffset, msg.byteLength);
    const sent = Number(dv.getBigInt64(8, true)) * 1e6 + Number(dv.getBigInt64(16, true));
    triptime = Math.max(0, nowUs(ctx) - sent);
  }
  const dup = run.seen.has(seq);
  if (dup) run.nrepeats++;
  else {
    run.seen.add(seq);
    run.nreceived++;
  }
  if (triptime >= 0) {
    run.tsum += triptime;
    run.tsum2 += triptime * triptime;
    run.tmin = Math.min(run.tmin, triptime);
    run.tmax = Math.max(run.tmax, triptime);
  }
  if (run.o.quiet) return;
  const stamp = run.o.timestamps ? `[${(nowUs(ctx) / 1e6).toFixed(6)}] ` : '';
  const time = triptime >= 0 ? ` time=${tripText(triptime)} ms` : '';
  yield* ctx.out(`${stamp}${msg.length} bytes from ${fromText(run, from)}: icmp_seq=${seq} ttl=64${time}${dup ? ' (DUP!)' : ''}\n`);
  yield* ctx.flush();
}

function* drain(ctx: Ctx, run: PingRun): Gen<void> {
  for (;;) {
    const r = ctx.sys.recvfrom(run.fd, 65536, MSG_DONTWAIT);
    if (typeof r === 'number') return;
    yield* reply(ctx, run, r.data, r.addr?.family === 'inet' ? r.addr.addr : '');
    yield* ctx.tick(2);
  }
}

/** After the last probe: twice the longest round trip (at least the interval), or -W (schedule_exit). */
function waittimeMs(run: PingRun): number {
  return run.nreceived ? Math.max((2 * run.tmax) / 1000, run.o.intervalMs) : run.o.lingerMs;
}

function* mainLoop(ctx: Ctx, run: PingRun): Gen<void> {
  const { o } = run;
  const deadlineAt = o.deadline ? run.start + o.deadline * 1000 : Infinity;
  let nextSend = run.start, exitAt = Infinity;
  for (;;) {
    for (let sig = ctx.sys.sigtake(); sig !== 0; sig = ctx.sys.sigtake()) {
      if (sig === SIGINT || sig === SIGALRM) run.exiting = true;
    }
    const now = nowMs(ctx);
    if (run.exiting || (o.count && run.nreceived >= o.count) || now >= deadlineAt || now >= exitAt) break;
    const more = !o.count || run.ntransmitted < o.count || o.deadline > 0;
    if (more && now >= nextSend) {
      yield* send(ctx, run);
      nextSend += o.intervalMs;
      if (o.count && run.ntransmitted >= o.count && !o.deadline) exitAt = now + waittimeMs(run);
      continue;
    }
    const until = Math.min(more ? nextSend : Infinity, exitAt, deadlineAt);
    const fds = [{ fd: run.fd, events: POLLIN, revents: 0 }];
    const n = yield* ctx.poll(fds, until === Infinity ? -1 : until - now);
    if (n === -EINTR) continue;
    if (n > 0) yield* drain(ctx, run);
  }
}

/** The statistics block (finish()), returning the exit status. */
function* finish(ctx: Ctx, run: PingRun): Gen<number> {
  const { o } = run;
  const ms = Math.floor(run.lastSend - run.start + 0.5);
  let s = `\n--- ${run.t.canon} ping statistics ---\n${run.ntransmitted} packets transmitted, ${run.nreceived} received`;
  if (run.nrepeats) s += `, +${run.nrepeats} duplicates`;
  if (run.ntransmitted) {
    const loss = Math.fround(((run.ntransmitted - run.nreceived) * 100) / run.ntransmitted);
    s += `, ${fmtG(loss)}% packet loss, time ${ms}ms`;
  }
  s += '\n';
  if (run.nreceived && o.size >= 16) {
    const total = run.nreceived + run.nrepeats;
    const avg = Math.floor(run.tsum / total);
    const variance = Math.floor((run.tsum2 - Math.floor((run.tsum * run.tsum) / total)) / total);
    const mdev = Math.floor(Math.sqrt(variance));
    const f = (us: number): string => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;
    s += `rtt min/avg/max/mdev = ${f(run.tmin)}/${f(avg)}/${f(run.tmax)}/${f(mdev)} ms`;
  }
  yield* ctx.out(`${s}\n`);
  return !run.nreceived || (o.deadline && run.nreceived < o.count) ? 1 : 0;
}

export const ping = defineProgram('ping', function* (ctx) {
  const o = parsePingArgs(ctx.argv.slice(1));
  if ('status' in o) {
    if (o.stdout) yield* ctx.out(o.stdout);
    if (o.stderr) yield* ctx.err(o.stderr);
    return o.status;
  }
  for (const w of o.warnings) yield* ctx.err(w);
  const t = yield* resolveTarget(ctx, o.target);
  if (typeof t === 'string') {
    yield* ctx.err(`ping: ${t}\n`);
    return 2;
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(o.target)) o.numeric = true;
  const sock = openSocket(ctx);
  if (sock.fd < 0) {
    yield* ctx.err(`ping: socket: ${strerror(sock.fd)}\n`);
    return 2;
  }
  const probe = probeRoute(ctx, t.addr);
  if (probe < 0) {
    yield* ctx.err(`ping: connect: ${strerror(probe)}\n`);
    return 2;
  }
  yield* ctx.out(`PING ${t.canon} (${t.addr}) ${o.size}(${o.size + 28}) bytes of data.\n`);
  yield* ctx.flush();
  if (o.intervalMs < MIN_USER_INTERVAL_MS && ctx.sys.getuid() !== 0) {
    yield* ctx.err(`ping: cannot flood; minimal interval allowed for user is ${MIN_USER_INTERVAL_MS}ms\n`);
    return 2;
  }
  ctx.sys.sigaction(SIGINT, 'catch');
  ctx.sys.sigaction(SIGALRM, 'catch');
  const start = nowMs(ctx);
  const run: PingRun = {
    o, t, fd: sock.fd, raw: sock.raw, start, lastSend: start, ntransmitted: 0, nreceived: 0, nrepeats: 0,
    seen: new Set(), tmin: Infinity, tmax: 0, tsum: 0, tsum2: 0, exiting: false,
  };
  yield* mainLoop(ctx, run);
  ctx.sys.close(sock.fd);
  return yield* finish(ctx, run);
});

export { pingUsage };
