/** Processes: ps kill pidof. */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { loadPasswd, readText, usageError, userName } from './lib/io.ts';
import type { PasswdEntry } from './lib/io.ts';
import { readProcs, ttyName, cpuTime, cmdOf } from './lib/proc.ts';
import type { ProcInfo } from './lib/proc.ts';
import { strftime } from './lib/time.ts';
import { signalByName, signalName, NSIG } from '../abi/signals.ts';
import { strerror } from '../abi/errno.ts';

const HZ = 100;

interface PsEnv { now: number; boot: number; users: PasswdEntry[]; memKb: number }

interface Col { header: string; width: number; left?: boolean; get: (p: ProcInfo, e: PsEnv) => string }

function startTime(p: ProcInfo, e: PsEnv): number { return e.boot + p.startTicks / HZ; }

const COLS: Record<string, Col> = {
  pid: { header: 'PID', width: 5, get: (p) => String(p.pid) },
  ppid: { header: 'PPID', width: 5, get: (p) => String(p.ppid) },
  pgid: { header: 'PGID', width: 5, get: (p) => String(p.pgid) },
  pgrp: { header: 'PGRP', width: 5, get: (p) => String(p.pgid) },
  sid: { header: 'SID', width: 5, get: (p) => String(p.sid) },
  sess: { header: 'SESS', width: 5, get: (p) => String(p.sid) },
  tpgid: { header: 'TPGID', width: 5, get: (p) => String(p.tpgid) },
  uid: { header: 'UID', width: 5, get: (p) => String(p.euid) },
  user: { header: 'USER', width: 8, left: true, get: (p, e) => userName(e.users, p.euid) },
  ruser: { header: 'RUSER', width: 8, left: true, get: (p, e) => userName(e.users, p.uid) },
  stat: { header: 'STAT', width: 4, left: true, get: (p) => stateFlags(p) },
  s: { header: 'S', width: 1, get: (p) => p.state },
  state: { header: 'S', width: 1, get: (p) => p.state },
  tty: { header: 'TT', width: 8, left: true, get: (p) => ttyName(p.ttyNr) },
  tname: { header: 'TTY', width: 8, left: true, get: (p) => ttyName(p.ttyNr) },
  time: { header: 'TIME', width: 8, get: (p) => cpuTime((p.utime + p.stime) / HZ) },
  cputime: { header: 'TIME', width: 8, get: (p) => cpuTime((p.utime + p.stime) / HZ) },
  etime: { header: 'ELAPSED', width: 11, get: (p, e) => elapsed(e.now - startTime(p, e)) },
  etimes: { header: 'ELAPSED', width: 7, get: (p, e) => String(Math.floor(e.now - startTime(p, e))) },
  comm: { header: 'COMMAND', width: 15, left: true, get: (p) => p.comm },
  ucmd: { header: 'CMD', width: 15, left: true, get: (p) => p.comm },
  cmd: { header: 'CMD', width: 0, left: true, get: cmdOf },
  args: { header: 'COMMAND', width: 0, left: true, get: cmdOf },
  command: { header: 'COMMAND', width: 0, left: true, get: cmdOf },
  ni: { header: 'NI', width: 3, get: (p) => String(p.nice) },
  nice: { header: 'NI', width: 3, get: (p) => String(p.nice) },
  pri: { header: 'PRI', width: 3, get: (p) => String(39 - p.priority - 20) },
  rss: { header: 'RSS', width: 5, get: (p) => String(p.rssPages * 4) },
  vsz: { header: 'VSZ', width: 6, get: (p) => String(Math.floor(p.vsize / 1024)) },
  '%cpu': { header: '%CPU', width: 4, get: (p, e) => pcpu(p, e) },
  pcpu: { header: '%CPU', width: 4, get: (p, e) => pcpu(p, e) },
  '%mem': { header: '%MEM', width: 4, get: (p, e) => ((p.rssPages * 4 * 100) / e.memKb).toFixed(1) },
  lstart: { header: 'STARTED', width: 24, get: (p, e) => strftime('%a %b %e %H:%M:%S %Y', startTime(p, e)) },
  stime: { header: 'STIME', width: 5, get: (p, e) => stime(startTime(p, e), e.now) },
  start: { header: 'STARTED', width: 8, get: (p, e) => strftime('%H:%M:%S', startTime(p, e)) },
  c: { header: 'C', width: 2, get: (p, e) => String(Math.floor(Number(pcpu(p, e)))) },
};

