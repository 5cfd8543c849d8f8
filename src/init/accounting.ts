/**
 * What a unit's control group holds and has used, read the way systemd
 * reads cgroup v2: the cgroup's own cpu.stat (usage_usec) when the machine
 * has /sys/fs/cgroup, else the processes' /proc/N/stat times (utime and
 * cutime, in clock ticks of 10 ms) plus what the manager saw of processes
 * it reaped. Memory is the sum of the processes' VmRSS; tasks are counted.
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

/**
 * CPU time of the cgroup since the unit started: cpu.stat's usage_usec when
 * the cgroup has one (it counts every process that ever ran there), else the
 * live processes' times plus `reapedNs`, what the manager's own reaped
 * children used.
 */
export function* cgroupCpuNs(ctx: Ctx, cgroup: string, pids: number[], reapedNs: number): Gen<number> {
  const stat = yield* readText(ctx, `/sys/fs/cgroup${cgroup}/cpu.stat`);
  const m = stat ? /^usage_usec (\d+)$/m.exec(stat) : null;
  if (m) return Number(m[1]) * 1000;
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
