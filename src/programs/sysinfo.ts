/** Who and where: id whoami groups logname hostname uname uptime free date. */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, usageError, loadPasswd, loadGroups, readText } from './lib/io.ts';
import type { GroupEntry, PasswdEntry } from './lib/io.ts';
import { strftime, parseDate } from './lib/time.ts';
import { strerror } from '../abi/errno.ts';
import { readIfaces } from '../nettools/ifaddrs.ts';
import { systemView, upPretty, uptimeLine } from './lib/sessions.ts';

function* identity(ctx: Ctx, who: string | undefined): Gen<{ uid: number; gid: number; euid: number; egid: number; groups: number[]; users: PasswdEntry[]; gdb: GroupEntry[] } | string> {
  const users = yield* loadPasswd(ctx);
  const gdb = yield* loadGroups(ctx);
  if (who === undefined) {
    const egid = ctx.sys.getegid();
    const groups = [egid, ...ctx.sys.getgroups().filter((g) => g !== egid)];
    return { uid: ctx.sys.getuid(), gid: ctx.sys.getgid(), euid: ctx.sys.geteuid(), egid, groups, users, gdb };
  }
  const u = users.find((e) => e.name === who) ?? (/^\d+$/.test(who) ? users.find((e) => e.uid === Number(who)) : undefined);
  if (!u) return who;
  const groups = [u.gid, ...gdb.filter((g) => g.members.includes(u.name) && g.gid !== u.gid).map((g) => g.gid)];
  return { uid: u.uid, gid: u.gid, euid: u.uid, egid: u.gid, groups, users, gdb };
}

const uname0 = (db: PasswdEntry[], uid: number): string | undefined => db.find((e) => e.uid === uid)?.name;
const gname0 = (db: GroupEntry[], gid: number): string | undefined => db.find((e) => e.gid === gid)?.name;
const withName = (n: number, name: string | undefined): string => (name === undefined ? String(n) : `${n}(${name})`);

const id = defineProgram('id', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'ugGnrza', long: { user: 'u', group: 'g', groups: 'G', name: 'n', real: 'r', zero: 'z' } });
  if (typeof c === 'number') return c;
  const r = yield* identity(ctx, c.args[0]);
  if (typeof r === 'string') { yield* ctx.err(`${ctx.prog}: ${ctx.q(r)}: no such user\n`); return 1; }
  const real = c.o.has('r');
  const uid = real ? r.uid : r.euid, gid = real ? r.gid : r.egid;
  const name = c.o.has('n');
  if (c.o.has('u')) { yield* ctx.out(`${name ? uname0(r.users, uid) ?? uid : uid}\n`); return 0; }
  if (c.o.has('g')) { yield* ctx.out(`${name ? gname0(r.gdb, gid) ?? gid : gid}\n`); return 0; }
  if (c.o.has('G')) { yield* ctx.out(r.groups.map((g) => (name ? gname0(r.gdb, g) ?? g : g)).join(' ') + '\n'); return 0; }
  let s = `uid=${withName(r.uid, uname0(r.users, r.uid))} gid=${withName(r.gid, gname0(r.gdb, r.gid))}`;
  if (r.euid !== r.uid) s += ` euid=${withName(r.euid, uname0(r.users, r.euid))}`;
  if (r.egid !== r.gid) s += ` egid=${withName(r.egid, gname0(r.gdb, r.egid))}`;
  s += ` groups=${r.groups.map((g) => withName(g, gname0(r.gdb, g))).join(',')}`;
  yield* ctx.out(s + '\n');
  return 0;
});

const whoami = defineProgram('whoami', function* (ctx) {
  const users = yield* loadPasswd(ctx);
  const uid = ctx.sys.geteuid();
  const n = uname0(users, uid);
  if (n === undefined) { yield* ctx.err(`${ctx.prog}: cannot find name for user ID ${uid}\n`); return 1; }
  yield* ctx.out(n + '\n');
  return 0;
});

const logname = defineProgram('logname', function* (ctx) {
  const n = ctx.env.get('LOGNAME');
  if (!n) { yield* ctx.err(`${ctx.prog}: no login name\n`); return 1; }
  yield* ctx.out(n + '\n');
  return 0;
});

