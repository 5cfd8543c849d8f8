/**
 * Processes and signals: how fast a signal makes a round trip between two
 * perl processes (a kill and a %SIG handler each way, against native perl),
 * and what perl processes cost in memory as the machine itself accounts for
 * them (VmRSS in /proc/PID/status), beside native perls' VmRSS and with the
 * host's JS heap as a check.
 *
 *   node --import ./bin/register.mjs bench/proc.ts [--quick]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import type { Machine } from '../src/kernel/machine.ts';
import { defaultEnv } from '../src/system/testing.ts';
import { processBytes } from '../src/kernel/memory.ts';
import { bootMachine, requirePrograms, runNative, runOurs, side, timeIt, Unavailable, type Row } from './measure.ts';

/**
 * Signal ping-pong: the parent sends USR1, the child's handler counts it and
 * the child answers with USR1, n times. A lost race (the signal lands between
 * the check and the wait) costs one 10 ms select timeout, on both sides alike.
 */
const PINGPONG = [
  'my $n = shift; my $got = 0; $SIG{USR1} = sub { $got++ };',
  'my $parent = $$; my $pid = fork // die "fork: $!\\n";',
  'if (!$pid) { for my $i (1 .. $n) { select(undef, undef, undef, 0.01) while $got < $i; kill USR1 => $parent } exit 0 }',
  'for my $i (1 .. $n) { kill USR1 => $pid; select(undef, undef, undef, 0.01) while $got < $i }',
  'waitpid $pid, 0; print "ok $got\\n";',
].join('\n');

function pingPongRow(quick: boolean): Row {
  const n = quick ? 2000 : 20000;
  const rate = (ms: number): number => (n / ms) * 1000;
  const argv = ['/usr/bin/perl', '-e', PINGPONG, String(n)];
  return {
    name: `signal round trips, perl kill + %SIG handler (${n.toLocaleString('en')}×)`,
    unit: '/s',
    native: side(() => rate(timeIt(3, () => runNative(argv, `ok ${n}\n`)).ms)),
    ours: side(() => {
      const m = bootMachine();
      try {
        requirePrograms(m, '/usr/bin/perl');
        return rate(timeIt(3, () => runOurs(m, argv, `ok ${n}\n`)).ms);
      } finally {
        m.shutdown();
      }
    }),
    goal: '—',
    higherIsBetter: true,
  };
}

const IDLE = 'sleep 100000';
const IDLE_DAEMON = 'use IO::Socket::INET; use IO::Select; use POSIX; sleep 100000';

/** Start `count` perl processes running `script` (which sleeps), and run the machine until they all wait. */
function startSleepers(m: Machine, count: number, script: string): number[] {
  const pids: number[] = [];
  for (let i = 0; i < count; i++) {
    pids.push(m.spawn(['/usr/bin/perl', '-e', script], {
      env: defaultEnv(), stdin: new Uint8Array(0), stdout: () => {}, stderr: () => {},
    }));
  }
  m.runUntil(() => !m.kernel.hasRunnable(), { maxRealMs: 120_000 });
  for (const pid of pids) if (m.exitStatus(pid) !== null) throw new Unavailable(`perl ${pid} exited early`);
  return pids;
}

/** VmRSS of `pid` in KiB: the figure /proc/PID/status and ps show. */
function vmRssKiB(m: Machine, pid: number): number {
  const p = m.kernel.procs.get(pid);
  if (!p) throw new Unavailable(`no process ${pid}`);
  return Math.ceil(processBytes(p) / 1024);
}

let gcFn: (() => void) | null = null;
/** The host's JS heap after a full collection, in KiB. */
function heapKiB(): number {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
  return process.memoryUsage().heapUsed / 1024;
}

interface MemoryResult { machineKiB: number; heapKiB: number }

/** `count` sleeping perls: the sum of their VmRSS, and how much the host heap grew. */
function measurePerls(count: number, script = IDLE): MemoryResult {
  const m = bootMachine();
  try {
    requirePrograms(m, '/usr/bin/perl');
    runOurs(m, ['/usr/bin/perl', '-e', '1']);
    const before = heapKiB();
    const pids = startSleepers(m, count, script);
    const after = heapKiB();
    const machineKiB = pids.reduce((sum, pid) => sum + vmRssKiB(m, pid), 0);
    return { machineKiB, heapKiB: after - before };
  } finally {
    m.shutdown();
  }
}

