/**
 * What a unit's control group holds and has used, read the way systemd
 * reads cgroup v2: the cgroup's own cpu.stat (usage_usec, in microseconds,
 * exited processes included) less what it had used when the unit started
 * (systemd's cpu_usage_base); without /sys/fs/cgroup, the processes'
 * /proc/N/stat times (utime and cutime, in clock ticks of 10 ms) plus what
 * the manager saw of processes it reaped. Memory is the sum of the
 * processes' VmRSS; tasks are counted.
 */
import { O_RDONLY } from '../abi/fcntl.ts';
import { fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';

/** Nanoseconds of one clock tick (USER_HZ = 100) in /proc/N/stat. */
export const TICK_NS = 1e7;

export function* readText(ctx: Ctx, path: string): Gen<string | null> {
  const fd = ctx.sys.open(path, O_RDONLY);
  if (fd < 0) return null;
  const d = yield* ctx.readAll(fd);
  ctx.sys.close(fd);
  return typeof d === 'number' ? null : fromUtf8(d);
}

/** Fields of /proc/N/stat after the command name: [0] is the state letter. */
function statFields(text: string): string[] {
  return text.slice(text.lastIndexOf(')') + 2).trim().split(' ');
}

/** CPU ns of one live process and the children it reaped, from /proc/N/stat. */
function* procCpuNs(ctx: Ctx, pid: number): Gen<number> {
  const st = yield* readText(ctx, `/proc/${pid}/stat`);
  if (!st) return 0;
  const f = statFields(st);
  // proc(5): utime is field 14, cutime field 16; f[0] is field 3.
  return (Number(f[11]) + Number(f[13])) * TICK_NS;
}

const USAGE = /^usage_usec (\d+)$/m;

/**
 * The cgroup's usage_usec in ns, read without blocking (cpu.stat is
 * generated when opened), 0 for a cgroup not created yet, or -1 when the
 * machine has no /sys/fs/cgroup.
 * systemd samples this as the base when a unit starts.
 */
export function cgroupUsageNow(ctx: Ctx, cgroup: string): number {
  const fd = ctx.sys.open(`/sys/fs/cgroup${cgroup}/cpu.stat`, O_RDONLY);
  // A cgroup no process has entered yet has used nothing.
  if (fd < 0) return typeof ctx.sys.stat('/sys/fs/cgroup/cpu.stat') === 'number' ? -1 : 0;
  const d = ctx.sys.read(fd, 4096);
  ctx.sys.close(fd);
  const m = typeof d === 'number' ? null : USAGE.exec(fromUtf8(d));
  return m ? Number(m[1]) * 1000 : -1;
}

/**
 * CPU time of the cgroup since the unit started: cpu.stat's usage_usec less
 * `baseNs` when the cgroup has one and a base was taken (it counts every
 * process that ever ran there), else the live processes' times plus
 * `reapedNs`, what the manager's own reaped children used.
 */
export function* cgroupCpuNs(ctx: Ctx, cgroup: string, pids: number[], reapedNs: number, baseNs = 0): Gen<number> {
  const stat = baseNs >= 0 ? yield* readText(ctx, `/sys/fs/cgroup${cgroup}/cpu.stat`) : null;
  const m = stat ? USAGE.exec(stat) : null;
  if (m) return Math.max(0, Number(m[1]) * 1000 - baseNs);
  if (baseNs >= 0) return 0;
  let ns = reapedNs;
  for (const pid of pids) ns += yield* procCpuNs(ctx, pid);
  return ns;
}

/** Resident bytes of the processes (VmRSS of /proc/N/status). */
export function* cgroupMemory(ctx: Ctx, pids: number[]): Gen<number> {
  let total = 0;
  for (const pid of pids) {
    const st = yield* readText(ctx, `/proc/${pid}/status`);
    const m = st ? /^VmRSS:\s+(\d+) kB$/m.exec(st) : null;
    if (m) total += Number(m[1]) * 1024;
  }
  return total;
}