const groups = defineProgram('groups', function* (ctx) {
  const names = ctx.argv.slice(1);
  let status = 0;
  for (const who of names.length > 0 ? names : [undefined]) {
    const r = yield* identity(ctx, who);
    if (typeof r === 'string') { yield* ctx.err(`${ctx.prog}: ${ctx.q(r)}: no such user\n`); status = 1; continue; }
    const list = r.groups.map((g) => gname0(r.gdb, g) ?? String(g)).join(' ');
    yield* ctx.out(who === undefined ? list + '\n' : `${who} : ${list}\n`);
  }
  return status;
});

const hostname = defineProgram('hostname', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'sfiIdF:', long: { short: 's', fqdn: 'f', 'ip-address': 'i', 'all-ip-addresses': 'I', domain: 'd', file: 'F:' } });
  if (typeof c === 'number') return c;
  if (c.args.length > 0) {
    const r = ctx.sys.sethostname(c.args[0]!);
    if (r < 0) { yield* ctx.err(`${ctx.prog}: you must be root to change the host name\n`); return 1; }
    return 0;
  }
  const h = ctx.sys.gethostname();
  if (c.o.has('i')) { yield* ctx.out('127.0.1.1\n'); return 0; }
  if (c.o.has('I')) {
    // Every address of every interface but loopback, each followed by a space (net-tools hostname -I).
    const addrs = (yield* readIfaces(ctx)).filter((i) => !i.loopback && i.addr).map((i) => `${i.addr} `);
    yield* ctx.out(`${addrs.join('')}\n`);
    return 0;
  }
  if (c.o.has('d')) { yield* ctx.out('\n'); return 0; }
  yield* ctx.out((c.o.has('s') ? h.split('.')[0] : h) + '\n');
  return 0;
});

const uname = defineProgram('uname', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'asnrvmpio', long: { all: 'a', 'kernel-name': 's', nodename: 'n', 'kernel-release': 'r', 'kernel-version': 'v', machine: 'm', processor: 'p', 'hardware-platform': 'i', 'operating-system': 'o' } });
  if (typeof c === 'number') return c;
  if (c.args.length > 0) return yield* usageError(ctx, `extra operand ${ctx.q(c.args[0]!)}`);
  const u = ctx.sys.uname();
  const all = c.o.has('a');
  const parts: string[] = [];
  const want = (k: string): boolean => all || c.o.has(k);
  if (want('s') || c.o.list.length === 0) parts.push(u.sysname);
  if (want('n')) parts.push(u.nodename);
  if (want('r')) parts.push(u.release);
  if (want('v')) parts.push(u.version);
  if (want('m')) parts.push(u.machine);
  if (c.o.has('p')) parts.push('unknown');
  if (c.o.has('i')) parts.push('unknown');
  if (want('o')) parts.push('GNU/Linux');
  yield* ctx.out(parts.join(' ') + '\n');
  return 0;
});

function* uptimeSecs(ctx: Ctx): Gen<number> {
  const t = yield* readText(ctx, '/proc/uptime');
  return typeof t === 'string' ? Number(t.split(' ')[0]) : 0;
}

/** uptime (procps-ng 4.0.2): the clock, time since boot, logged-in users and load; -p and -s. */
const uptime = defineProgram('uptime', function* (ctx) {
  const secs = yield* uptimeSecs(ctx);
  const [now] = ctx.sys.clockGettime('realtime');
  if (ctx.argv.includes('-p')) {
    yield* ctx.out(`${upPretty(secs)}\n`);
    return 0;
  }
  if (ctx.argv.includes('-s')) { yield* ctx.out(strftime('%Y-%m-%d %H:%M:%S', now - secs) + '\n'); return 0; }
  yield* ctx.out(` ${yield* uptimeLine(ctx, yield* systemView(ctx))}\n`);
  return 0;
});

function humanKi(kb: number): string {
  const units = ['Ki', 'Mi', 'Gi', 'Ti'];
  let v = kb;
  let u = 0;
  if (v < 1024) return kb === 0 ? '0B' : `${kb}Ki`;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return v < 10 ? `${v.toFixed(1)}${units[u]}` : `${Math.round(v)}${units[u]}`;
}

