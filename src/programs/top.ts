/**
 * top (procps-ng 4.0.2): the summary area and the task table from /proc.
 * Batch mode (-b, or stdout not a terminal) prints -n frames -d seconds
 * apart; on a terminal the screen is redrawn every -d seconds until `q`,
 * Ctrl-C or the -n count, and the terminal settings are restored.
 * %CPU is a process's share of the interval since the previous frame (of
 * its lifetime in the first frame). The %Cpu(s) line splits the CPU ticks
 * of /proc/stat that passed since the previous frame (since top started, in
 * the first one); VIRT, RES and SHR come from /proc/PID/statm.
 */
import { defineProgram, type Ctx, type Gen } from './runtime.ts';
import type { Program, Termios } from '../abi/sys.ts';
import { EINTR } from '../abi/errno.ts';
import { POLLIN } from '../abi/poll.ts';
import { ECHO, ICANON, VMIN, VTIME } from '../abi/termios.ts';
import { loadPasswd, readText, userName } from './lib/io.ts';
import type { PasswdEntry } from './lib/io.ts';
import type { ProcInfo } from './lib/proc.ts';
import { HZ, systemView, uptimeLine, type SystemView } from './lib/sessions.ts';

const SIGHUP = 1, SIGINT = 2, SIGTERM = 15;

interface TopOpts {
  batch: boolean;
  frames: number;
  delayMs: number;
  pids: number[];
  user: string | null;
  width: number | null;
  fullCmd: boolean;
}

/** What the previous frame saw: ticks per pid and when. */
interface Sample {
  at: number;
  ticks: Map<number, number>;
}

/** The `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal, in ticks. */
type CpuTicks = number[];

function* readCpu(ctx: Ctx): Gen<CpuTicks | null> {
  const t = yield* readText(ctx, '/proc/stat');
  const m = typeof t === 'string' ? /^cpu +(\d+(?: +\d+){7})/m.exec(t) : null;
  return m ? m[1]!.split(/ +/).map(Number) : null;
}

/** statm's size, resident and shared as KiB per pid (VIRT, RES, SHR). */
type MemCols = Map<number, [number, number, number]>;

function* readStatm(ctx: Ctx, v: SystemView): Gen<MemCols> {
  const out: MemCols = new Map();
  for (const p of v.procs) {
    const t = yield* readText(ctx, `/proc/${p.pid}/statm`);
    const f = typeof t === 'string' ? t.split(' ').map(Number) : [];
    out.set(p.pid, f.length >= 3 ? [f[0]! * 4, f[1]! * 4, f[2]! * 4] : [Math.floor(p.vsize / 1024), p.rssPages * 4, 0]);
  }
  return out;
}

function* fail(ctx: Ctx, msg: string, status = 1): Gen<number> {
  yield* ctx.err(`${ctx.name}: ${msg}\n`);
  return status;
}

function* parseArgs(ctx: Ctx): Gen<TopOpts | number> {
  const o: TopOpts = { batch: false, frames: Infinity, delayMs: 3000, pids: [], user: null, width: null, fullCmd: false };
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || a === '-') return yield* fail(ctx, `unknown option '${a}'`);
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      const val = (): string | undefined => {
        const rest = a.slice(j + 1);
        j = a.length;
        return rest !== '' ? rest : args[++i];
      };
      if (f === 'b') o.batch = true;
      else if (f === 'c') o.fullCmd = true;
      else if (f === 'i' || f === 'S' || f === 'H' || f === '1' || f === 'E' || f === 'e') continue;
      else if (f === 'n') {
        const v = val() ?? '';
        if (!/^\d+$/.test(v)) return yield* fail(ctx, `bad iterations argument '${v}'`);
        o.frames = Math.max(1, Number(v));
      } else if (f === 'd') {
        const v = val() ?? '';
        if (!/^(\d+\.?\d*|\.\d+)$/.test(v)) return yield* fail(ctx, `bad delay interval '${v}'`);
        o.delayMs = Math.round(Number(v) * 1000);
      } else if (f === 'p') {
        const v = val() ?? '';
        for (const p of v.split(',')) {
          if (!/^\d+$/.test(p) || Number(p) === 0) return yield* fail(ctx, `bad pid '${p}'`);
          o.pids.push(Number(p));
        }
      } else if (f === 'u' || f === 'U') o.user = val() ?? '';
      else if (f === 'w') {
        const rest = a.slice(j + 1);
        j = a.length;
        o.width = rest !== '' ? Number(rest) : 512;
      } else return yield* fail(ctx, `invalid option -- '${f}'`, 0);
    }
  }
  return o;
}

/** scale_mem: KiB as an integer when it fits the column, else m/g/t with one decimal. */
function mem(kib: number, width: number): string {
  if (String(kib).length <= width) return String(kib);
  for (const [unit, div] of [['m', 1024], ['g', 1024 ** 2], ['t', 1024 ** 3]] as const) {
    const s = `${(kib / div).toFixed(1)}${unit}`;
    if (s.length <= width) return s;
  }
  return '?';
}

