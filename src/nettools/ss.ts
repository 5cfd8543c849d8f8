/**
 * ss (iproute2 6.1): sockets from /proc/net/{tcp,udp,unix}, owners found by
 * mapping socket inodes to processes through /proc/PID/fd as ss does, laid
 * out in ss's measured columns.
 */
import { defineProgram, type Ctx, type Gen } from '../programs/runtime.ts';
import { parseServices, readText, type ServiceEntry } from './lib.ts';

interface Row {
  netid: string;
  state: string;
  recvQ: number;
  sendQ: number;
  laddr: string;
  lport: string;
  paddr: string;
  pport: string;
  ino: number;
  uid: number;
}

interface SsOpts { tcp: boolean; udp: boolean; unix: boolean; listen: boolean; all: boolean; numeric: boolean;
  proc: boolean; ext: boolean; noHeader: boolean }

const TCP_STATES = ['', 'ESTAB', 'SYN-SENT', 'SYN-RECV', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'UNCONN', 'CLOSE-WAIT',
  'LAST-ACK', 'LISTEN', 'CLOSING'];

/** "0100007F:0050" -> ["127.0.0.1", 80]. */
function unhex(s: string): [string, number] {
  const [a, p] = s.split(':');
  const v = parseInt(a!, 16);
  return [`${v & 255}.${(v >>> 8) & 255}.${(v >>> 16) & 255}.${v >>> 24}`, parseInt(p!, 16)];
}

function inetRows(text: string | null, netid: 'tcp' | 'udp', svc: ServiceEntry[], numeric: boolean): Row[] {
  const out: Row[] = [];
  const port = (n: number): string => {
    if (n === 0) return '*';
    if (numeric) return String(n);
    return svc.find((e) => e.port === n && e.proto === netid)?.name ?? String(n);
  };
  for (const line of (text ?? '').split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const [la, lp] = unhex(f[1]!), [pa, pp] = unhex(f[2]!);
    const st = parseInt(f[3]!, 16);
    const [tx, rx] = f[4]!.split(':').map((x) => parseInt(x, 16));
    const state = netid === 'udp' ? (st === 1 ? 'ESTAB' : 'UNCONN') : TCP_STATES[st] ?? 'UNKNOWN';
    out.push({ netid, state, recvQ: rx!, sendQ: tx!, laddr: la, lport: port(lp), paddr: pa, pport: pp === 0 ? '*' : port(pp),
      ino: Number(f[9]), uid: Number(f[7]) });
  }
  return out;
}

function unixRows(text: string | null): Row[] {
  const out: Row[] = [];
  for (const line of (text ?? '').split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 7) continue;
    const listening = f[3] === '00010000';
    const st = parseInt(f[5]!, 16);
    const state = listening ? 'LISTEN' : st === 3 ? 'ESTAB' : 'UNCONN';
    out.push({ netid: f[4] === '0001' ? 'u_str' : 'u_dgr', state, recvQ: 0, sendQ: 0, laddr: f[7] ?? '*', lport: f[6]!,
      paddr: '*', pport: '0', ino: Number(f[6]), uid: 0 });
  }
  return out;
}

function wanted(o: SsOpts, r: Row): boolean {
  if (o.all) return true;
  const passive = r.state === 'LISTEN' || r.state === 'UNCONN';
  if (o.listen) return passive;
  return !passive && r.state !== 'TIME-WAIT' && r.state !== 'SYN-RECV';
}

/** ino -> users:((...)) text, scanning /proc as ss does (later entries first). */
function* processMap(ctx: Ctx): Gen<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  const dfd = ctx.sys.open('/proc', 0o200000);
  if (dfd < 0) return map;
  const pids: number[] = [];
  for (;;) {
    const ents = ctx.sys.getdents(dfd);
    if (typeof ents === 'number' || ents.length === 0) break;
    for (const e of ents) if (/^\d+$/.test(e.name)) pids.push(Number(e.name));
  }
  ctx.sys.close(dfd);
  for (const pid of pids.sort((a, b) => a - b)) {
    const comm = ((yield* readText(ctx, `/proc/${pid}/comm`)) ?? '').trim();
    const fdDir = ctx.sys.open(`/proc/${pid}/fd`, 0o200000);
    if (fdDir < 0) continue;
    const fds: number[] = [];
    for (;;) {
      const ents = ctx.sys.getdents(fdDir);
      if (typeof ents === 'number' || ents.length === 0) break;
      for (const e of ents) if (/^\d+$/.test(e.name)) fds.push(Number(e.name));
    }
    ctx.sys.close(fdDir);
    for (const fd of fds.sort((a, b) => a - b)) {
      const t = ctx.sys.readlink(`/proc/${pid}/fd/${fd}`);
      const m = typeof t === 'string' ? /^socket:\[(\d+)\]$/.exec(t) : null;
      if (!m) continue;
      const list = map.get(Number(m[1])) ?? [];
      list.unshift(`("${comm}",pid=${pid},fd=${fd})`);
      map.set(Number(m[1]), list);
    }
    yield* ctx.tick(fds.length + 1);
  }
  return map;
}