const free = defineProgram('free', function* (ctx) {
  const t = yield* readText(ctx, '/proc/meminfo');
  const mi = new Map<string, number>();
  if (typeof t === 'string') for (const m of t.matchAll(/^(\w+):\s+(\d+)/gm)) mi.set(m[1]!, Number(m[2]));
  const g = (k: string): number => mi.get(k) ?? 0;
  const total = g('MemTotal'), fr = g('MemFree'), bc = g('Buffers') + g('Cached'), avail = g('MemAvailable');
  const used = total - fr - bc;
  const h = ctx.argv.includes('-h');
  const div = ctx.argv.includes('-m') ? 1024 : ctx.argv.includes('-g') ? 1048576 : 1;
  const f = (n: number): string => (h ? humanKi(n) : String(Math.floor(n / div))).padStart(12);
  yield* ctx.out(`${' '.repeat(8)}${['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((x) => x.padStart(12)).join('')}\n`);
  yield* ctx.out(`${'Mem:'.padEnd(8)}${[total, used, fr, 0, bc, avail].map(f).join('')}\n`);
  yield* ctx.out(`${'Swap:'.padEnd(8)}${[g('SwapTotal'), g('SwapTotal') - g('SwapFree'), g('SwapFree')].map(f).join('')}\n`);
  return 0;
});

const date = defineProgram('date', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'd:uRI::r:s:', long: { date: 'd:', utc: 'u', universal: 'u', 'rfc-email': 'R', 'iso-8601': 'I::', reference: 'r:', set: 's:', 'rfc-3339': 'rfc:' } });
  if (typeof c === 'number') return c;
  const [sec, ns] = ctx.sys.clockGettime('realtime');
  let t = sec;
  let frac = ns;
  const d = c.o.get('d');
  if (d !== undefined) {
    const v = parseDate(d, sec);
    if (v === null) { yield* ctx.err(`${ctx.prog}: invalid date ${ctx.q(d)}\n`); return 1; }
    t = Math.floor(v);
    frac = Math.round((v - t) * 1e9);
  }
  const r = c.o.get('r');
  if (r !== undefined) {
    const st = ctx.sys.stat(r);
    if (typeof st === 'number') { yield* ctx.err(`${ctx.prog}: ${r}: ${strerror(st)}\n`); return 1; }
    t = Math.floor(st.mtimeMs / 1000);
    frac = Math.round((st.mtimeMs % 1000) * 1e6);
  }
  if (c.o.has('s')) { yield* ctx.err(`${ctx.prog}: cannot set date: Operation not permitted\n`); return 1; }
  let fmt = '%a %b %e %H:%M:%S %Z %Y';
  if (c.o.has('R')) fmt = '%a, %d %b %Y %H:%M:%S %z';
  if (c.o.has('I')) {
    const p = c.o.get('I') ?? 'date';
    fmt = p.startsWith('h') ? '%Y-%m-%dT%H%:z' : p.startsWith('m') ? '%Y-%m-%dT%H:%M%:z' : p.startsWith('s') ? '%Y-%m-%dT%H:%M:%S%:z' : p.startsWith('n') ? '%Y-%m-%dT%H:%M:%S,%N%:z' : '%Y-%m-%d';
  }
  const rfc = c.o.get('rfc');
  if (rfc !== undefined) fmt = rfc.startsWith('s') ? '%Y-%m-%d %H:%M:%S%:z' : rfc.startsWith('n') ? '%Y-%m-%d %H:%M:%S.%N%:z' : '%Y-%m-%d';
  const plus = c.args.find((a) => a.startsWith('+'));
  const extra = c.args.find((a) => !a.startsWith('+'));
  if (extra !== undefined) return yield* usageError(ctx, `invalid date ${ctx.q(extra)}`);
  if (plus !== undefined) fmt = plus.slice(1);
  yield* ctx.out(strftime(fmt, t, frac) + '\n');
  return 0;
});

export function sysinfoPrograms(): Record<string, Program> {
  return {
    '/usr/bin/id': id, '/usr/bin/whoami': whoami, '/usr/bin/logname': logname, '/usr/bin/groups': groups, '/bin/hostname': hostname,
    '/bin/uname': uname, '/usr/bin/uptime': uptime, '/usr/bin/free': free, '/bin/date': date,
  };
}
