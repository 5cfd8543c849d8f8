/**
 * nc: OpenBSD netcat as Debian packages it (netcat-openbsd 1.219): TCP or
 * UDP client and server, port scans (-z), and the copy loop between stdin,
 * stdout and the socket with its EOF rules: stdin EOF sends FIN only with
 * -N and quits only with -q; the peer's EOF ends the session.
 */
import { EINTR } from '../abi/errno.ts';
import { POLLERR, POLLHUP, POLLIN } from '../abi/poll.ts';
import { AF_INET, AF_UNIX, SHUT_WR, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../abi/socket.ts';
import { strerror } from '../abi/errno.ts';
import type { PollFd, SockAddr } from '../abi/sys.ts';
import { defineProgram, type Ctx, type Gen } from '../programs/runtime.ts';
import { connectTimeout, nowMs, parseServices, readText } from './lib.ts';

const USAGE = `usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
\t  [destination] [port]
`;
const WITH_ARG = new Set('IiMmOPpqsTVWwXx'.split(''));
const FLAGS = new Set('46CDdFhklNnrStUuvZz'.split(''));

interface NcOpts {
  listen: boolean; udp: boolean; unix: boolean; verbose: boolean; zero: boolean; keep: boolean; shutdownOnEof: boolean;
  numeric: boolean; noStdin: boolean; port: string | null; source: string | null; timeoutMs: number; quitSecs: number;
  operands: string[];
}

function parse(args: readonly string[]): NcOpts | string {
  const o: NcOpts = {
    listen: false, udp: false, unix: false, verbose: false, zero: false, keep: false, shutdownOnEof: false, numeric: false,
    noStdin: false, port: null, source: null, timeoutMs: -1, quitSecs: -1, operands: [],
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { o.operands.push(...args.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { o.operands.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (WITH_ARG.has(c)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return `option requires an argument -- '${c}'`;
        if (c === 'p') o.port = v;
        else if (c === 's') o.source = v;
        else if (c === 'w' || c === 'q') {
          if (!/^-?\d+$/.test(v)) return `${c === 'w' ? 'timeout' : 'quit timer'} ${/^-?\d+$/.test(v) ? 'too large' : 'invalid'}: ${v}`;
          if (c === 'w') o.timeoutMs = Number(v) * 1000;
          else o.quitSecs = Number(v);
        }
        break;
      }
      if (!FLAGS.has(c)) return `invalid option -- '${c}'`;
      if (c === 'l') o.listen = true;
      else if (c === 'u') o.udp = true;
      else if (c === 'U') o.unix = true;
      else if (c === 'v') o.verbose = true;
      else if (c === 'z') o.zero = true;
      else if (c === 'k') o.keep = true;
      else if (c === 'N') o.shutdownOnEof = true;
      else if (c === 'n') o.numeric = true;
      else if (c === 'd') o.noStdin = true;
    }
  }
  return o;
}

function* warn(ctx: Ctx, msg: string): Gen<void> {
  yield* ctx.err(`nc: ${msg}\n`);
}

/** Copy stdin to the socket and the socket to stdout until the session ends (netcat's readwrite). */
function* readwrite(ctx: Ctx, o: NcOpts, net: number): Gen<void> {
  let stdinOpen = !o.noStdin, quitAt = Infinity;
  for (;;) {
    const fds: PollFd[] = [{ fd: net, events: POLLIN, revents: 0 }];
    if (stdinOpen) fds.push({ fd: 0, events: POLLIN, revents: 0 });
    let timeout = o.timeoutMs;
    if (quitAt !== Infinity) {
      const left = Math.max(0, Math.ceil(quitAt - nowMs(ctx)));
      timeout = timeout < 0 ? left : Math.min(timeout, left);
    }
    const n = yield* ctx.poll(fds, timeout);
    if (n === -EINTR) continue;
    if (n < 0) return;
    if (n === 0) return; // -w idle timeout, or the -q timer ran out
    const sin = fds[1];
    if (sin && sin.revents & (POLLIN | POLLHUP | POLLERR)) {
      const r = yield* ctx.read(0, 16384);
      if (typeof r === 'number' || r.length === 0) {
        stdinOpen = false;
        if (o.shutdownOnEof && !o.udp) ctx.sys.shutdown(net, SHUT_WR);
        if (o.quitSecs === 0) return;
        if (o.quitSecs > 0) quitAt = nowMs(ctx) + o.quitSecs * 1000;
      } else {
        const w = yield* ctx.write(net, r);
        if (w < 0) return;
      }
    }
    if (fds[0]!.revents & (POLLIN | POLLHUP | POLLERR)) {
      const r = yield* ctx.read(net, 16384);
      if (typeof r === 'number' || r.length === 0) {
        if (typeof r === 'number' && o.udp) continue;
        return;
      }
      const w = yield* ctx.write(1, r);
      if (w < 0) return;
    }
  }
}

/** "[tcp/http]" style service label. */
function* serviceLabel(ctx: Ctx, port: number, proto: string): Gen<string> {
  const s = parseServices(yield* readText(ctx, '/etc/services')).find((e) => e.port === port && e.proto === proto);
  return `[${proto}/${s ? s.name : '*'}]`;
}

function* reverseName(ctx: Ctx, addr: string, numeric: boolean): Gen<string> {
  if (numeric) return addr;
  const hosts = (yield* readText(ctx, '/etc/hosts')) ?? '';
  for (const line of hosts.split('\n')) {
    const f = line.replace(/#.*/, '').trim().split(/\s+/);
    if (f[0] === addr && f[1]) return f[1];
  }
  return addr;
}

function* bindSource(ctx: Ctx, o: NcOpts, fd: number): Gen<boolean> {
  if (o.source === null && o.port === null) return true;
  const r = ctx.sys.bind(fd, { family: 'inet', addr: o.source ?? '0.0.0.0', port: Number(o.port ?? 0) });
  if (r < 0) {
    yield* warn(ctx, strerror(r));
    return false;
  }
  return true;
}

function ports(spec: string): number[] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m) return null;
  const lo = Number(m[1]), hi = Number(m[2] ?? m[1]);
  if (lo < 1 || hi > 65535 || lo > hi) return null;
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

function* client(ctx: Ctx, o: NcOpts, host: string, portSpec: string): Gen<number> {
  const list = ports(portSpec);
  if (!list) {
    yield* warn(ctx, `port range not valid`);
    return 1;
  }
  const numeric = /^\d+\.\d+\.\d+\.\d+$/.test(host);
  const addrs = o.numeric && !numeric ? -2 : ctx.sys.resolve(host);
  if (typeof addrs === 'number' || addrs.length === 0) {
    yield* warn(ctx, `getaddrinfo for host "${host}" port ${list[0]}: Name or service not known`);
    return 1;
  }
  const ip = addrs[0]!, proto = o.udp ? 'udp' : 'tcp';
  let ret = 1;
  for (const port of list) {
    const fd = ctx.sys.socket(AF_INET, o.udp ? SOCK_DGRAM : SOCK_STREAM, 0);
    if (!(yield* bindSource(ctx, o, fd))) return 1;
    const r = yield* connectTimeout(ctx, fd, { family: 'inet', addr: ip, port }, o.timeoutMs);
    if (r < 0) {
      if (o.verbose) yield* warn(ctx, `connect to ${host} (${ip}) port ${port} (${proto}) failed: ${strerror(r)}`);
      ctx.sys.close(fd);
      continue;
    }
    ret = 0;
    if (o.verbose || o.zero) {
      if (o.udp) for (let i = 0; i < 3; i++) yield* ctx.write(fd, 'X');
      if (o.verbose) {
        const who = numeric ? host : `${host} (${ip})`;
        yield* ctx.err(`Connection to ${who} ${port} port ${yield* serviceLabel(ctx, port, proto)} succeeded!\n`);
      }
    }
    if (!o.zero) yield* readwrite(ctx, o, fd);
    ctx.sys.close(fd);
    if (!o.zero) break;
  }
  return ret;
}

function* server(ctx: Ctx, o: NcOpts): Gen<number> {
  const portText = o.port ?? o.operands[o.operands.length - 1];
  if (portText === undefined) {
    yield* warn(ctx, 'missing port number');
    return 1;
  }
  const local = o.source ?? (o.operands.length >= 2 ? o.operands[0]! : '0.0.0.0');
  const addr: SockAddr = { family: 'inet', addr: local, port: Number(portText) };
  const s = ctx.sys.socket(AF_INET, o.udp ? SOCK_DGRAM : SOCK_STREAM, 0);
  ctx.sys.setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
  const b = ctx.sys.bind(s, addr);
  if (b < 0 || (!o.udp && ctx.sys.listen(s, 1) < 0)) {
    yield* warn(ctx, strerror(b < 0 ? b : -98));
    return 1;
  }
  if (o.verbose) yield* ctx.err(`${o.udp ? 'Bound' : 'Listening'} on ${local} ${portText}\n`);
  for (;;) {
    let conn = s;
    if (o.udp) {
      const r = yield* ctx.call(() => ctx.sys.recvfrom(s, 65536, 2 /* MSG_PEEK */));
      if (typeof r === 'number') return 1;
      if (r.addr && r.addr.family === 'inet') {
        ctx.sys.connect(s, r.addr);
        if (o.verbose) yield* ctx.err(`Connection received on ${yield* reverseName(ctx, r.addr.addr, o.numeric)} ${r.addr.port}\n`);
      }
    } else {
      const a = yield* ctx.call(() => ctx.sys.accept(s));
      if (typeof a === 'number') return 1;
      conn = a.fd;
      if (o.verbose && a.addr.family === 'inet') {
        yield* ctx.err(`Connection received on ${yield* reverseName(ctx, a.addr.addr, o.numeric)} ${a.addr.port}\n`);
      }
    }
    yield* readwrite(ctx, o, conn);
    if (conn !== s) ctx.sys.close(conn);
    if (!o.keep || o.udp) break;
  }
  ctx.sys.close(s);
  return 0;
}

function* unixClient(ctx: Ctx, o: NcOpts, path: string): Gen<number> {
  const fd = ctx.sys.socket(AF_UNIX, o.udp ? SOCK_DGRAM : SOCK_STREAM, 0);
  const r = yield* ctx.call(() => ctx.sys.connect(fd, { family: 'unix', path }));
  if (r < 0) {
    if (o.verbose) yield* warn(ctx, `unix connect failed: ${strerror(r)}`);
    return 1;
  }
  if (!o.zero) yield* readwrite(ctx, o, fd);
  return 0;
}

export const nc = defineProgram('nc', function* (ctx) {
  const o = parse(ctx.argv.slice(1));
  if (typeof o === 'string') {
    yield* warn(ctx, o);
    yield* ctx.err(USAGE);
    return 1;
  }
  if (o.listen) return yield* server(ctx, o);
  if (o.unix) {
    if (!o.operands[0]) {
      yield* ctx.err(USAGE);
      return 1;
    }
    return yield* unixClient(ctx, o, o.operands[0]);
  }
  if (o.operands.length === 0) {
    yield* ctx.err(USAGE);
    return 1;
  }
  if (o.operands.length < 2) {
    yield* warn(ctx, 'missing port number');
    return 1;
  }
  return yield* client(ctx, o, o.operands[0]!, o.operands[1]!);
});
