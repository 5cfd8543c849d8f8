/**
 * The Perl CPU loop taken apart: each statement of run.ts's CPU benchmark
 * alone in the same `for my $i (1 .. $n)` loop (and the empty loop), ours
 * against the host's perl in the same run, to show which one a ratio comes
 * from. Medians of 3 runs after a warm-up.
 *
 *   npm run bench  (bench/run.ts takes rows())
 *   node --import ./bin/register.mjs bench/perl-cpu.ts [--quick]
 */
import { bootMachine, requirePrograms, runNative, runOurs, side, timeIt } from './measure.ts';
import type { Row } from './measure.ts';
import type { Machine } from '../src/kernel/machine.ts';

const PERL = '/usr/bin/perl';

const STATEMENTS: [string, string][] = [
  ['empty loop', ''],
  ['concatenation', '$s = "item" . $i;'],
  ['hash increment', '$h{$i % 1000}++;'],
  ['match with a capture', '($m) = $s =~ /^item(\\d+)$/;'],
  ['sprintf("%05d")', '$f = sprintf("%05d", $i);'],
];

function script(body: string): string {
  return `my ($n, $s, %h, $m, $f) = (shift, "item5"); for my $i (1 .. $n) { ${body} } print "ok\\n";`;
}

function statementRow(label: string, body: string, n: number, m: () => Machine): Row {
  const argv = [PERL, '-e', script(body), String(n)];
  return {
    name: `perl CPU loop part: ${label} (${n.toLocaleString('en')}×)`,
    unit: 'ms',
    native: side(() => timeIt(3, () => runNative(argv, 'ok\n')).ms),
    ours: side(() => timeIt(3, () => runOurs(m(), argv, 'ok\n')).ms),
    // A part of the loop, to see where its time goes: the goal is on the whole loop.
    goal: '—',
  };
}

export async function rows(opts: { quick: boolean }): Promise<Row[]> {
  const n = opts.quick ? 100_000 : 1_000_000;
  const booted: { m: Machine | null } = { m: null };
  const m = (): Machine => {
    booted.m ??= bootMachine();
    requirePrograms(booted.m, PERL);
    return booted.m;
  };
  try {
    return STATEMENTS.map(([label, body]) => statementRow(label, body, n, m));
  } finally {
    booted.m?.shutdown();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await rows({ quick: process.argv.includes('--quick') })) {
    const [o, nat] = [r.ours.value, r.native.value];
    const ratio = typeof o === 'number' && typeof nat === 'number' ? ` ${(o / nat).toFixed(2)}×` : '';
    console.log(`${r.name}: ours ${typeof o === 'number' ? o.toFixed(1) : o} ms, native ${typeof nat === 'number' ? nat.toFixed(1) : nat} ms${ratio}`);
  }
}
