/**
 * ip (iproute2 6.1): `ip [-4|-6] [-br] [-s] address|link|route` listings and
 * `ip route get`, in iproute2's layouts, from what the kernel shows in
 * /proc/net (see ifaddrs.ts). The machine's configuration cannot be changed:
 * add/del/set fail as the kernel would refuse them (EPERM for users; for
 * root, EOPNOTSUPP - this network is fixed).
 */
import { defineProgram, type Ctx, type Gen } from '../programs/runtime.ts';
import { intToIp, ipToInt, readIfaces, readRoutes, type Iface } from './ifaddrs.ts';

const MAC = '52:54:00:12:34:56';

interface IpOpts {
  family: 4 | 6 | 0;
  brief: boolean;
  /** -s: the RX/TX counters after each interface. */
  stats: boolean;
}

const USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

/** iproute2's objects in its own table order: a prefix picks the first that matches. */
const OBJECTS = ['address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'ntbl', 'link',
  'l2tp', 'fou', 'ila', 'macsec', 'tunnel', 'tunl', 'tuntap', 'tap', 'token', 'tcpmetrics', 'monitor', 'xfrm', 'mroute',
  'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop', 'mptcp', 'ioam', 'stats', 'amt', 'help'];

/** iproute2's matches(): `arg` is a non-empty prefix of `word`. */
const matches = (arg: string, word: string): boolean => arg.length > 0 && word.startsWith(arg);

function flagsOf(i: Iface): string {
  return i.loopback ? '<LOOPBACK,UP,LOWER_UP>' : '<BROADCAST,MULTICAST,UP,LOWER_UP>';
}

function linkHead(i: Iface, mode: boolean): string {
  const mtu = i.loopback ? 65536 : 1500, qdisc = i.loopback ? 'noqueue' : 'fq_codel', state = i.loopback ? 'UNKNOWN' : 'UP';
  return `${i.index}: ${i.name}: ${flagsOf(i)} mtu ${mtu} qdisc ${qdisc} state ${state}${mode ? ' mode DEFAULT' : ''} group default qlen 1000\n`;
}

function linkLine(i: Iface): string {
  return i.loopback ? '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n' : `    link/ether ${MAC} brd ff:ff:ff:ff:ff:ff\n`;
}

function inetLines(i: Iface): string {
  if (!i.addr) return '';
  const mask = i.prefix === 0 ? 0 : (0xffffffff << (32 - i.prefix)) >>> 0;
  const brd = i.loopback ? '' : ` brd ${intToIp((ipToInt(i.addr) | ~mask) >>> 0)}`;
  return `    inet ${i.addr}/${i.prefix}${brd} scope ${i.loopback ? 'host' : 'global'} ${i.name}\n` +
    '       valid_lft forever preferred_lft forever\n';
}

function brief(i: Iface, what: 'addr' | 'link'): string {
  const head = `${i.name.padEnd(16)} ${(i.loopback ? 'UNKNOWN' : 'UP').padEnd(14)} `;
  if (what === 'link') return `${head}${i.loopback ? '00:00:00:00:00:00' : MAC} ${flagsOf(i)} \n`;
  return `${head}${i.addr ? `${i.addr}/${i.prefix} ` : ''}\n`;
}

/**
 * -s: print_link_stats64's two header-and-numbers pairs. Each column is as
 * wide as its longest number, at least its header word (bytes: 10, whose
 * header is printed 4 narrower after "RX:"); numbers are right-aligned.
 */
