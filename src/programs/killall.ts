/**
 * killall(1), as psmisc's: signal processes by command name (read from /proc
 * as pgrep does); -s SIG / -SIG, -e, -I, -g, -q, -r, -u, -v, -w, -l.
 */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { getopt, Opts } from './lib/args.ts';
import { readProcs, parseStat } from './lib/proc.ts';
import type { ProcInfo } from './lib/proc.ts';
import { loadPasswd, readText } from './lib/io.ts';
import { signalByName } from '../abi/signals.ts';
import { ESRCH, strerror } from '../abi/errno.ts';
import { compilePosix, search } from './lib/regex-bridge.ts';

const USAGE = `Usage: killall [OPTION]... [--] NAME...
       killall -l, --list
       killall -V, --version

  -e,--exact          require exact match for very long names
  -I,--ignore-case    case insensitive process name match
  -g,--process-group  kill process group instead of process
  -y,--younger-than   kill processes younger than TIME
  -o,--older-than     kill processes older than TIME
  -i,--interactive    ask for confirmation before killing
  -l,--list           list all known signal names
  -q,--quiet          don't print complaints
  -r,--regexp         interpret NAME as an extended regular expression
  -s,--signal SIGNAL  send this signal instead of SIGTERM
  -u,--user USER      kill only process(es) running as USER
  -v,--verbose        report if the signal was successfully sent
  -V,--version        display version information
  -w,--wait           wait for processes to die
  -n,--ns PID         match processes that belong to the same namespaces
                      as PID
  -Z,--context REGEXP kill only process(es) having context
                      (must precede other arguments)

`;

const SIGNAL_LIST = 'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT\nCHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH POLL PWR SYS\n';

/** psmisc's get_signal: a number, or a name with or without SIG; null when unknown. */
function parseSignal(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const n = signalByName(s.toUpperCase().replace(/^SIG/, ''));
  return n ?? null;
}

/** psmisc's comm is 15 bytes: a longer name matches a truncated comm unless -e, or the command line's argv[0]. */
function nameMatches(p: ProcInfo, name: string, icase: boolean, exact: boolean): boolean {
  const eq = (a: string, b: string): boolean => (icase ? a.toLowerCase() === b.toLowerCase() : a === b);
  const arg0 = p.args[0] ?? '';
  const base = arg0.slice(arg0.lastIndexOf('/') + 1);
  if (name.includes('/')) return eq(arg0, name);
  if (name.length > 15 && p.comm.length === 15) return eq(base, name) || (!exact && eq(name.slice(0, 15), p.comm));
  return eq(p.comm, name);
}

interface KillallOpts { sig: number; o: Opts; names: string[] }

function* parseKillall(ctx: Ctx): Gen<KillallOpts | number> {
  let sig = 15;
  const rest: string[] = [];
  for (const a of ctx.argv.slice(1)) {
    if ((/^-\d+$/.test(a) || /^-[A-Z][A-Z0-9+-]*$/.test(a)) && !/^-[IVZ]+$/.test(a)) {
      const n = parseSignal(a.slice(1));
      if (n === null) { yield* ctx.err(`${a.slice(1)}: unknown signal; ${ctx.prog} -l lists signals.\n`); return 1; }
      sig = n;
    } else rest.push(a);
  }
  const p = getopt(rest, {
    short: 'eIgy:o:ilqrs:u:vVwn:Z:',
    long: {
      exact: 'e', 'ignore-case': 'I', 'process-group': 'g', 'younger-than': 'y:', 'older-than': 'o:', interactive: 'i',
      list: 'l', quiet: 'q', regexp: 'r', signal: 's:', user: 'u:', verbose: 'v', version: 'V', wait: 'w', ns: 'n:', context: 'Z:',
    },
  });
  if (p.error !== undefined) { yield* ctx.err(USAGE); return 1; }
  const o = new Opts(p.opts);
  if (o.has('s')) {
    const n = parseSignal(o.get('s')!);
    if (n === null) { yield* ctx.err(`${o.get('s')}: unknown signal; ${ctx.prog} -l lists signals.\n`); return 1; }
    sig = n;
  }
  for (const k of ['y', 'o', 'i', 'n', 'Z']) {
    if (o.has(k)) { yield* ctx.err(`${ctx.prog}: -${k} is not supported on this machine\n`); return 1; }
  }
  return { sig, o, names: p.operands };
}

/** Whether a process still lives: it exists and is not a zombie waiting for its parent. */
function* alive(ctx: Ctx, pid: number): Gen<boolean> {
  if (ctx.sys.kill(pid, 0) === -ESRCH) return false;
  const st = yield* readText(ctx, `/proc/${pid}/stat`);
  return typeof st !== 'string' || parseStat(st)?.state !== 'Z';
}

function* waitGone(ctx: Ctx, pids: number[]): Gen<void> {
  for (let left = pids; left.length > 0;) {
    yield* ctx.sleep(100);
    const still: number[] = [];
    for (const pid of left) if (yield* alive(ctx, pid)) still.push(pid);
    left = still;
  }
}

function* killallMain(ctx: Ctx): Gen<number> {
  const k = yield* parseKillall(ctx);
  if (typeof k === 'number') return k;
  const { o, sig, names } = k;
  if (o.has('l')) { yield* ctx.out(SIGNAL_LIST); return 0; }
  if (o.has('V')) { yield* ctx.err('killall (PSmisc) 23.6\n'); return 0; }
  if (names.length === 0) { yield* ctx.err(USAGE); return 1; }
  let uid: number | null = null;
  if (o.has('u')) {
    const u = (yield* loadPasswd(ctx)).find((e) => e.name === o.get('u'));
    if (!u) { yield* ctx.err(`Cannot find user ${o.get('u')}\n`); return 1; }
    uid = u.uid;
  }
  const procs = (yield* readProcs(ctx)).filter((p) => p.pid !== ctx.sys.getpid() && (uid === null || p.uid === uid));
  let status = 0;
  const killed: number[] = [];
  const doneGroups = new Set<number>();
  for (const name of names) {
    let re = null;
    if (o.has('r')) {
      const r = compilePosix(name, { ere: true, icase: o.has('I') });
      if (typeof r === 'string') { yield* ctx.err(`${ctx.prog}: Bad regular expression: ${name}\n`); return 1; }
      re = r;
    }
    let found = 0;
    for (const p of procs) {
      const hit = re !== null ? (yield* search(ctx, re, p.comm)) !== null : nameMatches(p, name, o.has('I'), o.has('e'));
      if (!hit) continue;
      if (o.has('g') && doneGroups.has(p.pgid)) { found++; continue; }
      const target = o.has('g') ? -p.pgid : p.pid;
      const r = ctx.sys.kill(target, sig);
      if (r < 0) {
        if (!o.has('q')) yield* ctx.err(`${p.comm}(${p.pid}): ${strerror(r)}\n`);
        found++;
        status = 1;
        continue;
      }
      found++;
      killed.push(p.pid);
      if (o.has('g')) doneGroups.add(p.pgid);
      if (o.has('v')) {
        yield* ctx.err(o.has('g') ? `Killed ${p.comm}(${p.pgid}) with signal ${sig}\n` : `Killed ${p.comm}(${p.pid}) with signal ${sig}\n`);
      }
    }
    if (found === 0) {
      if (!o.has('q')) yield* ctx.err(`${name}: no process found\n`);
      status = 1;
    }
  }
  if (o.has('w')) yield* waitGone(ctx, killed);
  return status;
}

export function killallPrograms(): Record<string, Program> {
  return { '/usr/bin/killall': defineProgram('killall', killallMain) };
}