/** The same on the host: `count` native perls running `script`; the sum of their VmRSS in KiB. */
async function measureNativePerls(count: number, script: string): Promise<number> {
  const kids = Array.from({ length: count }, () => spawn('/usr/bin/perl', ['-e', script], { stdio: 'ignore' }));
  try {
    // Wait until every one has loaded what it uses and gone to sleep (its VmRSS no longer grows).
    let last = -1;
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const sum = kids.reduce((n, k) => n + nativeRssKiB(k.pid), 0);
      if (sum === last) return sum;
      last = sum;
    }
    return last;
  } finally {
    for (const k of kids) k.kill('SIGKILL');
  }
}

function nativeRssKiB(pid: number | undefined): number {
  if (pid === undefined) throw new Unavailable('native perl did not start');
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Unavailable(`no VmRSS for native perl ${pid}`);
  return Number(m[1]);
}

async function nativeSide(count: number, script: string, scale = 1): Promise<Row['native']> {
  try {
    return { value: (await measureNativePerls(count, script)) * scale };
  } catch (e) {
    return { value: `n/a (${(e instanceof Error ? e.message : String(e)).slice(0, 60)})` };
  }
}

async function memoryRows(quick: boolean): Promise<Row[]> {
  const many = quick ? 50 : 200;
  let r200: MemoryResult | string;
  let r1: MemoryResult | string;
  try {
    r200 = measurePerls(many);
  } catch (e) {
    r200 = e instanceof Error ? e.message : String(e);
  }
  try {
    r1 = measurePerls(1);
  } catch (e) {
    r1 = e instanceof Error ? e.message : String(e);
  }
  let rd: MemoryResult | string;
  try {
    rd = measurePerls(1, IDLE_DAEMON);
  } catch (e) {
    rd = e instanceof Error ? e.message : String(e);
  }
  const pick = (r: MemoryResult | string, k: keyof MemoryResult, scale = 1): Row['ours'] =>
    typeof r === 'string' ? { value: `n/a (${r.slice(0, 60)})` } : { value: r[k] * scale };
  const perMany = 200 / many;
  return [
    {
      name: `memory of 200 live perl processes (sum of VmRSS${quick ? `, ${many} measured ×${perMany}` : ''})`,
      unit: 'KiB', native: await nativeSide(many, IDLE, perMany), ours: pick(r200, 'machineKiB', perMany),
      goal: '≤ 200 MB', meets: (o) => o <= 200 * 1024,
    },
    {
      name: `memory of 200 live perl processes (host JS heap growth${quick ? `, ${many} measured ×${perMany}` : ''})`,
      unit: 'KiB', native: { value: '—' }, ours: pick(r200, 'heapKiB', perMany),
      goal: '≤ 200 MB', meets: (o) => o <= 200 * 1024,
    },
    {
      name: 'memory of one idle perl process (VmRSS)',
      unit: 'KiB', native: await nativeSide(1, IDLE), ours: pick(r1, 'machineKiB'),
      goal: '≤ 2 MB', meets: (o) => o <= 2048,
    },
    {
      name: 'memory of one idle perl with IO::Socket::INET, IO::Select and POSIX loaded (VmRSS)',
      unit: 'KiB', native: await nativeSide(1, IDLE_DAEMON), ours: pick(rd, 'machineKiB'),
      goal: '≤ 2 MB', meets: (o) => o <= 2048,
    },
  ];
}

/** The rows for `npm run bench`. */
export async function rows(opts: { quick: boolean }): Promise<Row[]> {
  return [pingPongRow(opts.quick), ...(await memoryRows(opts.quick))];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  for (const r of await rows({ quick })) {
    const show = (v: number | string): string => (typeof v === 'number' ? `${v.toFixed(1)} ${r.unit}` : v);
    console.log(`${r.name}: ours ${show(r.ours.value)}, native ${show(r.native.value)} (goal ${r.goal})`);
  }
}
