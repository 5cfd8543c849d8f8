/**
 * Runs oracle cases on our machine and turns a corpus directory into vitest
 * tests: one test per case, comparing whole normalised outputs with the
 * recording beside the case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, it } from 'vitest';
import { loadCorpus, ORACLE_ENV, type OracleCase, type Outcome } from './cases.ts';
import { compareOutcomes } from './compare.ts';
import { MACHINE_HOME, normaliseOutcome } from './normalise.ts';

/** What src/system/testing.ts offers (the options past `tty` are read when supported). */
export interface RunLineOptions {
  files?: Record<string, string>;
  seed?: number;
  tty?: boolean;
  /** Non-tty: the bytes on the stdin pipe, then EOF. Tty: keystrokes typed at the start. */
  stdin?: string;
  /** Added to the environment of the shell. */
  env?: Record<string, string>;
  /** Give up after this much virtual / real time. */
  maxVirtualMs?: number;
  maxRealMs?: number;
}
export interface RunLineResult {
  /** What the terminal showed (tty), or stdout then stderr (no tty). */
  output: string;
  status: number;
  /** The two streams apart, when not on a terminal. */
  stdout?: string;
  stderr?: string;
}
export type RunLine = (line: string, opts?: RunLineOptions) => RunLineResult | Promise<RunLineResult>;

/** End-of-file typed after a tty case's input, as `script` does when its input ends. */
export const TTY_EOF = '\x04';
const TESTING_MODULE = '../../src/system/testing.ts';

let runLineCache: Promise<RunLine> | null = null;

/**
 * `runLine` from src/system/testing.ts (or from `modulePath`, relative to this
 * file); rejects with a clear message while it does not exist.
 */
export function machineRunLine(modulePath = TESTING_MODULE): Promise<RunLine> {
  if (modulePath !== TESTING_MODULE) return loadRunLine(modulePath);
  runLineCache ??= loadRunLine(modulePath);
  return runLineCache;
}

function loadRunLine(modulePath: string): Promise<RunLine> {
  return import(/* @vite-ignore */ modulePath).then(
    (m: { runLine?: RunLine }) => {
      if (typeof m.runLine !== 'function') throw new Error(`${modulePath} exports no runLine`);
      return m.runLine;
    },
    (e: unknown) => {
      throw new Error(`our machine is not available (${modulePath}): ${e instanceof Error ? e.message : String(e)}`);
    },
  );
}

/** Limits of one case's run on our machine (defaults: twice the case's timeout, 15 s real). */
export interface MachineLimits {
  maxVirtualMs?: number;
  maxRealMs?: number;
}

/** Run a case on our machine; the normalised outcome, in the recording's shape. */
export async function runOnMachine(c: OracleCase, runLine?: RunLine, limits: MachineLimits = {}): Promise<Outcome> {
  const run = runLine ?? (await machineRunLine());
  const r = await run(c.cmd, {
    files: c.files,
    tty: c.tty,
    stdin: c.tty ? c.stdin + TTY_EOF : c.stdin,
    env: { ...ORACLE_ENV, ...c.env },
    // A case that outlives its recording's timeout (in virtual time) is cut off
    // like the recording would have been; a spinning one after 15 s of real time.
    maxVirtualMs: limits.maxVirtualMs ?? c.timeoutMs * 2,
    maxRealMs: limits.maxRealMs ?? 15_000,
  });
  const raw: Outcome = c.tty
    ? { terminal: r.output, status: r.status }
    : { stdout: r.stdout ?? r.output, stderr: r.stderr ?? '', status: r.status };
  return normaliseOutcome(raw, { homes: [MACHINE_HOME], ports: c.env.PORT ? [c.env.PORT] : [], masks: c.masks });
}

/** The recording of a case, or an error saying how to make it. */
export function readExpected(c: OracleCase): Outcome {
  if (!existsSync(c.expectedPath)) {
    throw new Error(`${c.id} is not recorded: npm run record -- ${relative(process.cwd(), c.path)}`);
  }
  return JSON.parse(readFileSync(c.expectedPath, 'utf8')) as Outcome;
}

/**
 * Cases our machine is known to get wrong, from `pending.txt` in the corpus:
 * one `NAME reason...` per line, `#` comments. Their tests are expected to
 * fail, and fail loudly once they pass (so the line gets removed).
 */
export function readPending(dir: string, file = 'pending.txt'): Map<string, string> {
  const p = join(dir, file);
  const out = new Map<string, string>();
  if (!existsSync(p)) return out;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t) continue;
    const [word, ...why] = t.split(/\s+/);
    // A shared list may name cases as CORPUS/NAME: keep this corpus's lines only.
    const slash = word!.indexOf('/');
    if (slash >= 0 && word!.slice(0, slash) !== basename(dir)) continue;
    out.set(word!.slice(slash + 1), why.join(' '));
  }
  return out;
}

/** How `describeCorpus` runs a corpus: its pending list's file name and the per-case limits. */
export interface CorpusOptions extends MachineLimits {
  /** File in the corpus naming the cases known to fail (default `pending.txt`). */
  pendingFile?: string;
}

/** One vitest test per case of the corpus in `dir`, inside a `describe` named after it. */
export function describeCorpus(dir: string, opts: CorpusOptions = {}): void {
  const cases = loadCorpus(dir);
  const pendingFile = opts.pendingFile ?? 'pending.txt';
  const pending = readPending(dir, pendingFile);
  for (const name of pending.keys()) {
    if (!cases.some((c) => c.name === name)) throw new Error(`${dir}/${pendingFile} names no case "${name}"`);
  }
  const limits: MachineLimits = { maxVirtualMs: opts.maxVirtualMs, maxRealMs: opts.maxRealMs };
  describe(basename(dir), () => {
    for (const c of cases) {
      const test = pending.has(c.name) ? it.fails : it;
      const timeout = Math.max(30_000, c.timeoutMs * 3, (opts.maxRealMs ?? 0) + 10_000);
      test(c.name, () => checkCase(c, undefined, limits), timeout);
    }
  });
}

/** Throws with a readable report when our machine's outcome differs from the recording. */
export async function checkCase(c: OracleCase, runLine?: RunLine, limits: MachineLimits = {}): Promise<void> {
  const expected = readExpected(c);
  const actual = await runOnMachine(c, runLine, limits);
  const cmp = compareOutcomes(expected, actual);
  if (!cmp.ok) {
    const err = new Error(`${c.id} (${c.tty ? 'tty' : 'pipes'}): ${c.cmd.split('\n')[0]}\n${cmp.report}`);
    err.stack = err.message; // the diff is the useful part, not our stack
    throw err;
  }
}
