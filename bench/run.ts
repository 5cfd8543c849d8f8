/**
 * `npm run bench`: measurements of our machine, with ratios against the
 * native tools measured in the same run.
 *
 *   node --import tsx bench/run.ts [--quick] [--readme]
 *
 * --quick scales the loops down tenfold (both sides alike); --readme also
 * writes the table into README.md between the bench markers. A measurement
 * whose part of the machine is missing prints "n/a (reason)".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootMachine, bootToPrompt, median, requirePrograms, runNative, runOurs, side, timeIt } from './measure.ts';
import type { Row } from './measure.ts';
import type { Machine } from '../src/kernel/machine.ts';

const quick = process.argv.includes('--quick');
/** Further sections, each a module in bench/ exporting `rows({ quick })`. */
const SECTIONS: string[] = ['inspector', 'net', 'perl-cpu', 'perl-lib', 'proc'];
const scale = quick ? 10 : 1;
const REPS = quick ? 5 : 15;

const PERL_LOOP = [
  'my ($n, $s, %h, $m, $f) = (shift // 1000000, "");',
  'for my $i (1 .. $n) {',
  '  $s = "item" . $i;',
  '  $h{$i % 1000}++;',
  '  ($m) = $s =~ /^item(\\d+)$/;',
  '  $f = sprintf("%05d", $i);',
  '}',
  'print scalar(keys %h), " $m $f\\n";',
].join('\n');
const PERL_FORK = 'my $n = shift; for (1 .. $n) { my $p = fork; die "fork: $!\\n" unless defined $p; exit 0 unless $p; waitpid($p, 0) } print "ok\\n";';

let machine: Machine | null = null;
function ours(): Machine {
  machine ??= bootMachine();
  return machine;
}

function commandRow(name: string, line: string, expectOut: string): Row {
  return {
    name,
    unit: 'ms',
    native: side(() => timeIt(REPS, () => runNative(['/bin/bash', '-c', line], expectOut)).ms),
    ours: side(() => {
      const m = ours();
      requirePrograms(m, '/bin/bash', '/bin/cat');
      return timeIt(REPS, () => runOurs(m, ['/bin/bash', '-c', line], expectOut)).ms;
    }),
    goal: 'ratio ≤ 3×',
    meets: (_o, r) => r !== null && r <= 3,
  };
}

function perlRow(name: string, argv: string[], expectOut: string, reps: number): Row {
  return {
    name,
    unit: 'ms',
    native: side(() => timeIt(reps, () => runNative(['/usr/bin/perl', ...argv], expectOut)).ms),
    ours: side(() => {
      const m = ours();
      requirePrograms(m, '/usr/bin/perl');
      return timeIt(reps, () => runOurs(m, ['/usr/bin/perl', ...argv], expectOut)).ms;
    }),
    goal: 'ratio ≤ 3×',
    meets: (_o, r) => r !== null && r <= 3,
  };
}

function forkRow(): Row {
  const n = 2000 / scale;
  const rate = (ms: number): number => (n / ms) * 1000;
  return {
    name: `fork+exit+waitpid (perl, ${n}×)`,
    unit: '/s',
    native: side(() => rate(timeIt(3, () => runNative(['/usr/bin/perl', '-e', PERL_FORK, String(n)], 'ok\n')).ms)),
    ours: side(() => {
      const m = ours();
      requirePrograms(m, '/usr/bin/perl');
      return rate(timeIt(3, () => runOurs(m, ['/usr/bin/perl', '-e', PERL_FORK, String(n)], 'ok\n')).ms);
    }),
    goal: '—',
    higherIsBetter: true,
  };
}

function bootRow(): Row {
  return {
    name: 'boot to first prompt (headless)',
    unit: 'ms',
    native: { value: '—' },
    ours: side(() => {
      bootToPrompt();
      return median(Array.from({ length: REPS }, bootToPrompt));
    }),
    goal: '< 50 ms',
    meets: (o) => o < 50,
  };
}

