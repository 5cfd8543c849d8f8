/**
 * Natives of the Socket module (constants, address packing, inet_*,
 * getaddrinfo/getnameinfo), Errno's constants and Symbol's gensym/qualify.
 * Croaks use Socket's own texts ("Bad arg length for Socket::...").
 */
import { allErrnos } from '../abi/errno.ts';
import { AF_INET, AF_INET6, AF_UNIX, SOCK_DGRAM, SOCK_RAW, SOCK_STREAM } from '../abi/socket.ts';
import type { Vm } from './vm.ts';
import type { Want } from './image.ts';
import { Flow } from './flow.ts';
import { registerNative } from './modules.ts';
import { defineSub } from './symbols.ts';
import { isRef, newHv, newSv, type Cv, type Gv, type Hv, type Sv, type Val } from './values.ts';
import { val, valNum, valStr, type Item } from './scalar.ts';
import { SOCKET_CONST, SOCKET_UNDEFINED } from './socket-consts.ts';
import { ntoa, ntopIpv6, packSockaddrIn, packSockaddrUn, parseIpv4, ptonIpv4, ptonIpv6, sockaddrFamily } from './sockaddr.ts';
import { EAI_TEXT, hostByAddr, protoByName, resolveV4, servByName, servByPort } from './netdb.ts';

type Fn = (vm: Vm, args: (Val | Sv)[], want: Want) => Item | { flow: number };
const FNS = new Map<string, Fn>();
const V = (vm: Vm, x: Val | Sv | undefined): Val => (x === undefined ? undefined : val(vm, x as Item));
const S = (vm: Vm, x: Val | Sv | undefined): string => valStr(vm, V(vm, x));
const N = (vm: Vm, x: Val | Sv | undefined): number => Math.trunc(valNum(vm, V(vm, x)));
const croak = (vm: Vm, msg: string): { flow: number } => ({ flow: vm.dieMsg(msg) });

function install(pkg: string) {
  return (vm: Vm): void => {
    for (const [key] of FNS) {
      const i = key.lastIndexOf('::');
      if (key.slice(0, i) !== pkg) continue;
      const cv: Cv = { t: 'c', rc: 0, unit: -1, sub: -1, captured: [], name: key.slice(i + 2), pkg, native: key };
      defineSub(vm, key, cv);
    }
  };
}

/** Register natives of this file with the shared native caller. */
export function socketNatives(): Map<string, Fn> { return FNS; }

const sock = (name: string, fn: Fn): void => { FNS.set(`Socket::${name}`, fn); };

for (const [k, v] of Object.entries(SOCKET_CONST)) sock(k, () => v);
for (const k of SOCKET_UNDEFINED) sock(k, (vm) => ({ flow: vm.die(`Your vendor has not defined Socket macro ${k}, used at ${vm.frame.file} line ${vm.frame.line}\n`) }));
sock('INADDR_ANY', () => '\0\0\0\0');
sock('INADDR_LOOPBACK', () => '\x7f\0\0\x01');
sock('INADDR_NONE', () => '\xff\xff\xff\xff');
sock('INADDR_BROADCAST', () => '\xff\xff\xff\xff');
sock('IN6ADDR_ANY', () => '\0'.repeat(16));
sock('IN6ADDR_LOOPBACK', () => '\0'.repeat(15) + '\x01');

/** inet_aton: dotted forms, else the first address the resolver gives. */
function aton(vm: Vm, host: string): string | undefined {
  const direct = parseIpv4(host);
  if (direct !== null) return direct;
  if (host === '') return undefined;
  const r = resolveV4(vm, host);
  return typeof r === 'number' ? undefined : parseIpv4(r[0]!) ?? undefined;
}

sock('inet_aton', (vm, [h]) => aton(vm, S(vm, h)));
sock('inet_ntoa', (vm, [a]) => {
  const s = S(vm, a);
  if (s.length !== 4) return croak(vm, `Bad arg length for Socket::inet_ntoa, length is ${s.length}, should be 4`);
  return ntoa(s);
});
sock('inet_pton', (vm, [f, h]) => {
  const fam = N(vm, f), text = S(vm, h);
  if (fam === AF_INET) return ptonIpv4(text) ?? undefined;
  if (fam === AF_INET6) return ptonIpv6(text) ?? undefined;
  return croak(vm, `Bad address family for Socket::inet_pton, got ${fam}, should be either AF_INET or AF_INET6`);
});
sock('inet_ntop', (vm, [f, a]) => {
  const fam = N(vm, f), s = S(vm, a);
  if (fam === AF_INET) return s.length === 4 ? ntoa(s) : croak(vm, `Bad address length for Socket::inet_ntop on AF_INET; got ${s.length}, should be 4`);
  if (fam === AF_INET6) return s.length === 16 ? ntopIpv6(s) : croak(vm, `Bad address length for Socket::inet_ntop on AF_INET6; got ${s.length}, should be 16`);
  return croak(vm, `Bad address family for Socket::inet_ntop, got ${fam}, should be either AF_INET or AF_INET6`);
});

