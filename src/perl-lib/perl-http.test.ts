/**
 * The HTTP, JSON and event-loop modules against the real CPAN/Debian ones:
 * every case of test/conformance/perl-http was recorded with the host's perl
 * and the real modules (JSON::PP as the JSON backend); here the host's perl
 * runs it again with our modules first in @INC (PERL5LIB). Each case starts
 * its own servers on 127.0.0.1:$PORT. Same whole outputs, or a diff.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, ORACLE_ENV } from '../../test/oracle/cases.ts';
import { compareOutcomes } from '../../test/oracle/compare.ts';
import { normaliseOutcome } from '../../test/oracle/normalise.ts';
import { readExpected, readPending } from '../../test/oracle/run-case.ts';
import { runReal } from '../../tools/oracle/real-run.ts';

const LIB = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const CORPUS = fileURLToPath(new URL('../../test/conformance/perl-http', import.meta.url));
const HAVE_PERL = existsSync('/usr/bin/perl');
/** Module directories of this corpus; every .pm below them must load from LIB. */
const OURS = ['HTTP', 'JSON', 'URI', 'LWP', 'AnyEvent', 'IO/Async', 'Mojo'];
const SINGLE = ['URI.pm', 'AnyEvent.pm', 'Future.pm', 'Benchmark.pm', 'LWP.pm'];

function modulesOf(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) modulesOf(p, out);
    else if (name.endsWith('.pm')) out.push(relative(LIB, p));
  }
  return out;
}

describe.skipIf(!HAVE_PERL)('perl-http on the host perl', () => {
  it('loads our modules, not the installed ones', () => {
    // A module whose core is this machine's natives (X.pm beside X/Machine.pm)
    // hands a host perl its own module instead.
    const machineOnly = (f: string): boolean => f.endsWith('/Machine.pm') || existsSync(join(LIB, f.replace(/\.pm$/, '/Machine.pm')));
    const files = [...OURS.flatMap((d) => modulesOf(join(LIB, d), [])),
      ...SINGLE.filter((f) => existsSync(join(LIB, f)))].filter((f) => !machineOnly(f));
    const script = 'for my $f (@ARGV) { (my $m = $f) =~ s{/}{::}g; $m =~ s/\\.pm$//; ' +
      'eval { require $f; 1 } or print "$f: $@"; print "$f $INC{$f}\\n" }';
    const out = execFileSync('perl', ['-e', script, ...files], {
      env: { ...ORACLE_ENV, PERL5LIB: LIB }, encoding: 'utf8',
    });
    const wrong = out.split('\n').filter((l) => l && !l.endsWith(` ${LIB}/${l.split(' ')[0]}`));
    expect(wrong).toEqual([]);
  });

  const cases = loadCorpus(CORPUS);
  const pending = readPending(CORPUS);
  for (const c of cases) {
    const test = pending.has(c.name) ? it.fails : it;
    test(c.name, async () => {
      const expected = readExpected(c);
      const env = { ...c.env, PERL5LIB: LIB };
      const run = await runReal(c, env);
      const ports = c.env.PORT ? [c.env.PORT] : [];
      const actual = normaliseOutcome(run.outcome, { homes: run.homes, ports, masks: c.masks });
      const cmp = compareOutcomes(expected, actual);
      if (!cmp.ok) throw new Error(`${c.id}: ${c.cmd}\n${cmp.report}`);
    }, Math.max(30_000, c.timeoutMs * 3));
  }
});