/** TIME+: minutes:seconds.hundredths of CPU. */
function timePlus(ticks: number): string {
  const cs = Math.floor((ticks * 100) / HZ);
  return `${Math.floor(cs / 6000)}:${String(Math.floor(cs / 100) % 60).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;
}

interface Row { p: ProcInfo; cpu: number }

function cpuShares(v: SystemView, prev: Sample | null): Row[] {
  return v.procs.map((p) => {
    const ticks = p.utime + p.stime;
    let cpu: number;
    if (prev) {
      const span = v.uptime - prev.at;
      cpu = span > 0 ? ((ticks - (prev.ticks.get(p.pid) ?? 0)) / HZ / span) * 100 : 0;
    } else {
      const life = v.uptime - p.startTicks / HZ;
      cpu = life > 0 ? (ticks / HZ / life) * 100 : 0;
    }
    return { p, cpu: Math.max(0, Math.min(cpu, 100)) };
  });
}

/** %Cpu(s): each kind of tick's share of those that passed; all idle when none did (as top). */
function cpuSummary(prev: CpuTicks, cur: CpuTicks): string {
  const d = cur.map((n, i) => Math.max(0, n - (prev[i] ?? 0)));
  let total = d.reduce((a, b) => a + b, 0);
  if (total < 1) {
    d.fill(0);
    d[3] = total = 1;
  }
  const pct = (i: number): string => ((d[i]! * 100) / total).toFixed(1).padStart(5);
  return `%Cpu(s):${pct(0)} us,${pct(2)} sy,${pct(1)} ni,${pct(3)} id,${pct(4)} wa,${pct(5)} hi,${pct(6)} si,${pct(7)} st `;
}

function summary(v: SystemView, cpu: string, memInfo: Map<string, number>, head: string): string[] {
  const count = (re: RegExp): number => v.procs.filter((p) => re.test(p.state)).length;
  const tasks = `Tasks:${String(v.procs.length).padStart(4)} total,${String(count(/^R/)).padStart(4)} running,` +
    `${String(count(/^[SDI]/)).padStart(4)} sleeping,${String(count(/^[Tt]/)).padStart(4)} stopped,${String(count(/^Z/)).padStart(4)} zombie`;
  const g = (k: string): number => (memInfo.get(k) ?? 0) / 1024;
  const total = g('MemTotal'), free = g('MemFree'), cache = g('Buffers') + g('Cached');
  const m9 = (n: number): string => n.toFixed(1).padStart(9);
  const memLine = `MiB Mem :${m9(total)} total,${m9(free)} free,${m9(total - free - cache)} used,${m9(cache)} buff/cache     `;
  const swap = `MiB Swap:${m9(g('SwapTotal'))} total,${m9(g('SwapFree'))} free,${m9(g('SwapTotal') - g('SwapFree'))} used.${m9(g('MemAvailable'))} avail Mem `;
  return [`top - ${head}`, tasks, cpu, memLine, swap];
}

const HEADER = '  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND';

function taskLine(r: Row, users: PasswdEntry[], memKb: number, mem3: [number, number, number], width: number, full: boolean): string {
  const p = r.p;
  const [virt, res, shr] = mem3;
  const user = userName(users, p.euid);
  const u = user.length > 8 ? `${user.slice(0, 7)}+` : user;
  const line = `${String(p.pid).padStart(5)} ${u.padEnd(8)} ${String(p.priority).padStart(3)} ${String(p.nice).padStart(3)} ` +
    `${mem(virt, 7).padStart(7)} ${mem(res, 6).padStart(6)} ${mem(shr, 6).padStart(6)} ${p.state} ` +
    `${r.cpu.toFixed(1).padStart(5)} ${((res * 100) / (memKb || 1)).toFixed(1).padStart(5)} ${timePlus(p.utime + p.stime).padStart(9)} `;
  const cmd = full && p.args.length > 0 ? p.args.join(' ') : p.comm;
  const room = width - line.length;
  return line + (cmd.length > room ? `${cmd.slice(0, Math.max(0, room - 1))}+` : cmd);
}

/** One frame's lines (and the samples the next frame measures from). */
interface Frame { lines: string[]; sample: Sample; cpu: CpuTicks }

function* frame(ctx: Ctx, o: TopOpts, prev: Sample | null, prevCpu: CpuTicks, width: number): Gen<Frame | number> {
  const cpuNow = yield* readCpu(ctx);
  if (!cpuNow) return yield* fail(ctx, 'failed /proc/stat read');
  const v = yield* systemView(ctx);
  const users = yield* loadPasswd(ctx);
  const mi = yield* readText(ctx, '/proc/meminfo');
  const memInfo = new Map<string, number>();
  if (typeof mi === 'string') for (const m of mi.matchAll(/^(\w+):\s+(\d+)/gm)) memInfo.set(m[1]!, Number(m[2]));
  const rows = cpuShares(v, prev);
  const lines = summary(v, cpuSummary(prevCpu, cpuNow), memInfo, yield* uptimeLine(ctx, v));
  const mems = yield* readStatm(ctx, v);
  lines.push('', HEADER);
  const shown = rows
    .filter((r) => (o.pids.length === 0 || o.pids.includes(r.p.pid)) && (o.user === null || userName(users, r.p.euid) === o.user || String(r.p.euid) === o.user))
    .sort((a, b) => b.cpu - a.cpu || a.p.pid - b.p.pid);
  for (const r of shown) lines.push(taskLine(r, users, memInfo.get('MemTotal') ?? 0, mems.get(r.p.pid)!, width, o.fullCmd));
  yield* ctx.tick(shown.length);
  return { lines, sample: { at: v.uptime, ticks: new Map(v.procs.map((p) => [p.pid, p.utime + p.stime])) }, cpu: cpuNow };
}

function* batch(ctx: Ctx, o: TopOpts, cpu: CpuTicks, width: number): Gen<number> {
  let prev: Sample | null = null;
  for (let n = 0; n < o.frames; n++) {
    if (n > 0) {
      yield* ctx.flush();
      yield* ctx.sleep(o.delayMs);
    }
    const f: Frame | number = yield* frame(ctx, o, prev, cpu, width);
    if (typeof f === 'number') return f;
    prev = f.sample;
    cpu = f.cpu;
    yield* ctx.out(`${n > 0 ? '\n' : ''}${f.lines.join('\n')}\n`);
  }
  return 0;
}

/** Wait up to `ms` for a key; 'quit' on q or a caught signal. */
function* waitKey(ctx: Ctx, ms: number): Gen<'quit' | 'key' | 'timeout'> {
  const fds = [{ fd: 0, events: POLLIN, revents: 0 }];
  const n = yield* ctx.poll(fds, ms);
  if (n === -EINTR) return ctx.sys.sigtake() !== 0 ? 'quit' : 'timeout';
  if (n <= 0) return 'timeout';
  const r = yield* ctx.read(0, 64);
  if (typeof r === 'number' || r.length === 0) return 'quit';
  return r.includes(0x71) ? 'quit' : 'key';
}

function* interactive(ctx: Ctx, o: TopOpts, cpu: CpuTicks, saved: Termios, rows: number, cols: number): Gen<number> {
  const raw: Termios = { ...saved, cc: [...saved.cc], lflag: saved.lflag & ~(ICANON | ECHO) };
  raw.cc[VMIN] = 1;
  raw.cc[VTIME] = 0;
  ctx.sys.tcsetattr(0, 0, raw);
  for (const s of [SIGINT, SIGTERM, SIGHUP]) ctx.sys.sigaction(s, 'catch');
  yield* ctx.write(1, '\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J');
  let prev: Sample | null = null;
  let status = 0;
  for (let n = 0; n < o.frames; n++) {
    const f: Frame | number = yield* frame(ctx, o, prev, cpu, cols);
    if (typeof f === 'number') {
      status = f;
      break;
    }
    prev = f.sample;
    cpu = f.cpu;
    const screen = f.lines.slice(0, Math.max(1, rows - 1)).map((l) => `${l.slice(0, cols)}\x1b[K`).join('\n');
    yield* ctx.write(1, `\x1b[H${screen}\n\x1b[J`);
    if (n + 1 >= o.frames) break;
    let w: 'quit' | 'key' | 'timeout';
    do w = yield* waitKey(ctx, o.delayMs); while (w === 'key');
    if (w === 'quit') break;
  }
  yield* ctx.write(1, '\x1b[?25h\x1b[?1049l');
  ctx.sys.tcsetattr(0, 0, saved);
  return status;
}

const top = defineProgram('top', function* (ctx) {
  // The first frame's %Cpu(s) covers the time since this reading.
  const cpu = yield* readCpu(ctx);
  if (!cpu) return yield* fail(ctx, 'failed /proc/stat read');
  const o = yield* parseArgs(ctx);
  if (typeof o === 'number') return o;
  if (o.user !== null) {
    const users = yield* loadPasswd(ctx);
    if (!users.some((u) => u.name === o.user) && !/^\d+$/.test(o.user)) return yield* fail(ctx, 'Invalid user');
  }
  const ws = ctx.sys.tiocgwinsz(1);
  const envCols = Number(ctx.env.get('COLUMNS'));
  const cols = o.width ?? (envCols > 0 ? envCols : typeof ws === 'number' ? 80 : ws.cols);
  const saved = ctx.sys.tcgetattr(0);
  if (o.batch || typeof ws === 'number' || typeof saved === 'number') return yield* batch(ctx, o, cpu, cols);
  return yield* interactive(ctx, o, cpu, saved, ws.rows, cols);
});

export function topPrograms(): Record<string, Program> {
  return { '/usr/bin/top': top };
}