function statsLines(i: Iface): string {
  const rx = [i.stats.rxBytes, i.stats.rxPackets, 0, 0, 0, 0], tx = [i.stats.txBytes, i.stats.txPackets, 0, 0, 0, 0];
  const cols = [10, 7, 6, 7, 7, 7].map((w, k) => Math.max(w, String(rx[k]).length, String(tx[k]).length));
  const head = (dir: string, words: string[]): string =>
    `    ${dir}: ${words.map((w, k) => w.padStart(k === 0 ? cols[0]! - 4 : cols[k]!)).join(' ')} ${''.padStart(10)}\n`;
  const nums = (v: number[]): string => `    ${v.map((n, k) => `${String(n).padStart(cols[k]!)} `).join('')}\n`;
  return head('RX', ['bytes', 'packets', 'errors', 'dropped', 'missed', 'mcast']) + nums(rx) +
    head('TX', ['bytes', 'packets', 'errors', 'dropped', 'carrier', 'collsns']) + nums(tx);
}

/** `show [dev] NAME` -> the interfaces to list, or an error line. */
function selectDev(all: Iface[], args: string[]): Iface[] | string {
  let rest = args;
  if (rest[0] !== undefined && ['show', 'list', 'lst'].some((w) => matches(rest[0]!, w))) rest = rest.slice(1);
  if (rest.length === 0) return all;
  if (rest[0] === 'dev') {
    if (rest[1] === undefined) return 'Command line is not complete. Try option "help"\n';
    rest = rest.slice(1);
  }
  const i = all.find((x) => x.name === rest[0]);
  return i ? [i] : `Device "${rest[0]}" does not exist.\n`;
}

function* listIfaces(ctx: Ctx, o: IpOpts, args: string[], what: 'addr' | 'link'): Gen<number> {
  const picked = selectDev(yield* readIfaces(ctx), args);
  if (typeof picked === 'string') {
    yield* ctx.err(picked);
    return picked.startsWith('Command') ? 255 : 1;
  }
  if (o.family === 6 && what === 'addr') return 0; // no IPv6 on this machine
  let out = '';
  for (const i of picked) {
    if (o.brief) out += brief(i, what);
    else if (what === 'link') out += linkHead(i, true) + linkLine(i) + (o.stats ? statsLines(i) : '');
    else out += linkHead(i, false) + (o.family === 4 ? '' : linkLine(i)) + inetLines(i) + (o.stats ? statsLines(i) : '');
  }
  yield* ctx.out(out);
  return 0;
}

function* routeShow(ctx: Ctx, o: IpOpts): Gen<number> {
  if (o.family === 6) return 0;
  const ifaces = yield* readIfaces(ctx);
  let out = '';
  for (const r of yield* readRoutes(ctx)) {
    const dst = `${r.dst}/${r.bits}`;
    if (r.gw) out += `${dst} via ${r.gw} dev ${r.dev} \n`;
    else out += `${dst} dev ${r.dev} proto kernel scope link src ${ifaces.find((i) => i.name === r.dev)?.addr ?? '0.0.0.0'} \n`;
  }
  yield* ctx.out(out);
  return 0;
}

function* routeGet(ctx: Ctx, target: string | undefined): Gen<number> {
  if (target === undefined || !/^\d+\.\d+\.\d+\.\d+$/.test(target) || target.split('.').some((b) => Number(b) > 255)) {
    yield* ctx.err(`Error: any valid prefix is expected rather than "${target ?? ''}".\n`);
    return 1;
  }
  const uid = ctx.sys.getuid();
  const ifaces = yield* readIfaces(ctx);
  const a = ipToInt(target);
  if (ifaces.some((i) => i.addr === target) || a >>> 24 === 127) {
    yield* ctx.out(`local ${target} dev lo src ${target} uid ${uid} \n    cache <local> \n`);
    return 0;
  }
  const routes = (yield* readRoutes(ctx)).filter((r) => r.bits === 0 || (a >>> (32 - r.bits)) === (ipToInt(r.dst) >>> (32 - r.bits)));
  const r = routes.sort((x, y) => y.bits - x.bits)[0];
  if (!r) {
    yield* ctx.err('RTNETLINK answers: Network is unreachable\n');
    return 2;
  }
  const src = ifaces.find((i) => i.name === r.dev)?.addr ?? '0.0.0.0';
  yield* ctx.out(`${target}${r.gw ? ` via ${r.gw}` : ''} dev ${r.dev} src ${src} uid ${uid} \n    cache \n`);
  return 0;
}

