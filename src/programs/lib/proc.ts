/** Reading the process table from /proc, as procps does. */
import type { Ctx, Gen } from '../runtime.ts';
import { readText, readInput } from './io.ts';
import { fromUtf8 } from '../runtime.ts';
import { O_RDONLY, O_DIRECTORY } from '../../abi/fcntl.ts';

export interface ProcInfo {
  pid: number; comm: string; state: string; ppid: number; pgid: number; sid: number; ttyNr: number; tpgid: number;
  utime: number; stime: number; startTicks: number; vsize: number; rssPages: number; nice: number; priority: number;
  uid: number; euid: number; gid: number; args: string[];
}

/** Parse /proc/PID/stat (comm may hold spaces and parentheses). */
export function parseStat(text: string): Partial<ProcInfo> | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < 0) return null;
  const f = text.slice(close + 2).trim().split(/\s+/);
  const n = (i: number): number => Number(f[i] ?? 0);
  return {
    pid: Number(text.slice(0, open).trim()), comm: text.slice(open + 1, close), state: f[0] ?? '?',
    ppid: n(1), pgid: n(2), sid: n(3), ttyNr: n(4), tpgid: n(5), utime: n(11), stime: n(12),
    priority: n(15), nice: n(16), startTicks: n(19), vsize: n(20), rssPages: n(21),
  };
}

/** All processes, sorted by pid. */
export function* readProcs(ctx: Ctx): Gen<ProcInfo[]> {
  const fd = ctx.sys.open('/proc', O_RDONLY | O_DIRECTORY);
  if (fd < 0) return [];
  const pids: number[] = [];
  for (;;) {
    const ents = ctx.sys.getdents(fd);
    if (typeof ents === 'number' || ents.length === 0) break;
    for (const e of ents) if (/^\d+$/.test(e.name)) pids.push(Number(e.name));
  }
  ctx.sys.close(fd);
  pids.sort((a, b) => a - b);
  const out: ProcInfo[] = [];
  for (const pid of pids) {
    const st = yield* readText(ctx, `/proc/${pid}/stat`);
    if (typeof st === 'number') continue;
    const p = parseStat(st);
    if (!p) continue;
    const status = yield* readText(ctx, `/proc/${pid}/status`);
    let uid = 0, euid = 0, gid = 0;
    if (typeof status === 'string') {
      const u = /^Uid:\s+(\d+)\s+(\d+)/m.exec(status);
      const g = /^Gid:\s+(\d+)/m.exec(status);
      if (u) { uid = Number(u[1]); euid = Number(u[2]); }
      if (g) gid = Number(g[1]);
    }
    const cl = yield* readInput(ctx, `/proc/${pid}/cmdline`);
    const args = typeof cl === 'number' || cl.length === 0 ? [] : fromUtf8(cl).replace(/\0$/, '').split('\0');
    out.push({ ...(p as ProcInfo), uid, euid, gid, args });
    yield* ctx.tick(5);
  }
  return out;
}

/** "pts/0" for a tty_nr, "?" for none. */
export function ttyName(nr: number): string {
  if (nr === 0) return '?';
  const major = (nr >> 8) & 0xfff;
  const minor = (nr & 0xff) | ((nr >> 12) & 0xfff00);
  if (major === 136) return `pts/${minor}`;
  if (major === 4) return `tty${minor}`;
  return '?';
}

/** Seconds of CPU as [DD-]HH:MM:SS. */
export function cpuTime(sec: number): string {
  const d = Math.floor(sec / 86400);
  const h = Math.floor((sec % 86400) / 3600), m = Math.floor((sec % 3600) / 60), s = Math.floor(sec % 60);
  const hms = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return d > 0 ? `${d}-${hms}` : hms;
}

/** The command line as ps shows it: args, or [comm] when there are none. */
export function cmdOf(p: ProcInfo): string {
  return p.args.length > 0 ? p.args.join(' ') : `[${p.comm}]`;
}
