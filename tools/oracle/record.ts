/**
 * Records oracle cases from the real tools:
 *
 *   node --import tsx tools/oracle/record.ts [--jobs N] [--only NAME,...] DIR|CASE...
 *
 * Each case runs twice (a networked case on two ports); the normalised
 * outcomes must be identical, or the case is rejected: reported, and its
 * recording left as it was. Exit status 1 if any case was rejected.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCase, loadCorpus, type OracleCase, type Outcome } from '../../test/oracle/cases.ts';
import { normaliseOutcome } from '../../test/oracle/normalise.ts';
import { compareOutcomes } from '../../test/oracle/compare.ts';
import { runReal } from './real-run.ts';

export type RecordResult =
  | { kind: 'recorded' | 'unchanged'; c: OracleCase; outcome: Outcome }
  | { kind: 'rejected'; c: OracleCase; reason: string };

/** Run a case twice with the real tools; the normalised outcome if both runs agree. */
export async function recordCase(c: OracleCase): Promise<RecordResult> {
  const runs = [];
  for (const attempt of [0, 1]) {
    const env = { ...c.env };
    if (attempt === 1 && env.PORT) env.PORT = String(Number(env.PORT) + 10000);
    const run = await runReal(c, env);
    if (run.timedOut) return { kind: 'rejected', c, reason: `timed out after ${c.timeoutMs / 1000} s (run ${attempt + 1})` };
    if (run.harnessErrors) return { kind: 'rejected', c, reason: `script complained: ${run.harnessErrors.trim()}` };
    const ports = env.PORT ? [env.PORT] : [];
    runs.push(normaliseOutcome(run.outcome, { homes: run.homes, ports, masks: c.masks }));
  }
  const [first, second] = runs as [Outcome, Outcome];
  const cmp = compareOutcomes(first, second);
  if (!cmp.ok) return { kind: 'rejected', c, reason: `the two runs differ:\n${cmp.report}` };
  return { kind: sameAsStored(c, first) ? 'unchanged' : 'recorded', c, outcome: first };
}

function sameAsStored(c: OracleCase, o: Outcome): boolean {
  if (!existsSync(c.expectedPath)) return false;
  return readFileSync(c.expectedPath, 'utf8') === serialise(o);
}

/** The text of a NAME.expected.json file. */
export function serialise(o: Outcome): string {
  const ordered = 'terminal' in o
    ? { terminal: o.terminal, status: o.status }
    : { stdout: o.stdout, stderr: o.stderr, status: o.status };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** Record many cases, `jobs` at a time; writes the files of those that agree. */
export async function recordAll(cases: OracleCase[], jobs: number, log: (line: string) => void): Promise<RecordResult[]> {
  const results: RecordResult[] = new Array(cases.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const i = next++;
      const r = await recordCase(cases[i]!);
      if (r.kind === 'recorded') writeFileSync(r.c.expectedPath, serialise(r.outcome));
      results[i] = r;
      log(describe(r));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

function describe(r: RecordResult): string {
  const where = relative(process.cwd(), r.c.path);
  if (r.kind === 'rejected') return `REJECTED ${where}: ${r.reason}`;
  return `${r.kind.padEnd(9)} ${where}`;
}

interface Args {
  jobs: number;
  only: Set<string> | null;
  targets: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { jobs: Math.min(4, Math.max(1, availableParallelism() >> 1)), only: null, targets: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--jobs' || arg === '-j') a.jobs = Number(argv[++i]);
    else if (arg === '--only') a.only = new Set((argv[++i] ?? '').split(','));
    else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else a.targets.push(arg);
  }
  if (!(a.jobs >= 1)) throw new Error('--jobs needs a positive number');
  if (a.targets.length === 0) throw new Error('usage: record.ts [--jobs N] [--only NAME,...] DIR|CASE...');
  return a;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const cases = args.targets
    .flatMap((t) => (statSync(t).isDirectory() ? loadCorpus(t) : [loadCase(t)]))
    .filter((c) => !args.only || args.only.has(c.name));
  const results = await recordAll(cases, args.jobs, (l) => console.log(l));
  const rejected = results.filter((r) => r.kind === 'rejected').length;
  const recorded = results.filter((r) => r.kind === 'recorded').length;
  console.log(`${cases.length} cases: ${recorded} recorded, ${cases.length - recorded - rejected} unchanged, ${rejected} rejected`);
  return rejected ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    },
  );
}