/** add/del/set/flush ...: the kernel refuses (see the file comment). */
function* refuse(ctx: Ctx): Gen<number> {
  yield* ctx.err(`RTNETLINK answers: ${ctx.sys.geteuid() === 0 ? 'Operation not supported' : 'Operation not permitted'}\n`);
  return 2;
}

/** iproute2 options this ip does not offer (they fail loudly rather than being ignored). */
const KNOWN_OPTIONS = ['details', 'resolve', 'human-readable', 'iec', 'json', 'pretty', 'family',
  'oneline', 'timestamp', 'tshort', 'color', 'Numeric', 'all', 'batch', 'force', 'netns', 'loops', 'rcvbuf', 'M', 'B', '0'];

const CHANGES = ['add', 'delete', 'change', 'replace', 'flush', 'set', 'append', 'prepend', 'test'];

function* object(ctx: Ctx, o: IpOpts, obj: string, args: string[]): Gen<number> {
  const cmd = args[0];
  if (cmd !== undefined && CHANGES.some((w) => matches(cmd, w))) return yield* refuse(ctx);
  const help = obj === 'address' ? 'ip address help' : `ip ${obj} help`;
  const unknown = function* (): Gen<number> {
    yield* ctx.err(`Command "${cmd}" is unknown, try "${help}".\n`);
    return 255;
  };
  if (obj === 'address' || obj === 'link') {
    if (cmd !== undefined && !['show', 'list', 'lst', 'dev'].some((w) => matches(cmd, w)) && !/^[a-z]+\d+$|^lo$/.test(cmd)) {
      return yield* unknown();
    }
    return yield* listIfaces(ctx, o, args, obj === 'address' ? 'addr' : 'link');
  }
  if (cmd === undefined || ['show', 'list', 'lst'].some((w) => matches(cmd, w))) return yield* routeShow(ctx, o);
  if (matches(cmd, 'get')) return yield* routeGet(ctx, args[1]);
  return yield* unknown();
}

export const ip = defineProgram('ip', function* (ctx) {
  const o: IpOpts = { family: 0, brief: false, stats: false };
  const args = ctx.argv.slice(1);
  while (args[0]?.startsWith('-')) {
    const a = args.shift()!.replace(/^--?/, '-');
    if (a === '-4' || a === '-6') o.family = a === '-4' ? 4 : 6;
    else if (matches(a.slice(1), 'brief') && a.length >= 3) o.brief = true;
    else if (matches(a.slice(1), 'statistics') || matches(a.slice(1), 'stats')) o.stats = true;
    else if (matches(a.slice(1), 'Version')) {
      yield* ctx.out('ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
      return 0;
    } else if (KNOWN_OPTIONS.some((w) => matches(a.slice(1), w))) {
      yield* ctx.err(`ip: option "${a}" is not supported on this machine\n`);
      return 2;
    } else if (matches(a.slice(1), 'help')) {
      yield* ctx.err(USAGE);
      return 255;
    } else {
      yield* ctx.err(`Option "${a}" is unknown, try "ip -help".\n`);
      return 255;
    }
  }
  const word = args.shift();
  if (word === undefined) {
    yield* ctx.err(USAGE);
    return 255;
  }
  const obj = OBJECTS.find((w) => matches(word, w));
  if (obj === undefined) {
    yield* ctx.err(`Object "${word}" is unknown, try "ip help".\n`);
    return 1;
  }
  if (obj === 'help') {
    yield* ctx.err(USAGE);
    return 255;
  }
  if (obj !== 'address' && obj !== 'link' && obj !== 'route') {
    yield* ctx.err(`ip: "${obj}" is not supported on this machine\n`);
    return 2;
  }
  return yield* object(ctx, o, obj, args);
});
