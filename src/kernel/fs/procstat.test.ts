import { describe, expect, it } from 'vitest';
import { Machine } from '../machine.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../../programs/runtime.ts';
import { readText } from '../../programs/lib/io.ts';

/** Run `main` as the only program of a fresh machine; the texts it collected. */
function run(main: (ctx: Ctx, got: Record<string, string>) => Gen<number>): Record<string, string> {
  const m = new Machine({ seed: 3 });
  const got: Record<string, string> = {};
  m.installProgram('/bin/t', defineProgram('t', (ctx) => main(ctx, got)));
  m.installProgram('/bin/burn', defineProgram('burn', function* (ctx) {
    for (let i = 0; i < 50; i++) yield* ctx.tick(10_000);
    return 0;
  }));
  let err = '';
  const pid = m.spawn(['/bin/t'], { stderr: (d) => (err += fromUtf8(d)) });
  m.runUntil(() => m.exitStatus(pid) !== null);
  expect(err).toBe('');
  return got;
}

function* grab(ctx: Ctx, got: Record<string, string>, key: string, path: string): Gen<void> {
  const t = yield* readText(ctx, path);
  got[key] = typeof t === 'number' ? `error ${t}` : t;
}

const nums = (line: string): number[] => line.split(/\s+/).slice(1).filter(Boolean).map(Number);
const field = (text: string, name: string): number[] => nums(text.split('\n').find((l) => l.split(' ')[0] === name) ?? '');

describe('/proc/stat', () => {
  const got = run(function* (ctx, g) {
    yield* grab(ctx, g, 'before', '/proc/stat');
    const child = ctx.spawn('/bin/burn', ['burn'], []);
    yield* ctx.wait4(child, 0);
    yield* ctx.sleep(2500);
    for (let i = 0; i < 30; i++) yield* ctx.tick(10_000);
    yield* grab(ctx, g, 'stat', '/proc/stat');
    yield* grab(ctx, g, 'uptime', '/proc/uptime');
    yield* grab(ctx, g, 'cgroup', '/sys/fs/cgroup/cpu.stat');
    const [sec, ns] = ctx.sys.clockGettime('realtime');
    g.now = String(sec + ns / 1e9);
    return 0;
  });

  it('has Linux 6.1\'s lines in its order, one cpu line per CPU', () => {
    // Recorded shape (awk '{print $1, NF}' /proc/stat) with one CPU and the intr line's IRQ count apart.
    const shape = got.stat!.trimEnd().split('\n').map((l) => `${l.split(' ')[0]} ${l.split(/ +/).length}`);
    expect(shape).toEqual(['cpu 11', 'cpu0 11', 'intr 18', 'ctxt 2', 'btime 2', 'processes 2', 'procs_running 2', 'procs_blocked 2', 'softirq 12']);
    expect(got.stat!.startsWith('cpu  ')).toBe(true);
  });

  it('accounts elapsed time on every CPU as busy or idle', () => {
    const [user, nice, system, idle, ...rest] = field(got.stat!, 'cpu');
    const up = got.uptime!.split(' ').map(Number);
    expect(user! + nice! + system! + idle!).toBe(Math.round(up[0]! * 100));
    expect(rest).toEqual([0, 0, 0, 0, 0, 0]);
    expect(field(got.stat!, 'cpu0')).toEqual(field(got.stat!, 'cpu'));
    // user is what processes were charged, exited ones included: the root cgroup's usage.
    const usec = Number(/^usage_usec (\d+)$/m.exec(got.cgroup!)![1]);
    expect(user).toBe(Math.floor(usec / 10_000));
    expect(user).toBeGreaterThan(0);
    expect(system).toBeGreaterThanOrEqual(0);
    expect(idle).toBeGreaterThanOrEqual(240);
    // /proc/uptime's second figure is the idle time of all CPUs.
    expect(Math.round(up[1]! * 100)).toBe(idle);
  });

  it('dates the boot, counts forks and switches, sums the softirqs', () => {
    const up = Number(got.uptime!.split(' ')[0]);
    expect(field(got.stat!, 'btime')[0]).toBe(Math.floor(Number(got.now) - up));
    expect(field(got.stat!, 'processes')[0]).toBe(field(got.before!, 'processes')[0]! + 1);
    expect(field(got.stat!, 'ctxt')[0]).toBeGreaterThan(field(got.before!, 'ctxt')[0]!);
    expect(field(got.stat!, 'procs_running')[0]).toBe(1);
    const [total, ...each] = field(got.stat!, 'softirq');
    expect(each.reduce((a, b) => a + b, 0)).toBe(total);
    expect(field(got.stat!, 'intr')[0]).toBe(Math.floor(up * 250));
  });

  it('reads the same in two runs', () => {
    const again = run(function* (ctx, g) {
      yield* ctx.sleep(700);
      yield* grab(ctx, g, 'stat', '/proc/stat');
      return 0;
    });
    const once = run(function* (ctx, g) {
      yield* ctx.sleep(700);
      yield* grab(ctx, g, 'stat', '/proc/stat');
      return 0;
    });
    expect(again.stat).toBe(once.stat);
  });
});

describe('/proc/PID/statm', () => {
  it('gives size and resident in pages, as VmSize and the stat file\'s rss', () => {
    const got = run(function* (ctx, g) {
      yield* grab(ctx, g, 'statm', '/proc/self/statm');
      yield* grab(ctx, g, 'status', '/proc/self/status');
      yield* grab(ctx, g, 'stat', '/proc/self/stat');
      return 0;
    });
    const [size, resident, shared, text, lib, data, dt] = got.statm!.trim().split(' ').map(Number);
    expect(got.statm!.trim().split(' ')).toHaveLength(7);
    const kb = (k: string): number => Number(new RegExp(`^${k}:\\s+(\\d+) kB$`, 'm').exec(got.status!)![1]);
    expect(size! * 4).toBe(kb('VmSize'));
    const stat = got.stat!.slice(got.stat!.lastIndexOf(')') + 2).split(' ');
    expect(resident).toBe(Number(stat[21]));
    expect(Number(stat[20])).toBeLessThanOrEqual(size! * 4096);
    expect(kb('VmRSS')).toBeLessThanOrEqual(resident! * 4);
    expect(kb('VmRSS')).toBeGreaterThan((resident! - 1) * 4);
    expect([shared, text, lib, data, dt]).toEqual([0, 0, 0, size, 0]);
  });
});
