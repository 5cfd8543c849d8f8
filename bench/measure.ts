/**
 * Timing both sides of a benchmark: a command run by the host's real tools,
 * and the same command run on a booted Terrarium machine. Times are wall
 * clock (performance.now), medians over repetitions after one warm-up.
 */
import { spawnSync } from 'node:child_process';
import { bootStandard } from '../src/system/boot.ts';
import { defaultEnv, exitCode } from '../src/system/testing.ts';
import type { Machine } from '../src/kernel/machine.ts';

export interface Side {
  /** A number in `unit`, or why there is none. */
  value: number | string;
}
export interface Row {
  name: string;
  unit: 'ms' | '/s' | 'KiB';
  ours: Side;
  native: Side;
  /** How the goal reads, and whether a value meets it. */
  goal: string;
  meets?: (ours: number, ratio: number | null) => boolean;
  /** For rates, bigger is better: the ratio is native/ours. */
  higherIsBetter?: boolean;
}

/** Evaluate one side, turning Unavailable (or any failure) into its reason. */
export function side(fn: () => number): Side {
  try {
    return { value: fn() };
  } catch (e) {
    return { value: `n/a (${e instanceof Unavailable ? e.message : `error: ${e instanceof Error ? e.message : String(e)}`})` };
  }
}

/** A measurement that could not be taken; printed as "n/a (reason)". */
export class Unavailable extends Error {}

export interface Timing {
  /** Median wall time of one run, in ms. */
  ms: number;
  runs: number;
}

/** Median of the samples. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Run `fn` once to warm up, then `runs` times; the median. */
export function timeIt(runs: number, fn: () => void): Timing {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), runs };
}

/** argv run natively with a fixed environment; throws Unavailable when it fails. */
export function runNative(argv: string[], expectOut?: string): void {
  const r = spawnSync(argv[0]!, argv.slice(1), {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', HOME: '/tmp' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error) throw new Unavailable(`${argv[0]}: ${r.error.message}`);
  if (r.status !== 0) throw new Unavailable(`native ${argv[0]} exited ${r.status}: ${r.stderr.trim().slice(0, 60)}`);
  if (expectOut !== undefined && r.stdout !== expectOut) throw new Unavailable(`native output ${JSON.stringify(r.stdout.slice(0, 40))}`);
}

/** A booted standard machine, and the programs it lacks. */
export function bootMachine(): Machine {
  return bootStandard({ seed: 1 });
}

/** Throws Unavailable unless every path exists on the machine. */
export function requirePrograms(m: Machine, ...paths: string[]): void {
  for (const p of paths) if (m.readFile(p) === null) throw new Unavailable(`${p} not installed yet`);
}

/**
 * Run argv to completion on `m` with stdio on pipes (stdin empty); throws
 * Unavailable if it does not finish, fails, or prints something unexpected.
 */
export function runOurs(m: Machine, argv: string[], expectOut?: string): void {
  let out = '';
  let err = '';
  const dec = new TextDecoder();
  const pid = m.spawn(argv, {
    env: defaultEnv(),
    stdin: new Uint8Array(0),
    stdout: (d) => (out += dec.decode(d, { stream: true })),
    stderr: (d) => (err += dec.decode(d, { stream: true })),
  });
  const k = m.kernel;
  const done = m.runUntil(() => m.exitStatus(pid) !== null && !k.hasRunnable(), { maxRealMs: 600_000 });
  const status = m.exitStatus(pid);
  if (!done || status === null) throw new Unavailable(`${argv.join(' ').slice(0, 40)} did not finish`);
  if (exitCode(status) !== 0) throw new Unavailable(`ours exited ${exitCode(status)}: ${err.trim().slice(0, 60)}`);
  if (expectOut !== undefined && out !== expectOut) throw new Unavailable(`ours printed ${JSON.stringify(out.slice(0, 40))}`);
}

/**
 * Boot a machine and start an interactive bash on a terminal; the wall time
 * until the prompt is on the screen (ms).
 */
export function bootToPrompt(): number {
  const t0 = performance.now();
  const m = bootStandard({ seed: 1 });
  requirePrograms(m, '/bin/bash');
  const t = m.openTerminal({ rows: 24, cols: 80 });
  let screen = '';
  const dec = new TextDecoder();
  t.onOutput((d) => (screen += dec.decode(d, { stream: true })));
  m.spawn(['/bin/bash', '-i'], { terminal: t, env: defaultEnv() });
  const ok = m.runUntil(() => /\$ $/.test(screen), { maxRealMs: 10_000 });
  const ms = performance.now() - t0;
  m.shutdown();
  if (!ok) throw new Unavailable(`no prompt; screen: ${JSON.stringify(screen.slice(0, 40))}`);
  return ms;
}
