/**
 * who (GNU coreutils 9.1) and w (procps-ng 4.0.2): the logins of
 * lib/sessions.ts, in their formats.
 */
import { defineProgram, type Ctx, type Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, usageError } from './lib/io.ts';
import { strftime } from './lib/time.ts';
import { cmdOf, type ProcInfo } from './lib/proc.ts';
import { HZ, systemView, uptimeLine, type Session, type SystemView } from './lib/sessions.ts';

/** coreutils print_line: fixed fields, trailing blanks removed. */
function whoLine(user: string, mesg: string | null, line: string, time: string, idle: string | null, pid: string | null, comment = ''): string {
  let s = user.padEnd(8) + (mesg === null ? '' : ` ${mesg}`) + ` ${line.padEnd(12)} ${time.padEnd(16)}`;
  if (idle !== null) s += ` ${idle.padEnd(6)}`;
  if (pid !== null) s += ` ${pid.padStart(10)}`;
  s += ` ${comment.padEnd(8)}`;
  return s.replace(/ +$/, '');
}

/** idle_string: "  .  " under a minute, HH:MM under a day, " old " beyond. */
function idleString(now: number, atime: number): string {
  const idle = now - atime;
  if (idle < 60) return '  .  ';
  if (idle < 86400) return `${String(Math.floor(idle / 3600)).padStart(2, '0')}:${String(Math.floor((idle % 3600) / 60)).padStart(2, '0')}`;
  return ' old ';
}

const whoTime = (t: number): string => strftime('%Y-%m-%d %H:%M', t);

/** Mesg state of a terminal: + when the group may write to it. */
function mesgOf(ctx: Ctx, s: Session): string {
  const st = ctx.sys.stat(`/dev/${s.line}`);
  if (typeof st === 'number') return '?';
  return st.mode & 0o020 ? '+' : '-';
}

const who = defineProgram('who', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'abdHlmpqrsTtuw',
    long: {
      all: 'a', boot: 'b', dead: 'd', heading: 'H', login: 'l', lookup: 'lookup', process: 'p', count: 'q', runlevel: 'r',
      short: 's', time: 't', users: 'u', mesg: 'T', message: 'T', writable: 'T',
    },
  });
  if (typeof c === 'number') return c;
  if (c.args.length > 2) return yield* usageError(ctx, `extra operand ${ctx.q(c.args[2]!)}`);
  const o = c.o;
  const all = o.has('a');
  const only = (k: string): boolean => all || o.has(k);
  const assumptions = !['a', 'b', 'd', 'l', 'p', 'r', 't', 'u'].some((k) => o.has(k));
  const users = assumptions || only('u');
  const short = assumptions || (o.has('s') && !all);
  const showMesg = only('T') || o.has('w');
  const v = yield* systemView(ctx);
  let list = v.sessions;
  if (o.has('m') || c.args.length === 2) {
    const me = ctx.sys.ttyname(0);
    list = typeof me === 'number' ? [] : list.filter((s) => `/dev/${s.line}` === me);
  }
  if (o.has('q')) {
    yield* ctx.out(`${list.map((s) => s.user).join(' ')}\n# users=${list.length}\n`);
    return 0;
  }
  const idleCol = (all || o.has('u')) && !short;
  const out: string[] = [];
  if (o.has('H')) out.push(whoLine('NAME', showMesg ? ' ' : null, 'LINE', 'TIME', idleCol ? 'IDLE' : null, short ? null : 'PID', 'COMMENT'));
  if (only('b')) out.push(whoLine('', showMesg ? ' ' : null, 'system boot', whoTime(v.boot), null, short ? null : ''));
  if (only('r')) out.push(whoLine('', showMesg ? ' ' : null, 'run-level 5', whoTime(v.boot), null, short ? null : ''));
  if (users) {
    for (const s of list) {
      out.push(whoLine(s.user, showMesg ? mesgOf(ctx, s) : null, s.line, whoTime(s.login),
        idleCol ? idleString(v.now, s.atime) : null, short ? null : String(s.pid)));
    }
  }
  yield* ctx.out(out.map((l) => `${l}\n`).join(''));
  return 0;
});

/** print_time_ival7: seven columns of "  1.00s", " 4:05 ", " 2:03m", "  3days". */
function ival7(t: number, centi: number): string {
  if (t < 0) return '   ?   ';
  if (t >= 48 * 3600) return ` ${String(Math.floor(t / 86400)).padStart(2)}days`;
  if (t >= 3600) return ` ${String(Math.floor(t / 3600)).padStart(2)}:${String(Math.floor((t / 60) % 60)).padStart(2, '0')}m`;
  if (t > 60) return ` ${String(Math.floor(t / 60)).padStart(2)}:${String(Math.floor(t % 60)).padStart(2, '0')} `.padEnd(7);
  return ` ${String(Math.floor(t)).padStart(2)}.${String(centi).padStart(2, '0')}s`.padStart(7);
}

