/**
 * Login sessions as who, w and top see them. The machine keeps no utmp: a
 * login is a session leader with a pseudo-terminal as its controlling tty
 * (the shell each terminal starts), its user the leader's real uid and its
 * login time the leader's start. Also the uptime line they share (and
 * uptime prints).
 */
import type { Ctx, Gen } from '../runtime.ts';
import { loadPasswd, readText, userName } from './io.ts';
import { readProcs, ttyName, type ProcInfo } from './proc.ts';
import { strftime } from './time.ts';

/** Clock ticks per second in /proc (USER_HZ). */
export const HZ = 100;

export interface Session {
  user: string;
  /** "pts/0". */
  line: string;
  /** The session leader (the login shell). */
  pid: number;
  ttyNr: number;
  /** Login time, seconds since the epoch. */
  login: number;
  /** Last access of the terminal device, seconds since the epoch (the idle clock). */
  atime: number;
}

export interface SystemView {
  now: number;
  uptime: number;
  boot: number;
  procs: ProcInfo[];
  sessions: Session[];
}

/** Now, the uptime, every process and the login sessions, ordered by terminal. */
export function* systemView(ctx: Ctx): Gen<SystemView> {
  const [now] = ctx.sys.clockGettime('realtime');
  const up = yield* readText(ctx, '/proc/uptime');
  const uptime = typeof up === 'string' ? Number(up.split(' ')[0]) : 0;
  const boot = now - uptime;
  const procs = yield* readProcs(ctx);
  const users = yield* loadPasswd(ctx);
  const sessions: Session[] = [];
  for (const p of procs) {
    const line = ttyName(p.ttyNr);
    if (p.pid !== p.sid || !line.startsWith('pts/')) continue;
    const st = ctx.sys.stat(`/dev/${line}`);
    sessions.push({
      user: userName(users, p.uid), line, pid: p.pid, ttyNr: p.ttyNr, login: Math.floor(boot + p.startTicks / HZ),
      atime: typeof st === 'number' ? now : Math.floor(st.atimeMs / 1000),
    });
  }
  sessions.sort((a, b) => a.ttyNr - b.ttyNr || a.pid - b.pid);
  return { now, uptime, boot, procs, sessions };
}

/** procps' "up" part: "5 min", " 1:04", "12:10", "2 days,  3:10", "1 day, 0 min". */
export function upText(secs: number): string {
  const days = Math.floor(secs / 86400);
  const h = Math.floor((secs % 86400) / 3600), m = Math.floor((secs % 3600) / 60);
  let s = days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : '';
  s += h > 0 ? `${String(h).padStart(2)}:${String(m).padStart(2, '0')}` : `${m} min`;
  return s;
}

/** uptime -p: "up 2 weeks, 1 day, 1 hour, 6 minutes" (the minutes always, larger units when not 0). */
export function upPretty(secs: number): string {
  const s = Math.floor(secs);
  const units: Array<[number, string]> = [
    [Math.floor(s / 315_360_000), 'decade'], [Math.floor(s / 31_536_000) % 10, 'year'],
    [Math.floor(s / 604_800) % 52, 'week'], [Math.floor(s / 86_400) % 7, 'day'], [Math.floor(s / 3600) % 24, 'hour'],
  ];
  const parts = units.filter(([n]) => n > 0).map(([n, u]) => `${n} ${u}${n > 1 ? 's' : ''}`);
  const m = Math.floor(s / 60) % 60;
  parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  return `up ${parts.join(', ')}`;
}

/** Logged-in users as uptime, w and top count them: one per terminal with a login session. */
export function userCount(v: SystemView): number {
  return new Set(v.sessions.map((s) => s.line)).size;
}

/** procps' uptime line: "13:08:37 up 12:10,  1 user,  load average: 0.00, 0.01, 0.05". */
export function* uptimeLine(ctx: Ctx, v: SystemView): Gen<string> {
  const la = yield* readText(ctx, '/proc/loadavg');
  const l = typeof la === 'string' ? la.split(' ') : ['0.00', '0.00', '0.00'];
  const n = userCount(v);
  return `${strftime('%H:%M:%S', v.now)} up ${upText(v.uptime)}, ${String(n).padStart(2)} user${n > 1 ? 's' : ''},  load average: ${l[0]}, ${l[1]}, ${l[2]}`;
}
