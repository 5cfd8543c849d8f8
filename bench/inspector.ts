/**
 * What the inspector costs the guest: the same workloads run with no
 * recorder, with the recorder only (the inspector closed: the worker always
 * records), and with the inspector open (a poll every 400 ms of real time,
 * answered with a snapshot and the new events and structured-cloned as
 * comlink would post it). The machine runs in 8 ms slices as in the worker.
 *
 *   node --import tsx bench/inspector.ts [--quick]
 *
 * Exit status 1 when "open" is more than 10% slower than "closed".
 */
import { testMachine } from '../src/inspect/testing.ts';
import { InspectService } from '../src/worker/inspect-service.ts';

type Mode = 'bare' | 'closed' | 'open';

interface Workload {
  name: string;
  unit: string;
  /** Start the guest programs; returns the pids to wait for and the amount of work. */
  start(t: ReturnType<typeof testMachine>): { pids: number[]; amount: number };
}

const quick = process.argv.includes('--quick');
const REPS = quick ? 3 : 7;
const POLL_MS = 400;

const workloads: Workload[] = [
  {
    name: 'TCP bulk transfer over lo',
    unit: 'MB/s',
    start(t) {
      const bytes = (quick ? 32 : 128) << 20;
      const s = t.start(['/bin/sink', '9000']);
      t.m.runUntil(() => !t.m.kernel.hasRunnable());
      return { pids: [s, t.start(['/bin/blast', '9000', String(bytes)])], amount: bytes / 1e6 };
    },
  },
  {
    name: 'TCP echo round trips (small segments)',
    unit: 'round trips/s',
    start(t) {
      const n = quick ? 4000 : 16000;
      const s = t.start(['/bin/echod', '9001']);
      t.m.runUntil(() => !t.m.kernel.hasRunnable());
      const words = Array.from({ length: n }, (_, i) => `message-${i}`);
      return { pids: [s, t.start(['/bin/echo-client', '9001', ...words])], amount: n };
    },
  },
];

/** Seconds of real time the workload takes in `mode`. */
function runOnce(w: Workload, mode: Mode): { seconds: number; amount: number; polls: number } {
  const t = testMachine();
  if (mode === 'bare') t.rec.detach();
  const service = new InspectService();
  if (mode !== 'bare') {
    t.rec.detach();
    service.attach(t.m);
  }
  const { pids, amount } = w.start(t);
  let cursor = 0;
  let generation = 0;
  let polls = 0;
  const t0 = performance.now();
  let nextPoll = t0 + POLL_MS;
  const done = (): boolean => pids.every((p) => t.m.exitStatus(p) !== null);
  while (!done()) {
    const r = t.m.step({ maxMs: 8 });
    if (!r.busy && r.nextTimerNs === null && !done()) throw new Error(`${w.name}: the guest is stuck\n${t.out()}`);
    if (mode === 'open' && performance.now() >= nextPoll) {
      const page = structuredClone(service.poll(cursor, generation));
      cursor = page.cursor;
      generation = page.generation;
      polls++;
      nextPoll = performance.now() + POLL_MS;
    }
  }
  return { seconds: (performance.now() - t0) / 1000, amount, polls };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function main(): number {
  let worst = Infinity;
  console.log(`inspector overhead, median of ${REPS} runs each (modes interleaved)\n`);
  for (const w of workloads) {
    runOnce(w, 'bare');
    const rates: Record<Mode, number[]> = { bare: [], closed: [], open: [] };
    let polls = 0;
    for (let i = 0; i < REPS; i++) {
      for (const mode of ['bare', 'closed', 'open'] as const) {
        const r = runOnce(w, mode);
        rates[mode].push(r.amount / r.seconds);
        if (mode === 'open') polls += r.polls;
      }
    }
    const m = { bare: median(rates.bare), closed: median(rates.closed), open: median(rates.open) };
    const ratio = m.open / m.closed;
    worst = Math.min(worst, ratio);
    console.log(`${w.name}`);
    for (const mode of ['bare', 'closed', 'open'] as const) console.log(`  ${mode.padEnd(7)} ${m[mode].toFixed(1).padStart(10)} ${w.unit}`);
    console.log(`  open/closed ${(ratio * 100).toFixed(1)}% (${polls} polls in all)\n`);
  }
  const ok = worst >= 0.9;
  console.log(ok ? 'PASS: with the inspector open the guest keeps at least 90% of its throughput'
    : `FAIL: with the inspector open the guest drops to ${(worst * 100).toFixed(1)}%`);
  return ok ? 0 : 1;
}

process.exitCode = main();