function packIn(vm: Vm, p: Val | Sv | undefined, a: Val | Sv | undefined): Item | { flow: number } {
  const ip = S(vm, a);
  if (ip.length !== 4) return croak(vm, `Bad arg length for Socket::pack_sockaddr_in, length is ${ip.length}, should be 4`);
  return packSockaddrIn(N(vm, p) & 0xffff, ip);
}
function unpackIn(vm: Vm, x: Val | Sv | undefined, want: Want): Item | { flow: number } {
  const sa = S(vm, x);
  if (sa.length !== 16) return croak(vm, `Bad arg length for Socket::unpack_sockaddr_in, length is ${sa.length}, should be 16`);
  const fam = sockaddrFamily(sa);
  if (fam !== AF_INET) return croak(vm, `Bad address family for Socket::unpack_sockaddr_in, got ${fam}, should be ${AF_INET}`);
  const ip = sa.slice(4, 8);
  return want === 2 ? [(sa.charCodeAt(2) << 8) | sa.charCodeAt(3), ip] : ip;
}
sock('pack_sockaddr_in', (vm, [p, a]) => packIn(vm, p, a));
sock('unpack_sockaddr_in', (vm, [x], want) => unpackIn(vm, x, want));
sock('sockaddr_in', (vm, args, want) => {
  if (args.length === 1) {
    if (want !== 2) return croak(vm, 'usage:   (port,iaddr) = sockaddr_in(sin_sv)');
    return unpackIn(vm, args[0], 2);
  }
  if (args.length !== 2) return croak(vm, 'usage:   sin_sv = sockaddr_in(port,iaddr))');
  return packIn(vm, args[0], args[1]);
});
sock('sockaddr_family', (vm, [x]) => {
  const sa = S(vm, x);
  if (sa.length < 2) return croak(vm, `Bad arg length for Socket::sockaddr_family, length is ${sa.length}, should be at least 2`);
  return sockaddrFamily(sa);
});
sock('pack_sockaddr_un', (vm, [p]) => packSockaddrUn(S(vm, p)));
function unpackUn(vm: Vm, x: Val | Sv | undefined): Item | { flow: number } {
  const sa = S(vm, x);
  const fam = sockaddrFamily(sa);
  if (fam !== AF_UNIX) return croak(vm, `Bad address family for Socket::unpack_sockaddr_un, got ${fam}, should be ${AF_UNIX}`);
  const p = sa.slice(2);
  const nul = p.indexOf('\0');
  return nul >= 0 ? p.slice(0, nul) : p;
}
sock('unpack_sockaddr_un', (vm, [x]) => unpackUn(vm, x));
sock('sockaddr_un', (vm, [x], want) => (want === 2 ? unpackUn(vm, x) : packSockaddrUn(S(vm, x))));
sock('pack_sockaddr_in6', (vm, [p, a, scope, flow]) => {
  const ip = S(vm, a);
  if (ip.length !== 16) return croak(vm, `Bad arg length for Socket::pack_sockaddr_in6, length is ${ip.length}, should be 16`);
  const port = N(vm, p) & 0xffff;
  const be32 = (n: number): string => String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  const le32 = (n: number): string => String.fromCharCode(n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255);
  return String.fromCharCode(AF_INET6, 0, port >> 8, port & 255) + be32(flow === undefined ? 0 : N(vm, flow)) + ip + le32(scope === undefined ? 0 : N(vm, scope));
});
sock('unpack_sockaddr_in6', (vm, [x], want) => {
  const sa = S(vm, x);
  if (sa.length !== 28) return croak(vm, `Bad arg length for Socket::unpack_sockaddr_in6, length is ${sa.length}, should be 28`);
  const ip = sa.slice(8, 24);
  return want === 2 ? [(sa.charCodeAt(2) << 8) | sa.charCodeAt(3), ip] : ip;
});

// ---- getaddrinfo / getnameinfo
const AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICHOST = 4;
const NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NAMEREQD = 8, NI_DGRAM = 16;
const dual = (code: number): Val => ({ t: 'd', n: code, s: code === 0 ? '' : EAI_TEXT[code] ?? `Unknown error ${code}` });

function hintsOf(vm: Vm, h: Val | Sv | undefined): Map<string, number> {
  const out = new Map<string, number>();
  const v = V(vm, h);
  if (isRef(v) && v.to.t === 'h') for (const [k, sv] of (v.to as Hv).h) out.set(k, Math.trunc(valNum(vm, sv.v)));
  return out;
}

function hashRef(vm: Vm, entries: [string, Val][]): Val {
  const hv = newHv();
  hv.rc = 0;
  for (const [k, x] of entries) hv.h.set(k, newSv(x));
  return vm.mortalRef(hv);
}