function pcpu(p: ProcInfo, e: PsEnv): string {
  const el = e.now - startTime(p, e);
  return el <= 0 ? '0.0' : Math.min(999, ((p.utime + p.stime) / HZ / el) * 100).toFixed(1);
}

function elapsed(s0: number): string {
  const s = Math.max(0, Math.floor(s0));
  const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  const p2 = (n: number): string => String(n).padStart(2, '0');
  if (d > 0) return `${d}-${p2(h)}:${p2(m)}:${p2(sec)}`;
  if (h > 0) return `${p2(h)}:${p2(m)}:${p2(sec)}`;
  return `${p2(m)}:${p2(sec)}`;
}

function stime(t: number, now: number): string {
  if (Math.floor(t / 86400) === Math.floor(now / 86400)) return strftime('%H:%M', t);
  if (now - t < 365 * 86400) return strftime('%b%d', t);
  return strftime('%Y', t);
}

/** BSD STAT: state letter, then s (session leader), + (foreground group). */
export function stateFlags(p: ProcInfo): string {
  let s = p.state;
  if (p.nice < 0) s += '<';
  if (p.nice > 0) s += 'N';
  if (p.pid === p.sid) s += 's';
  if (p.tpgid > 0 && p.pgid === p.tpgid) s += '+';
  return s;
}

/** Lay out a ps table (last column unpadded; columns widen to their longest value). */
export function formatTable(cols: Col[], rows: ProcInfo[], e: PsEnv, headers = true): string {
  const cells = rows.map((p) => cols.map((c) => c.get(p, e)));
  const widths = cols.map((c, i) => Math.max(c.width, c.header.length, ...(i === cols.length - 1 ? [] : cells.map((r) => r[i]!.length))));
  const line = (vals: string[]): string => vals.map((v, i) => {
    if (i === cols.length - 1) return cols[i]!.left ? v : v.padStart(widths[i]!);
    return cols[i]!.left ? v.padEnd(widths[i]!) : v.padStart(widths[i]!);
  }).join(' ').replace(/\s+$/, '');
  const out = headers && cols.some((c) => c.header !== '') ? [line(cols.map((c) => c.header))] : [];
  for (const r of cells) out.push(line(r));
  // No header and no process: procps prints nothing at all.
  return out.length ? out.join('\n') + '\n' : '';
}

function* psEnv(ctx: Ctx): Gen<PsEnv> {
  const [now] = ctx.sys.clockGettime('realtime');
  const up = yield* readText(ctx, '/proc/uptime');
  const uptime = typeof up === 'string' ? Number(up.split(' ')[0]) : 0;
  const mem = yield* readText(ctx, '/proc/meminfo');
  const memKb = typeof mem === 'string' ? Number(/MemTotal:\s+(\d+)/.exec(mem)?.[1] ?? 524288) : 524288;
  return { now, boot: now - uptime, users: yield* loadPasswd(ctx), memKb };
}

/** Long options of ps that take a list, by what the list holds. */
const LONG_LISTS: Record<string, 'pid' | 'ppid' | 'sid' | 'user' | 'format'> = {
  pid: 'pid', ppid: 'ppid', sid: 'sid', user: 'user', User: 'user', format: 'format',
};

function* psUsage(ctx: Ctx, msg: string): Gen<number> {
  yield* ctx.err(`error: ${msg}\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`);
  return 1;
}