/** The page's weight: all of dist/, and the worker's late parts (gzip KiB, or why not). */
async function pageRows(): Promise<{ rows: Row[]; late: Array<{ file: string; gzip: number }> | string }> {
  const row: Row = { name: 'page size (gzip, all of dist/)', unit: 'KiB', native: { value: '—' }, ours: { value: '' }, goal: '—' };
  const late: Row = { name: 'late parts: Perl engine + library + regex engine, loaded on the first keystroke (gzip)', unit: 'KiB', native: { value: '—' }, ours: { value: '' }, goal: '—' };
  let lateFiles: Array<{ file: string; gzip: number }> | null = null;
  const out = mkdtempSync(join(tmpdir(), 'terrarium-bench-dist-'));
  try {
    const { buildAndMeasurePage, lateParts } = await import('./page-size.ts');
    const size = await buildAndMeasurePage(out);
    row.ours = { value: size.totalGzip / 1024 };
    const parts = lateParts(size);
    late.ours = { value: parts.gzip / 1024 };
    lateFiles = parts.files;
  } catch (e) {
    row.ours = { value: `n/a (build failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 60)})` };
    late.ours = row.ours;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return { rows: [row, late], late: lateFiles ?? String(late.ours.value) };
}

/**
 * The embed in Chromium: what a chapter page loads to run every terminal block (booting
 * each, then the late parts its perl steps load) against the budget, what a
 * reader who also runs the code blocks by hand fetches on top (their HTTP and event-loop
 * modules, on demand), and boot to the first prompt for a first visit and for a
 * returning reader.
 */
async function embedRows(late: Array<{ file: string; gzip: number }> | string): Promise<Row[]> {
  const size: Row = { name: 'chapter page: all it loads to boot (gzip)', unit: 'KiB', native: { value: '—' }, ours: { value: '' }, goal: '—' };
  const run: Row = { name: 'chapter page: all it loads to run every terminal block (gzip)', unit: 'KiB', native: { value: '—' }, ours: { value: '' }, goal: '< 400 KB (390.6 KiB)', meets: (o) => o < 400_000 / 1024 };
  const code: Row = { name: 'chapter page: and the Perl modules its code blocks use, run by hand (gzip)', unit: 'KiB', native: { value: '—' }, ours: { value: '' }, goal: '—' };
  const boot: Row = { name: 'boot to first prompt (page, Chromium): first visit, nothing cached; native = an empty page starting an empty worker', unit: 'ms', native: { value: '—' }, ours: { value: '' }, goal: '< 150 ms', meets: (o) => o < 150 };
  const warm: Row = { name: 'boot to first prompt (page, Chromium): returning reader, scripts cached; native = the same empty page', unit: 'ms', native: { value: '—' }, ours: { value: '' }, goal: '< 150 ms', meets: (o) => o < 150 };
  const phases: Row = { name: 'boot to first prompt, first visit: where it goes (medians, ms)', unit: 'ms', native: { value: '—' }, ours: { value: '' }, goal: '—' };
  const warmPhases: Row = { name: 'boot to first prompt, returning reader: where it goes (medians, ms)', unit: 'ms', native: { value: '—' }, ours: { value: '' }, goal: '—' };
  const script: Row = { name: 'first visit: an empty page starting the machine\'s worker script, to its first statement; native = an empty page starting an empty worker', unit: 'ms', native: { value: '—' }, ours: { value: '' }, goal: '—' };
  const reset: Row = { name: 'Reset to the scenario\'s starting state (page, Chromium)', unit: 'ms', native: { value: '—' }, ours: { value: '' }, goal: '< 100 ms', meets: (o) => o < 100 };
  const rows = [size, run, code, boot, warm, script, phases, warmPhases, reset];
  try {
    const { measureEmbed, PHASES } = await import('../test/browser/embed.bench.mjs');
    const m = await measureEmbed(fileURLToPath(new URL('..', import.meta.url)), { runs: quick ? 3 : 7 });
    size.ours = { value: m.chapterGzipBytes / 1024 };
    const loaded = new Set(m.files.map((f: { file: string }) => f.file));
    const extra = typeof late === 'string' ? null : late.filter((f) => !loaded.has(f.file)).reduce((n, f) => n + f.gzip, 0);
    run.ours = { value: extra === null ? late as string : (m.chapterGzipBytes + extra) / 1024 };
    const modules = m.codeModules.reduce((n: number, f: { gzip: number }) => n + f.gzip, 0);
    code.ours = { value: extra === null ? late as string : (m.chapterGzipBytes + extra + modules) / 1024 };
    boot.ours = { value: median(m.firstVisit.ms) };
    boot.native = { value: median(m.floor.firstVisit) };
    warm.ours = { value: median(m.returning.ms) };
    warm.native = { value: median(m.floor.returning) };
    const where = (runs: Array<Record<string, number>>): string => runs.length
      ? PHASES.map(([p]) => `${p} ${median(runs.map((r) => r[p]!)).toFixed(0)}`).join(' · ')
      : 'n/a (no marks)';
    phases.ours = { value: `${where(m.firstVisit.phases)} (host load ${loadavg()[0]!.toFixed(1)})` };
    warmPhases.ours = { value: where(m.returning.phases) };
    script.ours = { value: median(m.floor.withScript) };
    script.native = { value: median(m.floor.firstVisit) };
    reset.ours = { value: median(m.resetMs) };
  } catch (e) {
    const why = `n/a (${(e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 60)})`;
    for (const r of rows) r.ours = { value: why };
  }
  return rows;
}

function fmt(v: number | string, unit: string): string {
  if (typeof v === 'string') return v;
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  return `${v.toFixed(digits)} ${unit}`;
}

/** The rows as a Markdown table. */
export function table(rows: Row[]): string {
  const lines = ['| measurement | ours | native | ratio | goal |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const o = r.ours.value;
    const n = r.native.value;
    const ratio = typeof o === 'number' && typeof n === 'number' && o > 0 && n > 0 ? (r.higherIsBetter ? n / o : o / n) : null;
    const met = typeof o === 'number' && r.meets ? (r.meets(o, ratio) ? ' ✓' : ' ✗') : '';
    const ratioText = ratio === null ? '—' : `${ratio.toFixed(ratio >= 10 ? 0 : 1)}×`;
    lines.push(`| ${r.name.replace(/\|/g, '\\|')} | ${fmt(o, r.unit)} | ${fmt(n, r.unit)} | ${ratioText} | ${r.goal}${met} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const cats = Array.from({ length: 10 }, () => 'cat').join(' | ');
  const loopN = 1_000_000 / scale;
  const rows: Row[] = [
    bootRow(),
    commandRow('`echo hi | cat`', 'echo hi | cat', 'hi\n'),
    commandRow('`echo hi | cat | …` (10 cats)', `echo hi | ${cats}`, 'hi\n'),
    perlRow('`perl -e 1` start-up', ['-e', '1'], '', REPS),
    perlRow(`perl CPU loop (${loopN.toLocaleString('en')} iterations)`, ['-e', PERL_LOOP, String(loopN)], `1000 ${loopN} ${String(loopN).padStart(5, '0')}\n`, 1),
    forkRow(),
  ];
  for (const name of SECTIONS) {
    const mod = (await import(`./${name}.ts`)) as { rows(opts: { quick: boolean }): Promise<Row[]> };
    rows.push(...(await mod.rows({ quick })));
  }
  const page = await pageRows();
  rows.push(...page.rows, ...(await embedRows(page.late)));
  machine?.shutdown();
  const when = `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}${quick ? ' (--quick)' : ''}; native = bash ${nativeVersion('bash')}, perl ${nativeVersion('perl')}; medians of ${REPS} runs (1 for the CPU loop, 3 for fork) after a warm-up, native times include process creation.`;
  const text = `${table(rows)}\n\n${when}`;
  console.log(text);
  if (process.argv.includes('--readme')) writeReadme(text);
}

function nativeVersion(tool: 'bash' | 'perl'): string {
  const argv = tool === 'bash'
    ? ['/bin/bash', '-c', 'echo ${BASH_VERSINFO[0]}.${BASH_VERSINFO[1]}']
    : ['/usr/bin/perl', '-e', 'printf "%vd", $^V'];
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '?';
}

function writeReadme(text: string): void {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  const readme = readFileSync(path, 'utf8');
  const re = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
  if (!re.test(readme)) throw new Error('README.md has no bench markers');
  writeFileSync(path, readme.replace(re, `$1${text}$2`));
  console.log('README.md updated');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
