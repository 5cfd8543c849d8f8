import { describe, expect, it } from 'vitest';
import { Machine } from './machine.ts';
import { CgroupTable } from './cgroup.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
import { O_DIRECTORY, O_RDONLY, O_WRONLY } from '../abi/fcntl.ts';
import { EROFS } from '../abi/errno.ts';
import { LIMITS } from '../abi/limits.ts';

function* cat(ctx: Ctx, path: string): Gen<string> {
  const fd = ctx.sys.open(path, O_RDONLY);
  if (fd < 0) return `open ${path}: ${fd}\n`;
  const d = yield* ctx.readAll(fd);
  ctx.sys.close(fd);
  return typeof d === 'number' ? `read: ${d}\n` : fromUtf8(d);
}

/**
 * Root forks a worker into /test.slice/a.service that burns 50,000 steps
 * (three quanta) and then reports its cgroup; once the worker is reaped the
 * parent prints what the cgroup file system says.
 */
function scenario(): { out: string; workerNs: number; m: Machine } {
  const m = new Machine({ seed: 3 });
  m.installProgram('/bin/worker', defineProgram('worker', function* (ctx) {
    if (ctx.sys.setcgroup?.('/test.slice/a.service') !== 0) return 1;
    for (let i = 0; i < 50; i++) yield* ctx.tick(1000);
    yield* ctx.out(yield* cat(ctx, '/sys/fs/cgroup/test.slice/a.service/cgroup.procs'));
    return 0;
  }));
  m.installProgram('/bin/t', defineProgram('t', function* (ctx) {
    const pid = ctx.spawn('/bin/worker', ['worker'], []);
    yield* ctx.wait4(pid, 0);
    for (const f of ['test.slice/a.service/cpu.stat', 'test.slice/cpu.stat', 'test.slice/a.service/cgroup.procs']) {
      yield* ctx.out(`${f}:\n${yield* cat(ctx, `/sys/fs/cgroup/${f}`)}`);
    }
    const dfd = ctx.sys.open('/sys/fs/cgroup', O_RDONLY | O_DIRECTORY);
    const ents = ctx.sys.getdents(dfd);
    yield* ctx.out(`ls: ${typeof ents === 'number' ? ents : ents.map((e) => e.name).filter((n) => n[0] !== '.').join(' ')}\n`);
    yield* ctx.out(`write: ${ctx.sys.open('/sys/fs/cgroup/cpu.stat', O_WRONLY) === -EROFS ? 'EROFS' : 'opened'}\n`);
    return 0;
  }));
  // The worker's Process, kept past its reaping: its last slice is charged after its exit event.
  let worker: { cpuNs: number } = { cpuNs: 0 };
  m.kernel.events.subscribe((e) => {
    const p = e.type === 'exit' ? m.kernel.procs.get(e.pid) : undefined;
    if (p?.comm === 'worker') worker = p;
  });
  let out = '';
  const pid = m.spawn(['/bin/t'], { uid: 0, stdout: (d) => (out += fromUtf8(d)), stderr: (d) => (out += fromUtf8(d)) });
  m.runUntil(() => m.exitStatus(pid) !== null);
  return { out, workerNs: worker.cpuNs, m };
}

describe('cgroup CPU accounting', () => {
  it('charges a cgroup the virtual CPU time of its processes, exited ones included', () => {
    const { out, workerNs } = scenario();
    // The one-step slice in which ctx.spawn forks and execs runs before setcgroup, in "/".
    const usec = Math.floor((workerNs - LIMITS.nsPerStep) / 1000);
    expect(usec).toBeGreaterThanOrEqual(50);
    const pidLine = /^(\d+)\n/.exec(out)?.[1];
    expect(out).toBe(
      `${pidLine}\n` +
      `test.slice/a.service/cpu.stat:\nusage_usec ${usec}\nuser_usec ${usec}\nsystem_usec 0\n` +
      `test.slice/cpu.stat:\nusage_usec ${usec}\nuser_usec ${usec}\nsystem_usec 0\n` +
      'test.slice/a.service/cgroup.procs:\n' +
      `ls: ${out.match(/^ls: (.*)$/m)![1]}\n` +
      'write: EROFS\n',
    );
    expect(out.match(/^ls: (.*)$/m)![1]!.split(' ').sort()).toEqual(['cgroup.procs', 'cpu.stat', 'test.slice']);
  });

  it('gives the same numbers on every run', () => {
    expect(scenario().out).toBe(scenario().out);
  });

  it('sums a subtree and lists direct children', () => {
    const t = new CgroupTable();
    t.charge('/a.slice/x.service', 3000);
    t.charge('/a.slice/y.service', 4000);
    t.charge('/a.slice', 1000);
    t.touch('/b.slice/z.service');
    expect(t.usageNs('/a.slice')).toBe(8000);
    expect(t.usageNs('/a.slice/x.service')).toBe(3000);
    expect(t.usageNs('/a.slic')).toBe(0);
    expect(t.children('/')).toEqual(['a.slice', 'b.slice']);
    expect(t.children('/a.slice')).toEqual(['x.service', 'y.service']);
    expect(t.has('/b.slice/z.service')).toBe(true);
    expect(t.has('/c.slice')).toBe(false);
  });
});