const ps = defineProgram('ps', function* (ctx) {
  const args = ctx.argv.slice(1);
  let all = false, full = false, jobs = false, bsdU = false, bsdX = false, bsdA = false;
  let fmt: string[] | null = null;
  let headers = true;
  const pids: number[] = [];
  const users: string[] = [];
  const names: string[] = [];
  const ppids: number[] = [];
  const sids: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--no-headers' || a === '--no-heading') { headers = false; continue; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const kind = LONG_LISTS[name];
      if (kind === undefined) return yield* psUsage(ctx, 'unknown gnu long option');
      const val = eq >= 0 ? a.slice(eq + 1) : args[++i];
      if (val === undefined) return yield* psUsage(ctx, kind === 'format' ? 'unknown gnu long option' : `list of ${kind === 'user' ? 'users' : kind === 'sid' ? 'session IDs' : 'process IDs'} must follow --${name}`);
      const items = val.split(/[,\s]+/).filter(Boolean);
      if (kind === 'format') { fmt = [...(fmt ?? []), ...items]; continue; }
      if (kind === 'user') { users.push(...items); continue; }
      if (items.length === 0 || items.some((x) => !/^\d+$/.test(x))) return yield* psUsage(ctx, kind === 'sid' ? 'session ID list syntax error' : 'process ID list syntax error');
      (kind === 'pid' ? pids : kind === 'ppid' ? ppids : sids).push(...items.map(Number));
      continue;
    }
    const dash = a.startsWith('-');
    const flags = dash ? a.slice(1) : a;
    for (let j = 0; j < flags.length; j++) {
      const f = flags[j]!;
      const optArg = (): string => { const rest = flags.slice(j + 1); j = flags.length; return rest !== '' ? rest : args[++i] ?? ''; };
      if (dash && (f === 'e' || f === 'A')) all = true;
      else if (dash && f === 'f') full = true;
      else if (dash && f === 'j') jobs = true;
      else if (f === 'o' || f === 'O') fmt = [...(fmt ?? []), ...optArg().split(/[,\s]+/).filter(Boolean)];
      else if (f === 'p' || f === 'q') pids.push(...optArg().split(/[,\s]+/).map(Number));
      else if (f === 'u' && dash) users.push(...optArg().split(','));
      else if (f === 'C' && dash) names.push(...optArg().split(','));
      else if (!dash && f === 'u') bsdU = true;
      else if (!dash && f === 'x') bsdX = true;
      else if (!dash && f === 'a') bsdA = true;
      else if (!dash && f === 'w') continue;
      else if (dash && (f === 'w' || f === 'l' || f === 'H')) continue;
      else if (f === 'h' && !dash) headers = false;
      else { yield* ctx.err(`error: unsupported option (BSD syntax)\n`); return 1; }
    }
  }
  const env = yield* psEnv(ctx);
  const procs = yield* readProcs(ctx);
  const me = procs.find((p) => p.pid === ctx.sys.getpid());
  const euid = ctx.sys.geteuid();
  const sel = procs.filter((p) => {
    if (pids.length > 0 || users.length > 0 || names.length > 0 || ppids.length > 0 || sids.length > 0) {
      return pids.includes(p.pid) || ppids.includes(p.ppid) || sids.includes(p.sid) || names.includes(p.comm)
        || users.some((u) => u === userName(env.users, p.euid) || u === String(p.euid));
    }
    if (all || (bsdA && bsdX)) return true;
    if (bsdA) return p.ttyNr !== 0;
    if (bsdX) return p.euid === euid;
    return p.euid === euid && p.ttyNr === (me?.ttyNr ?? -1);
  });
  let cols: string[];
  if (fmt) cols = fmt.map((c) => c.toLowerCase().replace(/=.*$/, ''));
  else if (bsdU) cols = ['user', 'pid', '%cpu', '%mem', 'vsz', 'rss', 'tname', 'stat', 'start_b', 'time_b', 'command'];
  else if (full) cols = ['uid_f', 'pid', 'ppid', ...(jobs ? ['pgid', 'sid'] : []), 'c', 'stime', 'tname', 'time', 'cmd'];
  else if (jobs) cols = ['pid', 'pgid', 'sid', 'tname', 'time', 'ucmd'];
  else if (bsdX || bsdA) cols = ['pid', 'tty', 'stat', 'time_b', 'command'];
  else cols = ['pid', 'tname', 'time', 'ucmd'];
  const extra: Record<string, Col> = {
    uid_f: { header: 'UID', width: 8, left: true, get: (p, e) => userName(e.users, p.euid) },
    start_b: { header: 'START', width: 5, get: (p, e) => stime(startTime(p, e), e.now) },
    time_b: { header: 'TIME', width: 6, get: (p) => { const s = Math.floor((p.utime + p.stime) / HZ); return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`; } },
  };
  const defs: Col[] = [];
  for (const c of cols) {
    const d = extra[c] ?? COLS[c];
    if (!d) { yield* ctx.err(`error: unknown user-defined format specifier "${c}"\n`); return 1; }
    defs.push(d);
  }
  const named = fmt ? (fmt.map((c, i) => (c.includes('=') ? { ...defs[i]!, header: c.slice(c.indexOf('=') + 1) } : defs[i]!))) : defs;
  yield* ctx.out(formatTable(named, sel, env, headers));
  return sel.length === 0 ? 1 : 0;
});

function* killOne(ctx: Ctx, pid: string, sig: number): Gen<boolean> {
  if (!/^-?\d+$/.test(pid)) { yield* ctx.err(`${ctx.prog}: cannot find process "${pid}".\n`); return false; }
  const r = ctx.sys.kill(Number(pid), sig);
  if (r < 0) { yield* ctx.err(`${ctx.prog}: (${pid}): ${strerror(r)}\n`); return false; }
  return true;
}

/** procps kill's name for a signal: glibc's, except that 29 reads POLL. */
function procpsName(n: number): string | undefined {
  return n === 29 ? 'POLL' : signalName(n);
}

const kill = defineProgram('kill', function* (ctx) {
  const args = ctx.argv.slice(1);
  let sig = 15;
  if (args.length === 0) return yield* usageError(ctx, 'not enough arguments');
  const a0 = args[0]!;
  if (a0 === '-l' || a0 === '--list' || a0 === '-L' || a0 === '--table') {
    if (args.length > 1) {
      const s = args[1]!;
      const n = /^\d+$/.test(s) ? Number(s) : signalByName(s);
      const name = n === undefined ? undefined : procpsName(n);
      if (n === undefined || name === undefined || n === 0) { yield* ctx.err(`${ctx.prog}: unknown signal name ${s}\n`); return 0; }
      yield* ctx.out(/^\d+$/.test(s) ? `${name}\n` : `${n}\n`);
      return 0;
    }
    const names: string[] = [];
    for (let i = 1; i < NSIG; i++) names.push(procpsName(i) ?? String(i));
    if (a0 === '-L' || a0 === '--table') {
      let out = '';
      names.forEach((n, i) => { out += `${String(i + 1).padStart(2)} ${(i + 1) % 7 === 0 ? `${n}\n` : n.padEnd(8)}`; });
      yield* ctx.out(out.endsWith('\n') ? out : out + '\n');
    } else yield* ctx.out(`${names.slice(0, 16).join(' ')}\n${names.slice(16).join(' ')}\n`);
    return 0;
  }
  let i = 0;
  if (a0 === '-s' || a0 === '--signal' || a0 === '-n') {
    const s = args[1] ?? '';
    const n = signalByName(s);
    if (n === undefined) { yield* ctx.err(`${ctx.prog}: unknown signal: ${s}\n`); return 1; }
    sig = n; i = 2;
  } else if (/^-./.test(a0) && a0 !== '--') {
    const n = signalByName(a0.slice(1));
    if (n === undefined) { yield* ctx.err(`${ctx.prog}: unknown signal: ${a0.slice(1)}\n`); return 1; }
    sig = n; i = 1;
  }
  if (args[i] === '--') i++;
  const targets = args.slice(i);
  if (targets.length === 0) return yield* usageError(ctx, 'not enough arguments');
  let ok = true;
  for (const t of targets) ok = (yield* killOne(ctx, t, sig)) && ok;
  return ok ? 0 : 1;
});

/** pidof (procps): pids of the programs named, newest first; -s one only, -o omits pids. */
const pidof = defineProgram('pidof', function* (ctx) {
  const args = ctx.argv.slice(1);
  let single = false, quiet = false, sep = ' ';
  const omit = new Set<number>();
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-s') single = true;
    else if (a === '-q') quiet = true;
    else if (a === '-S') sep = args[++i] ?? ' ';
    else if (a === '-o') for (const o of (args[++i] ?? '').split(',')) omit.add(o === '%PPID' ? ctx.sys.getppid() : Number(o));
    else if (a === '-x' || a === '-w' || a === '-n' || a === '-c') continue;
    else names.push(a);
  }
  const self = ctx.sys.getpid();
  const hits: number[] = [];
  for (const p of (yield* readProcs(ctx)).reverse()) {
    if (p.pid === self || omit.has(p.pid)) continue;
    const base = (p.args[0] ?? '').split('/').pop();
    if (names.some((n) => n === p.comm || n === base || n === p.args[0])) hits.push(p.pid);
  }
  const shown = single ? hits.slice(0, 1) : hits;
  if (shown.length > 0 && !quiet) yield* ctx.out(shown.join(sep) + '\n');
  return hits.length > 0 ? 0 : 1;
});

export function procsPrograms(): Record<string, Program> {
  return { '/bin/ps': ps, '/bin/kill': kill, '/bin/pidof': pidof };
}