/** print_logintime: "HH:MM" today, "DowHH" this week, "DDMonYY" before. */
function loginTime(login: number, now: number): string {
  if (Math.floor(login / 86400) === Math.floor(now / 86400)) return strftime('%H:%M  ', login);
  if (now - login < 6 * 86400) return strftime('%a%H  ', login);
  return strftime('%d%b%y', login);
}

const ticks = (p: ProcInfo): number => p.utime + p.stime;

/** The process w names: the newest of the terminal's foreground group, else the login shell. */
function bestProc(v: SystemView, s: Session): ProcInfo | undefined {
  let best: ProcInfo | undefined;
  for (const p of v.procs) {
    if (p.ttyNr !== s.ttyNr || p.tpgid <= 0 || p.pgid !== p.tpgid) continue;
    if (!best || p.startTicks > best.startTicks || (p.startTicks === best.startTicks && p.pid > best.pid)) best = p;
  }
  return best ?? v.procs.find((p) => p.pid === s.pid);
}

const W_USAGE = `
Usage:
 w [options] [user]

Options:
 -h, --no-header     do not print header
 -u, --no-current    ignore current process username
 -s, --short         short format
 -f, --from          show remote hostname field
 -o, --old-style     old style output
 -i, --ip-addr       display IP address instead of hostname (if possible)

     --help     display this help and exit
 -V, --version  output version information and exit

For more details see w(1).
`;

function* wRow(ctx: Ctx, v: SystemView, s: Session, long: boolean, from: boolean, width: number): Gen<string> {
  let row = `${s.user.slice(0, 8).padEnd(9)}${s.line.slice(0, 8).padEnd(9)}`;
  if (from) row += '-'.padEnd(16) + (long ? ' ' : '');
  const best = bestProc(v, s);
  if (long) row += loginTime(s.login, v.now);
  row += ival7(v.now - s.atime, 0);
  if (long) {
    const j = v.procs.filter((p) => p.ttyNr === s.ttyNr).reduce((n, p) => n + ticks(p), 0);
    row += ival7(Math.floor(j / HZ), j % HZ);
    row += best ? ival7(Math.floor(ticks(best) / HZ), ticks(best) % HZ) : '   ?   ';
  }
  const max = width - 21 - 8 - (from ? 16 : 0) - (long ? 20 : 0);
  yield* ctx.tick(1);
  return `${row} ${(best ? cmdOf(best) : '-').slice(0, Math.max(0, max))}`;
}

const w = defineProgram('w', function* (ctx) {
  let header = true, long = true, from = true;
  const users: string[] = [];
  for (const a of ctx.argv.slice(1)) {
    if (a === '--help') {
      yield* ctx.out(W_USAGE);
      return 0;
    }
    if (a === '-V' || a === '--version') {
      yield* ctx.out('w from procps-ng 4.0.2\n');
      return 0;
    }
    const long1: Record<string, string> = { '--no-header': 'h', '--no-current': 'u', '--short': 's', '--from': 'f', '--old-style': 'o', '--ip-addr': 'i' };
    if (a.startsWith('--')) {
      const f = long1[a];
      if (f === undefined) {
        yield* ctx.err(`${ctx.name}: unrecognized option '${a}'\n${W_USAGE}`);
        return 1;
      }
      if (f === 'h') header = false;
      else if (f === 's') long = false;
      else if (f === 'f') from = !from;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (const f of a.slice(1)) {
        if (f === 'h') header = false;
        else if (f === 's') long = false;
        else if (f === 'f') from = !from;
        else if (!'uoi'.includes(f)) {
          yield* ctx.err(`${ctx.name}: invalid option -- '${f}'\n${W_USAGE}`);
          return 1;
        }
      }
      continue;
    }
    users.push(a);
  }
  const v = yield* systemView(ctx);
  const ws = ctx.sys.tiocgwinsz(1);
  const cols = Number(ctx.env.get('COLUMNS')) || (typeof ws === 'number' ? 80 : ws.cols);
  const out: string[] = [];
  if (header) {
    out.push(` ${yield* uptimeLine(ctx, v)}`);
    out.push(`USER     TTY      ${from ? 'FROM            ' : ''}${long ? ' LOGIN@   IDLE   JCPU   PCPU WHAT' : '  IDLE WHAT'}`);
  }
  for (const s of v.sessions) {
    if (users.length && !users.includes(s.user)) continue;
    out.push(yield* wRow(ctx, v, s, long, from, cols));
  }
  yield* ctx.out(out.map((l) => `${l}\n`).join(''));
  return 0;
});

export function whoPrograms(): Record<string, Program> {
  return { '/usr/bin/who': who, '/usr/bin/w': w };
}