sock('getaddrinfo', (vm, [h, s, hintsArg]) => {
  const host = V(vm, h) === undefined ? '' : S(vm, h);
  const service = V(vm, s) === undefined ? '' : S(vm, s);
  const hints = hintsOf(vm, hintsArg);
  const flags = hints.get('flags') ?? 0;
  const family = hints.get('family') ?? 0;
  const wantType = hints.get('socktype') ?? 0;
  if (host === '' && service === '') return [dual(-2)];
  if (family !== 0 && family !== AF_INET) return [dual(family === AF_INET6 ? -2 : -6)];
  let addrs: string[];
  if (host === '') addrs = [flags & AI_PASSIVE ? '0.0.0.0' : '127.0.0.1'];
  else if (/^\d+\.\d+\.\d+\.\d+$/.test(host) && parseIpv4(host)) addrs = [host];
  else if (flags & AI_NUMERICHOST) return [dual(-2)];
  else {
    const r = resolveV4(vm, host);
    if (typeof r === 'number') return [dual(r)];
    addrs = r;
  }
  const types = wantType ? [wantType] : [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW];
  const out: Val[] = [];
  for (const type of types) {
    const protoName = type === SOCK_STREAM ? 'tcp' : type === SOCK_DGRAM ? 'udp' : '';
    let port = 0;
    if (service !== '') {
      if (/^\d+$/.test(service)) port = Number(service);
      else {
        if (type === SOCK_RAW) { if (wantType) return [dual(-8)]; continue; }
        const ent = servByName(vm, service, protoName);
        if (!ent) { if (wantType || type === SOCK_DGRAM) { if (!out.length) return [dual(-8)]; } continue; }
        port = ent.port;
      }
    }
    const proto = hints.get('protocol') || (protoByName(protoName)?.proto ?? 0);
    for (const a of addrs) {
      out.push(hashRef(vm, [['family', AF_INET], ['socktype', type], ['protocol', proto],
        ['addr', packSockaddrIn(port, parseIpv4(a)!)], ['canonname', flags & AI_CANONNAME && out.length === 0 ? host || undefined : undefined]]));
    }
  }
  if (!out.length) return [dual(-8)];
  // getaddrinfo orders by address, then by socket type.
  return [dual(0), ...(addrs.length > 1 ? reorder(out, addrs.length, types.length) : out)];
});

function reorder(list: Val[], nAddr: number, nType: number): Val[] {
  const out: Val[] = [];
  const per = list.length / nType === nAddr ? nAddr : 0;
  if (!per) return list;
  for (let a = 0; a < nAddr; a++) for (let t = 0; t < nType; t++) out.push(list[t * nAddr + a]);
  return out;
}

sock('getnameinfo', (vm, [a, f]) => {
  const sa = S(vm, a);
  const flags = f === undefined ? 0 : N(vm, f);
  if (sa.length < 2) return [dual(-6)];
  const fam = sockaddrFamily(sa);
  if (fam !== AF_INET || sa.length < 16) return [dual(-6)];
  const ip = ntoa(sa.slice(4, 8));
  const port = (sa.charCodeAt(2) << 8) | sa.charCodeAt(3);
  let host = ip;
  if (!(flags & NI_NUMERICHOST)) {
    const ent = hostByAddr(vm, ip);
    if (ent) host = ent.name;
    else if (flags & NI_NAMEREQD) return [dual(-2)];
  }
  let serv = String(port);
  if (!(flags & NI_NUMERICSERV)) serv = servByPort(vm, port, flags & NI_DGRAM ? 'udp' : 'tcp')?.name ?? serv;
  return [dual(0), host, serv];
});

// ---- Errno
for (const [num, names] of allErrnos()) for (const n of names) FNS.set(`Errno::${n}`, () => num);
FNS.set('Errno::_names', () => allErrnos().flatMap(([, names]) => [...names]));
sock('NIx_NOHOST', () => 1);
sock('NIx_NOSERV', () => 2);

// ---- Symbol
let genSeq = 0;
FNS.set('Symbol::gensym', (vm) => {
  const g: Gv = { t: 'g', rc: 0, pkg: 'Symbol', name: `GEN${genSeq++}` };
  return vm.mortalRef(g);
});
const SPECIAL = new Set(['ENV', 'INC', 'ARGV', 'ARGVOUT', 'SIG', 'STDIN', 'STDOUT', 'STDERR']);
export function qualifyName(name: string, pkg: string): string {
  if (name.includes('::') || name.includes("'")) return name.replace(/'/g, '::');
  if (SPECIAL.has(name) || /^\^|^[^A-Za-z_]/.test(name)) return `main::${name}`;
  return `${pkg}::${name}`;
}
FNS.set('Symbol::qualify', (vm, [n, p]) => {
  const v = V(vm, n);
  if (isRef(v) || (typeof v === 'object' && v !== null && v.t === 'g')) return v;
  return qualifyName(valStr(vm, v), p === undefined ? vm.frame.pkg : S(vm, p));
});
FNS.set('Symbol::qualify_to_ref', (vm, [n, p]) => {
  const v = V(vm, n);
  if (isRef(v) && v.to.t === 'g') return v;
  if (typeof v === 'object' && v !== null && v.t === 'g') return vm.mortalRef(v);
  const g = vm.gv(qualifyName(valStr(vm, v), p === undefined ? vm.frame.pkg : S(vm, p)), true)!;
  return vm.mortalRef(g);
});
FNS.set('Symbol::ungensym', () => undefined);

registerNative('Socket', install('Socket'));
registerNative('Errno', install('Errno'));
registerNative('Symbol', install('Symbol'));

export { Flow };