/** Columns as ss renders them: width = widest cell, left delimiter " " except where ss has none. */
function render(rows: string[][], aligns: Array<'l' | 'r'>, delims: string[], header: boolean): string {
  const width = aligns.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  let out = '';
  const last = aligns.length - 1;
  rows.forEach((r, i) => {
    let line = '';
    r.forEach((cell, c) => {
      if (c > 0) line += delims[c];
      // Observed of ss 6.1: the header's last column is left unpadded when a single socket is listed.
      const w = header && i === 0 && c === last && rows.length < 3 ? 0 : width[c]!;
      line += aligns[c] === 'r' ? cell.padStart(w) : cell.padEnd(w);
    });
    out += line + '\n';
  });
  return out;
}

function parseArgs(args: readonly string[]): SsOpts | string {
  const o: SsOpts = { tcp: false, udp: false, unix: false, listen: false, all: false, numeric: false, proc: false, ext: false, noHeader: false };
  const long: Record<string, keyof SsOpts> = { tcp: 'tcp', udp: 'udp', unix: 'unix', listening: 'listen', all: 'all',
    numeric: 'numeric', processes: 'proc', extended: 'ext', 'no-header': 'noHeader' };
  const short: Record<string, keyof SsOpts> = { t: 'tcp', u: 'udp', x: 'unix', l: 'listen', a: 'all', n: 'numeric', p: 'proc',
    e: 'ext', H: 'noHeader' };
  for (const a of args) {
    if (a.startsWith('--')) {
      const k = long[a.slice(2)];
      if (!k) return `ss: unrecognized option '${a}'`;
      o[k] = true;
    } else if (a.startsWith('-')) {
      for (const c of a.slice(1)) {
        if (c === '4') continue;
        const k = short[c];
        if (!k) return `ss: invalid option -- '${c}'`;
        o[k] = true;
      }
    } else return `ss: filters are not supported here: ${a}`;
  }
  if (!o.tcp && !o.udp && !o.unix) o.tcp = o.udp = o.unix = true;
  return o;
}

export const ss = defineProgram('ss', function* (ctx) {
  const o = parseArgs(ctx.argv.slice(1));
  if (typeof o === 'string') {
    yield* ctx.err(`${o}\n`);
    return 1;
  }
  const svc = parseServices(yield* readText(ctx, '/etc/services'));
  let rows: Row[] = [];
  if (o.tcp) rows.push(...inetRows(yield* readText(ctx, '/proc/net/tcp'), 'tcp', svc, o.numeric));
  if (o.udp) rows.push(...inetRows(yield* readText(ctx, '/proc/net/udp'), 'udp', svc, o.numeric));
  if (o.unix) rows.push(...unixRows(yield* readText(ctx, '/proc/net/unix')));
  rows = rows.filter((r) => wanted(o, r));
  const procs = o.proc ? yield* processMap(ctx) : new Map<number, string[]>();
  const netid = [o.tcp, o.udp, o.unix].filter(Boolean).length > 1 || o.unix;
  const table: string[][] = [['Netid', 'State', 'Recv-Q', 'Send-Q', 'Local Address:', 'Port', 'Peer Address:', 'Port', 'Process']];
  rows.forEach((r, i) => {
    const sep = r.netid.startsWith('u_') ? ' ' : ':';
    let proc = '';
    const users = procs.get(r.ino);
    if (users) proc += ` users:(${users.join(',')})`;
    if (o.ext) {
      const cg = '';
      proc += `${r.uid ? ` uid:${r.uid}` : ''} ino:${r.ino} sk:${(0x1000 + i + 1).toString(16)}${cg}${r.state === 'ESTAB' ? ' <->' : ''}`;
    }
    table.push([r.netid, r.state, String(r.recvQ), String(r.sendQ), r.laddr + sep, r.lport, r.paddr + sep, r.pport, proc]);
  });
  const aligns: Array<'l' | 'r'> = ['l', 'l', 'l', 'l', 'r', 'l', 'r', 'l', 'l'];
  const delims = ['', ' ', ' ', ' ', ' ', '', ' ', '', ''];
  const cols = netid ? table : table.map((r) => r.slice(1));
  const text = render(o.noHeader ? cols.slice(1) : cols, netid ? aligns : aligns.slice(1), netid ? delims : delims.slice(1), !o.noHeader);
  yield* ctx.out(text);
  return 0;
});
