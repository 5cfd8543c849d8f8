/**
 * /proc/stat and /proc/PID/statm in Linux 6.1's layouts (fs/proc/stat.c,
 * fs/proc/array.c). The figures come from the virtual clock: user time is
 * what the scheduler charged to processes (the sum of every /proc/PID/stat
 * utime and of the root cgroup's cpu.stat, exited processes included),
 * system time the fixed cost of the syscalls made, and idle the rest of the
 * elapsed time on every CPU. Interrupts are a 250 Hz local timer.
 */
import type { Kernel } from '../kernel.ts';
import type { Process } from '../proc.ts';
import { processBytes } from '../memory.ts';

/** CPUs of the machine (what nproc and /proc/cpuinfo show). */
export const NCPUS = 1;
/** Clock ticks per second in /proc (USER_HZ). */
const USER_HZ = 100;
/** The local timer's rate (CONFIG_HZ of Debian's kernels). */
const TIMER_HZ = 250;
/** Device interrupt lines listed after the total on the `intr` line. */
const IRQ_LINES = 16;
const PAGE = 4096;

const toTicks = (ns: number): number => Math.floor((ns * USER_HZ) / 1e9);

/** CPU time since boot in USER_HZ ticks, all CPUs together. */
export interface CpuTimes {
  user: number;
  system: number;
  idle: number;
}

/** The machine's CPU accounting: idle is the elapsed time on every CPU less the busy time. */
export function cpuTimes(k: Kernel): CpuTimes {
  const user = toTicks(k.cgroups.usageNs('/'));
  const system = toTicks(k.stats.sysNs);
  const idle = Math.max(0, toTicks(k.clock.nowNs) * NCPUS - user - system);
  return { user, system, idle };
}

/** Share `total` among the CPUs: the first ones take the remainder. */
function perCpu(total: number, cpu: number): number {
  return Math.floor(total / NCPUS) + (cpu < total % NCPUS ? 1 : 0);
}

/** One `cpu` line: user nice system idle iowait irq softirq steal guest guest_nice. */
function cpuLine(name: string, t: CpuTimes): string {
  return `${name} ${t.user} 0 ${t.system} ${t.idle} 0 0 0 0 0 0`;
}

/** The text of /proc/stat. */
export function procStatText(k: Kernel): string {
  const t = cpuTimes(k);
  const lines = [cpuLine('cpu ', t)];
  for (let c = 0; c < NCPUS; c++) {
    lines.push(cpuLine(`cpu${c}`, { user: perCpu(t.user, c), system: perCpu(t.system, c), idle: perCpu(t.idle, c) }));
  }
  const timer = Math.floor((k.clock.nowNs * TIMER_HZ) / 1e9) * NCPUS;
  let running = 0;
  for (const p of k.procs.values()) if (p.state === 'runnable') running++;
  // softirq: total, then HI TIMER NET_TX NET_RX BLOCK IRQ_POLL TASKLET SCHED HRTIMER RCU.
  const soft = [0, timer, 0, 0, 0, 0, 0, 0, 0, timer];
  lines.push(
    `intr ${timer}${' 0'.repeat(IRQ_LINES)}`,
    `ctxt ${k.stats.switches}`,
    `btime ${Math.floor(k.clock.epochMs / 1000)}`,
    `processes ${k.stats.forks}`,
    `procs_running ${Math.max(1, running)}`,
    'procs_blocked 0',
    `softirq ${soft.reduce((a, b) => a + b, 0)} ${soft.join(' ')}`,
  );
  return lines.join('\n') + '\n';
}

/** Virtual size in bytes (VmSize, the vsize of /proc/PID/stat): at least the 4 MiB every image maps. */
export function vmBytes(p: Process): number {
  return Math.max(processBytes(p), 4 << 20);
}

/**
 * /proc/PID/statm: size resident shared text lib data dt, in pages. Code is
 * shared by every process and not in a process's own pages, so shared and
 * text are 0; data is the whole mapping; lib and dt are 0 as on Linux.
 */
export function procStatm(p: Process): string {
  const size = Math.ceil(vmBytes(p) / PAGE);
  const resident = Math.ceil(processBytes(p) / PAGE);
  return `${size} ${resident} 0 0 0 ${size} 0\n`;
}
